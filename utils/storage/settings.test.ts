import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOXICITY } from '../../models/scoring/types.ts';
import { saveApiKey } from './api-key.ts';
import {
	DEFAULT_SETTINGS,
	effectiveAllowSwearing,
	effectiveDerailAlerts,
	effectiveDerailSensitivity,
	effectiveOpenAI,
	effectiveSensitivity,
	endOfToday,
	getSettings,
	isActiveOn,
	localSettingsItem,
	OPENAI_DEFAULTS,
	type Settings,
	setSiteEnabled,
	setSiteSensitivity,
	snoozeEndsOn,
	snoozeSite,
	syncSettingsItem,
	updateSettings,
	watchSettings,
} from './settings.ts';

// Real clock: updateSettings prunes site snoozes that have already expired.
const NOW = Date.now();
const settings = (patch: Partial<Settings> = {}): Settings => ({
	...structuredClone(DEFAULT_SETTINGS),
	...patch,
});

describe('settings storage', () => {
	beforeEach(() => fakeBrowser.reset());

	it('returns the defaults when nothing is stored', async () => {
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
	});

	it('migrates a v1 blob to v2', async () => {
		await fakeBrowser.storage.local.set({
			settings: { enabled: false, sensitivity: 'high', disabledSites: ['www.Reddit.com'] },
			settings$: { v: 1 },
		});
		await localSettingsItem.migrate();
		const s = await getSettings();
		expect(s.enabled).toBe(false);
		expect(s.sensitivity).toBe(0.75);
		expect(s.sites).toEqual({ 'reddit.com': { enabled: false } });
		expect(s.preSubmitNudge).toBe(false);
		expect(s.allowSwearingAtThings).toBe(false);
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 6 });
	});

	it('fills fields missing from an older v2 blob and clamps ranges', async () => {
		await fakeBrowser.storage.local.set({
			settings: { sensitivity: 3, rewrite: { backend: 'local' } },
			settings$: { v: 2 },
		});
		const s = await getSettings();
		expect(s.sensitivity).toBe(1);
		expect(s.rewrite).toEqual({ ...DEFAULT_SETTINGS.rewrite, backend: 'local' });
	});

	it('reads a damaged or foreign blob as defaults field by field, never as truthy strings', async () => {
		// e.g. a synced copy written by another build, or storage edited by hand.
		await fakeBrowser.storage.local.set({
			settings: {
				enabled: 'false',
				storeDrafts: 'yes',
				preSubmitNudge: 1,
				snoozeUntil: 'soon',
				disabledDimensions: ['Toxic Emotions', 'Nope', 5],
				sites: { 'a.com': null, 'b.com': { enabled: 'no' }, 'c.com': { enabled: false, snoozeUntil: 'x' } },
				rewrite: { backend: 'gpt', weight: '1', openai: { baseUrl: null, model: 7 } },
			},
			settings$: { v: 2 },
		});
		const s = await getSettings();
		expect(s.enabled).toBe(true);
		expect(s.storeDrafts).toBe(false);
		expect(s.preSubmitNudge).toBe(false);
		expect(s.snoozeUntil).toBe(0);
		expect(s.disabledDimensions).toEqual(['Toxic Emotions']);
		expect(s.sites).toEqual({ 'b.com': { enabled: true }, 'c.com': { enabled: false } });
		expect(s.rewrite).toEqual(DEFAULT_SETTINGS.rewrite);
		expect(isActiveOn(s, 'a.com', NOW)).toBe(true);
	});

	it('migrates a v1 blob saved before versions were recorded (no meta)', async () => {
		await fakeBrowser.storage.local.set({ settings: { sensitivity: 'low', disabledSites: ['x.org', 7] } });
		await localSettingsItem.migrate();
		const s = await getSettings();
		expect(s.sensitivity).toBe(0.25);
		expect(s.sites).toEqual({ 'x.org': { enabled: false } });
	});

	it('a v1 blob with a single site as a string is not split into one site per letter', async () => {
		await fakeBrowser.storage.local.set({
			settings: { enabled: 'no', disabledSites: 'reddit.com' },
			settings$: { v: 1 },
		});
		await localSettingsItem.migrate();
		const s = await getSettings();
		expect(s.sites).toEqual({});
		expect(s.enabled).toBe(true);
	});

	it('updates shallowly, with a partial rewrite patch', async () => {
		await updateSettings({ sensitivity: 0.8, rewrite: { weight: 0.2 } });
		const s = await getSettings();
		expect(s.sensitivity).toBe(0.8);
		expect(s.rewrite.weight).toBe(0.2);
		expect(s.rewrite.backend).toBe('offline');
	});

	it('mirrors to sync only when asked, and adopts an existing synced copy when turned on', async () => {
		await updateSettings({ sensitivity: 0.3 });
		expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
		// Another browser already synced its settings.
		await fakeBrowser.storage.sync.set({
			settings: settings({ sensitivity: 0.9, syncSettings: true }),
			settings$: { v: 2 },
		});
		await updateSettings({ syncSettings: true });
		expect((await getSettings()).sensitivity).toBe(0.9);
		await updateSettings({ sensitivity: 0.6 });
		expect(((await syncSettingsItem.getValue()) as Settings).sensitivity).toBe(0.6);
		await updateSettings({ syncSettings: false });
		expect((await getSettings()).sensitivity).toBe(0.6);
	});

	it('keeps the API key local and out of settings', async () => {
		await saveApiKey('sk-test', 'https://api.openai.com');
		await updateSettings({ syncSettings: true });
		expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('sk-test');
	});

	it('notifies watchers with the effective settings', async () => {
		const seen: number[] = [];
		const unwatch = watchSettings((s) => seen.push(s.sensitivity));
		await updateSettings({ sensitivity: 0.7 });
		await new Promise((r) => setTimeout(r, 10));
		unwatch();
		expect(seen).toContain(0.7);
	});

	it('snoozes and disables single sites', async () => {
		await snoozeSite('www.github.com', NOW + 600_000);
		let s = await getSettings();
		expect(isActiveOn(s, 'github.com', NOW)).toBe(false);
		expect(isActiveOn(s, 'github.com', NOW + 700_000)).toBe(true);
		expect(isActiveOn(s, 'reddit.com', NOW)).toBe(true);
		s = await setSiteEnabled('reddit.com', false);
		expect(isActiveOn(s, 'reddit.com', NOW)).toBe(false);
		expect(s.sites['github.com']?.snoozeUntil).toBe(NOW + 600_000);
	});
});

