import { describe, expect, it } from 'vitest';
import { logits, type Sample, trainMlp } from './mlp.ts';
import { foldScale, nbScale, scaleSamples } from './nb-scale.ts';

const NaN_ = Number.NaN;
// Heads: 2 experts, then 2 domain heads (ignored by the ratio). Bucket 1 only in toxic rows, 2 only in civil
// rows, 3 in both alike, 4..7 never seen.
const samples: Sample[] = [
	{ ids: Int32Array.of(1, 3), vals: Float32Array.of(0.6, 0.8), y: Float32Array.of(1, NaN_, 1, 0), w: 1 },
	{ ids: Int32Array.of(1, 3), vals: Float32Array.of(0.8, 0.6), y: Float32Array.of(NaN_, 1, 0, 1), w: 1 },
	{ ids: Int32Array.of(2, 3), vals: Float32Array.of(0.6, 0.8), y: Float32Array.of(0, NaN_, 1, 0), w: 1 },
	{ ids: Int32Array.of(2, 3), vals: Float32Array.of(0.8, 0.6), y: Float32Array.of(NaN_, 0, 0, 1), w: 1 },
];

describe('nbScale', () => {
	it('weighs features that separate the labels above those that do not', () => {
		const scale = nbScale(samples, 8, 2, 'abs');
		expect(scale[1]).toBeCloseTo(scale[2] as number, 6);
		expect(scale[1]).toBeGreaterThan(1);
		expect(scale[3]).toBeCloseTo(0, 6);
		const sqrt = nbScale(samples, 8, 2, 'sqrt');
		expect(sqrt[1]).toBeCloseTo(Math.sqrt(scale[1] as number), 6);
	});

	it('folds into the table exactly: the folded model on raw values = the model on scaled values', () => {
		const scale = nbScale(samples, 8, 2, 'abs');
		const scaled = scaleSamples(samples, scale);
		const p = trainMlp(scaled, 8, 4, { dim: 3, epochs: 2, lr: 0.1, l2: 0, seed: 1 });
		const folded = foldScale(p, scale);
		for (let i = 0; i < samples.length; i++) {
			const a = logits(p, (scaled[i] as Sample).ids, (scaled[i] as Sample).vals);
			const b = logits(folded, (samples[i] as Sample).ids, (samples[i] as Sample).vals);
			for (let h = 0; h < 4; h++) expect(b[h]).toBeCloseTo(a[h] as number, 5);
		}
	});
});
