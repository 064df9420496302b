/**
 * Every old stored version migrates to the current one keeping what the user chose (session 16). The e2e helpers
 * wrote `v: 3` by hand while the app was at v6, so every test run re-migrated current blobs; they now store through
 * `storedSettings` (the current version), and these tests are where old versions are stored on purpose.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
	DEFAULT_SETTINGS,
	getSettings,
	localSettingsItem,
	SETTINGS_VERSION,
	type Settings,
	type SettingsRecovery,
	storedSettings,
	updateSettings,
} from './settings.ts';

const SNOOZED_UNTIL = Date.now() + 3_600_000;
const SITE_SNOOZED_UNTIL = Date.now() + 7_200_000;

/** Stores `blob` as version `v` and runs the item's migrations, as a browser updated from that version does. */
async function migrateFrom(v: number, blob: unknown): Promise<Settings> {
	await fakeBrowser.storage.local.set({ settings: blob, settings$: { v } });
	await localSettingsItem.migrate();
	expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
	return getSettings();
}

/** A v2-era user's choices, every field v2 had: each later version only adds fields. */
const v2Choices = {
	enabled: true,
	sensitivity: 0.8,
	disabledDimensions: ['Missing Openness', 'Detrimental Orthography'],
	sites: {
		'reddit.com': { enabled: false },
		'github.com': { enabled: true, snoozeUntil: SITE_SNOOZED_UNTIL },
	},
	snoozeUntil: SNOOZED_UNTIL,
	preSubmitNudge: true,
	derailSensitivity: 0.3,
	storeDrafts: true,
	syncSettings: false,
	rewrite: { backend: 'local', weight: 0.7, openai: { baseUrl: 'http://127.0.0.1:8080/v1', model: 'tiny' } },
};

describe('settings: an old stored version migrates to the current one without losing the user’s choices', () => {
	it('the current version is the one the settings module stores', async () => {
		await updateSettings({ sensitivity: 0.6 });
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toMatchObject({
			v: SETTINGS_VERSION,
		});
	});

	it('v1: on/off, the three-step sensitivity and the sites switched off', async () => {
		const s = await migrateFrom(1, {
			enabled: false,
			sensitivity: 'high',
			disabledSites: ['www.Reddit.com'],
		});
		expect(s).toEqual({
			...DEFAULT_SETTINGS,
			enabled: false,
			sensitivity: 0.75,
			sites: { 'reddit.com': { enabled: false } },
		});
	});

	it.each([2, 3, 4, 5])(
		'v%i: sensitivity, per-site switches and snoozes, snooze, per-dimension choices',
		async (v) => {
			const s = await migrateFrom(v, structuredClone(v2Choices));
			expect(s).toEqual({
				...DEFAULT_SETTINGS,
				...v2Choices,
				// Later versions' additions start as the versions before behaved: swearing warned, thread alerts on.
				allowSwearingAtThings: false,
				derailAlerts: true,
			});
		},
	);

	it.each([3, 4, 5])('v%i: per-site sensitivities (since v3) are kept', async (v) => {
		const blob = {
			...structuredClone(v2Choices),
			sites: {
				'github.com': {
					enabled: true,
					sensitivity: 0.2,
					derailSensitivity: 0.9,
					snoozeUntil: SITE_SNOOZED_UNTIL,
				},
			},
		};
		const s = await migrateFrom(v, blob);
		expect(s.sites).toEqual(blob.sites);
		expect([s.sensitivity, s.derailSensitivity, s.disabledDimensions]).toEqual([
			0.8,
			0.3,
			['Missing Openness', 'Detrimental Orthography'],
		]);
	});

	it.each([4, 5])('v%i: the swearing choice (since v4), global and per site, is kept', async (v) => {
		const blob = {
			...structuredClone(v2Choices),
			allowSwearingAtThings: true,
			sites: { 'github.com': { enabled: true, allowSwearingAtThings: false } },
		};
		const s = await migrateFrom(v, blob);
		expect(s.allowSwearingAtThings).toBe(true);
		expect(s.sites).toEqual(blob.sites);
	});

	it('v5: the toxic head switched off (since v5) stays off', async () => {
		const s = await migrateFrom(5, {
			...structuredClone(v2Choices),
			disabledDimensions: ['Toxicity', 'Missing Openness'],
		});
		expect(s.disabledDimensions).toEqual(['Toxicity', 'Missing Openness']);
	});

	it('what test helpers store (`storedSettings`) is read back as is, with nothing to migrate', async () => {
		const mine = { ...structuredClone(DEFAULT_SETTINGS), sensitivity: 0.9, derailAlerts: false };
		await fakeBrowser.storage.local.set(storedSettings(mine));
		await localSettingsItem.migrate();
		expect(await getSettings()).toEqual(mine);
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toMatchObject({
			v: SETTINGS_VERSION,
		});
	});
});

