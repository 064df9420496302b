/**
 * Trains the 14 appropriateness heads (overall Inappropriateness first, DIMENSIONS order) on the corpus'
 * train split (1,533 rows), or on train + valid (1,753) with `fitValid` (corpus-rows.ts). Thresholds, Platt
 * slopes, style stackers and the domain gate are chosen on out-of-fold predictions of those rows
 * (cross-fitting, models/train/cross-fit.ts); no split picks anything, so the valid split is a fair held-out
 * estimate when it is not fitted on, and nested CV (scripts/appr-nested-cv.ts) is the estimate when it is.
 * Each head's threshold maximises its macro-F1 (the paper's metric) and a Platt slope is folded in so 0.5
 * is that threshold.
 *
 * The corpus holds debate arguments, half of them inappropriate; its heads know nothing of developer talk.
 * So the model is domain-gated: two more heads, one for developer comments (civil GitHub/code-review
 * comments and hand-written developer talk; toxic comments are left to the toxic head) and one saying
 * "reads like an argument" (g). The overall output is
 * g·corpus + (1 − g)·developer, and a sub-dimension is g·corpus (exported inside the ONNX graph).
 * The corpus heads and the two domain heads are separate MLPs stacked into one (stack.ts): sharing one
 * hidden layer, the 4× more developer comments pulled it away from the arguments (out-of-fold macro-F1
 * 0.688 → 0.657).
 */
import { type FeatureConfig, type Features, featurize, tokenize } from '../features/featurize.ts';
import { styleOf } from '../features/style.ts';
import type { StyleStacker } from '../scoring/style-stack.ts';
import { DIMENSIONS } from '../scoring/types.ts';
import { fitSlope, foldCalibration } from './calibrate.ts';
import { type CorpusUsage, corpusTrainingRows } from './corpus-rows.ts';
import { outOfFold } from './cross-fit.ts';
import { type AppropriatenessRow, loadAppropriateness, type SplitSet } from './datasets.ts';
import { auc, bestThreshold, macroF1 } from './metrics.ts';
import { logits, type MlpParams, type Sample, sigmoid, trainMlp } from './mlp.ts';
import { averageMlps, stackMlps } from './stack.ts';
import { fitStyleStackers, stackedScores } from './style-stack.ts';

export interface AppropriatenessTrainOptions {
	dataDir: string;
	features: FeatureConfig;
	/** The corpus model: 14 heads on the arguments alone. */
	corpus: FitOptions;
	/** The domain model: developer-comment head and argument gate. */
	domain: FitOptions;
	/** Folds of the cross-fitting that picks thresholds, slopes and the gate. */
	folds: number;
	seed: number;
	log: (line: string) => void;
	/** Developer comments for the developer head (all civil: 0); toxic ones are the toxic head's job. */
	developer: { text: string; label: number; w: number }[];
	/** Held-out civil developer comments: the gate may flag at most MAX_DEVELOPER_FLAGS of them. */
	developerValid: string[];
	/** Heads that get a style stacker (models/train/style-stack.ts) over their corpus logit. */
	styleHeads: readonly string[];
	/** Fit on train + valid instead of the train split alone (corpus-rows.ts). */
	fitValid: boolean;
}

/** Size and schedule of one of the two stacked MLPs. */
export interface FitOptions {
	dim: number;
	epochs: number;
	lr: number;
	dropout: number;
}

/** Share of held-out civil developer comments the blended overall head may flag. */
const MAX_DEVELOPER_FLAGS = 0.01;

const D = DIMENSIONS.length;
/** Head indices after the 14 corpus heads. */
export const DEVELOPER_HEAD = D;
export const ARGUMENT_HEAD = D + 1;

/** What the appropriateness trainer produces. */
export interface AppropriatenessModel {
	params: MlpParams;
	set: SplitSet<AppropriatenessRow>;
	/** Which corpus rows the heads were fitted on. */
	usage: CorpusUsage;
	thresholds: number[];
	slopes: number[];
	stackers: StyleStacker[];
	validMacroF1: Record<string, number>;
}

