/**
 * The scoring models load once per host; a load that fails (a model file missing or corrupt in a broken
 * install, out of memory) would otherwise be tried again on every score, fetching and parsing megabytes at each
 * typing pause. The gate remembers a failure for `retryAfterMs` and answers every call meanwhile at once with
 * the same error, `unavailable: <plain words> [details: <raw>]` (utils/health.ts), so the page can tell
 * "cannot check" from a one-off failure and say why in words a user reads.
 */
import { UNAVAILABLE, unavailableMessage } from '../health.ts';

export { UNAVAILABLE, unavailableMessage };

/** `ready()`, and `reset()`: forget a remembered failure, so the next `ready()` loads again ("Try again"). */
export type LoadGate = (() => Promise<void>) & { reset(): void };

/**
 * Returns `ready()`: resolves once `load` has succeeded (then always, without calling it again); after a
 * failure, rejects with the `unavailable:` error without calling `load` until `retryAfterMs` passed or `reset()`.
 */
export function loadGate(
	load: () => Promise<unknown>,
	retryAfterMs = 60_000,
	now: () => number = Date.now,
): LoadGate {
	let done = false;
	let pending: Promise<void> | undefined;
	let failed: { message: string; at: number } | undefined;
	const ready = async () => {
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
	return Object.assign(ready, {
		reset: () => {
			failed = undefined;
		},
	});
}
