/**
 * Asks the inference host to load the scoring models when the user reaches a comment field, so the first
 * warning after a pause does not wait for them: Firefox unloads an idle background (models included) after
 * 30 s, and Chrome starts its offscreen host only on first use; a cold first warning took ~2-5 s against
 * ~20-60 ms warm (scripts/bench-idle.mjs). The user spends about that long typing the draft. The models load
 * in the host, never here: this only sends one cheap message.
 */

/**
 * At most one warm-up per this many ms per frame. Below Firefox's 30 s idle timeout: an unload needs 30 s without
 * an event, a warm-up being one, so the first focus after any unload always sends.
 */
export const WARM_UP_EVERY_MS = 15_000;

/**
 * Returns `poke()`: calls `send` (the `warmUp` message) unless it did in the last `everyMs`, and does nothing once `signal` aborted (the content script was replaced or the page went). Failures are ignored:
 * the score that follows reports its own.
 */
export function warmUpper(
	send: () => Promise<unknown>,
	signal: AbortSignal,
	everyMs = WARM_UP_EVERY_MS,
	now: () => number = Date.now,
): () => void {
	let last = Number.NEGATIVE_INFINITY;
	return () => {
		if (signal.aborted || now() - last < everyMs) return;
		last = now();
		send().catch((error: unknown) => console.debug('[tactful] warm-up failed:', error));
	};
}
