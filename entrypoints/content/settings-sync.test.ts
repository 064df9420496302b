import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Adaptation } from '../../utils/background/history-types.ts';
import { isActiveOn } from '../../utils/storage/settings.ts';
import { syncSettings } from './settings-sync.ts';
import { fakeDeps } from './testing/fake-deps.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ADAPTATION: Adaptation = {
	options: { sensitivity: 0.5, disabledDimensions: [] },
	dimensionOffsets: { Inappropriateness: 0.1 },
	allowHashes: [],
	feedbackCount: 2,
};
let controller: AbortController;
afterEach(() => controller?.abort());

/** Starts a sync on fake deps; `applied` collects each call's `optionsChanged`. */
function start(...args: Parameters<typeof fakeDeps>) {
	const fake = fakeDeps(...args);
	const applied: boolean[] = [];
	controller = new AbortController();
	const sync = syncSettings({
		deps: fake.deps,
		hostname: 'a.com',
		win: window,
		signal: controller.signal,
		applied: (_settings, changed) => applied.push(changed),
	});
	return { ...fake, sync, applied };
}

describe('syncSettings', () => {
	it('applies the first read, then each change, saying whether drafts must be scored again', async () => {
		const { sync, applied, setSettings } = start({ sensitivity: 0.7 });
		await wait(10);
		expect(sync.settings().sensitivity).toBe(0.7);
		expect(applied[0]).toBe(true); // from the defaults to the stored value
		applied.length = 0;
		setSettings({ preSubmitNudge: true }); // nothing scoring depends on
		expect(applied).toEqual([false]);
		setSettings({ sensitivity: 0.3 });
		expect(applied.at(-1)).toBe(true);
		expect(sync.options().sensitivity).toBe(0.3);
	});

	it('eases with the adaptation once loaded, and stops easing when the slider moves until it reloads', async () => {
		const { sync, deps, setSettings } = start({ sensitivity: 0.6 });
		let release: (a: Adaptation) => void = () => undefined;
		deps.adaptation = () => new Promise((r) => (release = r));
		await wait(10);
		release(ADAPTATION);
		await wait(0);
		expect(sync.options().sensitivity).toBeCloseTo(0.5);
		setSettings({ sensitivity: 0.8 });
		expect(sync.options().sensitivity).toBe(0.8); // the stale adaptation no longer eases
		expect(sync.adaptation()).toBe(ADAPTATION); // its allow list still holds
		release(ADAPTATION);
		await wait(0);
		expect(sync.options().sensitivity).toBeCloseTo(0.7);
	});

	it('applies again by itself when a snooze on the site runs out, and not after the session stops', async () => {
		const { applied } = start({ sites: { 'a.com': { enabled: true, snoozeUntil: Date.now() + 100 } } });
		await wait(10);
		const before = applied.length;
		await wait(150);
		expect(applied.length).toBe(before + 1);

		controller.abort();
		const second = start({ sites: { 'a.com': { enabled: true, snoozeUntil: Date.now() + 100 } } });
		await wait(10);
		const count = second.applied.length;
		controller.abort();
		second.setSettings({ sensitivity: 0.2 }); // unwatched
		await wait(150);
		expect(second.applied.length).toBe(count);
	});

	// QA session 21: a browser's timers do not count time the computer sleeps (Chromium and Firefox on Linux and
	// macOS), so "Rest of today" set at 22:00 with the lid shut overnight woke the page two hours after it was
	// opened again: until then drafts typed got no warning, while the popup said "Watching". The first focus,
	// keystroke or return to the tab after the snooze's end now wakes the page.
	it('wakes up on the first focus or keystroke after the snooze ended when the timer has not fired (sleep)', async () => {
		const fake = fakeDeps({ snoozeUntil: Date.now() + 60_000 });
		// A window whose timers never fire: the computer slept through the snooze's end.
		const win = Object.assign(new EventTarget(), {
			setTimeout: () => 1,
			clearTimeout: () => undefined,
			document: new EventTarget(),
		}) as unknown as Window;
		controller = new AbortController();
		let active: boolean | null = null;
		syncSettings({
			deps: fake.deps,
			hostname: 'a.com',
			win,
			signal: controller.signal,
			applied: (settings) => {
				active = isActiveOn(settings, 'a.com');
			},
		});
		await wait(10);
		expect(active).toBe(false);
		win.dispatchEvent(new Event('focusin'));
		expect(active).toBe(false); // still snoozed: nothing changes
		const woke = Date.now() + 61_000;
		const now = vi.spyOn(Date, 'now').mockReturnValue(woke);
		try {
			win.dispatchEvent(new Event('keydown'));
			expect(active).toBe(true);
		} finally {
			now.mockRestore();
		}
	});
});
