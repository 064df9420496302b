/**
 * "Kept N%" on the rewrite card: how much of the user's wording survives in what Apply changes. The reward's
 * similarity (reward.ts) compares the whole draft with the whole candidate, which is right for ranking a rewrite
 * of a comment, but on a long draft with one sentence rewritten it reads "Kept 100%" (session 17: a 9,900-character
 * CodeMirror draft, line 90's "Whoever reviewed this is an idiot and the patch is garbage." → "I have concerns about
 * the patch.": 0.99 whole, 0.38 for the sentence). So the card measures the sentences the diff touches, before
 * against after, with the same chrF++; a rewrite of the whole draft (most short comments) measures the whole, as
 * the reward does. Since session 18 the reward ranks a long draft's candidates on this share too
 * (reward.ts `rankingSimilarity`).
 */
import { type DiffPart, wordDiff } from './diff.ts';
import { similarity } from './similarity.ts';

/** The sentences a rewrite changes, before and after, and the share of the wording kept in them. */
export interface KeptShare {
	/** chrF++ of the changed sentences after Apply against the same sentences before (1: nothing changed). */
	similarity: number;
	/** What is measured: the whole draft, one sentence (or line) of it, or several. */
	scope: 'draft' | 'sentence' | 'sentences';
	/** The changed sentences, joined by a line break, before and after Apply. */
	before: string;
	after: string;
	/** Each changed sentence (or run of them): where it starts in the draft, before and after Apply. */
	places: { at: number; before: string; after: string }[];
}

const TERMINATOR = /[.!?…]/;
const CLOSER = /["'”’)\]]/;
const SPACE = /\s/;

/** Where the sentence holding `pos` starts, looking back no further than `floor` (the previous change's end). */
function sentenceStart(text: string, pos: number, floor: number): number {
	for (let i = pos; i > floor; i--) {
		const ch = text[i - 1] as string;
		if (ch === '\n') return i;
		// "… idiot. Next" (a terminator, closers, then a space): a sentence starts at i. Right at `pos` the change
		// itself may start the sentence ("idiot.|You").
		if (SPACE.test(ch) || i === pos) {
			let k = SPACE.test(ch) ? i - 1 : i;
			while (k > floor && SPACE.test(text[k - 1] as string) && text[k - 1] !== '\n') k--;
			while (k > floor && CLOSER.test(text[k - 1] as string)) k--;
			if (k > floor && TERMINATOR.test(text[k - 1] as string)) return i;
		}
	}
	return floor;
}

/**
 * Where the sentence holding `pos` ends (after its terminator), looking no further than `ceil`. A change that
 * itself ends a sentence or a line (`text` from `from` to `pos`: "You idiot.\n" deleted) ends there.
 */
function sentenceEnd(text: string, pos: number, ceil: number, from: number): number {
	let k = pos;
	while (k > from && SPACE.test(text[k - 1] as string) && text[k - 1] !== '\n') k--;
	if (k > from && text[k - 1] === '\n') return pos;
	while (k > from && CLOSER.test(text[k - 1] as string)) k--;
	const after = k < pos || pos >= text.length || SPACE.test(text[pos] as string);
	if (k > from && after && TERMINATOR.test(text[k - 1] as string)) return pos;
	for (let j = pos; j < ceil; j++) {
		const ch = text[j] as string;
		if (ch === '\n') return j;
		if (TERMINATOR.test(ch)) {
			let k = j + 1;
			while (k < text.length && (TERMINATOR.test(text[k] as string) || CLOSER.test(text[k] as string))) k++;
			if (k >= text.length || SPACE.test(text[k] as string)) return Math.min(k, ceil);
		}
	}
	return ceil;
}

/** One change of the diff: its range in the draft (b0..b1) and in the rewrite (a0..a1). */
export interface Hunk {
	b0: number;
	b1: number;
	a0: number;
	a1: number;
}

function hunksOf(parts: readonly DiffPart[]): Hunk[] {
	const hunks: Hunk[] = [];
	let b = 0;
	let a = 0;
	let open: Hunk | null = null;
	for (const part of parts) {
		if (part.kind === 'same') {
			open = null;
			b += part.text.length;
			a += part.text.length;
			continue;
		}
		if (!open) {
			open = { b0: b, b1: b, a0: a, a1: a };
			hunks.push(open);
		}
		if (part.kind === 'removed') b += part.text.length;
		else a += part.text.length;
		open.b1 = b;
		open.a1 = a;
	}
	return hunks;
}

/**
 * The sentences (or lines) the diff `parts` of `draft` changes: each change widened to its sentence, changes whose
 * sentences meet merged, as ranges in the draft (b0..b1) and in the rewrite (a0..a1). Empty when nothing changed.
 */
export function changedSpans(draft: string, parts: readonly DiffPart[]): Hunk[] {
	const hunks = hunksOf(parts);
	const spans: Hunk[] = [];
	hunks.forEach((h, i) => {
		const floor = spans.at(-1)?.b1 ?? 0;
		const ceil = hunks[i + 1]?.b0 ?? draft.length;
		const left = h.b0 - sentenceStart(draft, h.b0, Math.max(floor, hunks[i - 1]?.b1 ?? 0));
		const right = sentenceEnd(draft, h.b1, ceil, h.b0) - h.b1;
		const span = { b0: h.b0 - left, b1: h.b1 + right, a0: h.a0 - left, a1: h.a1 + right };
		const last = spans.at(-1);
		// The previous change's sentence reaches this one (nothing but its own sentence between): one span.
		if (last && span.b0 <= last.b1) {
			last.b1 = span.b1;
			last.a1 = span.a1;
		} else spans.push(span);
	});
	return spans;
}

/**
 * The share of the wording kept in the sentences `rewrite` changes in `draft`. Each change of the word diff is
 * widened to the sentences (or lines) around it; the text between changes is the same on both sides, so a widening
 * by k characters is the same in the draft and in the rewrite. Changes whose sentences meet are measured together.
 */
export function keptShare(draft: string, rewrite: string, parts = wordDiff(draft, rewrite)): KeptShare {
	const spans = changedSpans(draft, parts);
	const whole = [{ at: 0, before: draft, after: rewrite }];
	if (spans.length === 0)
		return { similarity: 1, scope: 'draft', before: draft, after: rewrite, places: whole };
	const before = spans.map((s) => draft.slice(s.b0, s.b1)).join('\n');
	const after = spans.map((s) => rewrite.slice(s.a0, s.a1)).join('\n');
	const only = spans.length === 1 ? spans[0] : undefined;
	if (only && draft.slice(0, only.b0).trim() === '' && draft.slice(only.b1).trim() === '')
		return {
			similarity: similarity(rewrite, draft),
			scope: 'draft',
			before: draft,
			after: rewrite,
			places: whole,
		};
	const inner = spans.length === 1 && !/[.!?…]["'”’)\]]*\s+\S|\n\s*\S/u.test(before.trim());
	return {
		similarity: similarity(after, before),
		scope: inner ? 'sentence' : 'sentences',
		before,
		after,
		places: spans.map((s) => ({
			at: s.b0,
			before: draft.slice(s.b0, s.b1),
			after: rewrite.slice(s.a0, s.a1),
		})),
	};
}