describe('isActiveOn', () => {
	it('respects the global switch and global snooze', () => {
		expect(isActiveOn(settings({ enabled: false }), 'a.com', NOW)).toBe(false);
		expect(isActiveOn(settings({ snoozeUntil: NOW + 1 }), 'a.com', NOW)).toBe(false);
		expect(isActiveOn(settings({ snoozeUntil: NOW - 1 }), 'a.com', NOW)).toBe(true);
	});

	it('endOfToday is after now and within a day', () => {
		const end = endOfToday(NOW);
		expect(end).toBeGreaterThan(NOW);
		expect(end - NOW).toBeLessThanOrEqual(86_400_000);
	});
});

describe('updateSettings concurrency', () => {
	beforeEach(() => fakeBrowser.reset());
	it('does not lose either of two overlapping updates', async () => {
		await Promise.all([updateSettings({ preSubmitNudge: true }), updateSettings({ storeDrafts: true })]);
		expect(await getSettings()).toMatchObject({ preSubmitNudge: true, storeDrafts: true });
	});
});

describe('sync conflicts and stored versions', () => {
	beforeEach(() => fakeBrowser.reset());

	it('prefers whichever copy was saved last', async () => {
		await updateSettings({ syncSettings: true, sensitivity: 0.6 });
		// Another browser saves later.
		await fakeBrowser.storage.sync.set({
			settings: settings({ sensitivity: 0.9, syncSettings: true }),
			settings$: { v: 2, savedAt: Date.now() + 1000 },
		});
		expect((await getSettings()).sensitivity).toBe(0.9);
		// Our sync write failed after a newer local save: the local copy wins.
		await fakeBrowser.storage.local.set({ settings$: { v: 2, savedAt: Date.now() + 2000 } });
		expect((await getSettings()).sensitivity).toBe(0.6);
	});

	it('always stores the version, and does not re-migrate a v2 blob that lost it', async () => {
		await updateSettings({ sensitivity: 0.7 });
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toMatchObject({ v: 6 });
		await fakeBrowser.storage.local.remove('settings$');
		await localSettingsItem.migrate();
		expect((await getSettings()).sensitivity).toBe(0.7);
	});

	it('prunes site entries that no longer change anything', async () => {
		await snoozeSite('a.com', Date.now() - 1);
		await setSiteEnabled('b.com', true);
		await setSiteEnabled('c.com', false);
		expect((await getSettings()).sites).toEqual({ 'c.com': { enabled: false } });
	});
});

