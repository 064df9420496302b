import { describe, expect, it } from 'vitest';
import { featurize, featurizeBatch, featurizeTokens, tokenize } from '../features/featurize.ts';
import type { WordVectors } from './glove.ts';
import { buildSlotVectors, densify, foldSlotRows, slotOf, wordCounts } from './glove-pool.ts';
import { logits, type Sample, trainMlp } from './mlp.ts';

// A tiny made-up vector space (not GloVe): 4 dimensions, insults near each other.
const WORDS = ['you', 'are', 'an', 'idiot', 'moron', 'clueless', 'thanks', 'for', 'the', 'fix'];
const glove: WordVectors = {
	dim: 4,
	words: WORDS,
	vectors: Float32Array.from(
		WORDS.flatMap((w, i) => [i % 3, w.length, i === 3 || i === 4 || i === 5 ? 5 : 0, 1]),
	),
	index: new Map(WORDS.map((w, i) => [w, i])),
};
const B = 64;
const SLOTS = 1024;
const CFG = { buckets: B, charMin: 3, charMax: 5, wordVectorSlots: SLOTS };

describe('glove-pool', () => {
	it('repeats each word unigram as a slot occurrence past the buckets, with the unigram value and span', () => {
		const plain = featurize('You are an idiot.', { buckets: B, charMin: 3, charMax: 5 });
		const f = featurize('You are an idiot.', CFG);
		const words = 4;
		expect(f.ids.length).toBe(plain.ids.length + words);
		expect(Array.from(f.ids.subarray(0, plain.ids.length))).toEqual(Array.from(plain.ids));
		const tail = Array.from(f.ids.subarray(plain.ids.length));
		expect(tail).toEqual(['you', 'are', 'an', 'idiot'].map((w) => B + slotOf(w, SLOTS)));
		const firstWord = Array.from(plain.spanStart).indexOf(0);
		expect(Array.from(f.vals.subarray(plain.ids.length))).toEqual(
			Array.from(plain.vals.subarray(firstWord, firstWord + words)),
		);
		expect(f.spanStart[plain.ids.length + 3]).toBe(11);
	});

	it('featurizeBatch writes the same slot ids as featurizeTokens', () => {
		const drafts = ['You are an idiot.', 'Thanks for the fix!'].map((d) => tokenize(d));
		const batch = featurizeBatch(drafts, CFG);
		drafts.forEach((d, i) => {
			const one = featurizeTokens(d, CFG);
			expect(Array.from(batch.ids.subarray(batch.offsets[i], batch.offsets[i + 1]))).toEqual(
				Array.from(one.ids),
			);
		});
	});

	it('gives slots to training words first, then to the vector file’s most frequent words', () => {
		const sv = buildSlotVectors(glove, wordCounts(['you idiot', 'you moron']), SLOTS, 3);
		expect(sv.owned + sv.collided).toBe(5); // you, idiot, moron, then are, an (the top 3 repeat 'you')
		const row = slotOf('idiot', SLOTS) * 4;
		const v = Array.from(sv.vectors.subarray(row, row + 4));
		expect(Math.hypot(...v)).toBeCloseTo(1, 5);
		const slot = slotOf('fix', SLOTS);
		if (!['you', 'idiot', 'moron', 'are', 'an'].some((w) => slotOf(w, SLOTS) === slot))
			expect(Array.from(sv.vectors.subarray(slot * 4, slot * 4 + 4))).toEqual([0, 0, 0, 0]);
	});

	it('folded slot rows give the logits of the dense inputs they were trained on', () => {
		const sv = buildSlotVectors(glove, wordCounts(WORDS), SLOTS, 0);
		const sample = (text: string, y: number): Sample => {
			const f = featurize(text, CFG);
			return { ids: f.ids, vals: f.vals, y: Float32Array.of(y), w: 1 };
		};
		const raw = [sample('you are an idiot', 1), sample('thanks for the fix', 0), sample('clueless moron', 1)];
		const dense = raw.map((s) => densify(s, sv, B));
		const p = trainMlp(dense, B + sv.dim, 1, { dim: 3, epochs: 3, lr: 0.1, l2: 0, seed: 1 });
		const folded = foldSlotRows(p, sv, B);
		expect(folded.buckets).toBe(B + SLOTS);
		raw.forEach((s, i) => {
			const d = dense[i] as Sample;
			expect(logits(folded, s.ids, s.vals)[0]).toBeCloseTo(logits(p, d.ids, d.vals)[0] as number, 5);
		});
	});
});
