import { describe, expect, it } from 'vitest';
import { emptyBandit, recordOutcome, updateBandit } from './bandit.ts';
import { learnedSummary } from './learned-summary.ts';

const outcomes = (list: [string, string, 'accept' | 'reject' | 'edit'][]) =>
	list.reduce(
		(s, [context, strategy, outcome]) => recordOutcome(s, context, strategy, outcome),
		emptyBandit(),
	);

describe('learnedSummary', () => {
	it('a fresh state: nothing learned, every style equal, nothing to reset', () => {
		const summary = learnedSummary(emptyBandit());
		expect(summary.words).toBe(
			'Nothing learned from you yet: you have not applied or turned down a rewrite. Every style starts out equal.',
		);
		expect(summary).toMatchObject({ applied: 0, declined: 0, styles: [], learned: false });
	});

	it('machine rewards alone: still nothing learned from the user, but something to reset', () => {
		const summary = learnedSummary(updateBandit(emptyBandit(), 'Toxic', 'soften.none.t0', 0.8));
		expect(summary.words).toMatch(/^Nothing learned from you yet/);
		expect(summary.learned).toBe(true);
	});

	it('one accept: leans towards that style, named as the card names it', () => {
		const summary = learnedSummary(outcomes([['Toxic', 'soften.none.t0', 'accept']]));
		expect(summary.words).toBe(
			'From 1 rewrite you applied and 0 you turned down, it now leans towards “Softened” rewrites.',
		);
		expect(summary.styles).toEqual([{ label: 'Softened', applied: 1, declined: 0 }]);
	});

	it('adds up arms of one template across contexts, and names the style turned down most', () => {
		const summary = learnedSummary(
			outcomes([
				['Toxic', 'restate.none.t0', 'accept'],
				['Emotions', 'restate.argument.t0', 'accept'],
				['Toxic', 'minimal.none.t0', 'reject'],
				['Toxic', 'minimal.none.t0', 'reject'],
				['Toxic', 'soften.civil.t3', 'edit'],
			]),
		);
		expect(summary).toMatchObject({ applied: 3, declined: 2 });
		expect(summary.styles.map((s) => s.label)).toEqual(['Restated', 'Softened', 'Smallest change']);
		expect(summary.words).toBe(
			'From 3 rewrites you applied and 2 you turned down, it now leans towards “Restated” rewrites, and away from “Smallest change”.',
		);
	});

	it('an apply and its undo: no style stands out', () => {
		const summary = learnedSummary(
			outcomes([
				['Toxic', 'soften.none.t0', 'accept'],
				['Toxic', 'soften.none.t0', 'reject'],
			]),
		);
		expect(summary.words).toBe('From 1 rewrite you applied and 1 you turned down, no style stands out yet.');
	});

	it('only turn-downs: says what it leans away from, and that no style is preferred', () => {
		const summary = learnedSummary(
			outcomes([
				['Toxic', 'neutral.none.t0', 'reject'],
				['Toxic', 'soften.none.t0', 'accept'],
				['Toxic', 'soften.none.t0', 'reject'],
			]),
		);
		expect(summary.words).toBe(
			'From 1 rewrite you applied and 2 you turned down, it now leans away from “Neutral tone”; no style stands out as the one you prefer.',
		);
	});
});
