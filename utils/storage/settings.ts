/**
 * The user's settings in WXT storage: typed, versioned (v6) and migrated; schema and defaults in
 * settings-schema.ts (re-exported here, so import everything settings-related from this file).
 *
 * Readable from every context (content scripts included). `local:settings` always holds a copy; when the user
 * turns on `syncSettings`, `sync:settings` holds the shared copy that follows them across browsers, and the copy
 * saved last wins on read. `syncSettings` itself is per browser; the OpenAI key lives only in `local:`.
 */
import { storage } from '#imports';
import { unwatchQuietly } from '../context-lost.ts';
import {
	DEFAULT_SETTINGS,
	migrateV1,
	migrateV2,
	migrateV3,
	migrateV4,
	migrateV5,
	normalizeSettings,
	pruneSites,
	type RewriteSettings,
	SETTINGS_VERSION,
	type Settings,
	type SiteSettings,
	settingsProblems,
	siteKey,
} from './settings-schema.ts';

export * from './settings-schema.ts';

/** WXT keeps the schema version in the item's meta; `savedAt` (epoch ms) decides which copy is newer. */
interface SettingsMeta extends Record<string, unknown> {
	v?: number;
	savedAt?: number;
}

const VERSION = SETTINGS_VERSION;
const itemOptions = {
	fallback: DEFAULT_SETTINGS,
	version: VERSION,
	migrations: { 2: migrateV1, 3: migrateV2, 4: migrateV3, 5: migrateV4, 6: migrateV5 },
};
/** The per-browser copy (always written). */
export const localSettingsItem = storage.defineItem<Settings, SettingsMeta>('local:settings', itemOptions);
/** The shared copy, used only while `syncSettings` is on. */
export const syncSettingsItem = storage.defineItem<Settings, SettingsMeta>('sync:settings', itemOptions);
/** The OpenAI-compatible API key; local only, never synced or exported. */
export const openaiKeyItem = storage.defineItem<string>('local:openaiApiKey', { fallback: '' });
/**
 * The server origin the key was saved for (options page, "Save server"); '' for a key saved before session 24.
 * The key is sent to that origin only: a base URL changed since (another preset, a synced settings copy from
 * another browser) does not get it.
 */
export const openaiKeyOriginItem = storage.defineItem<string>('local:openaiApiKeyOrigin', { fallback: '' });

/** The effective settings: with sync on, whichever of the local and synced copies was saved last. */
export async function getSettings(): Promise<Settings> {
	const local = readable('local', await localSettingsItem.getValue());
	if (!local.syncSettings) return local;
	const synced = await readSynced();
	// Last save wins: a newer synced copy came from another browser; a newer local one means our sync write failed.
	if (!synced || synced.savedAt < (await savedAt(localSettingsItem))) return local;
	return { ...synced.settings, syncSettings: true };
}

/** The last malformed blob logged per area, so the error is said once, not on every read (each keystroke's). */
const reported: Record<string, string> = {};

/** Normalizes a stored blob; a malformed one (defaults fill in) is logged once per context and distinct blob. */
function readable(area: 'local' | 'sync', raw: unknown): Settings {
	const problems = settingsProblems(raw);
	if (problems.length) {
		const key = JSON.stringify(raw) ?? String(raw);
		if (reported[area] !== key) {
			reported[area] = key;
			console.error(
				`[tactful] stored settings (${area}) were malformed; defaults used for:`,
				problems.join(', '),
			);
		}
	}
	return normalizeSettings(raw as Partial<Settings>);
}

type Item = typeof localSettingsItem;
const savedAt = async (item: Item) => Number((await item.getMeta()).savedAt ?? 0) || 0;

async function readSynced(): Promise<{ settings: Settings; savedAt: number } | null> {
	try {
		const at = await savedAt(syncSettingsItem); // also waits for the item's migrations
		// Read without the fallback: absent means "no synced copy yet", not "defaults".
		const raw = await storage.getItem<Settings>('sync:settings');
		return raw ? { settings: readable('sync', raw), savedAt: at } : null;
	} catch {
		return null; // sync area unavailable (e.g. signed out): the local copy still works
	}
}

async function save(item: Item, value: Settings, at: number): Promise<void> {
	await item.setValue(value);
	// Always restate the version: a value stored without it would be re-migrated as v1 on the next start.
	await item.setMeta({ v: VERSION, savedAt: at });
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
		if (synced) next = { ...synced.settings, syncSettings: true };
	}
	const now = Date.now();
	next.sites = pruneSites(next.sites, now);
	await save(localSettingsItem, next, now);
	if (next.syncSettings) {
		try {
			await save(syncSettingsItem, next, now);
		} catch (error) {
			console.warn('[tactful] settings kept locally; sync failed:', error);
		}
	}
	return next;
}

/** Calls `cb` with the effective settings whenever either copy changes. Returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
	const changed = () => void getSettings().then(cb);
	const unwatchLocal = unwatchQuietly(localSettingsItem.watch(changed));
	const unwatchSync = unwatchQuietly(syncSettingsItem.watch(changed));
	return () => {
		unwatchLocal();
		unwatchSync();
	};
}

/** Snoozes warnings on one site until `until` (epoch ms; 0 un-snoozes). */
export function snoozeSite(hostname: string, until: number): Promise<Settings> {
	const key = siteKey(hostname);
	return updateSettings((s) => ({
		...s,
		// Spread the entry: snoozing must not drop the site's own sensitivity.
		sites: {
			...s.sites,
			[key]: { ...s.sites[key], enabled: s.sites[key]?.enabled ?? true, snoozeUntil: until },
		},
	}));
}

/** Turns warnings on or off for one site. */
export function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
	const key = siteKey(hostname);
	return updateSettings((s) => ({ ...s, sites: { ...s.sites, [key]: { ...s.sites[key], enabled } } }));
}

/**
 * A site's own sensitivities (and swearing choice): a value sets the override, `undefined` clears it (the site follows the
 * global value again), and a key left out keeps what the site had.
 */
export type SiteSensitivityPatch = Partial<
	Pick<SiteSettings, 'sensitivity' | 'derailSensitivity' | 'allowSwearingAtThings' | 'derailAlerts'>
>;

/** Sets or clears one site's own draft and/or thread sensitivity and swearing choice, keeping its other choices. */
export function setSiteSensitivity(hostname: string, patch: SiteSensitivityPatch): Promise<Settings> {
	const key = siteKey(hostname);
	// An `undefined` in the patch survives the spread; normalizeSettings (in updateSettings) then drops the key.
	return updateSettings((s) => ({
		...s,
		sites: { ...s.sites, [key]: { enabled: true, ...s.sites[key], ...patch } },
	}));
}
