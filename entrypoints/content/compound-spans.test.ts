import { describe, expect, it } from 'vitest';
import type { Span } from '../../models/scoring/types.ts';
import { wholeCompounds } from './compound-spans.ts';

/** The spans the scorer gives for `words` of `text` (each at its first occurrence). */
function spansOf(text: string, words: [string, number][]): Span[] {
	return words.map(([w, weight]) => {
		const start = text.indexOf(w);
		if (start < 0) throw new Error(`no "${w}" in the text`);
		return { start, end: start + w.length, weight, head: 'toxic' };
	});
}
const quoted = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));

describe('wholeCompounds (qa28: underlines and quotes end at whole hyphenated words)', () => {
	it('joins the parts the scorer split at a hyphen, keeping the stronger weight', () => {
		const text = 'Bless your heart, you tried. Let the grown-ups handle the release.';
		const spans = spansOf(text, [
			['Bless your heart', 0.9],
			['Let the grown', 0.4],
			['ups', 0.6],
		]);
		const out = wholeCompounds(text, spans);
		expect(quoted(text, out)).toEqual(['Bless your heart', 'Let the grown-ups']);
		expect(out[1]?.weight).toBe(0.6);
		const dumb = 'What a dumb-ass idea from a brain-dead reviewer.';
		expect(
			quoted(
				dumb,
				wholeCompounds(
					dumb,
					spansOf(dumb, [
						['dumb', 1],
						['ass', 1],
						['brain', 0.5],
						['dead', 0.7],
					]),
				),
			),
		).toEqual(['dumb-ass', 'brain-dead']);
	});

	it('widens a span that stops inside a hyphenated word to the whole word', () => {
		const text = "Don't be such a smart-ass about this half-assed know-it-all-ish fix.";
		const out = wholeCompounds(
			text,
			spansOf(text, [
				['ass', 0.8],
				['assed', 0.9],
				['it', 0.2],
			]),
		);
		expect(quoted(text, out)).toEqual(['smart-ass', 'half-assed', 'know-it-all-ish']);
	});

	it('leaves other spans alone: no hyphen inside a word, dashes between words, overlapping spans of their own', () => {
		const text = 'This is the dumbest fix - honestly -- ever. Dumbest-';
		const spans = spansOf(text, [
			['the dumbest fix', 0.7],
			['dumbest', 0.9],
			['honestly', 0.3],
			['ever', 0.2],
			['Dumbest', 0.5],
		]);
		expect(wholeCompounds(text, spans)).toEqual(spans);
		expect(wholeCompounds('', [])).toEqual([]);
	});
});
