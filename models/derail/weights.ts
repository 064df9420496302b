/**
 * The derailment model's parameters and a plain-JS forward pass identical to the ONNX graph (used by the trainer
 * for speed and by tests to check the exported graph).
 */
// biome-ignore-all lint/style/noNonNullAssertion: numeric kernels index typed arrays inside their loop bounds; `!` keeps the arithmetic readable
import { type BoostTrees, boostLogit } from './boost.ts';
import { CONV_FEATURES, type EncodedThread, HASH_DIM, POOL_ROWS } from './features.ts';
import { S } from './score-features.ts';
import { TONES } from './types.ts';

export const T = TONES.length;
export const K = POOL_ROWS.length;
export const F = CONV_FEATURES.length;
/**
 * Width of the thread-level model's input: thread features (F), pooled scorer features (S), pooled tones (K×T,
 * row-major), max tones (T).
 */
export const X_DIM = F + S + K * T + T;

/**
 * Parameters: tone heads W [D, T] + b [T]; thread model v [X_DIM] + c (standardisation folded in) plus boosted
 * trees over the same row (boost.ts); scoreMean [S] = the training mean of the scorer features, used when no
 * scorer is available.
 */
export interface DerailWeights {
	W: Float32Array;
	b: Float32Array;
	v: Float32Array;
	c: number;
	scoreMean: Float32Array;
	trees: BoostTrees;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Per-comment tone probabilities [N, T] from the sparse encoding. */
export function toneForward(w: Pick<DerailWeights, 'W' | 'b'>, enc: EncodedThread): Float32Array {
	const n = enc.comments;
	const m = enc.idx.length;
	const tone = new Float32Array(n * T);
	for (let i = 0; i < n; i++) {
		const z = Array.from(w.b);
		for (let j = 0; j < m; j++) {
			if (enc.seg[i * m + j] === 0) continue;
			const row = Number(enc.idx[j]) * T;
			for (let t = 0; t < T; t++) z[t]! += w.W[row + t]! * enc.val[j]!;
		}
		for (let t = 0; t < T; t++) tone[i * T + t] = sigmoid(z[t]!);
	}
	return tone;
}

/** The thread model's input row from thread features and per-comment tones. */
export function threadInput(
	enc: Pick<EncodedThread, 'comments' | 'conv' | 'pool' | 'score' | 'hasScore'>,
	tone: Float32Array,
	scoreMean: Float32Array = new Float32Array(S),
): Float32Array {
	const n = enc.comments;
	const x = new Float32Array(X_DIM);
	x.set(enc.conv, 0);
	const has = enc.hasScore[0] ?? 0;
	for (let s = 0; s < S; s++) x[F + s] = has * (enc.score[s] ?? 0) + (1 - has) * (scoreMean[s] ?? 0);
	for (let k = 0; k < K; k++)
		for (let t = 0; t < T; t++) {
			let s = 0;
			for (let i = 0; i < n; i++) s += enc.pool[k * n + i]! * tone[i * T + t]!;
			x[F + S + k * T + t] = s;
		}
	for (let t = 0; t < T; t++) {
		let mx = -Infinity;
		for (let i = 0; i < n; i++) mx = Math.max(mx, tone[i * T + t]!);
		x[F + S + K * T + t] = mx;
	}
	return x;
}

/** Derailment probability and tones, exactly as the ONNX graph computes them. */
export function forward(w: DerailWeights, enc: EncodedThread): { derail: number; tone: Float32Array } {
	const tone = toneForward(w, enc);
	const x = threadInput(enc, tone, w.scoreMean);
	let z = w.c;
	for (let j = 0; j < X_DIM; j++) z += w.v[j]! * x[j]!;
	z += boostLogit(w.trees, x);
	return { derail: sigmoid(z), tone };
}

/** Checks that weights have the shapes this code expects. */
export function checkWeights(w: DerailWeights): void {
	const rounds = w.trees.feature.length / 3;
	const treesFit =
		Number.isInteger(rounds) &&
		w.trees.threshold.length === rounds * 3 &&
		w.trees.leaf.length === rounds * 4 &&
		w.trees.feature.every((j) => j >= 0 && j < X_DIM);
	if (
		w.W.length !== HASH_DIM * T ||
		w.b.length !== T ||
		w.v.length !== X_DIM ||
		w.scoreMean.length !== S ||
		!treesFit
	)
		throw new Error('derail weights do not match the featurizer (retrain with npm run train)');
}
