import { describe, expect, it } from 'vitest';
import { boostLogit, fitBoost, NO_SPLIT } from './boost.ts';

describe('boosted trees', () => {
	it('learn an interaction: both x0 and x1 high', () => {
		const xs = Array.from({ length: 400 }, (_, i) => Float32Array.of((i % 20) / 20, Math.floor(i / 20) / 20));
		const ys = xs.map((x) => ((x[0] ?? 0) >= 0.5 && (x[1] ?? 0) >= 0.5 ? 1 : 0));
		const trees = fitBoost(
			xs,
			ys,
			ys.map(() => 1),
			ys.map(() => 0),
		);
		expect(trees.feature.length).toBe(trees.threshold.length);
		expect(trees.leaf.length).toBe((trees.feature.length / 3) * 4);
		const correct = xs.filter((x, i) => boostLogit(trees, x) > 0 === (ys[i] === 1)).length;
		expect(correct / xs.length).toBeGreaterThan(0.95);
		// Deterministic: the same data gives the same trees.
		expect(
			fitBoost(
				xs,
				ys,
				ys.map(() => 1),
				ys.map(() => 0),
			),
		).toEqual(trees);
	});

	it('send a row right only above a threshold, and never at a node that did not split', () => {
		const tree = {
			feature: Int32Array.of(0, 1, 1),
			threshold: Float32Array.of(0.5, NO_SPLIT, 0.2),
			leaf: Float32Array.of(1, 2, 3, 4),
		};
		expect(boostLogit(tree, [0.5, 9])).toBe(1);
		expect(boostLogit(tree, [0.6, 0.2])).toBe(3);
		expect(boostLogit(tree, [0.6, 0.3])).toBe(4);
	});
});
