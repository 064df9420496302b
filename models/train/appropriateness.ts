/**
 * Trains the 14 appropriateness heads (overall Inappropriateness first, DIMENSIONS order) on the corpus'
 * train split; each head's threshold maximises its macro-F1 on the valid split (the paper's metric) and a
 * Platt slope is folded in so 0.5 is that threshold.
 */
import { type FeatureConfig, featurize } from '../features/featurize.ts';
import { DIMENSIONS } from '../scoring/types.ts';
import { fitSlope, foldCalibration } from './calibrate.ts';
import { type AppropriatenessRow, loadAppropriateness, type SplitSet } from './datasets.ts';
import { bestThreshold, macroF1 } from './metrics.ts';
import { logits, type MlpParams, type Sample, trainMlp } from './mlp.ts';

export interface AppropriatenessTrainOptions {
	dataDir: string;
	features: FeatureConfig;
	dim: number;
	epochs: number;
	lr: number;
	seed: number;
	log: (line: string) => void;
	/** Out-of-domain rows (GitHub comments) so the heads stay quiet on civil developer talk; NaN = unlabelled. */
	extra?: { text: string; labels: number[]; w: number }[];
}

/** What the appropriateness trainer produces. */
export interface AppropriatenessModel {
	params: MlpParams;
	set: SplitSet<AppropriatenessRow>;
	thresholds: number[];
	slopes: number[];
	validMacroF1: Record<string, number>;
}

function toSample(r: AppropriatenessRow, cfg: FeatureConfig): Sample {
	const f = featurize(r.text, cfg);
	return { ids: f.ids, vals: f.vals, y: Float32Array.from(r.labels), w: 1 };
}

function headLogits(p: MlpParams, samples: Sample[]): number[][] {
	const all = samples.map((s) => logits(p, s.ids, s.vals));
	return DIMENSIONS.map((_, h) => all.map((z) => z[h] as number));
}

/** Trains, then calibrates each head on the valid split. */
export function trainAppropriateness(opt: AppropriatenessTrainOptions): AppropriatenessModel {
	const set = loadAppropriateness(opt.dataDir);
	const train = set.train.map((r) => toSample(r, opt.features));
	for (const r of opt.extra ?? []) {
		const f = featurize(r.text, opt.features);
		train.push({ ids: f.ids, vals: f.vals, y: Float32Array.from(r.labels), w: r.w });
	}
	const valid = set.valid.map((r) => toSample(r, opt.features));
	const labels = DIMENSIONS.map((_, h) => set.valid.map((r) => r.labels[h] as number));
	opt.log(
		`appropriateness: train ${set.train.length} + ${opt.extra?.length ?? 0} GitHub rows, valid ${valid.length}`,
	);
	const meanBest = (p: MlpParams) => {
		const z = headLogits(p, valid);
		// The overall head counts as much as the 13 sub-dimensions together.
		const overall = bestThreshold(z[0] ?? [], labels[0] ?? [], macroF1).value;
		const rest = z.slice(1).map((zs, h) => bestThreshold(zs, labels[h + 1] ?? [], macroF1).value);
		return (overall + rest.reduce((a, b) => a + b, 0) / rest.length) / 2;
	};
	const params = trainMlp(train, opt.features.buckets, DIMENSIONS.length, {
		dim: opt.dim,
		epochs: opt.epochs,
		lr: opt.lr,
		l2: 0,
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
	opt.log(`appropriateness: macro-F1 ${JSON.stringify(validMacroF1)}`);
	return { params, set, thresholds, slopes, validMacroF1 };
}
