/**
 * A pooled pretrained word-vector of the draft as extra input to the toxic model's hidden layer, trained on
 * frozen GloVe vectors and shipped as ordinary table rows. The featuriser repeats each word unigram as a
 * "word-vector slot" occurrence (`FeatureConfig.wordVectorSlots`: row `buckets + (unigram hash mod slots)`,
 * value = the unigram's log-TF weight), so the draft's pooled vector is Σ value · vector(slot).
 * Training: each slot holds the unit-length GloVe vector of the word that owns it (words of the training
 * text first, by count, then GloVe's most frequent words), the slot occurrences of a sample become `dim`
 * dense inputs (rows `buckets … buckets + dim − 1`), and the MLP learns a dim × hidden map W for them.
 * Export: slot row s = vector(s) · W, exactly the same hidden pre-activation (it is linear), so the runtime
 * needs no vocabulary, no new graph node and no new input: it is one more family in the same Gather.
 */
import { fnv1a, tokenize } from '../features/featurize.ts';
import type { WordVectors } from './glove.ts';
import type { MlpParams, Sample } from './mlp.ts';

/** Unit-length GloVe vectors per slot (`slots` rows of `dim`; zero where no known word owns the slot). */
export interface SlotVectors {
	slots: number;
	dim: number;
	vectors: Float32Array;
	/** Words that own a slot, and known words that lost their slot to an earlier word. */
	owned: number;
	collided: number;
}

/** The slot of a (normalised, lowercased) word: its unigram hash "w:word" mod `slots`, as the featuriser. */
export function slotOf(word: string, slots: number): number {
	return fnv1a(`w:${word}`) & (slots - 1);
}

/** How often each word of `texts` occurs after the featuriser's normalisation and tokenisation. */
export function wordCounts(texts: Iterable<string>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const { word } of tokenize(text).tokens) counts.set(word, (counts.get(word) ?? 0) + 1);
	return counts;
}

/**
 * Slot vectors: words seen in training (most frequent first), then GloVe's `topGlove` most frequent words
 * (so words never seen in a labelled row still carry their meaning); the first word to reach a slot owns it.
 */
export function buildSlotVectors(
	glove: WordVectors,
	counts: Map<string, number>,
	slots: number,
	topGlove: number,
): SlotVectors {
	const { dim } = glove;
	const vectors = new Float32Array(slots * dim);
	const taken = new Uint8Array(slots);
	let owned = 0;
	let collided = 0;
	const seen = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
	const candidates = [...seen, ...glove.words.slice(0, topGlove)];
	const tried = new Set<string>();
	for (const word of candidates) {
		if (tried.has(word)) continue;
		tried.add(word);
		const row = glove.index.get(word);
		if (row === undefined) continue;
		const slot = slotOf(word, slots);
		if (taken[slot]) {
			collided++;
			continue;
		}
		taken[slot] = 1;
		owned++;
		let norm = 0;
		for (let d = 0; d < dim; d++) norm += (glove.vectors[row * dim + d] as number) ** 2;
		norm = Math.sqrt(norm) || 1;
		for (let d = 0; d < dim; d++) vectors[slot * dim + d] = (glove.vectors[row * dim + d] as number) / norm;
	}
	return { slots, dim, vectors, owned, collided };
}

/** A sample with its slot occurrences (ids ≥ `buckets`) pooled into `dim` dense inputs at rows `buckets + j`. */
export function densify(sample: Sample, sv: SlotVectors, buckets: number): Sample {
	const ids: number[] = [];
	const vals: number[] = [];
	const pooled = new Float64Array(sv.dim);
	for (let i = 0; i < sample.ids.length; i++) {
		const id = sample.ids[i] as number;
		const v = sample.vals[i] as number;
		if (id < buckets) {
			ids.push(id);
			vals.push(v);
			continue;
		}
		const at = (id - buckets) * sv.dim;
		for (let d = 0; d < sv.dim; d++) pooled[d] = (pooled[d] as number) + v * (sv.vectors[at + d] as number);
	}
	for (let d = 0; d < sv.dim; d++) {
		ids.push(buckets + d);
		vals.push(pooled[d] as number);
	}
	return { ids: Int32Array.from(ids), vals: Float32Array.from(vals), y: sample.y, w: sample.w };
}

/** Weights trained on dense inputs (`buckets + dim` rows) as weights on slot rows (`buckets + slots` rows). */
export function foldSlotRows(p: MlpParams, sv: SlotVectors, buckets: number): MlpParams {
	const D = p.dim;
	const E = new Float32Array((buckets + sv.slots) * D);
	E.set(p.E.subarray(0, buckets * D));
	for (let s = 0; s < sv.slots; s++) {
		const out = (buckets + s) * D;
		for (let j = 0; j < sv.dim; j++) {
			const g = sv.vectors[s * sv.dim + j] as number;
			if (g === 0) continue;
			const w = (buckets + j) * D;
			for (let d = 0; d < D; d++) E[out + d] = (E[out + d] as number) + g * (p.E[w + d] as number);
		}
	}
	return { ...p, buckets: buckets + sv.slots, E };
}
