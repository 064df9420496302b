// @vitest-environment node
/**
 * The shipped scorer with the floor for insults aimed at others (insult-at-others.ts): a polite opener no
 * longer dilutes the insult, the underline is on the insult word, jargon with the same words stays civil, and
 * thread comments (`wholeDraft`, pooled by the derailment model) keep the models' own scores.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const HEDGED = 'Thanks for the patch. My clueless colleague merged the previous one.';
const ADDRESSED = 'Hey, dummy, the server answers with a redirect.';
const JARGON = 'Point the test at the dummy server and kill the child process afterwards.';

describe('insults aimed at others in the shipped scorer', () => {
	it('flags a hedged insult at someone else and underlines the insult word', async () => {
		const scorer = await createNodeScorer();
		const whole = await scorer.score([HEDGED, ADDRESSED], { wholeDraft: true });
		const drafts = await scorer.score([HEDGED, ADDRESSED]);
		for (const [i, text] of [HEDGED, ADDRESSED].entries()) {
			expect(whole[i]?.toxic).toBeLessThan(0.5);
			expect(drafts[i]?.flag).toBe(true);
			const underlined = (drafts[i]?.spans ?? []).map((s) => text.slice(s.start, s.end));
			expect(underlined).toEqual([i === 0 ? 'clueless' : 'dummy']);
		}
		await scorer.dispose();
	});

	it('leaves jargon unflagged and thread comments as the models score them', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [HEDGED, ADDRESSED, JARGON];
		const expected = await fresh.score(texts, { wholeDraft: true });
		const [, , jargon] = await reused.score(texts);
		expect(jargon?.flag).toBe(false);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});
