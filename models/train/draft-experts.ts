/**
 * The draft's own expert columns on the toxic model's FROZEN hidden layer (session 11). Teaching the whole toxic
 * model the everyday developer comments (everyday-talk.ts) moved the derailment model, which pools the toxic
 * head over a thread (sessions 8 and 10). Here the table and hidden layer stay exactly as trained, and only the
 * output columns of the experts that learn those comments (toxicr, gh-incivility) are fitted again, as a
 * logistic regression on the 64 hidden units: their training rows plus the everyday rows. The graph keeps
 * the committed columns for thread comments and gives drafts a second mixture over the refitted ones.
 */
import type { FeatureConfig } from '../features/featurize.ts';
import { fitSlope, foldCalibration } from './calibrate.ts';
import { TOXIC_SETS } from './datasets.ts';
import { bestThreshold, f1 } from './metrics.ts';
import type { MlpParams, Sample } from './mlp.ts';
import { quantizeRows } from './onnx-export.ts';
import {
	EVERYDAY_CIVIL_SETS,
	mixture,
	type ToxicData,
	type ToxicModel,
	type ValidSet,
	withEverydayTalk,
} from './toxic.ts';

/** The ReLU hidden units of one sample. */
export function hiddenOf(p: MlpParams, ids: Int32Array, vals: Float32Array): Float64Array {
	const h = new Float64Array(p.dim);
	for (let d = 0; d < p.dim; d++) h[d] = p.b1[d] as number;
	for (let i = 0; i < ids.length; i++) {
		const row = (ids[i] as number) * p.dim;
		const v = vals[i] as number;
		for (let d = 0; d < p.dim; d++) h[d] = (h[d] as number) + v * (p.E[row + d] as number);
	}
	for (let d = 0; d < p.dim; d++) if ((h[d] as number) < 0) h[d] = 0;
	return h;
}

/** The params with the embedding table as the exported graph holds it (int8 per row, de-quantised). */
export function asExported(p: MlpParams): MlpParams {
	const { q, scale } = quantizeRows(p.E, p.buckets, p.dim);
	const E = new Float32Array(q.length);
	for (let r = 0; r < p.buckets; r++) {
		const s = scale[r] as number;
		for (let d = 0; d < p.dim; d++) E[r * p.dim + d] = (q[r * p.dim + d] as number) * s;
	}
	return { ...p, E };
}

/** Solves A x = b for a symmetric positive definite A (Cholesky; A is overwritten). */
function solveSpd(A: Float64Array, b: Float64Array, n: number): Float64Array {
	for (let j = 0; j < n; j++) {
		let s = A[j * n + j] as number;
		for (let k = 0; k < j; k++) s -= (A[j * n + k] as number) ** 2;
		const d = Math.sqrt(Math.max(s, 1e-12));
		A[j * n + j] = d;
		for (let i = j + 1; i < n; i++) {
			let t = A[i * n + j] as number;
			for (let k = 0; k < j; k++) t -= (A[i * n + k] as number) * (A[j * n + k] as number);
			A[i * n + j] = t / d;
		}
	}
	const y = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let t = b[i] as number;
		for (let k = 0; k < i; k++) t -= (A[i * n + k] as number) * (y[k] as number);
		y[i] = t / (A[i * n + i] as number);
	}
	const x = new Float64Array(n);
	for (let i = n - 1; i >= 0; i--) {
		let t = y[i] as number;
		for (let k = i + 1; k < n; k++) t -= (A[k * n + i] as number) * (x[k] as number);
		x[i] = t / (A[i * n + i] as number);
	}
	return x;
}

/**
 * Weighted L2-regularised logistic regression by Newton's method (no learning rate, no sampling: the same
 * rows give the same weights). `X` rows are the hidden units; returns [w_0..w_{D-1}, bias].
 */
export function fitLogistic(
	X: readonly Float64Array[],
	y: ArrayLike<number>,
	w: ArrayLike<number>,
	l2: number,
	iterations = 25,
	/** Weights (and bias last) the penalty pulls towards, and the fit starts from (default 0). */
	prior?: Float64Array,
): Float64Array {
	const D = X[0]?.length ?? 0;
	const n = D + 1;
	const beta = prior ? prior.slice() : new Float64Array(n);
	for (let it = 0; it < iterations; it++) {
		const H = new Float64Array(n * n);
		const g = new Float64Array(n);
		for (let d = 0; d < D; d++) {
			H[d * n + d] = l2;
			g[d] = l2 * ((beta[d] as number) - (prior?.[d] ?? 0));
		}
		// Free bias for a plain fit; an anchored fit holds the bias too (a free bias alone absorbs the civil rows).
		H[D * n + D] = prior ? l2 : 1e-6;
		if (prior) g[D] = l2 * ((beta[D] as number) - (prior[D] as number));
		X.forEach((x, i) => {
			let z = beta[D] as number;
			for (let d = 0; d < D; d++) z += (x[d] as number) * (beta[d] as number);
			const p = 1 / (1 + Math.exp(-z));
			const wi = w[i] as number;
			const r = wi * (p - (y[i] as number));
			const s = wi * p * (1 - p);
			for (let a = 0; a < n; a++) {
				const xa = a === D ? 1 : (x[a] as number);
				if (xa === 0) continue;
				g[a] = (g[a] as number) + r * xa;
				for (let b = 0; b <= a; b++) {
					const xb = b === D ? 1 : (x[b] as number);
					H[a * n + b] = (H[a * n + b] as number) + s * xa * xb;
				}
			}
		});
		for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) H[a * n + b] = H[b * n + a] as number;
		const step = solveSpd(H, g, n);
		let size = 0;
		for (let a = 0; a < n; a++) {
			beta[a] = (beta[a] as number) - (step[a] as number);
			size = Math.max(size, Math.abs(step[a] as number));
		}
		if (size < 1e-7) break;
	}
	return beta;
}

