import { createHost } from '../../utils/host/extension-host.ts';
import { onMessages } from '../../utils/messaging.ts';
import { onStreams } from '../../utils/streaming.ts';

// Registered synchronously so the background can message us as soon as createDocument() resolves.
const host = createHost('offscreen');
onMessages('host', host.handlers);
onStreams('host', host.streams);