describe('settings: a malformed stored blob reads as the defaults, with one logged error (session 23)', () => {
	afterEach(() => vi.restoreAllMocks());

	it.each([
		['a string', 'garbage'],
		['an array', [1, 2]],
		['a number', 42],
	])('%s: the defaults, and the error is logged once however often it is read', async (_, blob) => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		await fakeBrowser.storage.local.set({ settings: blob, settings$: { v: SETTINGS_VERSION } });
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		expect(error).toHaveBeenCalledOnce();
		expect(String(error.mock.calls[0]?.[0])).toMatch(/\[tactful\] stored settings/);
	});

	it('fields of the wrong type fall back one by one, keeping the readable ones, and are named in the one error', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const blob = { enabled: 'yes', sensitivity: 0.8, sites: [], disabledDimensions: 'x', snoozeUntil: 0 };
		await fakeBrowser.storage.local.set({ settings: blob, settings$: { v: SETTINGS_VERSION } });
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 0.8 });
		await getSettings();
		expect(error).toHaveBeenCalledOnce();
		const said = error.mock.calls[0]?.join(' ') ?? '';
		for (const field of ['enabled', 'disabledDimensions', 'sites']) expect(said).toContain(field);
		expect(said).not.toContain('sensitivity');
	});

	it('a well-formed blob (and an absent one) logs nothing', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		await fakeBrowser.storage.local.set(storedSettings({ sensitivity: 0.3 }));
		expect((await getSettings()).sensitivity).toBe(0.3);
		expect(error).not.toHaveBeenCalled();
	});
});

