import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy*/waitFor wait 1 s by default; on a loaded machine (load 20+) fake-indexeddb and a render took longer and
// HistoryPage 'deletes only after confirmation' failed 2 runs in 4. Only the wait grows; a state that never comes
// still fails (the test timeout is 30 s).
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
	fakeBrowser.reset();
});
afterEach(() => {
	cleanup();
});
