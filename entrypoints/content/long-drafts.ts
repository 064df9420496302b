/**
 * Drafts longer than the inference host takes in one call (MAX_DRAFT_CHARS) are scored window by window and the
 * results merged. Without this a long paste (a log, a quoted thread) with an insult in it read as "no concerns":
 * the host refused the whole draft and the badge stayed calm.
 */
import type { ScoreOptions, ScoreResult } from '../../models/scoring/types.ts';
import { MAX_DRAFT_CHARS } from '../../utils/limits.ts';

/** A window of the draft, `[start, end)`. */
export interface DraftWindow {
	start: number;
	end: number;
}

/**
 * Splits `text` into windows of at most `max` characters, each ending after whitespace where there is some in
 * its second half (never inside a word or a surrogate pair otherwise). A window depends only on the text before
 * its end, so typing at the end of a long draft leaves the earlier windows (and the host's cache of them) alone.
 */
export function draftWindows(text: string, max = MAX_DRAFT_CHARS): DraftWindow[] {
	const out: DraftWindow[] = [];
	let start = 0;
	while (start < text.length) {
		let end = Math.min(start + max, text.length);
		if (end < text.length) {
			const cut = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('\n', end - 1));
			if (cut >= start + max / 2) end = cut + 1;
			else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
		}
		out.push({ start, end });
		start = end;
	}
	return out;
}

/** One result for the whole draft: the strongest window's probabilities, every window's spans (shifted). */
export function mergeWindows(
	text: string,
	parts: readonly { start: number; result: ScoreResult }[],
): ScoreResult {
	const [first, ...rest] = parts;
	if (!first) throw new Error('no windows to merge');
	const dimensions = { ...first.result.dimensions };
	for (const { result } of rest)
		for (const [d, p] of Object.entries(result.dimensions) as [keyof typeof dimensions, number][])
			dimensions[d] = Math.max(dimensions[d] ?? 0, p);
	return {
		text,
		toxic: Math.max(...parts.map((p) => p.result.toxic)),
		inappropriate: Math.max(...parts.map((p) => p.result.inappropriate)),
		dimensions,
		flag: parts.some((p) => p.result.flag),
		spans: parts.flatMap(({ start, result }) =>
			result.spans.map((s) => ({ ...s, start: s.start + start, end: s.end + start })),
		),
	};
}

/** Scores `text` with `scoreOne` (one host call), a window at a time when it is longer than `max`. */
export async function scoreLongDraft(
	text: string,
	options: ScoreOptions,
	scoreOne: (text: string, options: ScoreOptions) => Promise<ScoreResult>,
	max = MAX_DRAFT_CHARS,
): Promise<ScoreResult> {
	if (text.length <= max) return scoreOne(text, options);
	const parts = [];
	// One window at a time: the host stays free for other tabs between them.
	for (const w of draftWindows(text, max))
		parts.push({ start: w.start, result: await scoreOne(text.slice(w.start, w.end), options) });
	return mergeWindows(text, parts);
}
