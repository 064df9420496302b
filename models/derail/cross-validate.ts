/**
 * Repeated, stratified cross-validation of the thread model (build time): honest out-of-fold numbers and the
 * decision threshold. With ~100 derailed threads one split is far too noisy, so every number is a mean ± sd over
 * seeds, and each fold's threshold is chosen by an inner cross-validation on that fold's training part only.
 */
import { binaryMetrics, rng, shuffle } from './learn.ts';
import { EXTRA_WEIGHT, fitThreadModel, type RowSet, scoreRows } from './thread-model.ts';

export type { RowSet };

/** Fold index of each row, stratified by label. */
export function stratifiedFolds(labels: readonly number[], k: number, seed: number): number[] {
	const random = rng(seed);
	const fold = new Array<number>(labels.length).fill(0);
	for (const y of [0, 1]) {
		const idx = shuffle(
			labels.flatMap((l, i) => (l === y ? [i] : [])),
			random,
		);
		idx.forEach((i, n) => {
			fold[i] = n % k;
		});
	}
	return fold;
}

/** The threshold in 0.10..0.90 that maximises F1 (first one on ties, so the choice is deterministic). */
export function bestF1Threshold(scores: readonly number[], labels: readonly number[]): number {
	let best = { threshold: 0.5, f1: -1 };
	for (let i = 10; i <= 90; i++) {
		const f1 = binaryMetrics(scores, labels, i / 100).f1;
		if (f1 > best.f1) best = { threshold: i / 100, f1 };
	}
	return best.threshold;
}

const pick = <X>(items: readonly X[], keep: (i: number) => boolean) => items.filter((_, i) => keep(i));
const subset = (set: RowSet, keep: (i: number) => boolean): RowSet => ({
	rows: pick(set.rows, keep),
	labels: pick(set.labels, keep),
	...(set.seen ? { seen: pick(set.seen, keep) } : {}),
});

/** Out-of-fold probabilities of `gh` (and `forum`) rows for one fold assignment. */
function outOfFold(
	gh: RowSet,
	forum: RowSet,
	ghFold: number[],
	forumFold: number[],
	k: number,
	extra: RowSet,
	extraWeight: number,
) {
	const scores = new Array<number>(gh.rows.length).fill(0);
	const forumScores = new Array<number>(forum.rows.length).fill(0);
	const thresholds: number[] = [];
	for (let f = 0; f < k; f++) {
		const train = subset(gh, (i) => ghFold[i] !== f);
		const forumTrain = subset(forum, (i) => forumFold[i] !== f);
		// Inner cross-validation on the training part only picks this fold's threshold.
		const inner = stratifiedFolds(train.labels, 3, 1000 + f);
		const innerScores = new Array<number>(train.rows.length).fill(0);
		for (let j = 0; j < 3; j++) {
			const m = fitThreadModel(
				subset(train, (i) => inner[i] !== j),
				0,
				forumTrain,
				extra,
				extraWeight,
			);
			train.rows.forEach((x, i) => {
				if (inner[i] === j) innerScores[i] = scoreRows(m, [x])[0] ?? 0;
			});
		}
		const threshold = bestF1Threshold(innerScores, train.labels);
		thresholds.push(threshold);
		// Shift so that 0.5 is the decision point, exactly as the shipped model does.
		const m = fitThreadModel(train, -Math.log(threshold / (1 - threshold)), forumTrain, extra, extraWeight);
		gh.rows.forEach((x, i) => {
			if (ghFold[i] === f) scores[i] = scoreRows(m, [x])[0] ?? 0;
		});
		forum.rows.forEach((x, i) => {
			if (forumFold[i] === f) forumScores[i] = scoreRows(m, [x])[0] ?? 0;
		});
	}
	return { scores, forumScores, thresholds };
}

/**
 * Leak check: recall on the derailed threads the toxic scorer never trained on, the false-positive rate on all
 * non-derailed threads, F1 from those two at the data's real prevalence, and AUC on that subset.
 */
