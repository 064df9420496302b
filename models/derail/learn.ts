/**
 * Small, seeded learners for the derailment model (Node, build time): a multi-head logistic regression over
 * hashed sparse features (the comment tone heads) and a dense logistic regression (the thread model), plus the
 * metrics the trainer and evaluator print.
 */
// biome-ignore-all lint/style/noNonNullAssertion: numeric kernels index typed arrays inside their loop bounds; `!` keeps the arithmetic readable
import { mulberry32 } from '../random.ts';

/** The shared seeded PRNG (models/random.ts), under the name this module's callers use. */
export const rng = mulberry32;

export function shuffle<X>(items: X[], random: () => number): X[] {
	const a = items.slice();
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[a[i], a[j]] = [a[j] as X, a[i] as X];
	}
	return a;
}

/** A sparse example: feature indices/values and one label per head (null = unknown for that head). */
export interface SparseExample {
	indices: Int32Array;
	values: Float32Array;
	labels: (0 | 1 | null)[];
}

/**
 * Trains T independent logistic heads with AdaGrad + L2; positives of each head are up-weighted to balance the
 * classes (capped at 5), so a head's 0.5 stays a readable "this comment is heated" for the markers even though
 * civil comments outnumber heated ones (square-root weighting left clearly frustrated comments below 0.4).
 */
export function trainSparseHeads(
	examples: readonly SparseExample[],
	dim: number,
	heads: number,
	{ epochs = 6, lr = 0.3, l2 = 1e-5, seed = 1 } = {},
): { W: Float32Array; b: Float32Array } {
	const W = new Float32Array(dim * heads);
	const b = new Float32Array(heads);
	const gW = new Float32Array(dim * heads).fill(1e-8);
	const gb = new Float32Array(heads).fill(1e-8);
	const posWeight = Array.from({ length: heads }, (_, t) => {
		const known = examples.filter((e) => e.labels[t] !== null);
		const pos = known.filter((e) => e.labels[t] === 1).length;
		return pos > 0 ? Math.min(5, (known.length - pos) / pos) : 1;
	});
	const random = rng(seed);
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (const e of shuffle(examples as SparseExample[], random)) {
			for (let t = 0; t < heads; t++) {
				const y = e.labels[t];
				if (y === null || y === undefined) continue;
				let z = b[t]!;
				for (let k = 0; k < e.indices.length; k++) z += W[e.indices[k]! * heads + t]! * e.values[k]!;
				const p = 1 / (1 + Math.exp(-z));
				const g = (p - y) * (y === 1 ? posWeight[t]! : 1);
				for (let k = 0; k < e.indices.length; k++) {
					const i = e.indices[k]! * heads + t;
					const grad = g * e.values[k]! + l2 * W[i]!;
					gW[i]! += grad * grad;
					W[i]! -= (lr * grad) / Math.sqrt(gW[i]!);
				}
				gb[t]! += g * g;
				b[t]! -= (lr * g) / Math.sqrt(gb[t]!);
			}
		}
	}
	return { W, b };
}

/**
 * Dense weighted logistic regression with L2 on standardised inputs, solved by Newton's method (exact and fast
 * for the thread model's ~80 inputs); returns weights folded back onto raw inputs. `weights` (per row, default 1)
 * multiply the loss; positives are further multiplied by `posWeight`.
 */
