/**
 * The thread-level model (build time): a weighted logistic layer over thread rows (threadInput), GitHub rows plus
 * forum rows, with gradient-boosted depth-2 trees (boost.ts) fitted on top of its logit, as the ONNX graph expects.
 */
import { type BoostTrees, boostLogit, fitBoost } from './boost.ts';
import { trainDense } from './learn.ts';
import { S } from './score-features.ts';
import { F, sigmoid } from './weights.ts';

/**
 * Rows and labels of one domain; `seen` marks rows whose comments the toxic scorer may have trained on (only used
 * to report the leak check, unseenMetrics in cross-validate.ts).
 */
export interface RowSet {
	rows: readonly Float32Array[];
	labels: readonly number[];
	seen?: readonly boolean[];
}

/** Weight of a forum (CGA-Wiki) row relative to a GitHub row: 0.5 kept forum accuracy without costing GitHub F1. */
export const FORUM_WEIGHT = 0.5;

/** Weight of an extra GitHub row built from gh-incivility (loadIncivilityThreads), relative to a gh-derailment row. */
export const EXTRA_WEIGHT = 0.5;

/**
 * Fits the thread model on GitHub rows plus (optionally) forum rows; `shift` moves its logit so that 0.5 is the
 * chosen decision point. `scoreMean` is the mean scorer-feature row of the fitted data (the no-scorer fallback).
 */
export function fitThreadModel(
	gh: RowSet,
	shift = 0,
	forum: RowSet = { rows: [], labels: [] },
	extra: RowSet = { rows: [], labels: [] },
	extraWeight = EXTRA_WEIGHT,
) {
	// Positives (GitHub's minority class) are up-weighted by sqrt(neg/pos): full balancing lost CV F1.
	const pos = gh.labels.filter((y) => y === 1).length;
	const posWeight = Math.sqrt((gh.labels.length - pos) / Math.max(pos, 1));
	const all = [...gh.rows, ...forum.rows, ...extra.rows];
	const labels = [...gh.labels, ...forum.labels, ...extra.labels];
	const nf = gh.rows.length + forum.rows.length;
	const weights = all.map((_, i) => (i < gh.rows.length ? 1 : i < nf ? FORUM_WEIGHT : extraWeight));
	const { v, c } = trainDense(all, labels, { l2: 0.02, posWeight, weights });
	const linear = (x: Float32Array) => x.reduce((s, value, j) => s + value * (v[j] ?? 0), c);
	const trees = fitBoost(
		all,
		labels,
		weights.map((w, i) => (labels[i] === 1 ? w * posWeight : w)),
		all.map(linear),
	);
	const scoreMean = new Float32Array(S);
	for (const x of all)
		for (let s = 0; s < S; s++) scoreMean[s] = (scoreMean[s] ?? 0) + (x[F + s] ?? 0) / all.length;
	return { v, c: c + shift, scoreMean, trees };
}

/** Scores rows with a thread model. */
export const scoreRows = (
	m: { v: Float32Array; c: number; trees: BoostTrees },
	rows: readonly Float32Array[],
): number[] =>
	rows.map((x) =>
		sigmoid(x.reduce((s, value, j) => s + value * (m.v[j] ?? 0), m.c) + boostLogit(m.trees, x)),
	);
