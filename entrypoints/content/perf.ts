/**
 * Opt-in timing for `scripts/bench-ui.mjs`: when the page's <html> carries `data-tactful-bench` at start, the
 * session records durations of `input` (keystroke handler), `paint` (overlay repaint) and `warn` (pause
 * detected → updated warning painted). The content script's world is isolated from the page's, so the bench
 * asks for them with a `tactful-bench-dump` event and reads the JSON written to `data-tactful-bench-result`.
 * Off otherwise: normal pages pay one attribute check per session.
 * With it, each answered pause is also split into stages (`stage:*`, scripts/bench/keystroke-to-underline.mjs):
 * the last keystroke → the debounce firing → the request sent → the host (score-trace.ts) → the reply → the
 * frame that draws it → drawn.
 */
import type { FieldController } from './field-controller.ts';
import { type ScoreTrace, traceScores } from './score-trace.ts';

/** A recorder; `null` when benchmarking is off. */
export type Perf = {
	measure(name: string, start: number): void;
	/** A keystroke reached a watched field at `at` (performance.now()). */
	key(at: number): void;
	/** A pause that fired at `pauseAt` is now on screen, drawn by the paint that started at `paintAt`. */
	answered(pauseAt: number, paintAt: number): void;
} | null;

/** Creates the recorder for a document. */
export function perfFor(doc: Document, signal: AbortSignal): Perf {
	const html = doc.documentElement;
	if (!html.hasAttribute('data-tactful-bench')) return null;
	const entries: Record<string, number[]> = {};
	doc.addEventListener(
		'tactful-bench-dump',
		() => {
			html.setAttribute('data-tactful-bench-result', JSON.stringify(entries));
			for (const k of Object.keys(entries)) delete entries[k];
		},
		{ signal },
	);
	const add = (name: string, ms: number) => {
		entries[name] ??= [];
		entries[name].push(ms);
	};
	let lastKey = 0;
	let trace: ScoreTrace | null = null;
	traceScores((t) => {
		trace = t;
	}, signal);
	return {
		measure(name, start) {
			add(name, performance.now() - start);
		},
		key(at) {
			lastKey = at;
		},
		answered(pauseAt, paintAt) {
			const now = performance.now();
			const origin = performance.timeOrigin;
			add('warn', now - pauseAt);
			const t = trace;
			trace = null;
			// Only a trip this pause started (a cached verdict or a held fragment sends none).
			if (!t || t.sent < origin + pauseAt || !lastKey || lastKey > pauseAt) return;
			add('stage:total', now - lastKey);
			add('stage:debounce', pauseAt - lastKey);
			add('stage:prepare', t.sent - origin - pauseAt);
			add('stage:hopOut', t.hostIn - t.sent);
			add('stage:hostQueue', t.scoreStart - t.hostIn);
			add('stage:scoring', t.scoreEnd - t.scoreStart);
			add('stage:hopBack', t.received - t.scoreEnd);
			add('stage:toFrame', paintAt - (t.received - origin));
			add('stage:draw', now - paintAt);
		},
	};
}

/**
 * Records `warn` for each field whose pause has now been answered on screen: its verdict is about the text the
 * field holds (called after a paint).
 */
export function measureAnsweredPauses(
	perf: NonNullable<Perf>,
	fields: Iterable<FieldController>,
	paintAt: number,
): void {
	for (const c of fields) {
		if (c.lastPauseAt && c.verdict?.result.text === c.editor.read()) {
			perf.answered(c.lastPauseAt, paintAt);
			c.lastPauseAt = 0;
		}
	}
}
