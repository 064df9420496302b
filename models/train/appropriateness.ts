/**
 * Trains the 14 appropriateness heads (overall Inappropriateness first, DIMENSIONS order) on the corpus'
 * train split; each head's threshold maximises its macro-F1 on the valid split (the paper's metric) and a
 * Platt slope is folded in so 0.5 is that threshold.
 *
 * The corpus holds debate arguments, half of them inappropriate; its heads know nothing of developer talk.
 * So the model is domain-gated: two more heads, one for developer comments (civil GitHub/code-review
 * comments and hand-written developer talk; toxic comments are left to the toxic head) and one saying
 * "reads like an argument" (g). The overall output is
 * g·corpus + (1 − g)·developer, and a sub-dimension is g·corpus (exported inside the ONNX graph).
 */
import { type FeatureConfig, featurize } from '../features/featurize.ts';
import { DIMENSIONS } from '../scoring/types.ts';
import { fitSlope, foldCalibration } from './calibrate.ts';
import { type AppropriatenessRow, loadAppropriateness, type SplitSet } from './datasets.ts';
import { bestThreshold, macroF1 } from './metrics.ts';
import { logits, type MlpParams, type Sample, sigmoid, trainMlp } from './mlp.ts';

export interface AppropriatenessTrainOptions {
	dataDir: string;
	features: FeatureConfig;
	dim: number;
	epochs: number;
	lr: number;
	dropout?: number;
	/** Train on the annotators' agreement share instead of the conservative 0/1 labels. */
	softLabels?: boolean;
	seed: number;
	log: (line: string) => void;
	/** Developer comments for the developer head (all civil: 0); toxic ones are the toxic head's job. */
	developer: { text: string; label: number; w: number }[];
	/** Held-out civil developer comments: the gate may flag at most MAX_DEVELOPER_FLAGS of them. */
	developerValid: string[];
}

/** Share of held-out civil developer comments the blended overall head may flag. */
const MAX_DEVELOPER_FLAGS = 0.01;

const D = DIMENSIONS.length;
/** Head indices after the 14 corpus heads. */
export const DEVELOPER_HEAD = D;
export const ARGUMENT_HEAD = D + 1;

function developerSample(text: string, label: number, w: number, cfg: FeatureConfig): Sample {
	const f = featurize(text, cfg);
	const y = new Float32Array(D + 2).fill(Number.NaN);
	y[DEVELOPER_HEAD] = label;
	y[ARGUMENT_HEAD] = 0;
	return { ids: f.ids, vals: f.vals, y, w };
}

/** What the appropriateness trainer produces. */
export interface AppropriatenessModel {
	params: MlpParams;
	set: SplitSet<AppropriatenessRow>;
	thresholds: number[];
	slopes: number[];
	validMacroF1: Record<string, number>;
}

function toSample(r: AppropriatenessRow, cfg: FeatureConfig, soft = false): Sample {
	const f = featurize(r.text, cfg);
	return {
		ids: f.ids,
		vals: f.vals,
		y: Float32Array.from([...(soft ? r.soft : r.labels), Number.NaN, 1]),
		w: 1,
	};
}

function headLogits(p: MlpParams, samples: Sample[]): number[][] {
	const all = samples.map((s) => logits(p, s.ids, s.vals));
	return DIMENSIONS.map((_, h) => all.map((z) => z[h] as number));
}

/** The overall probability the exported graph computes: g·corpus + (1 − g)·developer. */
export function blendOverall(z: ArrayLike<number>, sharpness = 1, shift = 0): number {
	const g = sigmoid(sharpness * (z[ARGUMENT_HEAD] as number) + shift);
	return g * sigmoid(z[0] as number) + (1 - g) * sigmoid(z[DEVELOPER_HEAD] as number);
}

