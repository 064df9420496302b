// @vitest-environment node
/**
 * Session 28 (spans28): a sneer beside a calm technical sentence is underlined on the sneer, and the card's first
 * word is the sneer's, not a neutral adverb of the technical point (decide.ts `NEUTRAL_ADVERBS`, question-verdict.ts's
 * verdict test; decide.ts `dropPullingSentences`). Flags and scores are as before: only the words move.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const underlined = (text: string, spans: { start: number; end: number }[]) =>
	spans.map((s) => text.slice(s.start, s.end));
/** What the card quotes first (card-view.ts `strongestQuotes`: strongest span, ties in draft order). */
const cardWord = (text: string, spans: { start: number; end: number; weight: number }[]) => {
	const top = [...spans].sort((a, b) => b.weight - a.weight)[0];
	return top ? text.slice(top.start, top.end) : undefined;
};

describe('spans28: the sneer, not the calm sentence beside it', () => {
	it('underlines "too much to ask" and not "already" in the session-28 example; the score is unchanged', async () => {
		const scorer = await createNodeScorer();
		const text = 'Is reading the error message too much to ask? It says the port is already in use.';
		const [r] = await scorer.score([text]);
		expect(r?.flag).toBe(true);
		expect(r?.toxic).toBeCloseTo(0.8, 5);
		expect(underlined(text, r?.spans ?? [])).toEqual(['too much to ask']);
		expect(cardWord(text, r?.spans ?? [])).toBe('too much to ask');
	});

	it('keeps the question underline when the statement after it is a calm technical point', async () => {
		const scorer = await createNodeScorer();
		const cases: [string, string][] = [
			['Did you even run the linter? It only complains about one unused import.', 'Did you even run'],
			['Do you even read the tickets? The bug is still only on Safari.', 'even read'],
			['Is it really so hard to rebase first? The conflict is still just one import line.', 'hard'],
		];
		for (const [text, word] of cases) {
			const [r] = await scorer.score([text]);
			expect(r?.flag, text).toBe(true);
			expect(cardWord(text, r?.spans ?? []), text).toBe(word);
			for (const w of ['only', 'still', 'just', 'import', 'Safari'])
				expect(underlined(text, r?.spans ?? []), text).not.toContain(w);
		}
	});

	it('still moves the underline to a real verdict after the question', async () => {
		const scorer = await createNodeScorer();
		for (const [text, word] of [
			['Did you even test the migration? This is a disaster.', 'disaster'],
			['Did you even read the RFC? Total waste of a review slot.', 'waste'],
		]) {
			const [r] = await scorer.score([text as string]);
			expect(r?.flag).toBe(true);
			expect(underlined(text as string, r?.spans ?? [])).toEqual([word]);
		}
	});
});
