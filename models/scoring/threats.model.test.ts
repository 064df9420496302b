// @vitest-environment node
/**
 * The shipped scorer with the threat rule (threats.ts): a threat the toxic head reads as civil is flagged and
 * underlined, violent verbs in developer jargon are not, and thread comments (`wholeDraft`, pooled by the
 * derailment model) keep the models' own scores whatever was scored before them.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const THREAT = 'With all due respect, I hope you die before the next release.';
const ALSO_THREAT = 'Merge that again and I will hurt you.';
const JARGON = 'You should kill the worker and let the supervisor restart it.';

describe('threats in the shipped scorer', () => {
	it('flags a threat the models read as civil, underlined on the threat', async () => {
		const scorer = await createNodeScorer();
		const [whole] = await scorer.score([THREAT], { wholeDraft: true });
		expect(whole?.flag).toBe(false);
		const [threat, also] = await scorer.score([THREAT, ALSO_THREAT]);
		expect(threat?.flag).toBe(true);
		expect(also?.flag).toBe(true);
		const underlined = (threat?.spans ?? []).flatMap((s) => THREAT.slice(s.start, s.end).split(' '));
		expect(underlined).toContain('die');
		await scorer.dispose();
	});

	it('does not flag violent verbs in developer jargon', async () => {
		const scorer = await createNodeScorer();
		const [jargon] = await scorer.score([JARGON]);
		expect(jargon?.flag).toBe(false);
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [THREAT, ALSO_THREAT, JARGON];
		const expected = await fresh.score(texts, { wholeDraft: true });
		await reused.score(texts);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});
