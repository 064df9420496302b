/**
 * The shape of `models/manifest.json`, written by the trainer and read by every runtime: which ONNX file
 * holds which heads, the featuriser settings each model was trained with, and provenance/metrics.
 */
import type { FeatureConfig } from '../features/featurize.ts';
import type { StyleStackers } from './style-stack.ts';

/** One ONNX file: a gather-MLP with one output column per head. */
export interface ManifestModel {
	/** File name directly under models/ (the extension imports it with Vite `?url`). */
	file: string;
	sha256: string;
	bytes: number;
	/** Output column names, in order: 'toxic', or the 14 DIMENSIONS. */
	heads: string[];
	features: FeatureConfig;
	/** Decision point per head on the calibrated probability (0.5 by construction). */
	thresholds: Record<string, number>;
	/** The raw-logit threshold and Platt slope folded into the weights, for the record. */
	calibration: Record<string, { logitThreshold: number; slope: number }>;
	hidden: number;
	/** Heads re-scored with style features after the graph (style-stack.ts); needs `gate`/`corpusProbs` outputs. */
	styleStackers?: StyleStackers;
	/** For a gated mixture (toxic): the expert per training set and the gate sharpness τ, folded into the graph. */
	mixture?: { experts: string[]; tau: number; gated: number[]; override: { expert: number; above: number } };
	/**
	 * A model trained on its own (the contempt model, scripts/train-contempt.ts): how, on how many rows of each
	 * source, and its held-out figures at the runtime's threshold.
	 */
	training?: {
		version: string;
		trainedBy: string;
		seed: number;
		rows: Record<string, number>;
		metrics: Record<string, number>;
	};
}

/** The whole manifest. */
export interface ModelManifest {
	version: string;
	trainedBy: string;
	seed: number;
	models: ManifestModel[];
	/**
	 * Rows per dataset. `fittedOn` / `fittedRows` / `validInTraining` (appropriateness): which splits the model
	 * was fitted on; when the valid split is in training, its scores are in-sample.
	 */
	datasets: {
		name: string;
		trainRows: number;
		validRows: number;
		fittedOn?: string[];
		fittedRows?: number;
		validInTraining?: boolean;
	}[];
	metrics: Record<string, Record<string, number>>;
	/**
	 * sha256 of each model's featurised training inputs (models/train/training-inputs.ts): when today's code
	 * featurises the data differently, `npm run train` no longer reproduces the committed files.
	 */
	trainingInputs?: { toxic: string; appropriateness: string };
}
