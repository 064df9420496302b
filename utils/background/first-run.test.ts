import { describe, expect, it, vi } from 'vitest';
import { opensWelcome, welcomeOnInstall } from './first-run.ts';

describe('welcome page on install', () => {
	it('opens only on a fresh install', () => {
		expect(opensWelcome({ reason: 'install' })).toBe(true);
		for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update'])
			expect(opensWelcome({ reason })).toBe(false);
	});

	it('opens one tab on install, none on update', async () => {
		const openTab = vi.fn(async () => ({}));
		expect(await welcomeOnInstall({ reason: 'install' }, openTab)).toBe(true);
		expect(openTab).toHaveBeenCalledOnce();
		openTab.mockClear();
		expect(await welcomeOnInstall({ reason: 'update' }, openTab)).toBe(false);
		expect(openTab).not.toHaveBeenCalled();
	});
});
