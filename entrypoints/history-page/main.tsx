// Named history-page, not history: WXT maps an entrypoint called "history" onto chrome_url_overrides.history,
// which would replace the browser's own History page.
import { render } from 'preact';
import { HistoryPage } from '../../components/History/HistoryPage.tsx';
import type { LearnedClient } from '../../components/History/LearnedPreferences.tsx';
import { historyHandlers } from '../../utils/background/history.ts';
import { sendMessage } from '../../utils/messaging.ts';
import { getDb } from '../../utils/storage/db.ts';
import '../../components/Settings/theme.css';
import '../../components/Settings/page.css';

// This page lives in the extension's origin, so it opens the same IndexedDB as the background directly:
// charts work even while the service worker sleeps. Content scripts still go through the background.
const store = historyHandlers(getDb());

// The learned rewrite preferences are kept by the inference host, which also writes them after each rewrite: asked
// through the background, so a reset waits for a rewrite in progress instead of being overwritten by it.
const learned: LearnedClient = {
	get: () => sendMessage('getRewritePreferences', {}),
	reset: async () => {
		await sendMessage('resetRewritePreferences', {});
	},
};

// "Delete everything" includes the learned preferences: the store forgets them in this page (same origin), and the
// host is asked too, behind any rewrite in progress, which would otherwise save them back when it ends.
const client = {
	...store,
	clearHistory: async (req: Record<string, never>) => {
		const result = await store.clearHistory(req);
		await learned
			.reset()
			.catch((error: unknown) => console.warn('[tactful] could not reset preferences:', error));
		return result;
	},
};

function download(filename: string, json: string): void {
	const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const root = document.getElementById('app');
if (root) render(<HistoryPage client={client} download={download} learned={learned} />, root);
