// @vitest-environment node
/**
 * The shipped scorer with the put-down rule (put-downs.ts): a dismissal the toxic head reads as civil is flagged
 * and underlined, the same words in developer talk are not, and thread comments (`wholeDraft`, pooled by the
 * derailment model) keep the models' own scores whatever was scored before them.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const DISMISSAL = 'Thanks for the report. Who even invited you to this discussion?';
const ALSO_DISMISSAL = 'Typical boomer, still emailing patches around.';
const CIVIL = 'Shut up the linter with a pragma and go back to the previous version.';

describe('put-downs in the shipped scorer', () => {
	it('flags a dismissal the models read as civil, underlined on the frame', async () => {
		const scorer = await createNodeScorer();
		const [whole] = await scorer.score([DISMISSAL], { wholeDraft: true });
		expect(whole?.flag).toBe(false);
		const [dismissal, also] = await scorer.score([DISMISSAL, ALSO_DISMISSAL]);
		expect(dismissal?.flag).toBe(true);
		expect(also?.flag).toBe(true);
		const underlined = (dismissal?.spans ?? []).flatMap((s) => DISMISSAL.slice(s.start, s.end).split(' '));
		expect(underlined).toContain('invited');
		await scorer.dispose();
	});

	it('does not flag the same words in developer talk', async () => {
		const scorer = await createNodeScorer();
		const [civil] = await scorer.score([CIVIL]);
		expect(civil?.flag).toBe(false);
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [DISMISSAL, ALSO_DISMISSAL, CIVIL];
		const expected = await fresh.score(texts, { wholeDraft: true });
		await reused.score(texts);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});
