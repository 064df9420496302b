/**
 * Nested 5-fold CV of the shipped appropriateness corpus procedure over every labelled argument (the corpus'
 * train + valid splits), with each outer-training fold subsampled to the given shares: the learning curve of
 * `inappropriate` (corpus head, macro-F1 at 0.5 and AUC on the outer-test folds). This is the held-out
 * figure for a model fitted on train + valid (models/README.md, "Session 6").
 * Usage: npx tsx scripts/appr-nested-cv.ts [--data DIR] [--shares 0.7,0.85,1] [--draws 0,1] [--seed 2]
 */
import { resolve } from 'node:path';
import { featurize } from '../models/features/featurize.ts';
import { loadAppropriateness } from '../models/train/datasets.ts';
import { auc, macroF1 } from '../models/train/metrics.ts';
import { trainMlp } from '../models/train/mlp.ts';
import {
	type CvItem,
	type FoldScore,
	nestedSubsample,
	outerFolds,
	scoreProcedure,
} from '../models/train/nested-cv.ts';
import { APPROPRIATENESS_FEATURES, CORPUS_FIT, CORPUS_FOLDS } from '../models/train/run.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('--data') ?? process.env.TACTFUL_DATA ?? '../shared/data');
const shares = (option('--shares') ?? '0.7,0.85,1').split(',').map(Number);
const draws = (option('--draws') ?? '0').split(',').map(Number);
const seed = Number(option('--seed') ?? 2);

const set = loadAppropriateness(dataDir);
const items: CvItem[] = [...set.train, ...set.valid].map((r) => {
	const f = featurize(r.text, APPROPRIATENESS_FEATURES);
	return { ids: f.ids, vals: f.vals, labels: r.labels };
});
const heads = items[0]?.labels.length ?? 0;
const fit = (rows: CvItem[], fold: number) =>
	trainMlp(
		rows.map((r) => ({ ids: r.ids, vals: r.vals, y: Float32Array.from(r.labels), w: 1 })),
		APPROPRIATENESS_FEATURES.buckets,
		heads,
		{ ...CORPUS_FIT, l2: 0, seed: seed + fold },
	);
const fmt = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
	`${items.length} arguments (train ${set.train.length} + valid ${set.valid.length}), shares ${shares}, draws ${draws}`,
);
for (const draw of draws) {
	const fold = outerFolds(items.length, CORPUS_FOLDS, draw);
	const scores = new Map<number, FoldScore[]>(shares.map((s) => [s, []]));
	for (let k = 0; k < CORPUS_FOLDS; k++) {
		const outerTrain = items.filter((_, i) => fold[i] !== k);
		const test = items.filter((_, i) => fold[i] === k);
		for (const share of shares) {
			const t0 = Date.now();
			const s = scoreProcedure(
				nestedSubsample(outerTrain, share, `draw${draw}:fold${k}`),
				test,
				CORPUS_FOLDS,
				fit,
			);
			scores.get(share)?.push(s);
			console.log(
				`draw ${draw} fold ${k} share ${share}: macro-F1 ${fmt(s.macroF1)} AUC ${fmt(s.auc)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
			);
		}
	}
	for (const share of shares) {
		const s = scores.get(share) ?? [];
		const z = s.flatMap((x) => x.z);
		const y = s.flatMap((x) => x.y);
		console.log(
			`draw ${draw} share ${share}: mean of folds macro-F1 ${fmt(mean(s.map((x) => x.macroF1)))} AUC ${fmt(mean(s.map((x) => x.auc)))} | pooled macro-F1 ${fmt(macroF1(z, y, 0))} AUC ${fmt(auc(z, y))} | per fold ${s.map((x) => fmt(x.macroF1)).join(' ')}`,
		);
	}
}
