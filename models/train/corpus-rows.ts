/**
 * Which rows of the appropriateness corpus the corpus heads are fitted on. By default the train split
 * alone, so the valid split stays a fair held-out estimate. `TACTFUL_FIT_VALID=1` (or the trainer's
 * `--fit-valid`) refits the same procedure (cross-fitted thresholds, Platt slopes, stackers and gate, fold
 * models bagged) on every labelled argument, train + valid: not the default, because the learning curve
 * showed no gain in macro-F1 from 85 % to 100 % of the rows (models/README.md, "Session 6").
 */
import type { SplitSet } from './datasets.ts';

/** Which corpus splits a model was fitted on, as the manifest records it. */
export interface CorpusUsage {
	/** The corpus splits in the training rows, in row order. */
	fittedOn: ('train' | 'valid')[];
	fittedRows: number;
	/** True when the valid split is in training: its scores are then in-sample, not held out. */
	validInTraining: boolean;
}

/**
 * Held-out estimate of the refitted procedure: nested 5-fold CV over train + valid (1,753 arguments), corpus
 * head `inappropriate` at 0.5, mean of folds, two outer fold draws averaged (scripts/appr-nested-cv.ts,
 * shares 1; models/README.md "Session 6"). Each outer model saw 80 % of the rows the shipped model sees.
 */
export const NESTED_CV_INAPPROPRIATE = { macroF1: 0.688, auc: 0.75 } as const;

/**
 * Whether to fit on the valid split too, from the trainer's argv (`--fit-valid`) or the environment
 * (`TACTFUL_FIT_VALID`: 1/true/yes or 0/false/no/empty). Anything else is an error, not a silent choice.
 */
export function fitValidRequested(argv: readonly string[], env: Record<string, string | undefined>): boolean {
	if (argv.includes('--fit-valid')) return true;
	const raw = (env.TACTFUL_FIT_VALID ?? '').trim().toLowerCase();
	if (['1', 'true', 'yes'].includes(raw)) return true;
	if (['', '0', 'false', 'no'].includes(raw)) return false;
	throw new Error(`TACTFUL_FIT_VALID must be 1 or 0, got ${JSON.stringify(env.TACTFUL_FIT_VALID)}`);
}

/** The training rows (train, then valid when fitted on: fold i mod K stays the same for train rows). */
export function corpusTrainingRows<T>(
	set: SplitSet<T>,
	fitValid: boolean,
): { rows: T[]; usage: CorpusUsage } {
	const rows = fitValid ? [...set.train, ...set.valid] : set.train.slice();
	return {
		rows,
		usage: {
			fittedOn: fitValid ? ['train', 'valid'] : ['train'],
			fittedRows: rows.length,
			validInTraining: fitValid,
		},
	};
}

/** A manifest dataset entry, as scripts/eval.ts reads it. */
export interface DatasetEntry {
	name: string;
	validInTraining?: boolean;
}

/**
 * The lines scripts/eval.ts prints about the appropriateness valid number: a warning and the nested-CV
 * estimate when the shipped model trained on the valid split, nothing when the split was held out.
 */
export function heldOutNote(datasets: readonly DatasetEntry[]): string[] {
	const entry = datasets.find((d) => d.name === 'appropriateness');
	if (!entry?.validInTraining) return [];
	const { macroF1, auc } = NESTED_CV_INAPPROPRIATE;
	return [
		'appropriateness: the shipped model was fitted on train + valid, so the valid row above is IN-SAMPLE (not held out).',
		`appropriateness: held-out estimate (nested 5-fold CV over train + valid, corpus head at 0.5): macro-F1 ${macroF1.toFixed(3)}, AUC ${auc.toFixed(3)}`,
		'appropriateness: held-out valid number: train without TACTFUL_FIT_VALID (npx tsx scripts/train.ts), then this script.',
	];
}
