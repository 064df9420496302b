import { describe, expect, it } from 'vitest';
import { concatHidden, logits, type Sample, trainMlp } from './mlp.ts';

const samples: Sample[] = [
	{ ids: Int32Array.of(1, 2), vals: Float32Array.of(0.6, 0.8), y: Float32Array.of(1, 0, Number.NaN), w: 1 },
	{ ids: Int32Array.of(3), vals: Float32Array.of(1), y: Float32Array.of(0, 1, 1), w: 1 },
];
const train = (seed: number) => trainMlp(samples, 8, 3, { dim: 4, epochs: 3, lr: 0.1, l2: 0, seed });
const ids = Int32Array.of(1, 3);
const vals = Float32Array.of(0.7, 0.3);

describe('mlp', () => {
	it('is deterministic for a seed', () => {
		expect(Array.from(train(1).E)).toEqual(Array.from(train(1).E));
	});

	it('concatHidden gives the mean of the members’ logits', () => {
		const a = train(1);
		const b = train(2);
		const both = logits(concatHidden(a, b), ids, vals);
		const za = logits(a, ids, vals);
		const zb = logits(b, ids, vals);
		for (let h = 0; h < 3; h++) expect(both[h]).toBeCloseTo(((za[h] as number) + (zb[h] as number)) / 2, 5);
	});
});
