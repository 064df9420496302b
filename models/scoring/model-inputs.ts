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

/** Per-call scratch for `aggregateRefined`, grown as needed. */
let narrowOf = new Int32Array(1024);
let narrowSlot = new Int32Array(1024);
let firstWide = new Int32Array(1024);
let merged = new Uint8Array(1024);

/**
 * `aggregate(f)`, bit for bit, from `wide = aggregate(wideFeatures)` of the same occurrences under a finer
 * grouping: the appropriateness model's ids (hash mod 2^15) of the toxic model's occurrences (hash mod 2^17, the
 * same shared values). Occurrences with one wide id share one narrow id, so the narrow ids are numbered over the
 * ~half as many distinct wide ids instead of over every occurrence; a narrow id that only one wide id maps to has
 * that id's sum (the same doubles added in the same order, rounded once), and the few that several map to are
 * summed again over their occurrences in order. Anything else (other values, a grouping that is not finer) is
 * `aggregate(f)` itself.
 */
export function aggregateRefined(
	f: Pick<Features, 'ids' | 'vals'>,
	wideFeatures: Pick<Features, 'ids' | 'vals'>,
	wide: Aggregated,
): Aggregated {
	const n = f.ids.length;
	const m = wide.ids.length;
	if (f.vals !== wideFeatures.vals || wideFeatures.ids.length !== n || wide.slot.length !== n)
		return aggregate(f);
	if (narrowOf.length < m) {
		narrowOf = new Int32Array(m);
		narrowSlot = new Int32Array(m);
		firstWide = new Int32Array(m);
		merged = new Uint8Array(m);
	}
	// Each wide id's narrow id, from its first occurrence; every later occurrence must agree.
	let seen = 0;
	for (let k = 0; k < n; k++) {
		const u = wide.slot[k] as number;
		const id = f.ids[k] as number;
		if (u === seen) {
			narrowOf[u] = id;
			seen++;
		} else if (narrowOf[u] !== id) return aggregate(f);
	}
	// Wide ids are numbered in first-occurrence order, so numbering their narrow ids in that order numbers the
	// narrow ids in theirs.
	const ids = new Int32Array(m);
	sharedSlots.reset(m);
	let anyMerged = false;
	for (let u = 0; u < m; u++) {
		const id = narrowOf[u] as number;
		const before = sharedSlots.size;
		const v = sharedSlots.indexOf(id);
		narrowSlot[u] = v;
		if (v === before) {
			ids[v] = id;
			firstWide[v] = u;
			merged[v] = 0;
		} else {
			merged[v] = 1;
			anyMerged = true;
		}
	}
	const distinct = sharedSlots.size;
	const vals = new Float32Array(distinct);
	for (let v = 0; v < distinct; v++)
		if (merged[v] === 0) vals[v] = wide.vals[firstWide[v] as number] as number;
	const slot = new Int32Array(n);
	for (let k = 0; k < n; k++) slot[k] = narrowSlot[wide.slot[k] as number] as number;
	if (anyMerged) {
		// Summed in double precision in occurrence order and rounded once, as `aggregate` does.
		const sums = scratchSums(distinct);
		for (let v = 0; v < distinct; v++) firstWide[v] = -1;
		for (let k = 0; k < n; k++) {
			const v = slot[k] as number;
			if (merged[v] === 0) continue;
			if (firstWide[v] === -1) {
				firstWide[v] = k;
				sums[v] = f.vals[k] as number;
			} else sums[v] = (sums[v] as number) + (f.vals[k] as number);
		}
		for (let v = 0; v < distinct; v++) if (merged[v] === 1) vals[v] = sums[v] as number;
	}
	return { ids: ids.subarray(0, distinct), vals, slot };
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
