/**
 * How a batch of drafts is split into model runs (ort-models.ts `runBatch`). A run pads every row to its
 * longest, so one run for a whole thread would pay for a long opening post in each short reply, while one run
 * per draft pays ORT's fixed cost per run each time. Sorted by length, the cheapest split into runs of
 * consecutive lengths is a small dynamic programme.
 */

/**
 * Fixed cost of one run, in padded feature occurrences. Flat where measured (cold 30-comment thread, Node, WASM,
 * interleaved with the per-comment path in one process: 500, 2,000, 4,000 and 16,000 all cost 0.58-0.63 of it);
 * 2,000 gives that thread 3 runs per model and 1.5x padding, the middle of the flat range.
 */
export const RUN_COST_IN_OCCURRENCES = 2000;

/**
 * Groups of draft indices, one model run each, minimising runs × `runCost` + Σ rows × longest row; each group
 * lists its drafts shortest first. `lengths[i]` is draft i's number of distinct ids.
 */
export function groupByLength(lengths: readonly number[], runCost = RUN_COST_IN_OCCURRENCES): number[][] {
	const order = lengths
		.map((_, i) => i)
		.sort((a, b) => (lengths[a] as number) - (lengths[b] as number) || a - b);
	const n = order.length;
	// best[j]: cheapest cost of the first j sorted drafts; from[j]: where its last group starts.
	const best = new Float64Array(n + 1);
	const from = new Int32Array(n + 1);
	for (let j = 1; j <= n; j++) {
		// The group i..j-1 is padded to its longest, the last one (sorted).
		const longest = lengths[order[j - 1] as number] as number;
		best[j] = Infinity;
		for (let i = 0; i < j; i++) {
			const cost = (best[i] as number) + runCost + (j - i) * longest;
			if (cost < (best[j] as number)) {
				best[j] = cost;
				from[j] = i;
			}
		}
	}
	const groups: number[][] = [];
	for (let j = n; j > 0; j = from[j] as number) groups.unshift(order.slice(from[j], j));
	return groups;
}