// Session 24: a malformed blob was read as the defaults by every reader but stayed in storage until the next save.
describe('settings: a malformed stored blob is repaired in storage at load, the original kept (session 24)', () => {
	afterEach(() => vi.restoreAllMocks());

	const stored = async (area: 'local' | 'sync' = 'local') =>
		(await fakeBrowser.storage[area].get('settings')).settings;
	const recovery = async () =>
		(await fakeBrowser.storage.local.get('settingsRecovery')).settingsRecovery as
			| Partial<Record<'local' | 'sync', SettingsRecovery>>
			| undefined;

	/** Valid choices beside bad fields, at the top level, in a site's entry and in `rewrite`. */
	const broken = {
		enabled: 'yes',
		sensitivity: 0.8,
		disabledDimensions: ['Missing Openness'],
		sites: {
			'github.com': { enabled: 'no', sensitivity: 0.2 },
			'reddit.com': { enabled: false },
			'example.org': 5,
		},
		preSubmitNudge: true,
		rewrite: { backend: 'gpt-9', weight: 0.7, openai: { baseUrl: 'http://127.0.0.1:8080/v1', model: 42 } },
	};
	const repaired: Settings = {
		...DEFAULT_SETTINGS,
		sensitivity: 0.8,
		disabledDimensions: ['Missing Openness'],
		sites: { 'github.com': { enabled: true, sensitivity: 0.2 }, 'reddit.com': { enabled: false } },
		preSubmitNudge: true,
		rewrite: { backend: 'offline', weight: 0.7, openai: { baseUrl: 'http://127.0.0.1:8080/v1', model: '' } },
	};

	it('keeps every valid field (top level, per site, rewrite), drops only the bad ones, and keeps the original', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		await fakeBrowser.storage.local.set({
			settings: broken,
			settings$: { v: SETTINGS_VERSION, savedAt: 1234 },
		});
		expect(await getSettings()).toEqual(repaired);
		await vi.waitFor(async () => expect(await stored()).toEqual(repaired));
		// Not a newer choice: the sync's "last save wins" still sees the old time.
		expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({
			v: SETTINGS_VERSION,
			savedAt: 1234,
		});
		const kept = (await recovery())?.local;
		expect(kept?.original).toEqual(broken);
		expect(kept?.v).toBe(SETTINGS_VERSION);
		expect(kept?.problems).toEqual([
			'enabled',
			'sites["github.com"].enabled',
			'sites["example.org"]',
			'rewrite.backend',
			'rewrite.openai.model',
		]);
		// Said once; the repaired blob reads clean.
		expect(await getSettings()).toEqual(repaired);
		expect(error).toHaveBeenCalledOnce();
	});

	it('a string blob becomes the defaults in storage, the string kept', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await fakeBrowser.storage.local.set({ settings: 'repair me', settings$: { v: SETTINGS_VERSION } });
		await getSettings();
		await vi.waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
		expect((await recovery())?.local?.original).toBe('repair me');
	});

	it('a save made before the repair runs wins, and the original is still kept', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const blob = { ...broken, enabled: 'sure' };
		await fakeBrowser.storage.local.set({ settings: blob, settings$: { v: SETTINGS_VERSION } });
		const saved = updateSettings({ sensitivity: 0.35 });
		await getSettings();
		await saved;
		await vi.waitFor(async () => expect((await recovery())?.local?.original).toEqual(blob));
		expect(await stored()).toEqual({ ...repaired, sensitivity: 0.35 });
	});

	it("a newer build's blob (a higher version) is not rewritten", async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const blob = { ...broken, enabled: 'newer' };
		await fakeBrowser.storage.local.set({ settings: blob, settings$: { v: SETTINGS_VERSION + 1 } });
		expect((await getSettings()).sensitivity).toBe(0.8);
		await updateSettings((s) => s).catch(() => undefined); // lets the queued repair run first
		await new Promise((r) => setTimeout(r, 20));
		expect(await recovery()).toBeUndefined();
	});

	it('the synced copy is repaired in the sync area', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const now = Date.now();
		await fakeBrowser.storage.local.set(storedSettings({ syncSettings: true }, now - 1000));
		const blob = { ...broken, enabled: 'synced', syncSettings: true };
		await fakeBrowser.storage.sync.set({ settings: blob, settings$: { v: SETTINGS_VERSION, savedAt: now } });
		expect((await getSettings()).sensitivity).toBe(0.8);
		await vi.waitFor(async () => expect(await stored('sync')).toEqual({ ...repaired, syncSettings: true }));
		expect((await recovery())?.sync?.original).toEqual(blob);
	});

	it('an old version with a bad field is repaired by its migration, the original kept with its version', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const v5 = { ...v2Choices, derailSensitivity: 'high', allowSwearingAtThings: true };
		const migrated = await migrateFrom(5, v5);
		expect(migrated.derailSensitivity).toBe(DEFAULT_SETTINGS.derailSensitivity);
		expect(migrated.sensitivity).toBe(0.8);
		expect(migrated.allowSwearingAtThings).toBe(true);
		const kept = (await recovery())?.local;
		expect(kept?.original).toEqual(v5);
		expect(kept?.v).toBe(5);
		expect(kept?.problems).toEqual(['derailSensitivity']);
	});

	it('a well-formed old version keeps nothing aside', async () => {
		await migrateFrom(5, v2Choices);
		expect(await recovery()).toBeUndefined();
	});
});
