/**
 * Session 20's exact shortcuts give what the code they replace gave: the clause-break scans against their regexes
 * on every UTF-16 unit, the shared sentence split against a fresh one per draft.
 */
import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../features/featurize.ts';
import { hasClauseBreak } from './put-downs.ts';
import { sentenceRanges, wordSentences } from './sentences.ts';
import { CLAUSE_END, hasClauseEnd } from './threats.ts';

/** Every UTF-16 unit once, between two letters, then a few runs of them. */
function samples(): string[] {
	const out: string[] = [];
	for (let c = 0; c < 0x10000; c++) out.push(`a${String.fromCharCode(c)}b`);
	out.push('', 'ab', 'a , b', 'a - b', 'a — b', 'a – b', 'x.y', 'what?!', '(see)', 'a;b:c', '😀,');
	return out;
}

describe('clause-break scans', () => {
	it('hasClauseEnd is CLAUSE_END tested on the slice', () => {
		for (const s of samples())
			for (const [from, to] of [
				[0, s.length],
				[1, s.length - 1],
				[2, 1],
			] as const)
				expect(hasClauseEnd(s, from, to), JSON.stringify([s, from, to])).toBe(
					CLAUSE_END.test(s.slice(from, to)),
				);
	});

	it("hasClauseBreak is put-downs' /[,;:.!?()\\-–—]/ tested on the slice", () => {
		const re = /[,;:.!?()\-–—]/;
		for (const s of samples())
			for (const [from, to] of [
				[0, s.length],
				[1, s.length - 1],
			] as const)
				expect(hasClauseBreak(s, from, to), JSON.stringify([s, from, to])).toBe(re.test(s.slice(from, to)));
	});
});

/** The split each rule pass built for itself before session 20. */
function ownSplit(masked: string, tokens: Token[]) {
	const out: { ws: string[]; toks: Token[]; first: number; to: number }[] = [];
	let t = 0;
	const re = /[.!?]+["')\]’”]*\s+|\n\s*/g;
	const ranges: [number, number][] = [];
	let from = 0;
	for (const m of masked.matchAll(re)) {
		const to = (m.index ?? 0) + m[0].length;
		ranges.push([from, to]);
		from = to;
	}
	if (from < masked.length) ranges.push([from, masked.length]);
	for (const [, to] of ranges) {
		const first = t;
		while (t < tokens.length && (tokens[t] as Token).start < to) t++;
		const toks = tokens.slice(first, t);
		out.push({ ws: toks.map((k) => k.word), toks, first, to });
	}
	return { ranges, out };
}

describe('shared sentence split', () => {
	const drafts = [
		'',
		'Fine.',
		'Thanks for the patch! I tried it. Does it build on Windows?\nIt does not.',
		'"You are wrong," he said.  Then: nothing. (Really?) Ok…',
		'no punctuation at all just words',
		'Line one\n\n  Line two.   Line three!!! "Quoted." Done',
	];

	it('wordSentences and sentenceRanges give what a fresh split gives, draft after draft', () => {
		// Twice round, alternating drafts, so the recent-splits memo is hit and evicted.
		for (const draft of [...drafts, ...drafts, ...drafts.slice().reverse()]) {
			const tokenized = tokenize(draft);
			const { ranges, out } = ownSplit(tokenized.masked, tokenized.tokens);
			expect(sentenceRanges(tokenized.masked)).toEqual(ranges);
			expect(sentenceRanges(draft)).toEqual(ownSplit(draft, []).ranges);
			expect(wordSentences(tokenized)).toEqual(out);
		}
	});

	it('is computed once per tokenisation', () => {
		const tokenized = tokenize('One sentence here. Another one there.');
		expect(wordSentences(tokenized)).toBe(wordSentences(tokenized));
	});
});