/** A corpus argument with its features computed once (every fold reuses them). */
interface CorpusItem {
	row: AppropriatenessRow;
	f: Features;
}

const corpusSample = ({ row, f }: CorpusItem): Sample => ({
	ids: f.ids,
	vals: f.vals,
	y: Float32Array.from(row.labels),
	w: 1,
});

/** Domain targets: [developer comment is inappropriate, reads like an argument]. */
const argumentSample = ({ f }: CorpusItem): Sample => ({
	ids: f.ids,
	vals: f.vals,
	y: Float32Array.from([Number.NaN, 1]),
	w: 1,
});

/** The overall probability the exported graph computes: g·corpus + (1 − g)·developer. */
export function blendOverall(z: ArrayLike<number>, sharpness = 1, shift = 0): number {
	const g = sigmoid(sharpness * (z[ARGUMENT_HEAD] as number) + shift);
	return g * sigmoid(z[0] as number) + (1 - g) * sigmoid(z[DEVELOPER_HEAD] as number);
}

/** Trains on the corpus rows; calibrates each head and the gate on out-of-fold predictions. */
export function trainAppropriateness(opt: AppropriatenessTrainOptions): AppropriatenessModel {
	const set = loadAppropriateness(opt.dataDir);
	const { rows, usage } = corpusTrainingRows(set, opt.fitValid);
	const items = rows.map((row) => ({ row, f: featurize(row.text, opt.features) }));
	const developer = opt.developer.map((r): Sample => {
		const f = featurize(r.text, opt.features);
		return { ids: f.ids, vals: f.vals, y: Float32Array.from([r.label, 0]), w: r.w };
	});
	opt.log(
		`appropriateness: ${rows.length} arguments (${usage.fittedOn.join(' + ')}) + ${developer.length} developer comments, ${opt.folds}-fold cross-fitting; valid ${set.valid.length} ${usage.validInTraining ? 'IN training' : 'held out'}`,
	);
	const train = (samples: Sample[], heads: number, o: FitOptions, seed: number) =>
		trainMlp(samples, opt.features.buckets, heads, { ...o, l2: 0, seed });
	// Fixed epoch counts (no early stopping on a split): small, slow steps overfit 1,533 arguments least.
	const fitFold = (rows: CorpusItem[], fold: number) => ({
		corpus: train(rows.map(corpusSample), D, opt.corpus, opt.seed + fold),
		domain: train([...rows.map(argumentSample), ...developer], 2, opt.domain, opt.seed + 100 + fold),
	});
	const { oof, models } = outOfFold(items, opt.folds, fitFold, (m, { f }) =>
		logits(stackMlps(m.corpus, m.domain), f.ids, f.vals),
	);
	// The shipped corpus heads are the mean of the K fold models (bagging): the same kind of model whose
	// out-of-fold logits set the thresholds below, and a steadier ranking than one model.
	const params = stackMlps(
		averageMlps(models.map((m) => m.corpus)),
		train([...items.map(argumentSample), ...developer], 2, opt.domain, opt.seed + 100 + opt.folds),
	);
	const thresholds: number[] = [];
	const slopes: number[] = [];
	const crossFitMacroF1: Record<string, number> = {};
	DIMENSIONS.forEach((dim, h) => {
		const zs = oof.map((z) => z[h] as number);
		const ys = rows.map((r) => r.labels[h] as number);
		const { threshold, value } = bestThreshold(zs, ys, macroF1);
		const slope = fitSlope(zs, ys, new Float32Array(zs.length).fill(1), threshold);
		foldCalibration(params, h, slope, threshold);
		// The same map on the out-of-fold logits, so the gate below is chosen on calibrated probabilities.
		for (const z of oof) z[h] = slope * ((z[h] as number) - threshold);
		thresholds.push(threshold);
		slopes.push(slope);
		crossFitMacroF1[dim] = value;
		if (h === 0) crossFitMacroF1['Inappropriateness AUC'] = auc(zs, ys);
	});
	const stackers = fitStyleStackers(
		opt.styleHeads,
		DIMENSIONS,
		oof,
		rows.map((r) => styleOf(tokenize(r.text))),
		rows.map((r) => r.labels),
		opt.log,
	);
	// The developer head is not calibrated: it only learned that developer comments are appropriate.
	thresholds.push(0);
	slopes.push(1);
	const { sharpness, shift } = chooseGate(
		oof,
		rows.map((r) => r.labels[0] as number),
		opt.developerValid.map((text) => {
			const f = featurize(text, opt.features);
			return logits(params, f.ids, f.vals);
		}),
	);
	// σ(a·z + b) = σ(a·(z − (−b/a))): the same fold as a calibration.
	foldCalibration(params, ARGUMENT_HEAD, sharpness, -shift / sharpness);
	opt.log(
		`appropriateness: argument gate σ(${sharpness}·z + ${shift}) (≤ ${MAX_DEVELOPER_FLAGS * 100}% of civil developer comments flagged)`,
	);
	opt.log(
		`appropriateness: cross-fitted macro-F1 (${usage.fittedOn.join(' + ')}, out of fold) ${JSON.stringify(crossFitMacroF1)}`,
	);
	const validMacroF1 = validMetrics(params, stackers, set.valid, opt.features);
	opt.log(
		`appropriateness: valid (${usage.validInTraining ? 'IN-SAMPLE, not held out' : 'held out'}) ${JSON.stringify(validMacroF1)}`,
	);
	return { params, set, usage, thresholds, slopes, stackers, validMacroF1 };
}

