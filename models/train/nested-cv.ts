/**
 * Nested cross-validation of the appropriateness corpus procedure (scripts/appr-nested-cv.ts): outer folds
 * over every labelled argument (train + valid), and inside each outer-training fold the shipped procedure
 * (K-fold cross-fitting, fold models bagged, threshold and Platt slope on the out-of-fold logits), scored on
 * the outer-test fold at 0.5. Outer-training folds can be subsampled to a share of their rows (nested
 * subsets, so 70 % ⊂ 85 % ⊂ 100 % and the shares are paired) to measure the learning curve.
 */
import { fnv1a } from '../features/featurize.ts';
import { fitSlope } from './calibrate.ts';
import { foldOf, outOfFold } from './cross-fit.ts';
import { auc, bestThreshold, macroF1 } from './metrics.ts';
import { logits, type MlpParams } from './mlp.ts';
import { averageMlps } from './stack.ts';

/**
 * Outer fold of each of n rows. Draw 0 interleaves rows (row i in fold i mod K, as the trainer's
 * cross-fitting does); draw d > 0 orders rows by a hash of (d, i) and interleaves that order, a second
 * partition with equally sized folds.
 */
export function outerFolds(n: number, folds: number, draw: number): number[] {
	if (draw === 0) return Array.from({ length: n }, (_, i) => foldOf(i, folds));
	const order = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => fnv1a(`outer${draw}:${a}`) - fnv1a(`outer${draw}:${b}`) || a - b,
	);
	const out = new Array<number>(n);
	order.forEach((row, rank) => {
		out[row] = rank % folds;
	});
	return out;
}

/**
 * The first round(share · n) of `rows` in a fixed hashed order, returned in their original order. A smaller
 * share gives a subset of a larger one (same `salt`), so learning-curve points are paired.
 */
export function nestedSubsample<T>(rows: T[], share: number, salt: string): T[] {
	if (share >= 1) return rows.slice();
	const keep = Math.round(rows.length * share);
	const ranked = rows
		.map((_, i) => i)
		.sort((a, b) => fnv1a(`${salt}:${a}`) - fnv1a(`${salt}:${b}`) || a - b)
		.slice(0, keep);
	return ranked.sort((a, b) => a - b).map((i) => rows[i] as T);
}

/** One labelled argument: its features and its labels (overall first, as DIMENSIONS). */
export interface CvItem {
	ids: Int32Array;
	vals: Float32Array;
	labels: number[];
}

/** Outer-test score of one fold. */
export interface FoldScore {
	macroF1: number;
	auc: number;
	/** Outer-test logits after the fold's calibration (≥ 0 ⇔ p ≥ 0.5) and their labels. */
	z: number[];
	y: number[];
}

/**
 * The shipped corpus procedure on `train`, scored on `test`: `fit` trains one corpus MLP on a subset
 * (the trainer's fitFold without the domain heads), `folds` fold models are bagged, and head 0's threshold
 * (best macro-F1) and Platt slope come from their out-of-fold logits.
 */
export function scoreProcedure<T extends CvItem>(
	train: T[],
	test: T[],
	folds: number,
	fit: (rows: T[], fold: number) => MlpParams,
): FoldScore {
	const { oof, models } = outOfFold(train, folds, fit, (m, r) => logits(m, r.ids, r.vals)[0] as number);
	const ys = train.map((r) => r.labels[0] as number);
	const { threshold } = bestThreshold(oof, ys, macroF1);
	const slope = fitSlope(oof, ys, new Float32Array(oof.length).fill(1), threshold);
	const bag = averageMlps(models);
	const z = test.map((r) => slope * ((logits(bag, r.ids, r.vals)[0] as number) - threshold));
	const y = test.map((r) => r.labels[0] as number);
	return { macroF1: macroF1(z, y, 0), auc: auc(z, y), z, y };
}
