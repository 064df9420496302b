/**
 * Which rows of the appropriateness corpus the corpus heads are fitted on. The procedure (cross-fitted
 * thresholds, Platt slopes, stackers and gate, fold models bagged) was fixed by nested CV, so the shipped
 * model is refitted on every labelled argument: train + valid. `TACTFUL_HOLD_VALID=1` (or the trainer's
 * `--hold-valid`) restores the train-only fit, whose valid split is a fair held-out estimate.
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
export const NESTED_CV_INAPPROPRIATE = { macroF1: 0.683, auc: 0.751 } as const;

/**
 * Whether the valid split is held out, from the trainer's argv (`--hold-valid`) or the environment
 * (`TACTFUL_HOLD_VALID`: 1/true/yes or 0/false/no/empty). Anything else is an error, not a silent refit.
 */
export function holdValidRequested(
	argv: readonly string[],
	env: Record<string, string | undefined>,
): boolean {
	if (argv.includes('--hold-valid')) return true;
	const raw = (env.TACTFUL_HOLD_VALID ?? '').trim().toLowerCase();
	if (['1', 'true', 'yes'].includes(raw)) return true;
	if (['', '0', 'false', 'no'].includes(raw)) return false;
	throw new Error(`TACTFUL_HOLD_VALID must be 1 or 0, got ${JSON.stringify(env.TACTFUL_HOLD_VALID)}`);
}

/** The training rows (train, then valid unless held out: fold i mod K stays the same for train rows). */
export function corpusTrainingRows<T>(
	set: SplitSet<T>,
	holdValid: boolean,
): { rows: T[]; usage: CorpusUsage } {
	const rows = holdValid ? set.train.slice() : [...set.train, ...set.valid];
	return {
		rows,
		usage: {
			fittedOn: holdValid ? ['train'] : ['train', 'valid'],
			fittedRows: rows.length,
			validInTraining: !holdValid,
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
		'appropriateness: held-out valid number of the train-only fit: TACTFUL_HOLD_VALID=1 npx tsx scripts/train.ts, then this script.',
	];
}
