/**
 * EXPERIMENT (not shipped): reads the dumped nested-CV logits (appr-dump-logits.ts) and evaluates stackers
 * [corpus logit, pooled GloVe features] per outer fold, fitted on the outer-training rows' out-of-fold logits
 * (λ, threshold, slope by an inner CV as the style stackers), scored on the outer-test rows' bag logits.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize } from '../../models/features/featurize.ts';
import { styleOf } from '../../models/features/style.ts';
import { stackedLogit } from '../../models/scoring/style-stack.ts';
import { fitSlope } from '../../models/train/calibrate.ts';
import { loadAppropriateness } from '../../models/train/datasets.ts';
import { loadGlove } from '../../models/train/glove.ts';
import { auc, bestThreshold, macroF1 } from '../../models/train/metrics.ts';
import { fitStyleStacker } from '../../models/train/style-stack.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const dir = option('--in') ?? '/tmp/glove-appr/logits';
const draws = (option('--draws') ?? '0').split(',');
const variants = (option('--variants') ?? 'none,mean,sif,max,sif+max').split(',');
const head = Number(option('--head') ?? 0);
const set = loadAppropriateness(resolve('../shared/data'));
const rows = [...set.train, ...set.valid];
const glove = loadGlove();
const dim = glove.dim;
const toks = rows.map((r) => tokenize(r.text).tokens.map((t) => t.word.toLowerCase()));

function rowsOf(words: string[]): number[] {
	const out: number[] = [];
	for (const w of words) {
		const r = glove.index.get(w);
		if (r !== undefined) out.push(r);
		else if (w.includes("'")) {
			const [a, ...rest] = w.split("'");
			for (const part of [a, ...rest.map((x) => `'${x}`)]) {
				const q = part === undefined ? undefined : glove.index.get(part);
				if (q !== undefined) out.push(q);
			}
		}
	}
	return out;
}
const A = Number(option('--sif-a') ?? 1e-3);
// GloVe's words come in frequency order: Zipf's p(rank) ≈ 1 / (rank · H), H ≈ ln(V) + 0.577.
const H = Math.log(glove.words.length) + 0.5772;
const sifWeight = (rank: number) => A / (A + 1 / ((rank + 1) * H));

function pooled(words: string[], kind: string): number[] {
	const rs = rowsOf(words);
	const feats: number[] = [];
	const parts = kind.split('+');
	for (const p of parts) {
		if (p === 'none') continue;
		if (p === 'cov') {
			feats.push(rs.length / Math.max(1, words.length));
			continue;
		}
		const acc = new Float64Array(dim).fill(p === 'max' ? -Infinity : 0);
		let wsum = 0;
		for (const r of rs) {
			const w = p === 'sif' ? sifWeight(r) : 1;
			wsum += w;
			for (let d = 0; d < dim; d++) {
				const v = glove.vectors[r * dim + d] as number;
				if (p === 'max') acc[d] = Math.max(acc[d] as number, v);
				else acc[d] = (acc[d] as number) + w * v;
			}
		}
		for (let d = 0; d < dim; d++) {
			if (p === 'max') feats.push(rs.length ? (acc[d] as number) : 0);
			else feats.push(wsum > 0 ? (acc[d] as number) / wsum : 0);
		}
	}
	return feats;
}
if (variants.some((v) => v.includes('style'))) console.log('style included where named');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number) => x.toFixed(3);
for (const variant of variants) {
	const feats = rows.map((_, i) => {
		const base = pooled(toks[i] as string[], variant.replace(/^2L:/, '').replace(/\+?style/, '') || 'none');
		return variant.includes('style') ? [...base, ...styleOf(tokenize(rows[i]!.text))] : base;
	});
	for (const draw of draws) {
		const dump = JSON.parse(readFileSync(`${dir}/draw${draw}.json`, 'utf8')) as {
			folds: { trainIdx: number[]; testIdx: number[]; oof: number[][]; test: number[][] }[];
		};
		const glog: string[] = [];
		const per: { f1: number; auc: number; base: number; baseAuc: number }[] = [];
		for (const f of dump.folds) {
			const zs = f.oof.map((z) => z[head] as number);
			const ys = f.trainIdx.map((i) => rows[i]!.labels[head] as number);
			const { threshold } = bestThreshold(zs, ys, macroF1);
			const slope = fitSlope(zs, ys, new Float32Array(zs.length).fill(1), threshold);
			const cz = zs.map((z) => slope * (z - threshold));
			const tz = f.test.map((z) => slope * ((z[head] as number) - threshold));
			const ty = f.testIdx.map((i) => rows[i]!.labels[head] as number);
			const base = macroF1(tz, ty, 0);
			let sz = tz;
			if (variant.startsWith('2L:')) {
				// Two-level: ridge over the GloVe features (λ by inner CV AUC), its out-of-fold score is a 2nd stacker input.
				const X = f.trainIdx.map((i) => feats[i] as number[]);
				const Xt = f.testIdx.map((i) => feats[i] as number[]);
				const { oofScore, testScore, lam, innerAuc } = twoLevel(X, ys, Xt);
				glog.push(`λ${lam} gAUC ${innerAuc.toFixed(3)}`);
				const { stacker } = fitStyleStacker(
					'x',
					cz,
					oofScore.map((g) => [g]),
					ys,
				);
				sz = tz.map((z, j) => stackedLogit(stacker, 1 / (1 + Math.exp(-z)), [testScore[j] as number]));
			} else if (variant !== 'none') {
				const { stacker } = fitStyleStacker(
					'x',
					cz,
					f.trainIdx.map((i) => feats[i] as number[]),
					ys,
				);
				sz = tz.map((z, j) =>
					stackedLogit(stacker, 1 / (1 + Math.exp(-z)), feats[f.testIdx[j] as number] as number[]),
				);
			}
			per.push({ f1: macroF1(sz, ty, 0), auc: auc(sz, ty), base, baseAuc: auc(tz, ty) });
		}
		console.log(
			`${variant.padEnd(14)} draw ${draw}: macro-F1 ${fmt(mean(per.map((p) => p.f1)))} AUC ${fmt(mean(per.map((p) => p.auc)))} | base ${fmt(mean(per.map((p) => p.base)))} / ${fmt(mean(per.map((p) => p.baseAuc)))} | per fold Δ ${per.map((p) => (p.f1 - p.base).toFixed(3)).join(' ')} ${glog.join(' ')}`,
		);
	}
}

/** Ridge regression on standardised features (targets ±1); returns scores of `test`. */
function ridge(X: number[][], y: number[], lam: number, test: number[][]): number[] {
	const d = X[0]?.length ?? 0;
	const mu = new Array<number>(d).fill(0);
	const sd = new Array<number>(d).fill(0);
	for (const x of X) for (let j = 0; j < d; j++) mu[j]! += x[j]! / X.length;
	for (const x of X) for (let j = 0; j < d; j++) sd[j]! += (x[j]! - mu[j]!) ** 2 / X.length;
	for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
	const ym = y.reduce((a, b) => a + b, 0) / y.length;
	const A = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => (a === b ? lam : 0)));
	const bvec = new Array<number>(d).fill(0);
	for (let n = 0; n < X.length; n++) {
		const s = X[n]!.map((v, j) => (v - mu[j]!) / sd[j]!);
		const t = y[n]! - ym;
		for (let a = 0; a < d; a++) {
			bvec[a]! += s[a]! * t;
			const row = A[a]!;
			for (let b = 0; b < d; b++) row[b]! += s[a]! * s[b]!;
		}
	}
	const w = gauss(A, bvec);
	return test.map((x) => x.reduce((acc, v, j) => acc + (w[j]! * (v - mu[j]!)) / sd[j]!, 0));
}
function gauss(A: number[][], b: number[]): number[] {
	const n = b.length;
	const M = A.map((r, i) => [...r, b[i]!]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
		[M[c], M[p]] = [M[p]!, M[c]!];
		for (let r = 0; r < n; r++) {
			if (r === c) continue;
			const f = M[r]![c]! / M[c]![c]!;
			for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
		}
	}
	return M.map((r, i) => r[n]! / r[i]!);
}
function twoLevel(X: number[][], y: number[], Xt: number[][]) {
	const K = 5;
	let best = { lam: 0, innerAuc: -1, oofScore: [] as number[] };
	for (const lam of [10, 100, 1000, 10000]) {
		const o = new Array<number>(X.length).fill(0);
		for (let k = 0; k < K; k++) {
			const tr = X.map((_, i) => i).filter((i) => i % K !== k);
			const te = X.map((_, i) => i).filter((i) => i % K === k);
			const s = ridge(
				tr.map((i) => X[i]!),
				tr.map((i) => y[i]!),
				lam,
				te.map((i) => X[i]!),
			);
			te.forEach((i, j) => {
				o[i] = s[j]!;
			});
		}
		const a = auc(o, y);
		if (a > best.innerAuc) best = { lam, innerAuc: a, oofScore: o };
	}
	return { ...best, testScore: ridge(X, y, best.lam, Xt) };
}
