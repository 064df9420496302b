/**
 * EXPERIMENT (not shipped): nested 5-fold CV of the shipped corpus procedure, dumping per outer fold the
 * outer-training rows' out-of-fold logits (14 heads) and the outer-test rows' bag logits, so stackers over
 * extra features (GloVe pooling) can be evaluated without refitting the MLPs.
 * Usage: npx tsx scripts/exp/appr-dump-logits.ts --draws 0,1 --out /tmp/appr-logits
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featurize, tokenize } from '../../models/features/featurize.ts';
import { poolGlove } from '../../models/features/glove-pool.ts';
import { foldOf, outOfFold } from '../../models/train/cross-fit.ts';
import { loadAppropriateness } from '../../models/train/datasets.ts';
import { loadGlove } from '../../models/train/glove.ts';
import { logits, trainMlp } from '../../models/train/mlp.ts';
import { outerFolds } from '../../models/train/nested-cv.ts';
import { APPROPRIATENESS_FEATURES, CORPUS_FIT, CORPUS_FOLDS } from '../../models/train/run.ts';
import { averageMlps } from '../../models/train/stack.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('--data') ?? '../shared/data');
const draws = (option('--draws') ?? '0').split(',');
const out = option('--out') ?? '/tmp/appr-logits';
const seed = 2;
mkdirSync(out, { recursive: true });
const set = loadAppropriateness(dataDir);
// --dense sif+max --alpha 0.1: pooled GloVe features as extra MLP inputs (rows past the buckets), standardised.
const dense = option('--dense');
const alpha = Number(option('--alpha') ?? 0.1);
const all = [...set.train, ...set.valid];
let extra: number[][] = all.map(() => []);
if (dense) {
	const glove = loadGlove();
	const kinds = dense.split('+') as ('sif' | 'max')[];
	extra = all.map((r) =>
		poolGlove(
			glove,
			tokenize(r.text).tokens.map((t) => t.word),
			kinds,
		),
	);
	const d = extra[0]?.length ?? 0;
	for (let j = 0; j < d; j++) {
		const col = extra.map((x) => x[j] as number);
		const mu = col.reduce((a, b) => a + b, 0) / col.length;
		const sd = Math.sqrt(col.reduce((a, b) => a + (b - mu) ** 2, 0) / col.length) || 1;
		for (const x of extra) x[j] = (alpha * ((x[j] as number) - mu)) / sd;
	}
}
const B = APPROPRIATENESS_FEATURES.buckets + (extra[0]?.length ?? 0);
const items = all.map((r, n) => {
	const f = featurize(r.text, APPROPRIATENESS_FEATURES);
	const x = extra[n] as number[];
	return {
		ids: Int32Array.from([...f.ids, ...x.map((_, j) => APPROPRIATENESS_FEATURES.buckets + j)]),
		vals: Float32Array.from([...f.vals, ...x]),
		labels: r.labels,
	};
});
const heads = items[0]?.labels.length ?? 0;
void foldOf;
for (const draw of draws) {
	// Draw "v": the shipped split (fit on train, score on valid) as one fold.
	const fold =
		draw === 'v'
			? items.map((_, i) => (i < set.train.length ? 1 : 0))
			: outerFolds(items.length, CORPUS_FOLDS, Number(draw));
	const folds = [];
	for (let k = 0; k < (draw === 'v' ? 1 : CORPUS_FOLDS); k++) {
		const t0 = Date.now();
		const trainIdx = items.map((_, i) => i).filter((i) => fold[i] !== k);
		const testIdx = items.map((_, i) => i).filter((i) => fold[i] === k);
		const train = trainIdx.map((i) => items[i] as (typeof items)[number]);
		const fit = (rows: typeof train, f: number) =>
			trainMlp(
				rows.map((r) => ({ ids: r.ids, vals: r.vals, y: Float32Array.from(r.labels), w: 1 })),
				B,
				heads,
				{ ...CORPUS_FIT, l2: 0, seed: seed + f },
			);
		const { oof, models } = outOfFold(train, CORPUS_FOLDS, fit, (m, r) =>
			Array.from(logits(m, r.ids, r.vals)),
		);
		const bag = averageMlps(models);
		const test = testIdx.map((i) =>
			Array.from(
				logits(bag, (items[i] as (typeof items)[number]).ids, (items[i] as (typeof items)[number]).vals),
			),
		);
		folds.push({ trainIdx, testIdx, oof, test });
		console.log(`draw ${draw} fold ${k} ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	}
	writeFileSync(
		join(out, `draw${draw}.json`),
		JSON.stringify({ n: items.length, nTrain: set.train.length, folds }),
	);
}
