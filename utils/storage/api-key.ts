/**
 * The OpenAI-compatible API key and the origin it is bound to, kept in the extension's IndexedDB (db.ts `secrets`)
 * since session 26: storage.local is readable by content scripts, so a compromised page renderer could read a key
 * kept there; extension-origin IndexedDB is not. Used only by extension pages (the options page) and the background,
 * which passes the key to the inference host with each rewrite; content scripts never import this module (they
 * would open Dexie) and watch `apiKeyChangedAtItem` (settings.ts) instead.
 */
import { storage } from '#imports';
import { getDb, type SecretRow, type TactfulDB } from './db.ts';
import { apiKeyChangedAtItem } from './settings.ts';

/** The saved key and the origin it may be sent to ('' for a key saved before keys were bound, session 24). */
export interface SavedApiKey {
	key: string;
	origin: string;
}

const OPENAI_KEY = 'openaiApiKey';
const NONE: SavedApiKey = { key: '', origin: '' };

/**
 * Where the key lived before session 26. Still read: a key an older version (or an e2e spec) wrote there is moved by
 * the background (`migrateApiKey`), and until then it is the newest key.
 */
export const legacyKeyItems = {
	key: storage.defineItem<string>('local:openaiApiKey', { fallback: '' }),
	origin: storage.defineItem<string>('local:openaiApiKeyOrigin', { fallback: '' }),
};

async function readLegacy(): Promise<SavedApiKey> {
	const [key, origin] = await Promise.all([legacyKeyItems.key.getValue(), legacyKeyItems.origin.getValue()]);
	return { key: key ?? '', origin: origin ?? '' };
}

async function removeLegacy(): Promise<void> {
	await storage.removeItems([legacyKeyItems.key, legacyKeyItems.origin]);
}

let readFailureLogged = false;

/**
 * The saved key; a key still in storage.local (not moved yet) wins, being newer than any in the database. A database
 * that cannot be read (quota, a corrupt store) reads as no key, logged once: rewrites go on, to a server that needs
 * no key or to one whose "wrong key" answer sends the user to the settings.
 */
export async function getApiKey(db: TactfulDB = getDb()): Promise<SavedApiKey> {
	const legacy = await readLegacy();
	if (legacy.key) return legacy;
	try {
		const row = await db.secrets.get(OPENAI_KEY);
		return row ? { key: row.value, origin: row.origin } : NONE;
	} catch (error) {
		if (!readFailureLogged) {
			readFailureLogged = true;
			console.warn('[tactful] could not read the API key from the database:', error);
		}
		return NONE;
	}
}

/** Saves the key bound to `origin` ('' key = none); tells content scripts that it changed, never what it is. */
export async function saveApiKey(key: string, origin: string, db: TactfulDB = getDb()): Promise<void> {
	const row: SecretRow = { name: OPENAI_KEY, value: key, origin };
	if (key) await db.secrets.put(row);
	else await db.secrets.delete(OPENAI_KEY);
	// A leftover legacy key would otherwise win over this one (getApiKey) and be moved over it later.
	await removeLegacy();
	await apiKeyChangedAtItem.setValue(Date.now());
}

/** Forgets the key. */
export function clearApiKey(db: TactfulDB = getDb()): Promise<void> {
	return saveApiKey('', '', db);
}

/** What `migrateApiKey` did. */
export type KeyMigration = 'nothing' | 'moved' | 'failed';

let failureLogged = false;

/**
 * Moves a key from storage.local into the database: copied first, removed only once the copy is written, so a
 * failure leaves it where it was (still used, by `getApiKey`) and is logged once per context. Idempotent: with no key
 * in storage.local it only removes an empty leftover. The background runs it at start and whenever that key is
 * written (an e2e spec sets it there).
 */
export async function migrateApiKey(db: TactfulDB = getDb()): Promise<KeyMigration> {
	try {
		const legacy = await readLegacy();
		if (!legacy.key) {
			// An older version stored '' for "no key", and kept the origin: nothing to move, nothing to keep.
			if (legacy.origin || (await storage.getItem<string>('local:openaiApiKey')) !== null)
				await removeLegacy();
			return 'nothing';
		}
		const saved = await db.secrets.get(OPENAI_KEY);
		const same = saved?.value === legacy.key && saved.origin === legacy.origin;
		if (!same) await db.secrets.put({ name: OPENAI_KEY, value: legacy.key, origin: legacy.origin });
		await removeLegacy();
		// Content scripts that watched the old key (a rewrite waiting for a fixed 401) retry on this signal now; the
		// same key written again is no change (it was none in storage.local either) and retries nothing.
		if (!same) await apiKeyChangedAtItem.setValue(Date.now());
		return 'moved';
	} catch (error) {
		if (!failureLogged) {
			failureLogged = true;
			console.warn(
				'[tactful] could not move the API key out of storage.local; it stays there for now:',
				error,
			);
		}
		return 'failed';
	}
}

/**
 * The background's part: moves a storage.local key now and each time one is written there, one move at a time;
 * returns the function that stops watching.
 */
export function keepApiKeyMoved(db: TactfulDB = getDb()): () => void {
	let moving: Promise<unknown> = migrateApiKey(db);
	return legacyKeyItems.key.watch((key) => {
		if (key) moving = moving.then(() => migrateApiKey(db));
	});
}

/** Test hook: lets a test see the one-time failure logs again. */
export function resetMigrationLog(): void {
	failureLogged = false;
	readFailureLogged = false;
}