/** Trains, then calibrates each head on the valid split. */
export function trainAppropriateness(opt: AppropriatenessTrainOptions): AppropriatenessModel {
	const set = loadAppropriateness(opt.dataDir);
	const train = set.train.map((r) => toSample(r, opt.features, opt.softLabels));
	for (const r of opt.developer) train.push(developerSample(r.text, r.label, r.w, opt.features));
	const valid = set.valid.map((r) => toSample(r, opt.features));
	const labels = DIMENSIONS.map((_, h) => set.valid.map((r) => r.labels[h] as number));
	opt.log(
		`appropriateness: train ${set.train.length} + ${opt.developer.length} developer comments, valid ${valid.length}`,
	);
	const meanBest = (p: MlpParams) => {
		const z = headLogits(p, valid);
		// The overall head counts as much as the 13 sub-dimensions together.
		const overall = bestThreshold(z[0] ?? [], labels[0] ?? [], macroF1).value;
		const rest = z.slice(1).map((zs, h) => bestThreshold(zs, labels[h + 1] ?? [], macroF1).value);
		return (overall + rest.reduce((a, b) => a + b, 0) / rest.length) / 2;
	};
	const params = trainMlp(train, opt.features.buckets, D + 2, {
		dim: opt.dim,
		epochs: opt.epochs,
		lr: opt.lr,
		l2: 0,
		dropout: opt.dropout,
		seed: opt.seed,
		log: opt.log,
		evaluate: meanBest,
	});
	const z = headLogits(params, valid);
	const thresholds: number[] = [];
	const slopes: number[] = [];
	const validMacroF1: Record<string, number> = {};
	DIMENSIONS.forEach((dim, h) => {
		const zs = z[h] ?? [];
		const ys = labels[h] ?? [];
		const { threshold, value } = bestThreshold(zs, ys, macroF1);
		const slope = fitSlope(zs, ys, new Float32Array(zs.length).fill(1), threshold);
		foldCalibration(params, h, slope, threshold);
		thresholds.push(threshold);
		slopes.push(slope);
		validMacroF1[dim] = value;
	});
	// The developer head is not calibrated: it only learned that developer comments are appropriate.
	thresholds.push(0);
	slopes.push(1);
	// Sharpen the argument gate (a slope on its logit) so corpus-like text is judged by the corpus heads alone.
	const validZ = valid.map((s) => logits(params, s.ids, s.vals));
	const developerZ = opt.developerValid.map((text) => {
		const f = featurize(text, opt.features);
		return logits(params, f.ids, f.vals);
	});
	let sharpness = 1;
	let shift = 0;
	let bestBlend = -1;
	for (const b of [-2, -1, 0, 1, 2, 3]) {
		for (const a of [1, 2, 3, 5]) {
			const blended = macroF1(
				validZ.map((z) => blendOverall(z, a, b)),
				labels[0] ?? [],
				0.5,
			);
			const falseAlarms =
				developerZ.filter((z) => blendOverall(z, a, b) >= 0.5).length / Math.max(1, developerZ.length);
			if (falseAlarms <= MAX_DEVELOPER_FLAGS && blended > bestBlend + 1e-9) {
				bestBlend = blended;
				sharpness = a;
				shift = b;
			}
		}
	}
	// σ(a·z + b) = σ(a·(z − (−b/a))): the same fold as a calibration.
	foldCalibration(params, ARGUMENT_HEAD, sharpness, -shift / sharpness);
	opt.log(
		`appropriateness: argument gate σ(${sharpness}·z + ${shift}) (≤ ${MAX_DEVELOPER_FLAGS * 100}% of civil developer comments flagged)`,
	);
	const gate = (samples: Sample[]) =>
		samples.reduce((sum, s) => sum + sigmoid(logits(params, s.ids, s.vals)[ARGUMENT_HEAD] as number), 0) /
		Math.max(1, samples.length);
	const overall = valid.map((s) => blendOverall(logits(params, s.ids, s.vals)));
	validMacroF1['Inappropriateness (blended)'] = macroF1(overall, labels[0] ?? [], 0.5);
	opt.log(`appropriateness: macro-F1 ${JSON.stringify(validMacroF1)}`);
	opt.log(`appropriateness: mean argument gate on the corpus ${gate(valid).toFixed(3)}`);
	return { params, set, thresholds, slopes, validMacroF1 };
}