describe('per-site sensitivity (v3)', () => {
	beforeEach(() => fakeBrowser.reset());

	it('migrates a v2 blob to v3 (and on to v4) unchanged: no site gains an override', async () => {
		const v2 = settings({
			sensitivity: 0.7,
			sites: { 'a.com': { enabled: false }, 'b.com': { enabled: true, snoozeUntil: NOW + 60_000 } },
		});
		await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
		await localSettingsItem.migrate();
		expect(await getSettings()).toEqual(v2);
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 6 });
	});

	it('migrates a v1 blob all the way to v3', async () => {
		await fakeBrowser.storage.local.set({
			settings: { sensitivity: 'low', disabledSites: ['a.com'] },
			settings$: { v: 1 },
		});
		await localSettingsItem.migrate();
		const s = await getSettings();
		expect(s.sensitivity).toBe(0.25);
		expect(s.sites).toEqual({ 'a.com': { enabled: false } });
	});

	it('validates stored overrides: clamps numbers, drops anything else', async () => {
		await fakeBrowser.storage.local.set({
			settings: {
				sites: {
					'a.com': { enabled: true, sensitivity: 1.4, derailSensitivity: -2 },
					'b.com': { enabled: true, sensitivity: '0.3', derailSensitivity: Number.NaN },
					'c.com': { enabled: false, sensitivity: null },
				},
			},
			settings$: { v: 3 },
		});
		expect((await getSettings()).sites).toEqual({
			'a.com': { enabled: true, sensitivity: 1, derailSensitivity: 0 },
			'b.com': { enabled: true },
			'c.com': { enabled: false },
		});
	});

	it("sets and clears one site's sensitivity, keeping its other choices", async () => {
		await snoozeSite('a.com', NOW + 600_000);
		await setSiteSensitivity('www.A.com', { sensitivity: 0.2 });
		await setSiteSensitivity('a.com', { derailSensitivity: 0.8 });
		expect((await getSettings()).sites['a.com']).toEqual({
			enabled: true,
			snoozeUntil: NOW + 600_000,
			sensitivity: 0.2,
			derailSensitivity: 0.8,
		});
		// Snoozing again or switching the site off keeps the override.
		await snoozeSite('a.com', 0);
		await setSiteEnabled('a.com', false);
		expect((await getSettings()).sites['a.com']).toEqual({
			enabled: false,
			sensitivity: 0.2,
			derailSensitivity: 0.8,
		});
		await setSiteEnabled('a.com', true);
		await setSiteSensitivity('a.com', { sensitivity: undefined });
		expect((await getSettings()).sites['a.com']).toEqual({ enabled: true, derailSensitivity: 0.8 });
		// With nothing left to remember, the entry is pruned.
		await setSiteSensitivity('a.com', { derailSensitivity: undefined });
		expect((await getSettings()).sites).toEqual({});
	});
});

describe('effectiveSensitivity', () => {
	const s = settings({
		sensitivity: 0.6,
		derailSensitivity: 0.4,
		sites: {
			'a.com': { enabled: true, sensitivity: 0.1 },
			'b.com': { enabled: true, derailSensitivity: 0.9 },
			'c.com': { enabled: true, sensitivity: 0 },
		},
	});

	it("is the site's own value when it has one, else the global value", () => {
		expect(effectiveSensitivity(s, 'a.com')).toBe(0.1);
		expect(effectiveSensitivity(s, 'WWW.A.COM')).toBe(0.1);
		expect(effectiveSensitivity(s, 'b.com')).toBe(0.6);
		expect(effectiveSensitivity(s, 'other.org')).toBe(0.6);
		expect(effectiveSensitivity(s, '')).toBe(0.6);
		expect(effectiveSensitivity(s, 'c.com')).toBe(0); // 0 is a value, not "absent"
	});

	it('does the same for the thread sensitivity, independently', () => {
		expect(effectiveDerailSensitivity(s, 'a.com')).toBe(0.4);
		expect(effectiveDerailSensitivity(s, 'b.com')).toBe(0.9);
	});
});

