/**
 * Opt-in timing for `scripts/bench-ui.mjs`: when the page's <html> carries `data-tactful-bench` at start, the
 * session records durations of `input` (keystroke handler), `paint` (overlay repaint) and `warn` (pause
 * detected → updated warning painted). The content script's world is isolated from the page's, so the bench
 * asks for them with a `tactful-bench-dump` event and reads the JSON written to `data-tactful-bench-result`.
 * Off otherwise: normal pages pay one attribute check per session.
 */
import type { FieldController } from './field-controller.ts';

/** A recorder; `null` when benchmarking is off. */
export type Perf = { measure(name: string, start: number): void } | null;

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
	return {
		measure(name, start) {
			entries[name] ??= [];
			entries[name].push(performance.now() - start);
		},
	};
}

/**
 * Records `warn` for each field whose pause has now been answered on screen: its verdict is about the text the
 * field holds (called after a paint).
 */
export function measureAnsweredPauses(perf: NonNullable<Perf>, fields: Iterable<FieldController>): void {
	for (const c of fields) {
		if (c.lastPauseAt && c.verdict?.result.text === c.editor.read()) {
			perf.measure('warn', c.lastPauseAt);
			c.lastPauseAt = 0;
		}
	}
}
