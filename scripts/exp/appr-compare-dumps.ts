import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitSlope } from '../../models/train/calibrate.ts';
import { loadAppropriateness } from '../../models/train/datasets.ts';
import { auc, bestThreshold, macroF1 } from '../../models/train/metrics.ts';

const [a, b, draw, headArg] = process.argv.slice(2);
const head = Number(headArg ?? 0);
const set = loadAppropriateness(resolve('../shared/data'));
const rows = [...set.train, ...set.valid];
const score = (dir: string) => {
	const d = JSON.parse(readFileSync(`${dir}/draw${draw}.json`, 'utf8'));
	return d.folds.map((f: { trainIdx: number[]; testIdx: number[]; oof: number[][]; test: number[][] }) => {
		const zs = f.oof.map((z) => z[head] as number);
		const ys = f.trainIdx.map((i) => rows[i]!.labels[head] as number);
		const { threshold } = bestThreshold(zs, ys, macroF1);
		const slope = fitSlope(zs, ys, new Float32Array(zs.length).fill(1), threshold);
		const tz = f.test.map((z) => slope * ((z[head] as number) - threshold));
		const ty = f.testIdx.map((i) => rows[i]!.labels[head] as number);
		return [macroF1(tz, ty, 0), auc(tz, ty)];
	});
};
const A = score(a!),
	B = score(b!);
const m = (x: number[][], k: number) => x.reduce((s, v) => s + v[k]!, 0) / x.length;
console.log(
	`draw ${draw} head ${head}: ${m(A, 0).toFixed(3)}/${m(A, 1).toFixed(3)} -> ${m(B, 0).toFixed(3)}/${m(B, 1).toFixed(3)}; per fold ΔF1 ${A.map((x: number[], i: number) => (B[i]![0]! - x[0]!).toFixed(3)).join(' ')}`,
);