export interface DraftExpertOptions {
	/** Head indices (expert columns) to refit. */
	experts: readonly number[];
	l2: number;
	log: (line: string) => void;
}

/**
 * A copy of `params` whose `experts` columns are refitted on the frozen hidden units of the exported table
 * (every training row labelled for that expert in `train`), then calibrated on the expert's validation split as
 * the trainer calibrates every expert (best-F1 threshold, Platt slope, folded into the column). Everything else
 * (table, hidden layer, the other columns) is `params` as it is.
 */
export function refitDraftExperts(
	params: MlpParams,
	train: readonly Sample[],
	valid: readonly ValidSet[],
	opt: DraftExpertOptions,
): { params: MlpParams; thresholds: number[]; slopes: number[]; hidden: (s: Sample) => Float64Array } {
	const exported = asExported(params);
	const W2 = params.W2.slice();
	const b2 = params.b2.slice();
	const H = params.heads;
	const thresholds: number[] = [];
	const slopes: number[] = [];
	const hiddenCache = new Map<Sample, Float64Array>();
	const hidden = (s: Sample) => {
		let h = hiddenCache.get(s);
		if (!h) {
			h = hiddenOf(exported, s.ids, s.vals);
			hiddenCache.set(s, h);
		}
		return h;
	};
	for (const k of opt.experts) {
		const rows = train.filter((s) => !Number.isNaN(s.y[k] as number));
		const beta = fitLogistic(
			rows.map(hidden),
			rows.map((s) => s.y[k] as number),
			rows.map((s) => s.w),
			opt.l2,
		);
		const v = valid[k] as ValidSet;
		const one: MlpParams = {
			...params,
			heads: 1,
			W2: Float32Array.from(beta.subarray(0, params.dim)),
			b2: Float32Array.of(beta[params.dim] as number),
		};
		const z = v.samples.map((s) => {
			const h = hidden(s);
			let t = one.b2[0] as number;
			for (let d = 0; d < params.dim; d++) t += (h[d] as number) * (one.W2[d] as number);
			return t;
		});
		const { threshold } = bestThreshold(z, v.labels);
		const slope = fitSlope(z, v.labels, new Float32Array(z.length).fill(1), threshold);
		foldCalibration(one, 0, slope, threshold);
		for (let d = 0; d < params.dim; d++) W2[d * H + k] = one.W2[d] as number;
		b2[k] = one.b2[0] as number;
		thresholds.push(threshold);
		slopes.push(slope);
		opt.log(`draft experts: ${v.name} refitted on ${rows.length} rows (threshold ${threshold.toFixed(3)})`);
	}
	return { params: { ...params, W2, b2 }, thresholds, slopes, hidden };
}

/** The draft's output layer and what the manifest records of it. */
export interface DraftExperts {
	/** The toxic model's params with the refitted expert columns (same table and hidden layer). */
	params: MlpParams;
	/** Every expert's calibration as the draft's mixture reads it (the refitted ones new, the others as trained). */
	thresholds: number[];
	slopes: number[];
	/** The draft mixture's F1 at 0.5 on each set's validation split. */
	validF1: Record<string, number>;
}

/**
 * Refits the experts that learn the everyday developer comments (EVERYDAY_CIVIL_SETS) on the trained toxic
 * model's frozen hidden units, with those comments added to the rows they trained on (the same labels and
 * weights as `withEverydayTalk`).
 */
export function trainDraftExperts(
	toxic: ToxicModel,
	data: ToxicData,
	features: FeatureConfig,
	l2: number,
	log: (line: string) => void,
): DraftExperts {
	const experts = EVERYDAY_CIVIL_SETS.map((name) => TOXIC_SETS.indexOf(name));
	const train = withEverydayTalk(data, features, log).train;
	const refit = refitDraftExperts(toxic.params, train, data.valid, { experts, l2, log });
	const thresholds = [...toxic.thresholds];
	const slopes = [...toxic.slopes];
	experts.forEach((k, i) => {
		thresholds[k] = refit.thresholds[i] as number;
		slopes[k] = refit.slopes[i] as number;
	});
	const { W2, b2, dim, heads } = refit.params;
	const validF1: Record<string, number> = {};
	for (const v of data.valid) {
		const p = v.samples.map((s) => {
			const h = refit.hidden(s);
			const z = new Float64Array(heads);
			for (let j = 0; j < heads; j++) {
				let t = b2[j] as number;
				for (let d = 0; d < dim; d++) t += (h[d] as number) * (W2[d * heads + j] as number);
				z[j] = t;
			}
			return mixture(z, toxic.tau);
		});
		validF1[v.name] = f1(p, v.labels, 0.5);
		log(`  ${v.name.padEnd(14)} draft mixture F1@0.5 ${validF1[v.name]?.toFixed(3)}`);
	}
	return { params: refit.params, thresholds, slopes, validF1 };
}
