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

/** Settings writes of this context, one at a time (updateSettings, repairs). */
let queue: Promise<unknown> = Promise.resolve();

type Area = 'local' | 'sync';

/**
 * The original of a stored settings blob that had to be repaired (fields of the wrong type dropped), per area:
 * kept so a choice lost to a broken blob can still be read back by hand (devtools: storage.local
 * `settingsRecovery`). Local only: the sync area's quota is small. The latest repair per area is kept.
 */
export interface SettingsRecovery {
	/** Epoch ms of the repair. */
	at: number;
	/** The schema version the blob was stored under. */
	v: number;
	/** What was dropped (settingsProblems). */
	problems: string[];
	original: unknown;
}
export const settingsRecoveryItem = storage.defineItem<Partial<Record<Area, SettingsRecovery>>>(
	'local:settingsRecovery',
	{ fallback: {} },
);

async function keepOriginal(area: Area, original: unknown, v: number, problems: string[]): Promise<void> {
	const kept = await settingsRecoveryItem.getValue();
	await settingsRecoveryItem.setValue({ ...kept, [area]: { at: Date.now(), v, problems, original } });
}

/**
 * What a migration step from `from` must drop from `old`: v1 blobs have another shape (only a v2+ blob whose
 * version meta went missing, with its numeric sensitivity, is checked as settings).
 */
function migrationProblems(old: unknown, from: number): string[] {
	if (from > 1 || typeof (old as { sensitivity?: unknown } | null)?.sensitivity === 'number')
		return settingsProblems(old);
	return old === null || typeof old === 'object' ? [] : settingsProblems(old);
}

/**
 * The migrations (which normalize, so they repair as they go), each keeping the original when it had to drop
 * something: a broken blob of an old version is repaired by the update like a current one is at load.
 */
function migrations(area: Area) {
	const steps = { 2: migrateV1, 3: migrateV2, 4: migrateV3, 5: migrateV4, 6: migrateV5 } as const;
	return Object.fromEntries(
		Object.entries(steps).map(([to, migrate]) => [
			to,
			async (old: unknown) => {
				const from = Number(to) - 1;
				const problems = migrationProblems(old, from);
				if (problems.length) {
					report(area, old, problems);
					await keepOriginal(area, old, from, problems);
				}
				return (migrate as (old: unknown) => Settings)(old);
			},
		]),
	);
}
const itemOptions = (area: Area) => ({
	fallback: DEFAULT_SETTINGS,
	version: VERSION,
	migrations: migrations(area),
});
/** The per-browser copy (always written). */
export const localSettingsItem = storage.defineItem<Settings, SettingsMeta>(
	'local:settings',
	itemOptions('local'),
);
/** The shared copy, used only while `syncSettings` is on. */
export const syncSettingsItem = storage.defineItem<Settings, SettingsMeta>(
	'sync:settings',
	itemOptions('sync'),
);
/**
 * When the API key was last saved, moved or cleared (epoch ms): the key itself lives in the extension's database
 * (api-key.ts), out of content scripts' reach; they watch this to retry a rewrite once the user fixed the key.
 */
export const apiKeyChangedAtItem = storage.defineItem<number>('local:openaiApiKeyChangedAt', { fallback: 0 });

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

function report(area: Area, raw: unknown, problems: string[]): boolean {
	const key = JSON.stringify(raw) ?? String(raw);
	if (reported[area] === key) return false;
	reported[area] = key;
	console.error(
		`[tactful] stored settings (${area}) were malformed; defaults used for:`,
		problems.join(', '),
		'(repaired in storage; the original is kept in settingsRecovery)',
	);
	return true;
}

/**
 * Normalizes a stored blob. A malformed one (defaults fill in) is logged once per context and distinct blob, and
 * repaired in storage, so every reader (other pages, the background, an export) sees these same settings, not only
 * the ones that normalize it (session 24).
 */
function readable(area: Area, raw: unknown): Settings {
	const problems = settingsProblems(raw);
	if (problems.length && report(area, raw, problems)) void repairStored(area, raw, problems);
	return normalizeSettings(raw as Partial<Settings>);
}

/**
 * Writes the normalized blob over a malformed one (each valid field kept, each bad one dropped), keeping the
 * original under `settingsRecovery`. In the settings queue, and only while storage still holds that same blob at
 * this build's version: a save or another page's repair in between wins, and a newer build's blob is not
 * rewritten by an older one. `savedAt` is kept: a repair is not a newer choice in the sync's "last save wins".
 */
function repairStored(area: Area, raw: unknown, problems: string[]): Promise<void> {
	const item = area === 'local' ? localSettingsItem : syncSettingsItem;
	const run = queue.then(async () => {
		const key = `${area}:settings` as const;
		const [now, meta] = await Promise.all([storage.getItem<unknown>(key), item.getMeta()]);
		if ((meta.v ?? 1) !== VERSION) return;
		// Kept even when a save got there first: that save dropped the same bad fields.
		await keepOriginal(area, raw, VERSION, problems);
		if (JSON.stringify(now) !== JSON.stringify(raw)) return;
		await item.setValue(normalizeSettings(raw as Partial<Settings>));
		await item.setMeta({ v: VERSION });
	});
	queue = run.catch((error) => console.warn('[tactful] could not repair the stored settings:', error));
	return run;
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