export function trainDense(
	xs: readonly Float32Array[],
	ys: readonly number[],
	{ l2 = 0.01, posWeight = 1, weights = [] as readonly number[], iterations = 30 } = {},
): { v: Float32Array; c: number } {
	const d = xs[0]?.length ?? 0;
	const n = xs.length;
	const mean = new Array<number>(d).fill(0);
	const sd = new Array<number>(d).fill(0);
	for (const x of xs)
		x.forEach((value, j) => {
			mean[j]! += value / n;
		});
	for (const x of xs)
		x.forEach((value, j) => {
			sd[j]! += (value - mean[j]!) ** 2 / n;
		});
	for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
	// Column 0 is the intercept (not penalised).
	const z = xs.map((x) => [1, ...Array.from(x, (value, j) => (value - mean[j]!) / sd[j]!)]);
	const rowWeight = ys.map((y, i) => (weights[i] ?? 1) * (y === 1 ? posWeight : 1));
	const total = rowWeight.reduce((s, w) => s + w, 0) || 1;
	const D = d + 1;
	let w = new Array<number>(D).fill(0);
	for (let it = 0; it < iterations; it++) {
		const g = new Array<number>(D).fill(0);
		const H = Array.from({ length: D }, () => new Array<number>(D).fill(0));
		z.forEach((row, i) => {
			const s = row.reduce((acc, value, j) => acc + w[j]! * value, 0);
			const p = 1 / (1 + Math.exp(-s));
			const e = ((p - ys[i]!) * rowWeight[i]!) / total;
			const h = (p * (1 - p) * rowWeight[i]!) / total;
			for (let a = 0; a < D; a++) {
				g[a]! += e * row[a]!;
				const ha = h * row[a]!;
				const Ha = H[a]!;
				for (let b = a; b < D; b++) Ha[b]! += ha * row[b]!;
			}
		});
		for (let a = 0; a < D; a++) for (let b = 0; b < a; b++) H[a]![b] = H[b]![a]!;
		for (let a = 1; a < D; a++) {
			g[a]! += l2 * w[a]!;
			H[a]![a]! += l2;
		}
		H[0]![0]! += 1e-9;
		const step = solve(H, g);
		w = w.map((value, j) => value - step[j]!);
		if (step.every((x) => Math.abs(x) < 1e-8)) break;
	}
	const v = Float32Array.from({ length: d }, (_, j) => w[j + 1]! / sd[j]!);
	const folded = w.slice(1).reduce((acc, wj, j) => acc - (wj * mean[j]!) / sd[j]!, w[0]!);
	return { v, c: folded };
}

/** Solves A x = b (Gaussian elimination with partial pivoting; A is small and positive definite). */
function solve(A: number[][], b: number[]): number[] {
	const n = b.length;
	const M = A.map((row, i) => [...row, b[i]!]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
		[M[c], M[p]] = [M[p]!, M[c]!];
		for (let r = c + 1; r < n; r++) {
			const f = M[r]![c]! / M[c]![c]!;
			for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = M[r]![n]!;
		for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
		x[r] = s / M[r]![r]!;
	}
	return x;
}

/** Precision, recall, F1, accuracy at a threshold, and ROC AUC. */
export function binaryMetrics(scores: readonly number[], labels: readonly number[], threshold = 0.5) {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let tn = 0;
	scores.forEach((s, i) => {
		const pred = s >= threshold;
		const y = labels[i];
		if (pred && y === 1) tp++;
		else if (pred) fp++;
		else if (y === 1) fn++;
		else tn++;
	});
	const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
	const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
	const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
	return {
		precision,
		recall,
		f1,
		accuracy: (tp + tn) / Math.max(scores.length, 1),
		auc: auc(scores, labels),
		n: scores.length,
	};
}

/** ROC AUC by the rank-sum formula (ties get half credit). */
export function auc(scores: readonly number[], labels: readonly number[]): number {
	const order = scores.map((s, i) => ({ s, y: labels[i] })).sort((a, b) => a.s - b.s);
	let rankSum = 0;
	let pos = 0;
	for (let i = 0; i < order.length; ) {
		let j = i;
		while (j < order.length && order[j]?.s === order[i]?.s) j++;
		const avgRank = (i + j + 1) / 2;
		for (let k = i; k < j; k++)
			if (order[k]?.y === 1) {
				rankSum += avgRank;
				pos++;
			}
		i = j;
	}
	const neg = order.length - pos;
	return pos > 0 && neg > 0 ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : Number.NaN;
}
