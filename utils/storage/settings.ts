/**
 * The user's settings: typed, versioned and migrated through WXT storage, with every default in this file.
 *
 * Readable from every context (content scripts included). `local:settings` always holds a copy; when the user
 * turns on `syncSettings`, `sync:settings` holds the shared copy that follows them across browsers and wins on
 * read. `syncSettings` itself is per browser, and the OpenAI key lives only in `local:` and is never synced.
 */
import { storage } from '#imports';
import type { Dimension } from '../../models/scoring/types.ts';

export type RewriteBackend = 'offline' | 'local' | 'chrome' | 'openai';

/** Per-site choices, keyed by `siteKey(hostname)`. */
export interface SiteSettings {
	enabled: boolean;
	/** Epoch ms until which warnings are snoozed on this site; 0 or absent = not snoozed. */
	snoozeUntil?: number;
}

export interface RewriteSettings {
	backend: RewriteBackend;
	/** How much the reward model weighs against staying close to the draft, 0..1. */
	weight: number;
	openai: { baseUrl: string; model: string };
}

/** Current (v2) settings shape. */
export interface Settings {
	enabled: boolean;
	/** 0..1; 0.5 is the calibrated decision point (ScoreOptions.sensitivity). */
	sensitivity: number;
	disabledDimensions: Dimension[];
	sites: Record<string, SiteSettings>;
	/** Epoch ms until which warnings are snoozed everywhere; 0 = not snoozed. */
	snoozeUntil: number;
	/** Ask "Post anyway / Review" when a warned draft is submitted. */
	preSubmitNudge: boolean;
	/** 0..1, like `sensitivity` but for thread-derailment warnings. */
	derailSensitivity: number;
	/** Keep draft text in the local history (opt-in). */
	storeDrafts: boolean;
	/** Mirror settings to the browser's `sync` area so they follow the user. */
	syncSettings: boolean;
	rewrite: RewriteSettings;
}

/** Every default, in one place. */
export const DEFAULT_SETTINGS: Settings = {
	enabled: true,
	sensitivity: 0.5,
	disabledDimensions: [],
	sites: {},
	snoozeUntil: 0,
	preSubmitNudge: false,
	derailSensitivity: 0.5,
	storeDrafts: false,
	syncSettings: false,
	rewrite: {
		backend: 'offline',
		weight: 0.5,
		openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
	},
};

/** The pre-release v1 shape: a three-step sensitivity and a list of disabled sites. */
export interface SettingsV1 {
	enabled?: boolean;
	sensitivity?: 'low' | 'medium' | 'high';
	disabledSites?: string[];
}

const V1_SENSITIVITY = { low: 0.25, medium: 0.5, high: 0.75 } as const;

/** v1 → v2: map the three steps onto 0..1 and the disabled-site list onto per-site records. */
export function migrateV1(old: SettingsV1): Settings {
	const sites: Record<string, SiteSettings> = {};
	for (const host of old.disabledSites ?? []) sites[siteKey(host)] = { enabled: false };
	return {
		...structuredClone(DEFAULT_SETTINGS),
		enabled: old.enabled ?? true,
		sensitivity: V1_SENSITIVITY[old.sensitivity ?? 'medium'] ?? 0.5,
		sites,
	};
}

const itemOptions = { fallback: DEFAULT_SETTINGS, version: 2, migrations: { 2: migrateV1 } };
/** The per-browser copy (always written). */
export const localSettingsItem = storage.defineItem<Settings>('local:settings', itemOptions);
/** The shared copy, used only while `syncSettings` is on. */
export const syncSettingsItem = storage.defineItem<Settings>('sync:settings', itemOptions);
/** The OpenAI-compatible API key; local only, never synced or exported. */
export const openaiKeyItem = storage.defineItem<string>('local:openaiApiKey', { fallback: '' });

/** Hostname → settings key: lower case, without a leading "www.". */
export function siteKey(hostname: string): string {
	return hostname
		.trim()
		.toLowerCase()
		.replace(/^www\./, '');
}

const clamp01 = (x: unknown, dflt: number) =>
	typeof x === 'number' && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : dflt;

