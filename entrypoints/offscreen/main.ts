import { createHostHandlers } from '../../utils/host/extension-host.ts';
import { onMessages } from '../../utils/messaging.ts';

// Registered synchronously so the background can message us as soon as createDocument() resolves.
onMessages('host', createHostHandlers('offscreen'));
