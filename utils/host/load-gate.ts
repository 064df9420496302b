/**
 * The scoring models load once per host; a load that fails (a model file missing or corrupt in a broken
 * install, out of memory) would otherwise be tried again on every score, fetching and parsing megabytes at each
 * typing pause. The gate remembers a failure for `retryAfterMs` and answers every call meanwhile at once with
 * the same plain error, prefixed `unavailable:` so the page can tell "cannot check" from a one-off failure.
 */

/** How an error from a failed model load starts when it reaches the page (entrypoints/content/field-controller.ts). */
export const UNAVAILABLE = 'unavailable';

/** The message the page shows after `unavailable: ` for a load that failed with `error`. */
export function unavailableMessage(error: unknown): string {
	const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
	return `${UNAVAILABLE}: the scoring model could not be loaded; reinstalling Tactful should fix it (${detail})`;
}

/**
 * Returns `ready()`: resolves once `load` has succeeded (then always, without calling it again); after a
 * failure, rejects with the `unavailable:` error without calling `load` until `retryAfterMs` passed.
 */
export function loadGate(
	load: () => Promise<unknown>,
	retryAfterMs = 60_000,
	now: () => number = Date.now,
): () => Promise<void> {
	let done = false;
	let pending: Promise<void> | undefined;
	let failed: { message: string; at: number } | undefined;
	return async () => {
		if (done) return;
		if (failed && now() - failed.at < retryAfterMs) throw new Error(failed.message);
		pending ??= load().then(
			() => {
				done = true;
				failed = undefined;
			},
			(error: unknown) => {
				failed = { message: unavailableMessage(error), at: now() };
				console.warn(`[tactful] ${failed.message}; next try in ${Math.round(retryAfterMs / 1000)} s`);
				throw new Error(failed.message);
			},
		);
		try {
			await pending;
		} finally {
			pending = undefined;
		}
	};
}
