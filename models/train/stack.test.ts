import { describe, expect, it } from 'vitest';
import { outOfFold } from './cross-fit.ts';
import { logits, type MlpParams, rng } from './mlp.ts';
import { averageMlps, stackMlps } from './stack.ts';

function randomMlp(seed: number, dim: number, heads: number, buckets = 8): MlpParams {
	const r = rng(seed);
	const fill = (n: number) => Float32Array.from({ length: n }, () => r() - 0.5);
	return {
		buckets,
		dim,
		heads,
		E: fill(buckets * dim),
		b1: fill(dim),
		W2: fill(dim * heads),
		b2: fill(heads),
	};
}

const ids = Int32Array.from([1, 3, 3, 6]);
const vals = Float32Array.from([0.5, 1, -0.25, 2]);

describe('stackMlps', () => {
	it('computes both models’ logits side by side', () => {
		const a = randomMlp(1, 4, 3);
		const b = randomMlp(2, 2, 2);
		const stacked = stackMlps(a, b);
		const expected = [...logits(a, ids, vals), ...logits(b, ids, vals)];
		Array.from(logits(stacked, ids, vals)).forEach((z, h) => {
			expect(z).toBeCloseTo(expected[h] as number, 5);
		});
	});

	it('refuses models with different bucket counts', () => {
		expect(() => stackMlps(randomMlp(1, 2, 1, 8), randomMlp(2, 2, 1, 16))).toThrow();
	});
});

describe('averageMlps', () => {
	it('computes the mean of the models’ logits', () => {
		const models = [randomMlp(3, 4, 2), randomMlp(4, 4, 2), randomMlp(5, 4, 2)];
		const mean = averageMlps(models);
		expect(mean.dim).toBe(12);
		expect(mean.heads).toBe(2);
		const each = models.map((m) => logits(m, ids, vals));
		Array.from(logits(mean, ids, vals)).forEach((z, h) => {
			expect(z).toBeCloseTo(each.reduce((s, l) => s + (l[h] as number), 0) / 3, 5);
		});
	});
});

describe('outOfFold', () => {
	it('predicts every row with a model that never saw it', () => {
		const rows = [10, 11, 12, 13, 14, 15, 16];
		const { oof, models } = outOfFold(
			rows,
			3,
			(train) => new Set(train),
			(seen, row) => seen.has(row),
		);
		expect(models).toHaveLength(3);
		expect(oof).toEqual(rows.map(() => false));
	});
});
