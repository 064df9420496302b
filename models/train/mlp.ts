/**
 * A hashed-feature embedding-bag MLP (fastText with one hidden ReLU layer and sigmoid heads), trained with
 * seeded Adagrad SGD. Sparse rows are only touched when a sample uses them, so an epoch over ~100k drafts
 * takes seconds on one core. The same arithmetic is exported to ONNX (onnx-export.ts).
 */
import { mulberry32 } from '../random.ts';

/** One training sample: feature occurrences, one target per head (NaN = no label for that head), weight. */
export interface Sample {
	ids: Int32Array;
	vals: Float32Array;
	y: Float32Array;
	w: number;
}

/** Model weights: E [buckets × dim], b1 [dim], W2 [dim × heads] (row-major), b2 [heads]. */
export interface MlpParams {
	buckets: number;
	dim: number;
	heads: number;
	E: Float32Array;
	b1: Float32Array;
	W2: Float32Array;
	b2: Float32Array;
}

export interface TrainOptions {
	dim: number;
	epochs: number;
	lr: number;
	l2: number;
	/** Share of feature occurrences dropped per sample and step (input dropout; survivors scaled up). */
	dropout?: number;
	seed: number;
	/** Called after each epoch with the current weights; returns a validation score (higher is better). */
	evaluate?: (params: MlpParams, epoch: number) => number;
	log?: (line: string) => void;
}

/** The shared seeded PRNG (models/random.ts), under the name this module's callers use. */
export const rng = mulberry32;

/** Hidden pre-activation for one sample (b1 + Σ v·E[id]). */
export function hiddenPre(
	p: MlpParams,
	ids: Int32Array,
	vals: Float32Array,
	out = new Float32Array(p.dim),
): Float32Array {
	out.set(p.b1);
	const D = p.dim;
	for (let i = 0; i < ids.length; i++) {
		const row = (ids[i] as number) * D;
		const v = vals[i] as number;
		for (let d = 0; d < D; d++) out[d] = (out[d] as number) + v * (p.E[row + d] as number);
	}
	return out;
}

