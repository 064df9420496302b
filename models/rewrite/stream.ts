/**
 * Stream plumbing shared by the engine, the host and the card: running one generation to its end while passing
 * its chunks on, the progress events a rewrite request emits while candidates are written, and folding those
 * events into what the card shows.
 */
import type { FinishReason, GenerateResult } from './types.ts';

/** `rejected` reason of a candidate the backend cut off at its token limit: half a rewrite is never offered. */
export const CUT_OFF = 'cut off';
/** `rejected` reason of a candidate whose rest the server withheld (finish_reason `content_filter`). */
export const FILTERED = 'withheld by a content filter';

/**
 * Progress of one `rewriteDraft` request while its candidates are written, in order: `candidate` (a new one
 * starts), its `chunk`s (text appended), then `end` (how it ended). Before a candidate's first chunk, once the
 * backend has kept quiet for WAIT_NOTICE_MS, `waiting` comes every second with how long it has been (`server`:
 * where the model runs, when the backend names one). Plain JSON: it crosses extension contexts.
 */
export type RewriteProgress =
	| { kind: 'candidate'; index: number; total: number; strategy: string }
	| { kind: 'waiting'; index: number; seconds: number; server?: string }
	| { kind: 'chunk'; index: number; text: string }
	| { kind: 'end'; index: number; finish: FinishReason | 'failed' };

/** How long a candidate's first chunk may take before the card says the answer has not started. */
export const WAIT_NOTICE_MS = 8000;
/** How often the card's "No answer yet (N s)" count is brought up to date. */
export const WAIT_TICK_MS = 1000;

/**
 * Calls `onWait(seconds since start)` after `afterMs` and every `everyMs` after that, until the returned stop
 * is called (the first chunk came, or the generation ended, failed or was cancelled).
 */
export function watchFirstAnswer(
	onWait: (seconds: number) => void,
	{ afterMs = WAIT_NOTICE_MS, everyMs = WAIT_TICK_MS }: { afterMs?: number; everyMs?: number } = {},
): () => void {
	const start = Date.now();
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const tick = () => {
		if (stopped) return;
		onWait(Math.floor((Date.now() - start) / 1000));
		timer = setTimeout(tick, everyMs);
	};
	timer = setTimeout(tick, afterMs);
	return () => {
		stopped = true;
		clearTimeout(timer);
	};
}

/** Runs a backend generation to its end, handing each chunk to `onChunk`; resolves to the backend's result. */
export async function drainGeneration(
	generation: AsyncGenerator<string, GenerateResult, undefined>,
	onChunk?: (chunk: string) => void,
): Promise<GenerateResult> {
	try {
		for (;;) {
			const step = await generation.next();
			if (step.done) return step.value;
			onChunk?.(step.value);
		}
	} catch (error) {
		// Lets the backend's `finally` release its reader / session even when a listener threw.
		await generation.return(undefined as never).catch(() => undefined);
		throw error;
	}
}

/** What the card shows while a request streams: the candidate being written and how far the request is. */
export interface StreamView {
	/** 1-based number of the candidate being written, and how many will be. */
	index: number;
	total: number;
	/** Its text so far. */
	text: string;
	/** Set when that candidate stopped at the length limit (shown as cut off until the next one starts). */
	cutOff?: boolean;
	/** Its answer has not started after a while: for how long (s), and where the model runs if known. */
	waiting?: { seconds: number; server?: string };
}

/** Folds one progress event into the view (a new candidate starts from empty text). */
export function foldProgress(view: StreamView | undefined, event: RewriteProgress): StreamView | undefined {
	if (event.kind === 'candidate') return { index: event.index + 1, total: event.total, text: '' };
	if (!view || event.index + 1 !== view.index) return view;
	if (event.kind === 'waiting')
		return {
			...view,
			waiting: { seconds: event.seconds, ...(event.server ? { server: event.server } : {}) },
		};
	// The answer started (or ended): the note about waiting for it goes.
	const { waiting, ...answered } = view;
	const next = waiting ? answered : view;
	if (event.kind === 'chunk') return { ...next, text: next.text + event.text };
	return event.finish === 'length' || event.finish === 'content_filter' ? { ...next, cutOff: true } : next;
}

/**
 * Calls `fn` at most once per `ms` (leading and trailing), so a fast stream repaints the card a few times a
 * second rather than once per token; `flush` runs a pending call now, `cancel` drops it.
 */
export function throttle(
	fn: () => void,
	ms: number,
	// Wrapped, not passed as methods: a browser's setTimeout called with `this` = this object throws
	// "Illegal invocation" (seen by draft9 on every streamed rewrite in Chromium).
	timers: { set: typeof setTimeout; clear: typeof clearTimeout } = {
		set: ((handler: () => void, timeout?: number) => setTimeout(handler, timeout)) as typeof setTimeout,
		clear: (id) => clearTimeout(id),
	},
): { (): void; flush(): void; cancel(): void } {
	let last = Number.NEGATIVE_INFINITY;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = () => {
		timer = undefined;
		last = Date.now();
		fn();
	};
	const call = () => {
		if (timer !== undefined) return;
		const wait = last + ms - Date.now();
		if (wait <= 0) run();
		else timer = timers.set(run, wait);
	};
	call.flush = () => {
		if (timer === undefined) return;
		timers.clear(timer);
		run();
	};
	call.cancel = () => {
		if (timer !== undefined) timers.clear(timer);
		timer = undefined;
	};
	return call;
}
