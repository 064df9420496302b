/**
 * The history database (IndexedDB through Dexie) may not open at all: Firefox private windows (older versions
 * refuse IndexedDB to extensions there), a quota exceeded, an open blocked by another version, a corrupt store.
 * Scoring, rewriting and settings (chrome.storage) never depend on it; what does is said in plain words,
 * "History is unavailable in this window", once in the console with the raw error, never as a Dexie dump.
 */

/** How an error from a history read starts when the database is unavailable (the history page reads it). */
export const STORAGE_UNAVAILABLE = 'storage-unavailable';

/** What the user reads. */
export const HISTORY_UNAVAILABLE = 'History is unavailable in this window';

/** The errors IndexedDB and Dexie raise when the store itself cannot be used (not a bad request). */
const STORE_FAILURES =
	/OpenFailedError|DatabaseClosedError|MissingAPIError|InvalidStateError|QuotaExceededError|UnknownError|VersionError|AbortError|InvalidAccessError|SecurityError|indexedDB (is )?(not|un)available|did not allow mutations/i;

/** Whether `error` (or what it wraps) says the database cannot be used at all. */
export function isStorageFailure(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
		const { name, message } = e as { name?: unknown; message?: unknown };
		if (STORE_FAILURES.test(`${String(name ?? '')}: ${String(message ?? e)}`)) return true;
		e = (e as { inner?: unknown }).inner;
	}
	return false;
}

/** The plain error a history read rejects with when the database is unavailable; the raw text follows. */
export function storageUnavailableError(error: unknown): Error {
	const raw = (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
		.replace(/\s+/g, ' ')
		.slice(0, 300);
	return new Error(`${STORAGE_UNAVAILABLE}: ${HISTORY_UNAVAILABLE} [details: ${raw}]`);
}

/** Whether `error` (an Error or its message) is the plain "history is unavailable" one. */
export function isStorageUnavailable(error: unknown): boolean {
	const text = error instanceof Error ? error.message : String(error);
	return text.startsWith(`${STORAGE_UNAVAILABLE}: `);
}

/** The raw text after "[details: " in a storage-unavailable message ('' when there is none). */
export function storageDetails(message: string): string {
	const at = message.indexOf(' [details: ');
	return at < 0 ? '' : message.slice(at + ' [details: '.length).replace(/\]$/, '');
}
