/** The whole training run: both models, ONNX export, manifest with sha256, sizes and validation metrics. */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FeatureConfig, fnv1a } from '../features/featurize.ts';
import type { ManifestModel, ModelManifest } from '../scoring/manifest.ts';
import { DIMENSIONS } from '../scoring/types.ts';
import { trainAppropriateness } from './appropriateness.ts';
import type { Row, SplitSet } from './datasets.ts';
import type { MlpParams } from './mlp.ts';
import { exportMlp } from './onnx-export.ts';
import { GATE_MASK, trainToxic } from './toxic.ts';

/** Model version written to the manifest; bump when the featuriser or architecture changes. */
export const MODEL_VERSION = '1.0.0';

export const TOXIC_FEATURES: FeatureConfig = { buckets: 1 << 17, charMin: 3, charMax: 5 };
export const APPROPRIATENESS_FEATURES: FeatureConfig = { buckets: 1 << 16, charMin: 3, charMax: 5 };

export interface TrainAllOptions {
	dataDir: string;
	outDir: string;
	seed: number;
	log: (line: string) => void;
}

function writeModel(
	outDir: string,
	file: string,
	params: MlpParams,
	heads: string[],
	features: FeatureConfig,
	calibration: ManifestModel['calibration'],
	mixture?: { experts: number; tau: number; gateMask: readonly number[] },
): ManifestModel {
	const bytes = exportMlp(params, { heads: heads.join('|'), version: MODEL_VERSION }, mixture);
	writeFileSync(join(outDir, file), bytes);
	return {
		file,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		bytes: bytes.length,
		heads,
		features,
		thresholds: Object.fromEntries(heads.map((h) => [h, 0.5])),
		calibration,
		hidden: params.dim,
		...(mixture
			? { mixture: { experts: Object.keys(calibration), tau: mixture.tau, gated: [...mixture.gateMask] } }
			: {}),
	};
}

const CIVIL_SETS = new Set(['toxicr', 'gh-incivility', 'strudel']);
const MAX_EXTRA_PER_CLASS = 3000;

/**
 * Civil developer comments (ToxiCR, GitHub incivility, STRUDEL negatives) are appropriate on every
 * dimension; toxic code-review comments (ToxiCR positives) are inappropriate overall, the dimensions
 * unknown. Training rows only, a fixed deterministic sample.
 */
export function githubRowsForAppropriateness(sets: SplitSet<Row>[]) {
	const civil: Row[] = [];
	const toxic: Row[] = [];
	for (const set of sets) {
		if (!CIVIL_SETS.has(set.name)) continue;
		for (const r of set.train) {
			if (!r.label) civil.push(r);
			else if (set.name === 'toxicr') toxic.push(r);
		}
	}
	const sample = (rows: Row[]) =>
		rows.sort((a, b) => fnv1a(a.text) - fnv1a(b.text)).slice(0, MAX_EXTRA_PER_CLASS);
	const toxicLabels = DIMENSIONS.map((d) => (d === 'Inappropriateness' ? 1 : Number.NaN));
	return [
		...sample(civil).map((r) => ({ text: r.text, labels: DIMENSIONS.map(() => 0), w: 1 })),
		...sample(toxic).map((r) => ({ text: r.text, labels: toxicLabels, w: 0.5 })),
	];
}

/** Trains both models and writes them with the manifest into `outDir`. */
export async function trainAll(opt: TrainAllOptions): Promise<ModelManifest> {
	const toxic = trainToxic({
		dataDir: opt.dataDir,
		features: TOXIC_FEATURES,
		dim: 32,
		epochs: 6,
		lr: 0.1,
		seed: opt.seed,
		log: opt.log,
	});
	const approp = trainAppropriateness({
		dataDir: opt.dataDir,
		extra: githubRowsForAppropriateness(toxic.sets),
		features: APPROPRIATENESS_FEATURES,
		dim: 16,
		epochs: 15,
		lr: 0.1,
		seed: opt.seed,
		log: opt.log,
	});
	const manifest: ModelManifest = {
		version: MODEL_VERSION,
		trainedBy: 'npx tsx scripts/train.ts',
		seed: opt.seed,
		models: [
			writeModel(
				opt.outDir,
				'toxic.onnx',
				toxic.params,
				['toxic'],
				TOXIC_FEATURES,
				Object.fromEntries(
					toxic.sets.map((s, k) => [
						`toxic/${s.name}`,
						{ logitThreshold: toxic.thresholds[k] ?? 0, slope: toxic.slopes[k] ?? 1 },
					]),
				),
				{ experts: toxic.sets.length, tau: toxic.tau, gateMask: GATE_MASK },
			),
			writeModel(
				opt.outDir,
				'appropriateness.onnx',
				approp.params,
				[...DIMENSIONS],
				APPROPRIATENESS_FEATURES,
				Object.fromEntries(
					DIMENSIONS.map((d, h) => [
						d,
						{ logitThreshold: approp.thresholds[h] ?? 0, slope: approp.slopes[h] ?? 1 },
					]),
				),
			),
		],
		datasets: [
			...toxic.sets.map((s) => ({ name: s.name, trainRows: s.train.length, validRows: s.valid.length })),
			{ name: approp.set.name, trainRows: approp.set.train.length, validRows: approp.set.valid.length },
		],
		metrics: { toxicValidF1: toxic.validF1, appropriatenessValidMacroF1: approp.validMacroF1 },
	};
	writeFileSync(join(opt.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	return manifest;
}
