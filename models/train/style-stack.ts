/**
 * Style stackers: per appropriateness head, an L2 logistic regression over [the head's out-of-fold corpus
 * logit, the draft's style features (models/features/style.ts)]. Fitted on the cross-fitted (out-of-fold)
 * logits of the train split, so every choice (λ, threshold, Platt slope) is made inside the training rows:
 * λ by an inner 5-fold cross-fitting of the stacker itself, the threshold (best macro-F1) and slope on those
 * inner out-of-fold stacker scores. Standardisation, threshold and slope are folded into plain weights.
 */
import { type StyleStacker, stackedLogit } from '../scoring/style-stack.ts';
import { fitSlope } from './calibrate.ts';
import { foldOf } from './cross-fit.ts';
import { bestThreshold, macroF1 } from './metrics.ts';

/** L2 strengths tried (on standardised inputs; the intercept is not penalised). */
const LAMBDAS = [1, 10, 100];
const FOLDS = 5;

/** A fitted logistic regression on standardised inputs, as a score function and its raw-input weights. */
interface Logistic {
	score: (x: readonly number[]) => number;
	weights: number[];
	bias: number;
}

/** Logistic regression with an L2 penalty λ on standardised inputs, by Newton steps (few inputs, ~1.5k rows). */
export function fitLogistic(
	X: readonly (readonly number[])[],
	y: readonly number[],
	lambda: number,
): Logistic {
	const d = X[0]?.length ?? 0;
	const mean = new Array<number>(d).fill(0);
	const sd = new Array<number>(d).fill(0);
	for (const x of X) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (x[j] as number) / X.length;
	for (const x of X)
		for (let j = 0; j < d; j++)
			sd[j] = (sd[j] as number) + ((x[j] as number) - (mean[j] as number)) ** 2 / X.length;
	for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] as number) || 1;
	const S = X.map((x) => [1, ...x.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number))]);
	const w = new Array<number>(d + 1).fill(0);
	for (let step = 0; step < 12; step++) {
		const g = new Array<number>(d + 1).fill(0);
		const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
		S.forEach((s, n) => {
			const p = 1 / (1 + Math.exp(-dot(s, w)));
			const r = p - (y[n] as number);
			const q = p * (1 - p);
			for (let a = 0; a <= d; a++) {
				g[a] = (g[a] as number) + r * (s[a] as number);
				const row = H[a] as number[];
				for (let b = 0; b <= d; b++) row[b] = (row[b] as number) + q * (s[a] as number) * (s[b] as number);
			}
		});
		for (let a = 1; a <= d; a++) {
			g[a] = (g[a] as number) + lambda * (w[a] as number);
			(H[a] as number[])[a] = ((H[a] as number[])[a] as number) + lambda;
		}
		(H[0] as number[])[0] = ((H[0] as number[])[0] as number) + 1e-6;
		const delta = solve(H, g);
		for (let a = 0; a <= d; a++) w[a] = (w[a] as number) - (delta[a] as number);
	}
	// Standardisation folded in: w·(x − μ)/σ + w0 = (w/σ)·x + (w0 − Σ w·μ/σ).
	const weights = mean.map((_, j) => (w[j + 1] as number) / (sd[j] as number));
	const bias = (w[0] as number) - weights.reduce((s, v, j) => s + v * (mean[j] as number), 0);
	return { score: (x) => bias + dot(x, weights), weights, bias };
}

const dot = (a: readonly number[], b: readonly number[]) =>
	a.reduce((s, v, j) => s + v * (b[j] as number), 0);

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A: number[][], b: number[]): number[] {
	const n = b.length;
	const M = A.map((row, i) => [...row, b[i] as number]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(M[r]?.[c] as number) > Math.abs(M[p]?.[c] as number)) p = r;
		[M[c], M[p]] = [M[p] as number[], M[c] as number[]];
		const pivot = M[c] as number[];
		for (let r = 0; r < n; r++) {
			const row = M[r] as number[];
			if (r === c) continue;
			const f = (row[c] as number) / (pivot[c] as number);
			for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
		}
	}
	return M.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** Inner out-of-fold stacker scores for one λ. */
function innerScores(X: number[][], y: number[], lambda: number): number[] {
	const out = new Array<number>(X.length).fill(0);
	for (let k = 0; k < FOLDS; k++) {
		const train = X.map((_, i) => i).filter((i) => foldOf(i, FOLDS) !== k);
		const model = fitLogistic(
			train.map((i) => X[i] as number[]),
			train.map((i) => y[i] as number),
			lambda,
		);
		X.forEach((x, i) => {
			if (foldOf(i, FOLDS) === k) out[i] = model.score(x);
		});
	}
	return out;
}

/**
 * Fits one head's stacker on out-of-fold corpus logits and style features; returns it with its inner
 * cross-fitted macro-F1 (what the calibration saw) and the chosen λ.
 */
export function fitStyleStacker(
	head: string,
	logits: readonly number[],
	styles: readonly (readonly number[])[],
	labels: readonly number[],
): { stacker: StyleStacker; crossFitMacroF1: number; lambda: number } {
	const X = logits.map((z, i) => [z, ...(styles[i] as number[])]);
	const y = [...labels];
	let best = { lambda: LAMBDAS[0] as number, value: -1, scores: [] as number[] };
	for (const lambda of LAMBDAS) {
		const scores = innerScores(X, y, lambda);
		const { value } = bestThreshold(scores, y, macroF1);
		if (value > best.value + 1e-9) best = { lambda, value, scores };
	}
	const { threshold } = bestThreshold(best.scores, y, macroF1);
	const slope = fitSlope(best.scores, y, new Float32Array(y.length).fill(1), threshold);
	const fit = fitLogistic(X, y, best.lambda);
	// Calibration folded in: slope·(score − threshold), so 0.5 is the chosen threshold.
	const [logitWeight, ...styleWeights] = fit.weights.map((w) => slope * w);
	return {
		stacker: {
			head,
			logitWeight: logitWeight as number,
			styleWeights,
			bias: slope * (fit.bias - threshold),
		},
		crossFitMacroF1: best.value,
		lambda: best.lambda,
	};
}

/**
 * Stackers for the named heads (DIMENSIONS names, `heads` = every head's name in logit order), from
 * calibrated out-of-fold logits `oof` [row][head], the rows' style features and labels [row][head].
 */
export function fitStyleStackers(
	stacked: readonly string[],
	heads: readonly string[],
	oof: readonly ArrayLike<number>[],
	styles: readonly (readonly number[])[],
	labels: readonly (readonly number[])[],
	log: (line: string) => void,
): StyleStacker[] {
	return stacked.map((head) => {
		const h = heads.indexOf(head);
		if (h < 0) throw new Error(`no head ${head} to stack`);
		const zs = oof.map((z) => z[h] as number);
		const ys = labels.map((l) => l[h] as number);
		const base = bestThreshold(zs, ys, macroF1).value;
		const { stacker, crossFitMacroF1, lambda } = fitStyleStacker(head, zs, styles, ys);
		log(
			`appropriateness: style stacker ${head}: out-of-fold macro-F1 ${base.toFixed(3)} → ${crossFitMacroF1.toFixed(3)} (λ ${lambda})`,
		);
		return stacker;
	});
}

/** A stacker's logits for calibrated corpus logits `zs` and the rows' style features (the runtime's arithmetic). */
export function stackedScores(
	s: StyleStacker,
	zs: readonly number[],
	styles: readonly (readonly number[])[],
): number[] {
	return zs.map((z, i) => stackedLogit(s, 1 / (1 + Math.exp(-z)), styles[i] as number[]));
}