export function unseenMetrics(
	scores: readonly number[],
	labels: readonly number[],
	seen: readonly boolean[],
) {
	const keep = (i: number) => labels[i] === 0 || seen[i] !== true;
	const m = binaryMetrics(pick(scores, keep), pick(labels, keep));
	const negatives = labels.filter((y) => y === 0).length;
	const positives = labels.length - negatives;
	const falsePositives = scores.filter((s, i) => labels[i] === 0 && s >= 0.5).length;
	const tp = m.recall * positives;
	const precision = tp + falsePositives > 0 ? tp / (tp + falsePositives) : 0;
	const f1 = precision + m.recall > 0 ? (2 * precision * m.recall) / (precision + m.recall) : 0;
	return { recall: m.recall, f1, auc: m.auc };
}

const meanSd = (xs: readonly number[]) => {
	const mean = xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);
	const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(xs.length, 1));
	return { mean: Math.round(mean * 1000) / 1000, sd: Math.round(sd * 1000) / 1000 };
};

/**
 * Repeated k-fold cross-validation (one fold assignment per seed) of the thread model with nested thresholds.
 * `extra` rows (gh-incivility threads) join every training part, outer and inner, and are never scored.
 * Returns mean ± sd over seeds of GitHub P/R/F1/AUC at p ≥ 0.5, F1 on a subset, forum accuracy, and the threshold the final
 * model should use (the median of the per-fold nested choices).
 */
export function repeatedCrossValidation(
	gh: RowSet,
	forum: RowSet,
	{
		folds = 5,
		seeds = [1, 2, 3, 4],
		subset: sub = [] as readonly boolean[],
		extra = { rows: [], labels: [] } as RowSet,
		extraWeight = EXTRA_WEIGHT,
	} = {},
) {
	const per = { precision: [] as number[], recall: [] as number[], f1: [] as number[], auc: [] as number[] };
	const subsetF1: number[] = [];
	const unseen = { recall: [] as number[], f1: [] as number[], auc: [] as number[] };
	const forumAccuracy: number[] = [];
	const thresholds: number[] = [];
	for (const seed of seeds) {
		const run = outOfFold(
			gh,
			forum,
			stratifiedFolds(gh.labels, folds, seed),
			stratifiedFolds(forum.labels, folds, seed + 100),
			folds,
			extra,
			extraWeight,
		);
		const m = binaryMetrics(run.scores, gh.labels);
		per.precision.push(m.precision);
		per.recall.push(m.recall);
		per.f1.push(m.f1);
		per.auc.push(m.auc);
		if (sub.length > 0)
			subsetF1.push(
				binaryMetrics(
					pick(run.scores, (i) => sub[i] === true),
					pick(gh.labels, (i) => sub[i] === true),
				).f1,
			);
		if (gh.seen) {
			const u = unseenMetrics(run.scores, gh.labels, gh.seen);
			unseen.recall.push(u.recall);
			unseen.f1.push(u.f1);
			unseen.auc.push(u.auc);
		}
		if (forum.rows.length > 0) forumAccuracy.push(binaryMetrics(run.forumScores, forum.labels).accuracy);
		thresholds.push(...run.thresholds);
	}
	const sorted = [...thresholds].sort((a, b) => a - b);
	return {
		folds,
		seeds: seeds.length,
		precision: meanSd(per.precision),
		recall: meanSd(per.recall),
		f1: meanSd(per.f1),
		auc: meanSd(per.auc),
		forumAccuracy: forumAccuracy.length > 0 ? meanSd(forumAccuracy) : undefined,
		/** F1 on the rows marked in `subset` (the trainer marks threads with >= 4 comments: artifact check). */
		subsetF1: subsetF1.length > 0 ? meanSd(subsetF1) : undefined,
		/** Leak check (unseenMetrics): derailed threads the toxic scorer never trained on, against all calm ones. */
		scorerUnseen:
			unseen.f1.length > 0
				? {
						positives: gh.seen?.filter((s, i) => !s && gh.labels[i] === 1).length,
						recall: meanSd(unseen.recall),
						f1: meanSd(unseen.f1),
						auc: meanSd(unseen.auc),
					}
				: undefined,
		/** Median of the per-fold thresholds: the final model's decision point before its shift. */
		threshold: sorted[Math.floor(sorted.length / 2)] ?? 0.5,
	};
}
