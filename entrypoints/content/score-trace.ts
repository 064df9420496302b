/**
 * Latency tracing for scripts/bench/keystroke-to-underline.mjs: while a bench page is open (perf.ts), each score
 * request asks the host to stamp its side of the trip, and the content script notes when it sent the request and
 * when the reply came back. Off (no sink) on every other page: the request is the plain one.
 */
import type { ScoreOptions, ScoreResult } from '../../models/scoring/types.ts';
import { epochNow, type HostTrace, sendMessageRetrying } from '../../utils/messaging.ts';

/** One traced round trip, every stamp on the shared clock (`epochNow`). */
export interface ScoreTrace extends HostTrace {
	sent: number;
	received: number;
}

let sink: ((t: ScoreTrace) => void) | null = null;

/** Starts handing each traced round trip to `fn` until `signal` aborts. */
export function traceScores(fn: (t: ScoreTrace) => void, signal: AbortSignal): void {
	sink = fn;
	signal.addEventListener('abort', () => {
		if (sink === fn) sink = null;
	});
}

/** One host call for a score (the production path), traced when a bench asked for it. */
export async function requestScore(text: string, options: ScoreOptions): Promise<ScoreResult> {
	const to = sink;
	if (!to) return sendMessageRetrying('scoreDraft', { text, options });
	const sent = epochNow();
	const { trace, ...result } = await sendMessageRetrying('scoreDraft', { text, options, trace: true });
	if (trace) to({ ...trace, sent, received: epochNow() });
	return result;
}
