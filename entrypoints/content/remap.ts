/**
 * Keeps a score result's spans on the right words while the user keeps typing: spans computed on an older
 * text are moved onto the current text, and any span the edit touched is dropped (fail closed, so we never
 * underline words the model did not see).
 */
import type { Span } from '../../models/scoring/types.ts';

/** The single edited region between two texts: `[start, oldEnd)` in the old text became `[start, newEnd)`. */
export interface Edit {
	start: number;
	oldEnd: number;
	newEnd: number;
}

/** Finds the one region that differs, by common prefix and suffix (O(n), no allocation). */
export function diffRegion(oldText: string, newText: string): Edit | null {
	if (oldText === newText) return null;
	const max = Math.min(oldText.length, newText.length);
	let start = 0;
	while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
	let oldEnd = oldText.length;
	let newEnd = newText.length;
	while (
		oldEnd > start &&
		newEnd > start &&
		oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)
	) {
		oldEnd--;
		newEnd--;
	}
	return { start, oldEnd, newEnd };
}

/**
 * Moves spans computed on `oldText` onto `newText`. Spans before the edit stay, spans after it shift, and
 * spans that overlap or touch the edited region are dropped.
 */
export function remapSpans(spans: readonly Span[], oldText: string, newText: string): Span[] {
	const edit = diffRegion(oldText, newText);
	if (!edit) return spans.slice();
	const delta = edit.newEnd - edit.oldEnd;
	const out: Span[] = [];
	for (const span of spans) {
		if (span.end < edit.start) out.push(span);
		else if (span.start > edit.oldEnd)
			out.push({ ...span, start: span.start + delta, end: span.end + delta });
		// Touching the edit (typing at a word's end changes the word) counts as overlap: drop it.
	}
	return out;
}
