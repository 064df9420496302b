// Uncommitted experiment harness: prefix augmentation variants, paired against no augmentation.
import { prefixThreads } from '../models/derail/augment.ts';
import { repeatedCrossValidation } from '../models/derail/cross-validate.ts';
import { isWikiHeldOut, loadCgaWiki, loadDerailment, loadIncivility, loadIncivilityThreads } from '../models/derail/data.ts';
import { binaryMetrics, rng, shuffle } from '../models/derail/learn.ts';
import { attachScores, outOfFoldRows, prepareAll, prepareTone, threadRow, toneExamples, trainTone } from '../models/derail/pipeline.ts';
import { scoreComments } from '../models/derail/score-features.ts';
import { fitThreadModel, scoreRows } from '../models/derail/thread-model.ts';
import { DERAIL_SEED } from '../models/derail/version.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const t0 = Date.now();
const log = (m: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${m}\n`);
const threads = prepareAll(loadDerailment());
const wiki = prepareAll(loadCgaWiki());
const wikiTrain = wiki.filter((t) => !isWikiHeldOut(t.thread.id, DERAIL_SEED));
const wikiHeldOut = wiki.filter((t) => isWikiHeldOut(t.thread.id, DERAIL_SEED));
const tone = prepareTone(loadIncivility());
const extras = prepareAll(loadIncivilityThreads());
const scorer = await createNodeScorer();
const texts = [...new Set([...threads, ...wiki, ...extras].flatMap((t) => t.prepared.map((c) => c.clean)))];
const vectors = new Map<string, number[]>();
for (let i = 0; i < texts.length; i += 64) {
	const batch = texts.slice(i, i + 64);
	(await scoreComments(scorer, batch)).forEach((v, k) => vectors.set(batch[k] ?? '', v));
}
await scorer.dispose();
const lookup = (c: string) => vectors.get(c) ?? [];
for (const s of [threads, wiki, extras]) attachScores(s, lookup);
log('scored');
const all = { perThread: 1e9, weight: 1, minComments: 1, seed: 1 };
const tp = prefixThreads(threads, all);
const ep = prefixThreads(extras, all).map((p) => ({ ...p, parent: p.parent + wikiTrain.length }));
log(`prefixes gh ${tp.length} (derailed ${tp.filter((p) => p.thread.label === 1).length}), extra ${ep.length}`);
const o = outOfFoldRows(tone, threads, new Set(), 5, DERAIL_SEED, [...wikiTrain, ...extras], { train: tp, extra: ep });
log('oof rows');
const gh = { rows: o.rows, labels: threads.map((t) => t.thread.label), seen: threads.map((t) => t.thread.scorerSeen) };
const forum = { rows: o.extraRows.slice(0, wikiTrain.length), labels: wikiTrain.map((t) => t.thread.label) };
const extraRows = o.extraRows.slice(wikiTrain.length);
const subset = threads.map((t) => t.prepared.length >= 4);
const toneModel = trainTone(toneExamples(tone, threads, new Set()), DERAIL_SEED);
const heldRows = wikiHeldOut.map((t) => threadRow(toneModel, t));
const heldLabels = wikiHeldOut.map((t) => t.thread.label);

interface V { name: string; dK: number; cK: number; xK: number; w: number; min: number; split?: boolean }
function pickRows<P extends { parent: number; prepared: unknown[] }>(ps: readonly P[], rows: Float32Array[], k: (p: P) => number, v: V, seed: number) {
	const byParent = new Map<number, number[]>();
	ps.forEach((p, i) => { if (p.prepared.length >= v.min) byParent.set(p.parent, [...(byParent.get(p.parent) ?? []), i]); });
	const random = rng(seed);
	const out: { row: Float32Array; label: number; parent: number; weight: number }[] = [];
	for (const [parent, idx] of byParent) {
		const p = ps[idx[0] ?? 0] as P;
		const chosen = v.split ? idx : shuffle(idx, random).slice(0, k(p));
		if (k(p) === 0) continue;
		for (const i of chosen) out.push({ row: rows[i] as Float32Array, label: (ps[i] as unknown as { thread: { label: number } }).thread.label, parent, weight: v.split ? v.w / chosen.length : v.w });
	}
	return out;
}
function run(v: V) {
	const k = (p: { thread: { label: number } }) => (p.thread.label === 1 ? v.dK : v.cK);
	const g = pickRows(tp, o.trainPrefixRows, k, v, 7);
	const x = pickRows(ep, o.extraPrefixRows, () => v.xK, v, 8);
	const prefixes = { rows: g.map((r) => r.row), labels: g.map((r) => r.label), parent: g.map((r) => r.parent), weights: g.map((r) => r.weight) };
	const extra = {
		rows: [...extraRows, ...x.map((r) => r.row)],
		labels: [...extras.map(() => 1), ...x.map((r) => r.label)],
		weights: [...extras.map(() => 0.5), ...x.map((r) => r.weight * 0.5)],
	};
	const a = repeatedCrossValidation(gh, forum, { subset, extra, prefixes });
	const b = repeatedCrossValidation(gh, forum, { subset, extra, prefixes, seeds: [5, 6, 7, 8, 9, 10] });
	const allP = { rows: [...extra.rows, ...prefixes.rows], labels: [...extra.labels, ...prefixes.labels], weights: [...extra.weights, ...prefixes.weights] };
	const tr = binaryMetrics(scoreRows(fitThreadModel(gh, 0, undefined, allP), heldRows), heldLabels).accuracy;
	const f = (c: typeof a) => `F1 ${c.f1.mean}±${c.f1.sd} P ${c.precision.mean} R ${c.recall.mean} AUC ${c.auc.mean} >=4 ${c.subsetF1?.mean} unseen ${c.scorerUnseen?.f1.mean} (auc ${c.scorerUnseen?.auc.mean}) wiki ${c.forumAccuracy?.mean}`;
	log(`${v.name} [gh+${g.length} x+${x.length}] s1-4: ${f(a)} | s5-10: ${f(b)} | transfer ${transfer(tr)}`);
}
const transfer = (x: number) => Math.round(x * 1000) / 1000;
const variants: V[] = [
	{ name: 'base', dK: 0, cK: 0, xK: 0, w: 0, min: 1 },
	{ name: 'k2 w0.25 min2 all', dK: 2, cK: 2, xK: 2, w: 0.25, min: 2 },
	{ name: 'allprefix total0.5 min2', dK: 1, cK: 1, xK: 1, w: 0.5, min: 2, split: true },
	{ name: 'calm-only k2 w0.25 min2', dK: 0, cK: 2, xK: 0, w: 0.25, min: 2 },
	{ name: 'derailed-only k2 w0.25 min2', dK: 2, cK: 0, xK: 2, w: 0.25, min: 2 },
	{ name: 'k1 w0.5 min2 all', dK: 1, cK: 1, xK: 1, w: 0.5, min: 2 },
	{ name: 'min4 k2 w0.25 all', dK: 2, cK: 2, xK: 2, w: 0.25, min: 4 },
	{ name: 'min4s allprefix total0.5', dK: 1, cK: 1, xK: 1, w: 0.5, min: 4, split: true },
	{ name: 'min4k1 w0.5 all', dK: 1, cK: 1, xK: 1, w: 0.5, min: 4 },
];
const only = process.env.ONLY?.split(',');
for (const v of variants) if (!only || only.includes(v.name.split(' ')[0] ?? '')) run(v);
