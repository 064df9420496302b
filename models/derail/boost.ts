/**
 * Gradient-boosted depth-2 trees over the thread row, added to the logistic thread model's logit (build time:
 * fitBoost; runtime: boostLogit and the same arithmetic in the ONNX graph). The logistic layer stays the base; the
 * trees correct it where single features interact or saturate (e.g. a heated last comment in an otherwise calm
 * thread). Session 4: CV F1 0.683 -> ~0.71 on two seed sets, scorer-unseen F1 flat (models/derail/README.md).
 */

/**
 * Trees, each stored as three split nodes (root, left child, right child) and four leaves (left-left,
 * left-right, right-left, right-right): a row goes right at a node when `x[feature] > threshold`. A node that did
 * not split has threshold FLT_MAX (always left) and its leaves repeated, so every tree has the same shape.
 */
export interface BoostTrees {
	/** Feature index of each split node [R * 3]. */
	feature: Int32Array;
	/** Threshold of each split node [R * 3]. */
	threshold: Float32Array;
	/** Leaf values [R * 4], learning rate folded in. */
	leaf: Float32Array;
}

/** Settings measured in session 4 (rounds 30-100 and depth 3 were within +-0.005 F1; depth 3 cost scorer-unseen F1). */
export const BOOST = { rounds: 50, learningRate: 0.05, bins: 16, lambda: 1, minChildHessian: 5 } as const;

/** Threshold of a node that never sends a row right (largest float32). */
export const NO_SPLIT = 3.4028234663852886e38;

/** Sum of the trees' leaf values for one thread row. */
export function boostLogit(t: BoostTrees, x: ArrayLike<number>): number {
	let z = 0;
	for (let r = 0; r < t.feature.length / 3; r++) {
		const right = (k: number) => (x[t.feature[r * 3 + k] ?? 0] ?? 0) > (t.threshold[r * 3 + k] ?? NO_SPLIT);
		const leaf = right(0) ? 2 + (right(2) ? 1 : 0) : right(1) ? 1 : 0;
		z += t.leaf[r * 4 + leaf] ?? 0;
	}
	return z;
}

/** Candidate thresholds of one column: its values at 16 evenly spaced quantiles in 5 %..95 %, deduplicated. */
function columnEdges(values: readonly number[]): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const edges = Array.from({ length: BOOST.bins }, (_, i) => {
		const q = 0.05 + (0.9 * i) / (BOOST.bins - 1);
		return sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
	});
	return [...new Set(edges)];
}

type Node = { value: number } | { feature: number; threshold: number; left: Node; right: Node };

/**
 * Fits BOOST.rounds trees by second-order gradient boosting of the weighted log loss, starting from `init` (the
 * logistic model's logit of each row). `weights` are the rows' loss weights (normalised here). Deterministic.
 */
export function fitBoost(
	xs: readonly Float32Array[],
	ys: readonly number[],
	weights: readonly number[],
	init: readonly number[],
): BoostTrees {
	const n = xs.length;
	const d = xs[0]?.length ?? 0;
	const meanWeight = weights.reduce((s, w) => s + w, 0) / Math.max(n, 1);
	const w = weights.map((x) => x / meanWeight);
	const edges = Array.from({ length: d }, (_, j) => columnEdges(xs.map((x) => x[j] ?? 0)));
	// Bin of each value: the number of edges below it, so "bin <= k" is "x <= edges[k]".
	const bins = xs.map((x) =>
		Int32Array.from(edges, (e, j) => {
			let b = 0;
			while (b < e.length && (e[b] ?? 0) < (x[j] ?? 0)) b++;
			return b;
		}),
	);
	const F = [...init];
	const t = { feature: [] as number[], threshold: [] as number[], leaf: [] as number[] };
	for (let round = 0; round < BOOST.rounds; round++) {
		const p = F.map((z) => 1 / (1 + Math.exp(-z)));
		const g = p.map((pi, i) => (pi - (ys[i] ?? 0)) * (w[i] ?? 0));
		const h = p.map((pi, i) => pi * (1 - pi) * (w[i] ?? 0));
		const minH = (BOOST.minChildHessian * h.reduce((s, x) => s + x, 0)) / Math.max(n, 1);
		const build = (rows: number[], depth: number): Node => {
			let G = 0;
			let H = 0;
			for (const i of rows) {
				G += g[i] ?? 0;
				H += h[i] ?? 0;
			}
			const leaf = { value: -G / (H + BOOST.lambda) };
			if (depth === 2 || rows.length < 10) return leaf;
			let best = { gain: 0, feature: -1, k: 0 };
			for (let j = 0; j < d; j++) {
				const nb = (edges[j]?.length ?? 0) + 1;
				const gs = new Float64Array(nb);
				const hs = new Float64Array(nb);
				for (const i of rows) {
					const b = bins[i]?.[j] ?? 0;
					gs[b] = (gs[b] ?? 0) + (g[i] ?? 0);
					hs[b] = (hs[b] ?? 0) + (h[i] ?? 0);
				}
				let cg = 0;
				let ch = 0;
				for (let k = 0; k < nb - 1; k++) {
					cg += gs[k] ?? 0;
					ch += hs[k] ?? 0;
					if (ch < minH || H - ch < minH) continue;
					const gain =
						cg ** 2 / (ch + BOOST.lambda) +
						(G - cg) ** 2 / (H - ch + BOOST.lambda) -
						G ** 2 / (H + BOOST.lambda);
					if (gain > best.gain) best = { gain, feature: j, k };
				}
			}
			if (best.feature < 0) return leaf;
			const left = rows.filter((i) => (bins[i]?.[best.feature] ?? 0) <= best.k);
			const right = rows.filter((i) => (bins[i]?.[best.feature] ?? 0) > best.k);
			return {
				feature: best.feature,
				threshold: edges[best.feature]?.[best.k] ?? NO_SPLIT,
				left: build(left, depth + 1),
				right: build(right, depth + 1),
			};
		};
		const root = build(
			Array.from({ length: n }, (_, i) => i),
			0,
		);
		const value = (node: Node) => ('value' in node ? node.value : 0);
		// A depth-1 node's children are leaves (build stops at depth 2).
		const side = (node: Node) =>
			'value' in node
				? { feature: 0, threshold: NO_SPLIT, leaves: [node.value, node.value] }
				: { feature: node.feature, threshold: node.threshold, leaves: [value(node.left), value(node.right)] };
		const l = 'value' in root ? side(root) : side(root.left);
		const r = 'value' in root ? side(root) : side(root.right);
		const rootFeature = 'value' in root ? 0 : root.feature;
		const rootThreshold = 'value' in root ? NO_SPLIT : root.threshold;
		const tree = {
			feature: Int32Array.of(rootFeature, l.feature, r.feature),
			threshold: Float32Array.of(rootThreshold, l.threshold, r.threshold),
			leaf: Float32Array.from([...l.leaves, ...r.leaves], (v) => v * BOOST.learningRate),
		};
		t.feature.push(...tree.feature);
		t.threshold.push(...tree.threshold);
		t.leaf.push(...tree.leaf);
		xs.forEach((x, i) => {
			F[i] = (F[i] ?? 0) + boostLogit(tree, x);
		});
	}
	return {
		feature: Int32Array.from(t.feature),
		threshold: Float32Array.from(t.threshold),
		leaf: Float32Array.from(t.leaf),
	};
}