/** Head logits for one sample. */
export function logits(p: MlpParams, ids: Int32Array, vals: Float32Array): Float32Array {
	const pre = hiddenPre(p, ids, vals);
	const z = new Float32Array(p.heads);
	for (let h = 0; h < p.heads; h++) {
		let s = p.b2[h] as number;
		for (let d = 0; d < p.dim; d++) {
			const a = pre[d] as number;
			if (a > 0) s += a * (p.W2[d * p.heads + h] as number);
		}
		z[h] = s;
	}
	return z;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function init(buckets: number, dim: number, heads: number, random: () => number): MlpParams {
	const E = new Float32Array(buckets * dim);
	for (let i = 0; i < E.length; i++) E[i] = (random() - 0.5) * 0.2;
	const W2 = new Float32Array(dim * heads);
	for (let i = 0; i < W2.length; i++) W2[i] = (random() - 0.5) * (2 / Math.sqrt(dim));
	return { buckets, dim, heads, E, b1: new Float32Array(dim).fill(0.05), W2, b2: new Float32Array(heads) };
}

/** Trains and returns the weights of the best epoch by `evaluate` (the last epoch without it). */
export function trainMlp(samples: Sample[], buckets: number, heads: number, opt: TrainOptions): MlpParams {
	const random = rng(opt.seed);
	const p = init(buckets, opt.dim, heads, random);
	const D = opt.dim;
	const gE = new Float32Array(p.E.length).fill(1e-6);
	const gb1 = new Float32Array(D).fill(1e-6);
	const gW2 = new Float32Array(p.W2.length).fill(1e-6);
	const gb2 = new Float32Array(heads).fill(1e-6);
	const pre = new Float32Array(D);
	const dh = new Float32Array(D);
	const order = samples.map((_, i) => i);
	const dropout = opt.dropout ?? 0;
	const keepScale = 1 / (1 - dropout);
	let best: { score: number; params: MlpParams } | undefined;
	for (let epoch = 1; epoch <= opt.epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j] as number, order[i] as number];
		}
		let loss = 0;
		for (const index of order) {
			const s =
				dropout > 0
					? dropOccurrences(samples[index] as Sample, dropout, keepScale, random)
					: (samples[index] as Sample);
			hiddenPre(p, s.ids, s.vals, pre);
			dh.fill(0);
			for (let h = 0; h < heads; h++) {
				const y = s.y[h] as number;
				if (Number.isNaN(y)) continue;
				let z = p.b2[h] as number;
				for (let d = 0; d < D; d++)
					if ((pre[d] as number) > 0) z += (pre[d] as number) * (p.W2[d * heads + h] as number);
				const prob = sigmoid(z);
				loss -= s.w * (y * Math.log(prob + 1e-7) + (1 - y) * Math.log(1 - prob + 1e-7));
				const dz = (prob - y) * s.w;
				for (let d = 0; d < D; d++) {
					const a = pre[d] as number;
					if (a <= 0) continue;
					const k = d * heads + h;
					dh[d] = (dh[d] as number) + dz * (p.W2[k] as number);
					const g = dz * a + opt.l2 * (p.W2[k] as number);
					gW2[k] = (gW2[k] as number) + g * g;
					p.W2[k] = (p.W2[k] as number) - (opt.lr * g) / Math.sqrt(gW2[k] as number);
				}
				gb2[h] = (gb2[h] as number) + dz * dz;
				p.b2[h] = (p.b2[h] as number) - (opt.lr * dz) / Math.sqrt(gb2[h] as number);
			}
			for (let d = 0; d < D; d++) {
				if ((pre[d] as number) <= 0) dh[d] = 0;
				const g = dh[d] as number;
				gb1[d] = (gb1[d] as number) + g * g;
				p.b1[d] = (p.b1[d] as number) - (opt.lr * g) / Math.sqrt(gb1[d] as number);
			}
			for (let i = 0; i < s.ids.length; i++) {
				const row = (s.ids[i] as number) * D;
				const v = s.vals[i] as number;
				for (let d = 0; d < D; d++) {
					const k = row + d;
					const g = v * (dh[d] as number) + opt.l2 * (p.E[k] as number);
					if (g === 0) continue;
					gE[k] = (gE[k] as number) + g * g;
					p.E[k] = (p.E[k] as number) - (opt.lr * g) / Math.sqrt(gE[k] as number);
				}
			}
		}
		const score = opt.evaluate?.(p, epoch);
		opt.log?.(
			`epoch ${epoch}: loss ${(loss / samples.length).toFixed(4)}${score === undefined ? '' : ` valid ${score.toFixed(4)}`}`,
		);
		if (score !== undefined && (!best || score > best.score)) best = { score, params: clone(p) };
	}
	return best?.params ?? p;
}

function dropOccurrences(s: Sample, rate: number, scale: number, random: () => number): Sample {
	const ids: number[] = [];
	const vals: number[] = [];
	for (let i = 0; i < s.ids.length; i++) {
		if (random() < rate) continue;
		ids.push(s.ids[i] as number);
		vals.push((s.vals[i] as number) * scale);
	}
	return { ids: Int32Array.from(ids), vals: Float32Array.from(vals), y: s.y, w: s.w };
}

function clone(p: MlpParams): MlpParams {
	return { ...p, E: p.E.slice(), b1: p.b1.slice(), W2: p.W2.slice(), b2: p.b2.slice() };
}

/**
 * Several models as one: hidden layers side by side, output weights divided by the member count, so its
 * logits are the mean of the members' logits (a seed ensemble that stays one embedding bag and one graph).
 */
export function concatMembers(members: MlpParams[]): MlpParams {
	const first = members[0];
	if (!first) throw new Error('concatMembers: no members');
	const { buckets, heads } = first;
	const n = members.length;
	const dim = members.reduce((sum, m) => sum + m.dim, 0);
	const E = new Float32Array(buckets * dim);
	const b1 = new Float32Array(dim);
	const W2 = new Float32Array(dim * heads);
	let offset = 0;
	for (const m of members) {
		for (let r = 0; r < buckets; r++) E.set(m.E.subarray(r * m.dim, (r + 1) * m.dim), r * dim + offset);
		b1.set(m.b1, offset);
		for (let i = 0; i < m.W2.length; i++) W2[offset * heads + i] = (m.W2[i] as number) / n;
		offset += m.dim;
	}
	const b2 = first.b2.map((_, h) => members.reduce((sum, m) => sum + (m.b2[h] as number), 0) / n);
	return { buckets, dim, heads, E, b1, W2, b2 };
}
