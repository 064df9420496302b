/**
 * The OpenAI-compatible API key and the origin it is bound to, kept in the extension's IndexedDB (db.ts `secrets`)
 * since session 26: storage.local is readable by content scripts, so a compromised page renderer could read a key
 * kept there; extension-origin IndexedDB is not. Used only by extension pages (the options page) and the background,
 * which passes the key to the inference host with each rewrite; content scripts never import this module (they
 * would open Dexie) and watch `apiKeyChangedAtItem` (settings.ts) instead.
 *
 * Two writers share the row, in two contexts: the options page saves what the user typed (`saveApiKey`), and the
 * background moves a key left in storage.local into it (`migrateApiKey`). The move must never land an old key over a
 * newer save, whatever the timing; the order that guarantees it is written out at both functions.
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
		// "No key" is a row with an empty value (saveApiKey), or no row (never saved, or cleared before session 27).
		return row?.value ? { key: row.value, origin: row.origin } : NONE;
	} catch (error) {
		if (!readFailureLogged) {
			readFailureLogged = true;
			console.warn('[tactful] could not read the API key from the database:', error);
		}
		return NONE;
	}
}

/** A fresh `SecretRow.rev`: every write gets one, so any write shows as a change to a writer that read the row. */
const newRev = (): string => crypto.randomUUID();

/**
 * Saves the key bound to `origin` ('' key = none); tells content scripts that it changed, never what it is.
 *
 * The order matters. A leftover legacy key is removed first, before this key is written: it would otherwise win over
 * this one (getApiKey), and a move that read it (`migrateApiKey`) then read it before this write, having read the row
 * before that, so the move finds the row changed and writes nothing. For the same reason "no key" is written as a
 * row with an empty value and a fresh `rev` rather than deleted: a deletion where there was no row would change
 * nothing that a move could see. Should the write fail after the removal, the old legacy key is gone too: the user
 * was replacing it, and the options page says that this save failed.
 */
export async function saveApiKey(key: string, origin: string, db: TactfulDB = getDb()): Promise<void> {
	await removeLegacy();
	const row: SecretRow = { name: OPENAI_KEY, value: key, origin: key ? origin : '', rev: newRev() };
	await db.secrets.put(row);
	await apiKeyChangedAtItem.setValue(Date.now());
}

/** Forgets the key. */
export function clearApiKey(db: TactfulDB = getDb()): Promise<void> {
	return saveApiKey('', '', db);
}

/** Whether the row is still the one read before (`rev`, and the value for a row written before revs). */
function unchanged(now: SecretRow | undefined, seen: SecretRow | undefined): boolean {
	if (!now || !seen) return now === seen;
	return now.rev === seen.rev && now.value === seen.value && now.origin === seen.origin;
}

/** What `migrateApiKey` did. */
export type KeyMigration = 'nothing' | 'moved' | 'failed';

let failureLogged = false;

/**
 * Moves a key from storage.local into the database: copied first, removed only once the copy is written, so a
 * failure leaves it where it was (still used, by `getApiKey`) and is logged once per context. Idempotent: with no key
 * in storage.local it only removes an empty leftover. The background runs it at start and whenever that key is
 * written (an e2e spec sets it there).
 *
 * It never writes over a newer save: it reads the row first, then the legacy key, and writes only if the row is
 * still the one it read, checked and written in one database transaction. A save that ran meanwhile removed the
 * legacy key before writing its own (saveApiKey), so either this move read no legacy key, or it read it before that
 * save wrote and finds the row changed. Then it starts over, reading what is there now (a key written to
 * storage.local after that save is newer, and is moved).
 */
export async function migrateApiKey(db: TactfulDB = getDb()): Promise<KeyMigration> {
	try {
		for (let attempt = 1; ; attempt++) {
			const seen = await db.secrets.get(OPENAI_KEY);
			const legacy = await readLegacy();
			if (!legacy.key) {
				// An older version stored '' for "no key", and kept the origin: nothing to move, nothing to keep.
				if (legacy.origin || (await storage.getItem<string>('local:openaiApiKey')) !== null)
					await removeLegacy();
				return 'nothing';
			}
			const same = seen?.value === legacy.key && seen.origin === legacy.origin;
			if (!same) {
				const wrote = await db.transaction('rw', db.secrets, async () => {
					if (!unchanged(await db.secrets.get(OPENAI_KEY), seen)) return false;
					await db.secrets.put({ name: OPENAI_KEY, value: legacy.key, origin: legacy.origin, rev: newRev() });
					return true;
				});
				if (!wrote) {
					// Saved meanwhile. Three saves in a row each landing inside a move is no user; stop and log.
					if (attempt < 3) continue;
					throw new Error('the saved key kept changing during the move');
				}
			}
			await removeLegacy();
			// Content scripts that watched the old key (a rewrite waiting for a fixed 401) retry on this signal now; the
			// same key written again is no change (it was none in storage.local either) and retries nothing.
			if (!same) await apiKeyChangedAtItem.setValue(Date.now());
			return 'moved';
		}
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
