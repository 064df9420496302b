/**
 * Underlined passages end at whole hyphenated words (QA session 28). The scorer's spans come from its tokens, and a
 * hyphen is a token of its own that carries no weight: "Let the grown-ups" came back as "Let the grown" and "ups",
 * "brain-dead" as "brain" and "dead", "smart-ass" as "ass". The card then quoted “Let the grown”, “ups”, and the
 * underline stopped under the hyphen. What is drawn and quoted is joined here; the scores, and the spans the rewrite
 * engine works from, are left as the scorer gave them.
 */
import type { Span } from '../../models/scoring/types.ts';

/** A letter or digit: what a hyphen must stand between to join a compound ("grown-ups", not "a - b" or "--"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** ASCII hyphen-minus and the Unicode hyphens a keyboard or an editor's autocorrect writes inside a word. */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const isWord = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
/** A hyphen inside a word at `i`: a hyphen with a letter or digit on each side. */
const joinerAt = (text: string, i: number) =>
	HYPHENS.has(text[i] ?? '') && isWord(text[i - 1]) && isWord(text[i + 1]);

/** `start` moved back over the hyphenated parts of the word it starts in. */
function compoundStart(text: string, start: number): number {
	let s = start;
	while (s > 0 && joinerAt(text, s - 1)) {
		s -= 1;
		while (s > 0 && isWord(text[s - 1])) s -= 1;
	}
	return s;
}

/** `end` moved on over the hyphenated parts of the word it ends in. */
function compoundEnd(text: string, end: number): number {
	let e = end;
	while (e < text.length && joinerAt(text, e)) {
		e += 1;
		while (e < text.length && isWord(text[e])) e += 1;
	}
	return e;
}

/**
 * The spans with each edge that falls at a hyphen inside a word moved to the compound's edge, and spans that then
 * overlap where they met at that hyphen joined into one (the stronger weight and its head kept). A span whose edges
 * are not at such a hyphen is returned as it was, so spans that overlap for other reasons stay apart.
 */
export function wholeCompounds(text: string, spans: readonly Span[]): Span[] {
	const moved = spans.map((s) => {
		const start = s.start > 0 && joinerAt(text, s.start - 1) ? compoundStart(text, s.start) : s.start;
		const end = joinerAt(text, s.end) ? compoundEnd(text, s.end) : s.end;
		return {
			span: start === s.start && end === s.end ? s : { ...s, start, end },
			moved: start !== s.start || end !== s.end,
		};
	});
	const out: Span[] = [];
	const order = moved.map((m, i) => ({ ...m, i })).sort((a, b) => a.span.start - b.span.start || a.i - b.i);
	let last: { span: Span; moved: boolean } | undefined;
	for (const m of order) {
		// Joined only where a moved edge made two spans meet across a hyphen: "Let the grown" + "ups", "brain" + "dead".
		if (last && (last.moved || m.moved) && m.span.start < last.span.end) {
			const stronger = m.span.weight > last.span.weight ? m.span : last.span;
			last.span = { ...stronger, start: last.span.start, end: Math.max(last.span.end, m.span.end) };
			out[out.length - 1] = last.span;
			continue;
		}
		last = { span: m.span, moved: m.moved };
		out.push(m.span);
	}
	return out;
}
