/**
 * From feature occurrences to a model's inputs and back: repeated ids are summed so the model gathers each
 * row once, and the model's per-id contributions are shared out again onto the words they came from.
 */
import type { FeatureBatch, Features, Token } from '../features/featurize.ts';
import { sharedSlots } from '../features/slot-table.ts';

/** A model's inputs for one draft: distinct ids, their summed values, and each occurrence's index in them. */
export interface Aggregated {
	ids: Int32Array;
	vals: Float32Array;
	/** slot[k]: occurrence k's index in ids/vals. */
	slot: Int32Array;
}

/**
 * Sums the values of repeated feature ids (a 1,000-character draft has ~2,000 occurrences but about half as
 * many distinct ids), in first-occurrence order.
 */
export function aggregate(f: Pick<Features, 'ids' | 'vals'>): Aggregated {
	const n = f.ids.length;
	const ids = new Int32Array(n);
	// Summed in double precision and rounded once, as the model's float32 input.
	const sums = scratchSums(n);
	const slot = new Int32Array(n);
	sharedSlots.reset(n);
	for (let k = 0; k < n; k++) {
		const id = f.ids[k] as number;
		const seen = sharedSlots.size;
		const u = sharedSlots.indexOf(id);
		if (u === seen) {
			ids[u] = id;
			sums[u] = f.vals[k] as number;
		} else sums[u] = (sums[u] as number) + (f.vals[k] as number);
		slot[k] = u;
	}
	const distinct = sharedSlots.size;
	return { ids: ids.subarray(0, distinct), vals: new Float32Array(sums.subarray(0, distinct)), slot };
}

/**
 * Per word, the summed contribution of its feature occurrences to head `head` of a [distinct ids × heads]
 * `contrib`: a feature's contribution is linear in its value, so each occurrence gets its value's share of
 * its id's; a unigram or char-gram lands on its word, a bigram (its span covers two words) half on each.
 */
export function wordContributions(
	f: Features,
	inputs: Aggregated,
	tokens: readonly Token[],
	contrib: Float32Array,
	heads: number,
	head: number,
): Float32Array {
	const byStart = new Map<number, number>();
	tokens.forEach((t, i) => {
		if (!byStart.has(t.start)) byStart.set(t.start, i);
	});
	const words = new Float32Array(tokens.length);
	for (let k = 0; k < f.ids.length; k++) {
		const index = byStart.get(f.spanStart[k] ?? -1);
		if (index === undefined) continue;
		const u = inputs.slot[k] as number;
		const total = inputs.vals[u] as number;
		const c = total === 0 ? 0 : ((contrib[u * heads + head] ?? 0) * (f.vals[k] as number)) / total;
		const token = tokens[index];
		if (token !== undefined && (f.spanEnd[k] ?? 0) > token.end && index + 1 < tokens.length) {
			words[index] = (words[index] ?? 0) + c / 2;
			words[index + 1] = (words[index + 1] ?? 0) + c / 2;
		} else words[index] = (words[index] ?? 0) + c;
	}
	return words;
}

/** Several sentences' inputs one after another: sentence s is entries [starts[s], ends[s]) of ids/vals. */
export interface SentenceInputs {
	ids: Int32Array;
	vals: Float32Array;
	starts: Int32Array;
	ends: Int32Array;
}

/** Aggregates each sentence's features (repeated ids summed, as `aggregate`) and lays them end to end for one model run. */
export function concatSentences(batch: FeatureBatch): SentenceInputs {
	const sentences = batch.offsets.length - 1;
	const occurrences = batch.ids.length;
	const ids = new Int32Array(occurrences);
	const sums = scratchSums(occurrences);
	const starts = new Int32Array(sentences);
	const ends = new Int32Array(sentences);
	let at = 0;
	for (let s = 0; s < sentences; s++) {
		const from = batch.offsets[s] as number;
		const to = batch.offsets[s + 1] as number;
		sharedSlots.reset(to - from);
		for (let k = from; k < to; k++) {
			const id = batch.ids[k] as number;
			const seen = sharedSlots.size;
			const u = at + sharedSlots.indexOf(id);
			if (u - at === seen) {
				ids[u] = id;
				sums[u] = batch.vals[k] as number;
			} else sums[u] = (sums[u] as number) + (batch.vals[k] as number);
		}
		starts[s] = at;
		at += sharedSlots.size;
		ends[s] = at;
	}
	return { ids: ids.slice(0, at), vals: new Float32Array(sums.subarray(0, at)), starts, ends };
}

/** Double-precision sums, reused across calls (zeroing is the caller's: the first value of a slot sets it). */
let sums = new Float64Array(4096);

function scratchSums(n: number): Float64Array {
	if (sums.length < n) sums = new Float64Array(n);
	return sums;
}
