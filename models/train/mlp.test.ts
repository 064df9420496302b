import { describe, expect, it } from 'vitest';
import { concatMembers, logits, type Sample, trainMlp } from './mlp.ts';

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

	it('concatMembers gives the mean of the members’ logits', () => {
		const members = [train(1), train(2), train(3)];
		const all = logits(concatMembers(members), ids, vals);
		const each = members.map((m) => logits(m, ids, vals));
		for (let h = 0; h < 3; h++)
			expect(all[h]).toBeCloseTo(each.reduce((sum, z) => sum + (z[h] as number), 0) / members.length, 5);
	});
});