/**
 * The gate's slope and shift: the best out-of-fold macro-F1 of the blended overall head, among those that
 * flag at most MAX_DEVELOPER_FLAGS of the held-out civil developer comments.
 */
function chooseGate(oof: ArrayLike<number>[], labels: number[], developerZ: ArrayLike<number>[]) {
	let best = { sharpness: 1, shift: 0, value: -1 };
	for (const shift of [-2, -1, 0, 1, 2, 3, 4]) {
		for (const sharpness of [1, 2, 3, 5, 8]) {
			const value = macroF1(
				oof.map((z) => blendOverall(z, sharpness, shift)),
				labels,
				0.5,
			);
			const falseAlarms =
				developerZ.filter((z) => blendOverall(z, sharpness, shift) >= 0.5).length /
				Math.max(1, developerZ.length);
			if (falseAlarms <= MAX_DEVELOPER_FLAGS && value > best.value + 1e-9) best = { sharpness, shift, value };
		}
	}
	return best;
}

/**
 * Held-out macro-F1 at 0.5 of every calibrated corpus head (stacked heads through their stacker, their
 * plain head as "… (no style)"), the blended overall head and its AUC.
 */
function validMetrics(
	params: MlpParams,
	stackers: StyleStacker[],
	valid: AppropriatenessRow[],
	cfg: FeatureConfig,
) {
	const z = valid.map((r) => {
		const f = featurize(r.text, cfg);
		return logits(params, f.ids, f.vals);
	});
	const styles = valid.map((r) => styleOf(tokenize(r.text)));
	const out: Record<string, number> = {};
	DIMENSIONS.forEach((dim, h) => {
		const labels = valid.map((r) => r.labels[h] as number);
		const plain = z.map((zs) => zs[h] as number);
		const stacker = stackers.find((s) => s.head === dim);
		if (stacker) out[`${dim} (no style)`] = macroF1(plain, labels, 0);
		out[dim] = macroF1(stacker ? stackedScores(stacker, plain, styles) : plain, labels, 0);
	});
	const overall = z.map((zs) => blendOverall(zs));
	const labels = valid.map((r) => r.labels[0] as number);
	out['Inappropriateness (blended)'] = macroF1(overall, labels, 0.5);
	out['Inappropriateness (blended) AUC'] = auc(overall, labels);
	out['mean argument gate'] = z.reduce((s, zs) => s + sigmoid(zs[ARGUMENT_HEAD] as number), 0) / z.length;
	return out;
}
