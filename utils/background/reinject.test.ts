import { describe, expect, it, vi } from 'vitest';
import { reinjectOnInstall } from './reinject.ts';

const api = (tabs: { id?: number; url?: string; discarded?: boolean }[], refuse: number[] = []) => ({
	tabs: async () => tabs,
	inject: vi.fn(async (tabId: number) => {
		if (refuse.includes(tabId)) throw new Error('Cannot access contents of the page');
	}),
	files: () => ['content-scripts/content.js'],
});

describe('content script re-injection after an install or update', () => {
	it('injects into every open web page on update and install, skipping browser pages and discarded tabs', async () => {
		const tabs = [
			{ id: 1, url: 'https://github.com/a/b/issues/1' },
			{ id: 2, url: 'chrome://extensions/' },
			{ id: 3, url: 'https://example.com/', discarded: true },
			{ id: 4 }, // url unknown: try it, the browser says no if it must
			{ url: 'https://no-id.example/' },
			{ id: 5, url: 'file:///tmp/draft.html' },
		];
		for (const reason of ['update', 'install']) {
			const a = api(tabs);
			expect(await reinjectOnInstall({ reason }, a)).toBe(3);
			expect(a.inject.mock.calls.map(([id]) => id)).toEqual([1, 4, 5]);
			expect(a.inject).toHaveBeenCalledWith(1, ['content-scripts/content.js']);
		}
	});

	it('does nothing on a browser update (the content scripts did not change)', async () => {
		const a = api([{ id: 1, url: 'https://github.com/' }]);
		for (const reason of ['chrome_update', 'browser_update', 'shared_module_update'])
			expect(await reinjectOnInstall({ reason }, a)).toBe(0);
		expect(a.inject).not.toHaveBeenCalled();
	});

	it('a tab that refuses does not stop the others', async () => {
		const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
		const a = api(
			[
				{ id: 1, url: 'https://a.example/' },
				{ id: 2, url: 'https://b.example/' },
				{ id: 3, url: 'https://c.example/' },
			],
			[2],
		);
		expect(await reinjectOnInstall({ reason: 'update' }, a)).toBe(2);
		expect(a.inject).toHaveBeenCalledTimes(3);
		expect(debug).toHaveBeenCalledOnce();
		debug.mockRestore();
	});
});