describe('snoozeEndsOn', () => {
	it('is the end of the snooze keeping the site quiet (the later one), or 0', () => {
		expect(snoozeEndsOn(settings({}), 'a.com', NOW)).toBe(0);
		expect(snoozeEndsOn(settings({ snoozeUntil: NOW - 1 }), 'a.com', NOW)).toBe(0);
		expect(snoozeEndsOn(settings({ snoozeUntil: NOW + 5 }), 'a.com', NOW)).toBe(NOW + 5);
		const site = settings({
			snoozeUntil: NOW + 5,
			sites: { 'a.com': { enabled: true, snoozeUntil: NOW + 9 } },
		});
		expect(snoozeEndsOn(site, 'www.a.com', NOW)).toBe(NOW + 9);
		expect(snoozeEndsOn(site, 'b.com', NOW)).toBe(NOW + 5);
	});
});

describe('swearing at code and tools (v4)', () => {
	beforeEach(() => fakeBrowser.reset());

	it('migrates a v3 blob to v4 with the choice off: a v3 user is warned about swearing as before', async () => {
		const { allowSwearingAtThings: _, ...v3 } = settings({
			sensitivity: 0.7,
			sites: { 'a.com': { enabled: true, sensitivity: 0.2 } },
		});
		await fakeBrowser.storage.local.set({ settings: v3, settings$: { v: 3 } });
		await localSettingsItem.migrate();
		const s = await getSettings();
		expect(s).toEqual({ ...v3, allowSwearingAtThings: false });
		expect(s.sites['a.com']).not.toHaveProperty('allowSwearingAtThings');
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 6 });
	});

	it('is off by default, and a stored non-boolean does not turn it on', async () => {
		expect(DEFAULT_SETTINGS.allowSwearingAtThings).toBe(false);
		await fakeBrowser.storage.local.set({
			settings: {
				allowSwearingAtThings: 'yes',
				sites: { 'a.com': { enabled: true, allowSwearingAtThings: 1 } },
			},
			settings$: { v: 4 },
		});
		const s = await getSettings();
		expect(s.allowSwearingAtThings).toBe(false);
		expect(s.sites).toEqual({ 'a.com': { enabled: true } });
	});

	it("follows the site's own choice, else the global one, and keeps a site entry that holds one", async () => {
		await updateSettings({
			allowSwearingAtThings: true,
			sites: { 'work.example': { enabled: true, allowSwearingAtThings: false } },
		});
		const s = await getSettings();
		expect(effectiveAllowSwearing(s, 'www.work.example')).toBe(false);
		expect(effectiveAllowSwearing(s, 'a.com')).toBe(true);
		expect(s.sites['work.example']).toEqual({ enabled: true, allowSwearingAtThings: false });
	});
});

describe('insults, threats and slurs as a signal of its own (v5)', () => {
	beforeEach(() => fakeBrowser.reset());

	it('migrates a v4 blob to v5 keeping every dimension choice, with the new row on', async () => {
		const v4 = settings({
			sensitivity: 0.6,
			disabledDimensions: ['Toxic Emotions', 'Detrimental Orthography'],
			allowSwearingAtThings: true,
			sites: { 'a.com': { enabled: true, sensitivity: 0.2 } },
		});
		await fakeBrowser.storage.local.set({ settings: v4, settings$: { v: 4 } });
		await localSettingsItem.migrate();
		const s = await getSettings();
		expect(s).toEqual(v4);
		expect(s.disabledDimensions).not.toContain(TOXICITY);
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 6 });
	});

	it('keeps the toxic head switched off once the user turns it off, and drops unknown names', async () => {
		await updateSettings({ disabledDimensions: [TOXICITY, 'Missing Openness'] });
		expect((await getSettings()).disabledDimensions).toEqual([TOXICITY, 'Missing Openness']);
		await fakeBrowser.storage.local.set({
			settings: { disabledDimensions: ['Toxicity', 'Insults', 42] },
			settings$: { v: 5 },
		});
		expect((await getSettings()).disabledDimensions).toEqual([TOXICITY]);
	});
});

