import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../scoring/types.ts';
import { createLexiconScorer } from './lexicon-scorer.ts';
import { clampWeight, rankCandidates, rewardCandidate } from './reward.ts';
import { similarity } from './similarity.ts';

const scorer = createLexiconScorer();
const draft = 'This is stupid, see #4.';

/** The score of one text (the scorer answers one result per text). */
async function scoreOf(text: string): Promise<ScoreResult> {
	const [score] = await scorer.score([text]);
	if (!score) throw new Error('no score');
	return score;
}

describe('reward', () => {
	it('is w·appropriate + (1−w)·similarity', async () => {
		const rewrite = 'This is unwise, see #4.';
		const score = await scoreOf(rewrite);
		const c = rewardCandidate(draft, rewrite, 's', score, 0.7);
		expect(c.rejected).toBeUndefined();
		expect(c.reward).toBeCloseTo(0.7 * (1 - score.inappropriate) + 0.3 * similarity(rewrite, draft), 10);
	});

	it('rejects still-flagged, unchanged, empty and protected-token-breaking candidates', async () => {
		for (const [rewrite, reason] of [
			['This is stupid!!', 'still flagged'],
			[draft, 'unchanged'],
			['  ', 'empty'],
			['This is unwise, see #5.', 'dropped or changed reference "#4"'],
			['Quarterly revenue grew among northern warehouse workers during autumn #4', 'unrelated to the draft'],
			['This is \uFFFD, see #4.', 'garbled output'],
		] as const) {
			const score = await scoreOf(rewrite);
			const c = rewardCandidate(draft, rewrite, 's', score, 0.5);
			expect(c.reward).toBe(0);
			expect(c.rejected).toContain(reason.split(' ')[0]);
		}
	});

	it('ranks accepted best-first and clamps the weight dial', () => {
		const mk = (reward: number, rejected?: string) => ({
			rewrite: String(reward),
			strategy: 's',
			reward,
			appropriate: 1,
			similarity: 1,
			rejected,
		});
		const { accepted, rejected } = rankCandidates([mk(0.2), mk(0, 'x'), mk(0.9)]);
		expect(accepted.map((c) => c.reward)).toEqual([0.9, 0.2]);
		expect(rejected).toHaveLength(1);
		expect(clampWeight(3)).toBe(1);
		expect(clampWeight(Number.NaN)).toBe(0.5);
	});

	it('refuses a score computed on another text', async () => {
		const score = await scoreOf('other');
		expect(() => rewardCandidate(draft, 'x', 's', score, 0.5)).toThrow(/different text/);
	});
});
