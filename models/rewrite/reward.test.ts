import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../scoring/types.ts';
import { createLexiconScorer } from './lexicon-scorer.ts';
import { clampWeight, rankCandidates, rankingSimilarities, rewardCandidate } from './reward.ts';
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

describe('reward on a long draft: similarity measures what the candidate changes (session 18)', () => {
	// Thirty calm lines written for this test (about 3,000 characters) and one rude sentence in the middle.
	const calm = (i: number) =>
		`Step ${i}: the cache warms on start, then the worker drains queue ${i} before it reports back to the scheduler.`;
	const lines = Array.from({ length: 30 }, (_, i) => calm(i));
	lines.splice(15, 0, 'Honestly the reviewer who approved the retry patch is a clueless idiot and it shows.');
	const long = lines.join('\n');
	// Keeps most of the sentence's words (a lighter fix) vs. says it anew (calmer, fewer of the writer's words).
	const light = long.replace('is a clueless idiot and it shows', 'missed something and it shows');
	const restated = long.replace(
		'Honestly the reviewer who approved the retry patch is a clueless idiot and it shows.',
		'I have concerns about the retry patch.',
	);
	const scored = (text: string, inappropriate: number): ScoreResult => ({
		text,
		inappropriate,
		toxic: inappropriate,
		dimensions: {} as ScoreResult['dimensions'],
		flag: false,
		spans: [],
	});
	/** Ranks candidates as the engine does: their similarities measured together. */
	const rankAll = (weight: number, cands: [string, string, number][]) => {
		const sims = rankingSimilarities(
			long,
			cands.map(([text]) => text),
		);
		return rankCandidates(
			cands.map(([text, strategy, inappropriate], i) =>
				rewardCandidate(long, text, strategy, scored(text, inappropriate), weight, false, sims[i]),
			),
		).accepted.map((c) => c.strategy);
	};
	const rank = (weight: number) =>
		rankAll(weight, [
			[light, 'minimal', 0.3],
			[restated, 'restate', 0.05],
		]);

	it('the dial still decides: "keep my words" ranks the lighter fix first, "make it civil" the calmer one', () => {
		expect(long.length).toBeGreaterThan(3000);
		// Whole-draft chrF++ is ~0.99 for both, so the ranking rested on civility alone (the dial did nothing).
		expect(similarity(light, long)).toBeGreaterThan(0.95);
		expect(similarity(restated, long)).toBeGreaterThan(0.95);
		expect(rank(0.2)).toEqual(['minimal', 'restate']);
		expect(rank(0.8)).toEqual(['restate', 'minimal']);
	});

	it('reports the similarity of the changed sentence, and keeps the reward its weighted sum', () => {
		const c = rewardCandidate(long, restated, 'restate', scored(restated, 0.05), 0.5);
		expect(c.similarity).toBeLessThan(0.5);
		expect(c.reward).toBeCloseTo(0.5 * 0.95 + 0.5 * c.similarity, 10);
	});

	it('every candidate is measured on the same text: retouching fifty other lines is no "keeping my words"', () => {
		// The insult fixed the same way, plus every other line's "Step" made "Stage" (seen in the cm-long e2e: a
		// candidate that changed many sentences a little outranked the one that changed only the insult).
		const spread = restated.replace(/Step /g, 'Stage ');
		const sims = rankingSimilarities(long, [restated, spread]);
		expect(sims[0]).toBeGreaterThan(sims[1] ?? 1);
		for (const w of [0.2, 0.5, 0.8])
			expect(
				rankAll(w, [
					[spread, 'spread', 0.05],
					[restated, 'restate', 0.05],
				]),
			).toEqual(['restate', 'spread']);
	});

	it('alone, a candidate of a long draft is measured on the sentences it changes', () => {
		const c = rewardCandidate(long, restated, 'restate', scored(restated, 0.05), 0.5);
		expect(c.similarity).toBeCloseTo(rankingSimilarities(long, [restated])[0] ?? -1, 10);
		expect(c.similarity).toBeLessThan(0.5);
	});

	it('a short draft ranks on the whole draft, as before', () => {
		const short = 'The build is green. You are an idiot for merging it.';
		const fixed = 'The build is green. I would not merge it yet.';
		const c = rewardCandidate(short, fixed, 's', scored(fixed, 0.1), 0.5);
		expect(c.similarity).toBe(similarity(fixed, short));
	});

	it('the "unrelated" guard still looks at the whole draft: a replaced sentence is not rejected', () => {
		const swapped = long.replace(
			'Honestly the reviewer who approved the retry patch is a clueless idiot and it shows.',
			'Thanks.',
		);
		expect(rewardCandidate(long, swapped, 's', scored(swapped, 0.05), 0.5).rejected).toBeUndefined();
	});
});