describe('heated-thread alerts can be switched off, globally and per site (v6)', () => {
	beforeEach(() => fakeBrowser.reset());

	it('migrates a v5 blob to v6 with the alerts on everywhere, every other choice kept', async () => {
		const { derailAlerts: _none, ...v5 } = settings({
			derailSensitivity: 0.2,
			sites: { 'a.com': { enabled: true, derailSensitivity: 0.9 }, 'b.com': { enabled: false } },
		});
		await fakeBrowser.storage.local.set({ settings: v5, settings$: { v: 5 } });
		await localSettingsItem.migrate();
		const s = await getSettings();
		expect(s).toEqual({ ...v5, derailAlerts: true });
		expect(s.sites['a.com']).toEqual({ enabled: true, derailSensitivity: 0.9 }); // no site gains an override
		expect(effectiveDerailAlerts(s, 'a.com')).toBe(true);
		expect(effectiveDerailAlerts(s, 'elsewhere.org')).toBe(true);
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 6 });
	});

	it('migrates older blobs (v1, v3) with the alerts on', async () => {
		await fakeBrowser.storage.local.set({ settings: { sensitivity: 'high' }, settings$: { v: 1 } });
		await localSettingsItem.migrate();
		expect((await getSettings()).derailAlerts).toBe(true);
		fakeBrowser.reset();
		await fakeBrowser.storage.local.set({
			settings: { ...settings(), derailAlerts: undefined },
			settings$: { v: 3 },
		});
		await localSettingsItem.migrate();
		expect((await getSettings()).derailAlerts).toBe(true);
	});

	it('the global switch and a site of its own: the site wins, other sites follow the global choice', async () => {
		await updateSettings({ derailAlerts: false });
		expect(effectiveDerailAlerts(await getSettings(), 'github.com')).toBe(false);
		const s = await setSiteSensitivity('www.GitHub.com', { derailAlerts: true });
		expect(s.sites['github.com']).toEqual({ enabled: true, derailAlerts: true });
		expect(effectiveDerailAlerts(s, 'github.com')).toBe(true);
		expect(effectiveDerailAlerts(s, 'gitlab.com')).toBe(false);
		// The site's own choice survives an unrelated save (pruning keeps it), and clears back to the global one.
		expect((await updateSettings({ preSubmitNudge: true })).sites['github.com']?.derailAlerts).toBe(true);
		const cleared = await setSiteSensitivity('github.com', { derailAlerts: undefined });
		expect(cleared.sites['github.com']).toBeUndefined();
		expect(effectiveDerailAlerts(cleared, 'github.com')).toBe(false);
	});

	it('a stored value of the wrong type never turns the alerts off', async () => {
		await fakeBrowser.storage.local.set({
			settings: { derailAlerts: 'false', sites: { 'a.com': { enabled: true, derailAlerts: 0 } } },
			settings$: { v: 6 },
		});
		const s = await getSettings();
		expect(s.derailAlerts).toBe(true);
		expect(s.sites['a.com']).toEqual({ enabled: true });
		expect(effectiveDerailAlerts(s, 'a.com')).toBe(true);
	});
});

describe('OpenAI-compatible server fields: empty means "use the default", and defaults are never stored', () => {
	beforeEach(() => fakeBrowser.reset());
	const stored = async () =>
		((await fakeBrowser.storage.local.get('settings')).settings as Settings).rewrite.openai;

	it('a user who cleared both fields (v3 blob) still reads them empty after the v3 → v4 migration', async () => {
		await fakeBrowser.storage.local.set({
			settings: {
				...settings(),
				rewrite: { backend: 'openai', weight: 0.5, openai: { baseUrl: '', model: '' } },
			},
			settings$: { v: 3 },
		});
		await localSettingsItem.migrate();
		expect((await getSettings()).rewrite.openai).toEqual({ baseUrl: '', model: '' });
		expect(await stored()).toEqual({ baseUrl: '', model: '' });
		expect(effectiveOpenAI(await getSettings())).toEqual(OPENAI_DEFAULTS);
	});

	it('a user who never touched them gets no defaults written by an unrelated save', async () => {
		await updateSettings({ preSubmitNudge: true });
		expect(await stored()).toEqual({ baseUrl: '', model: '' });
	});

	it('defaults that an earlier build wrote into the blob read as empty (the default in use), typed values stay', async () => {
		await fakeBrowser.storage.local.set({
			settings: {
				...settings(),
				rewrite: { backend: 'openai', weight: 0.5, openai: { ...OPENAI_DEFAULTS } },
			},
			settings$: { v: 4 },
		});
		expect((await getSettings()).rewrite.openai).toEqual({ baseUrl: '', model: '' });
		await updateSettings({ rewrite: { openai: { baseUrl: 'http://localhost:11434/v1', model: '' } } });
		expect(await stored()).toEqual({ baseUrl: 'http://localhost:11434/v1', model: '' });
		expect(effectiveOpenAI(await getSettings())).toEqual({
			baseUrl: 'http://localhost:11434/v1',
			model: OPENAI_DEFAULTS.model,
		});
	});
});
