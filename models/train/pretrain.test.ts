import { describe, expect, it } from 'vitest';
import { pretrainEmbeddings, pretrainedInit, wordIds } from './pretrain.ts';

const cfg = { buckets: 1 << 12, charMin: 3, charMax: 5 };
const opt = { dim: 8, epochs: 30, window: 2, negatives: 3, lr: 0.05, subsample: 1, seed: 5 };
// Two topics that never share a sentence: animals and build tooling.
const texts = Array.from({ length: 40 }, (_, i) =>
	i % 2 === 0
		? 'the cat chased the dog and the dog chased the cat'
		: 'the build failed so rerun the compiler and the linter',
);

const vector = (E: Float32Array, word: string) => {
	const v = new Float32Array(opt.dim);
	for (const id of wordIds(word, cfg))
		for (let d = 0; d < opt.dim; d++) v[d] = (v[d] as number) + (E[id * opt.dim + d] as number);
	return v;
};
const cosine = (a: Float32Array, b: Float32Array) => {
	let ab = 0;
	let aa = 0;
	let bb = 0;
	a.forEach((x, d) => {
		ab += x * (b[d] as number);
		aa += x * x;
		bb += (b[d] as number) ** 2;
	});
	return ab / Math.sqrt(aa * bb);
};

describe('pretrainEmbeddings', () => {
	it('is deterministic for a seed', () => {
		expect(Array.from(pretrainEmbeddings(texts, cfg, opt).E)).toEqual(
			Array.from(pretrainEmbeddings(texts, cfg, opt).E),
		);
	});

	it('puts words of the same contexts closer together', () => {
		const { E } = pretrainEmbeddings(texts, cfg, opt);
		expect(cosine(vector(E, 'cat'), vector(E, 'dog'))).toBeGreaterThan(
			cosine(vector(E, 'cat'), vector(E, 'compiler')),
		);
	});

	it('pretrainedInit writes only touched rows, at the requested spread', () => {
		const pt = pretrainEmbeddings(texts, cfg, opt);
		const E = new Float32Array(cfg.buckets * opt.dim).fill(7);
		pretrainedInit(pt, { scale: 1 })(E, () => 0.5);
		let sq = 0;
		let n = 0;
		for (let r = 0; r < cfg.buckets; r++) {
			for (let d = 0; d < opt.dim; d++) {
				const v = E[r * opt.dim + d] as number;
				if (!pt.touched[r]) expect(v).toBe(7);
				else {
					sq += v * v;
					n++;
				}
			}
		}
		expect(Math.sqrt(sq / n)).toBeCloseTo(0.2 / Math.sqrt(12), 3);
	});
});
