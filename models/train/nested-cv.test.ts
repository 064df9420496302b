import { describe, expect, it } from 'vitest';
import { trainMlp } from './mlp.ts';
import { type CvItem, nestedSubsample, outerFolds, scoreProcedure } from './nested-cv.ts';

describe('outerFolds', () => {
	it('draw 0 interleaves rows like the trainer', () => {
		expect(outerFolds(7, 3, 0)).toEqual([0, 1, 2, 0, 1, 2, 0]);
	});

	it('other draws are a different, balanced, deterministic partition', () => {
		const a = outerFolds(100, 5, 1);
		expect(a).toEqual(outerFolds(100, 5, 1));
		expect(a).not.toEqual(outerFolds(100, 5, 0));
		expect(a).not.toEqual(outerFolds(100, 5, 2));
		for (let k = 0; k < 5; k++) expect(a.filter((f) => f === k)).toHaveLength(20);
	});
});

describe('nestedSubsample', () => {
	const rows = Array.from({ length: 40 }, (_, i) => i);

	it('keeps the share of rows, in their original order', () => {
		const half = nestedSubsample(rows, 0.5, 's');
		expect(half).toHaveLength(20);
		expect([...half].sort((a, b) => a - b)).toEqual(half);
		expect(nestedSubsample(rows, 1, 's')).toEqual(rows);
	});

	it('a smaller share is a subset of a larger one (paired learning-curve points)', () => {
		const small = nestedSubsample(rows, 0.7, 's');
		const large = new Set(nestedSubsample(rows, 0.85, 's'));
		expect(small.every((r) => large.has(r))).toBe(true);
		expect(nestedSubsample(rows, 0.7, 'other')).not.toEqual(small);
	});
});

describe('scoreProcedure', () => {
	/** Two made-up features: feature 0 marks label 1 (mostly), feature 1 label 0. */
	const items: CvItem[] = Array.from({ length: 120 }, (_, i) => {
		const y = i % 2;
		const noisy = i % 10 === 0;
		return {
			ids: Int32Array.from([noisy ? 1 - y : y, 2]),
			vals: Float32Array.from([1, 1]),
			labels: [y, 1 - y],
		};
	});
	const fit = (rows: CvItem[], fold: number) =>
		trainMlp(
			rows.map((r) => ({ ids: r.ids, vals: r.vals, y: Float32Array.from(r.labels), w: 1 })),
			4,
			2,
			{ dim: 4, epochs: 20, lr: 0.1, l2: 0, seed: fold },
		);

	it('learns a separable head and scores the test rows at the cross-fitted threshold', () => {
		const s = scoreProcedure(items.slice(0, 100), items.slice(100), 5, fit);
		expect(s.z).toHaveLength(20);
		expect(s.y).toEqual(items.slice(100).map((r) => r.labels[0]));
		expect(s.macroF1).toBeGreaterThan(0.8);
		expect(s.auc).toBeGreaterThan(0.8);
	});
});
