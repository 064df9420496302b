/**
 * Cross-fitting: out-of-fold predictions for every training row, from K models that each never saw that row.
 * A small corpus (the appropriateness corpus has 1,533 training arguments) then picks thresholds and
 * calibration on all of its training rows instead of a 220-row validation split, and the validation split
 * stays a fair estimate of held-out accuracy.
 */

/** Deterministic fold of row i: rows are interleaved, so each fold mirrors the file's order. */
export function foldOf(i: number, folds: number): number {
	return i % folds;
}

/**
 * For each row, the output of a model fitted on the other folds. `fitFold` trains on a subset of rows;
 * `predict` maps a fitted model and a row to its output vector. Returns the K models too (for bagging).
 */
export function outOfFold<Row, Model, Out>(
	rows: Row[],
	folds: number,
	fitFold: (train: Row[], fold: number) => Model,
	predict: (model: Model, row: Row) => Out,
): { oof: Out[]; models: Model[] } {
	const out = new Array<Out>(rows.length);
	const models: Model[] = [];
	for (let k = 0; k < folds; k++) {
		const model = fitFold(
			rows.filter((_, i) => foldOf(i, folds) !== k),
			k,
		);
		models.push(model);
		rows.forEach((row, i) => {
			if (foldOf(i, folds) === k) out[i] = predict(model, row);
		});
	}
	return { oof: out, models };
}