/** Fills fields a stored blob lacks with defaults, so readers always see a complete, valid Settings. */
export function normalizeSettings(raw: Partial<Settings> | null | undefined): Settings {
	const d = DEFAULT_SETTINGS;
	const r = raw ?? {};
	return {
		enabled: r.enabled ?? d.enabled,
		sensitivity: clamp01(r.sensitivity, d.sensitivity),
		disabledDimensions: Array.isArray(r.disabledDimensions) ? [...r.disabledDimensions] : [],
		sites: { ...(r.sites ?? {}) },
		snoozeUntil: r.snoozeUntil ?? 0,
		preSubmitNudge: r.preSubmitNudge ?? d.preSubmitNudge,
		derailSensitivity: clamp01(r.derailSensitivity, d.derailSensitivity),
		storeDrafts: r.storeDrafts ?? d.storeDrafts,
		syncSettings: r.syncSettings ?? d.syncSettings,
		rewrite: {
			backend: r.rewrite?.backend ?? d.rewrite.backend,
			weight: clamp01(r.rewrite?.weight, d.rewrite.weight),
			openai: { ...d.rewrite.openai, ...(r.rewrite?.openai ?? {}) },
		},
	};
}

/** The effective settings: the synced copy when sync is on and one exists, else the local copy. */
export async function getSettings(): Promise<Settings> {
	const local = normalizeSettings(await localSettingsItem.getValue());
	if (!local.syncSettings) return local;
	const synced = await readSynced();
	return synced ? { ...synced, syncSettings: true } : local;
}

async function readSynced(): Promise<Settings | null> {
	try {
		await syncSettingsItem.getMeta(); // waits for the item's migrations
		// Read without the fallback: absent means "no synced copy yet", not "defaults".
		const raw = await storage.getItem<Settings>('sync:settings');
		return raw ? normalizeSettings(raw) : null;
	} catch {
		return null; // sync area unavailable (e.g. signed out): the local copy still works
	}
}

/** A partial update; `rewrite` may itself be partial. */
export type SettingsPatch = Partial<Omit<Settings, 'rewrite'>> & { rewrite?: Partial<RewriteSettings> };

/**
 * Applies a patch (or an updater function) to the effective settings and saves it. Turning sync on adopts an
 * existing synced copy instead of overwriting it, so a second browser joins the first one's settings.
 */
export function updateSettings(patch: SettingsPatch | ((s: Settings) => Settings)): Promise<Settings> {
	// Serialized per context: two quick clicks must not both read the old settings and drop one change.
	const run = queue.then(() => applyPatch(patch));
	queue = run.catch(() => undefined);
	return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function applyPatch(patch: SettingsPatch | ((s: Settings) => Settings)): Promise<Settings> {
	const current = await getSettings();
	let next: Settings;
	if (typeof patch === 'function') next = normalizeSettings(patch(structuredClone(current)));
	else
		next = normalizeSettings({
			...current,
			...patch,
			rewrite: { ...current.rewrite, ...patch.rewrite },
		} as Settings);
	if (next.syncSettings && !current.syncSettings) {
		const synced = await readSynced();
		if (synced) next = { ...synced, syncSettings: true };
	}
	await localSettingsItem.setValue(next);
	if (next.syncSettings) {
		try {
			await syncSettingsItem.setValue(next);
		} catch (error) {
			console.warn('[tactful] settings kept locally; sync failed:', error);
		}
	}
	return next;
}

/** Calls `cb` with the effective settings whenever either copy changes. Returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
	const changed = () => void getSettings().then(cb);
	const unwatchLocal = localSettingsItem.watch(changed);
	const unwatchSync = syncSettingsItem.watch(changed);
	return () => {
		unwatchLocal();
		unwatchSync();
	};
}

/** Whether warnings should show on `hostname` at `now` (epoch ms): on globally, on for the site, not snoozed. */
export function isActiveOn(settings: Settings, hostname: string, now: number = Date.now()): boolean {
	if (!settings.enabled || settings.snoozeUntil > now) return false;
	const site = settings.sites[siteKey(hostname)];
	if (!site) return true;
	return site.enabled && !((site.snoozeUntil ?? 0) > now);
}

/** Snoozes warnings on one site until `until` (epoch ms; 0 un-snoozes). */
export function snoozeSite(hostname: string, until: number): Promise<Settings> {
	const key = siteKey(hostname);
	return updateSettings((s) => ({
		...s,
		sites: { ...s.sites, [key]: { enabled: s.sites[key]?.enabled ?? true, snoozeUntil: until } },
	}));
}

/** Turns warnings on or off for one site. */
export function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
	const key = siteKey(hostname);
	return updateSettings((s) => ({ ...s, sites: { ...s.sites, [key]: { ...s.sites[key], enabled } } }));
}

/** One hour from `now`. */
export const inOneHour = (now: number = Date.now()) => now + 3_600_000;

/** Local midnight at the end of `now`'s day. */
export function endOfToday(now: number = Date.now()): number {
	const d = new Date(now);
	d.setHours(24, 0, 0, 0);
	return d.getTime();
}
