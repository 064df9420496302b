/**
 * Session-7 experiment harness (not shipped): the trainer's recipe on cached scorer vectors (exp-s7-scores.ts),
 * with (1) GloVe comment heads as extra thread columns and (2) scorer-column variants, for two toxic scorers.
 * Usage: npx tsx scripts/exp-s7.ts VARIANT[,VARIANT...] [glove]
 */
// biome-ignore-all lint/style/noNonNullAssertion: experiment
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { repeatedCrossValidation } from '../models/derail/cross-validate.ts';
import { isWikiHeldOut, loadCgaWiki, loadDerailment, loadIncivility, loadIncivilityThreads } from '../models/derail/data.ts';
import { type PreparedComment, prepareThread } from '../models/derail/features.ts';
import { binaryMetrics, trainDense } from '../models/derail/learn.ts';
import { outOfFoldRows, type PreparedThread, prepareAll, prepareTone, threadRow, toneExamples, trainTone } from '../models/derail/pipeline.ts';
import { poolScores, S } from '../models/derail/score-features.ts';
import { boostLogit } from '../models/derail/boost.ts';
import { fitThreadModel, type RowSet, scoreRows } from '../models/derail/thread-model.ts';
import { scorerDraws } from '../models/derail/scorer-draws.ts';
import { DERAIL_SEED } from '../models/derail/version.ts';
import { F, sigmoid } from '../models/derail/weights.ts';
import { loadGlove, vectorOf } from '../models/train/glove.ts';

const [variantArg = 'base', gloveArg = ''] = process.argv.slice(2);
const variants = variantArg.split(',');
const useGlove = gloveArg !== '';
const log = (m: string) => process.stderr.write(`${m}\n`);
const threads = prepareAll(loadDerailment());
const wiki = prepareAll(loadCgaWiki());
const wikiTrain = wiki.filter((t) => !isWikiHeldOut(t.thread.id, DERAIL_SEED));
const wikiHeldOut = wiki.filter((t) => isWikiHeldOut(t.thread.id, DERAIL_SEED));
const tone = prepareTone(loadIncivility());
const extras = prepareAll(loadIncivilityThreads());
const snaps = JSON.parse(readFileSync('/tmp/gd/snapshots.json', 'utf8'));
const snapThreads: Record<string, PreparedThread> = {};
const draftCalm = 'Great, ping me if you need a review.';
const draftHostile = 'You clearly have no idea what you are doing. This is garbage.';
const mk = (comments: { author: string; text: string }[]) =>
	({ thread: { id: 'snap', label: 0, comments }, prepared: prepareThread(comments) }) as unknown as PreparedThread;
snapThreads.calmDraft = mk([...snaps.calm.comments, { author: snaps.calm.viewer, text: draftCalm }]);
snapThreads.heated = mk(snaps.heated.comments);
snapThreads.heatedHostile = mk([...snaps.heated.comments, { author: snaps.heated.viewer ?? 'me', text: draftHostile }]);

// ---- GloVe comment heads: logistic on the comment's mean GloVe vector, out-of-fold like the tone heads.
const glove = useGlove ? loadGlove() : undefined;
const GD = 100;
const gloveCache = new Map<string, Float32Array>();
function meanVec(c: PreparedComment): Float32Array {
	const hit = gloveCache.get(c.clean);
	if (hit) return hit;
	const out = new Float32Array(GD);
	let n = 0;
	for (const tok of c.tokens) {
		const v = glove ? vectorOf(glove, tok) : undefined;
		if (!v) continue;
		for (let d = 0; d < GD; d++) out[d]! += v[d]!;
		n++;
	}
	if (n > 0) for (let d = 0; d < GD; d++) out[d]! /= n;
	gloveCache.set(c.clean, out);
	return out;
}
// toneExamples' order, with dense GloVe means instead of hashed features.
function gloveExamples(train: readonly PreparedThread[], exclude: ReadonlySet<string>) {
	const sparse = toneExamples(tone, train, exclude);
	const xs: Float32Array[] = [];
	for (const { row, prepared } of tone) if (!exclude.has(row.issueId)) xs.push(meanVec(prepared));
	for (const { prepared } of train) for (const c of prepared) xs.push(meanVec(c));
	return sparse.map((e, i) => ({ x: xs[i]!, labels: e.labels }));
}
const GH = 4;
function trainGlove(ex: ReturnType<typeof gloveExamples>) {
	return Array.from({ length: GH }, (_, h) => {
		const known = ex.filter((e) => e.labels[h] !== null);
		const ys = known.map((e) => e.labels[h]!);
		const pos = ys.filter((y) => y === 1).length;
		return trainDense(known.map((e) => e.x), ys, { l2: 0.01, posWeight: Math.min(5, (ys.length - pos) / pos), iterations: 12 });
	});
}
type GHeads = ReturnType<typeof trainGlove>;
function gloveCols(m: GHeads, prepared: readonly PreparedComment[]): number[] {
	const n = Math.max(prepared.length, 1);
	const per = prepared.map((c) => {
		const x = meanVec(c);
		return m.map((h) => sigmoid(x.reduce((s, v, j) => s + v * h.v[j]!, h.c)));
	});
	const out: number[] = [];
	for (let h = 0; h < GH; h++) {
		const p = per.map((r) => r[h]!);
		const tail = p.slice(-3);
		out.push(p.reduce((s, x) => s + x, 0) / n, tail.reduce((s, x) => s + x, 0) / Math.max(tail.length, 1), Math.max(0, ...p));
	}
	return out;
}

// ---- rows (tone heads out-of-fold), cached; score columns zero here, filled per scorer below.
const cacheFile = `/tmp/gd/rows${useGlove ? '-glove' : ''}.json`;
type Cached = { rows: number[][]; extraRows: number[][]; finalRows: Record<string, number[]>; heldOut: number[][] };
let cached: Cached;
if (existsSync(cacheFile)) cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
else {
	const t0 = Date.now();
	const forumAndExtra = [...wikiTrain, ...extras];
	const { rows, extraRows } = outOfFoldRows(tone, threads, new Set(), 5, DERAIL_SEED, forumAndExtra);
	const toneModel = trainTone(toneExamples(tone, threads, new Set()), DERAIL_SEED);
	let gRows: number[][] = [];
	let gExtra: number[][] = [];
	let gFinal: GHeads | undefined;
	if (useGlove) {
		// Same folds as outOfFoldRows (i % 5).
		gRows = new Array(threads.length);
		gExtra = new Array(forumAndExtra.length);
		for (let f = 0; f < 5; f++) {
			const inFold = (i: number) => i % 5 === f;
			const exclude = new Set<string>();
			for (const set of [threads, forumAndExtra]) set.forEach((t, i) => { if (inFold(i)) exclude.add(t.thread.id); });
			const m = trainGlove(gloveExamples(threads.filter((_, i) => !inFold(i)), exclude));
			threads.forEach((t, i) => { if (inFold(i)) gRows[i] = gloveCols(m, t.prepared); });
			forumAndExtra.forEach((t, i) => { if (inFold(i)) gExtra[i] = gloveCols(m, t.prepared); });
			log(`glove fold ${f} ${(Date.now() - t0) / 1000}s`);
		}
		gFinal = trainGlove(gloveExamples(threads, new Set()));
	}
	const final = (t: PreparedThread) => [...threadRow(toneModel, t), ...(gFinal ? gloveCols(gFinal, t.prepared) : [])];
	cached = {
		rows: rows.map((r, i) => [...r, ...(gRows[i] ?? [])]),
		extraRows: extraRows.map((r, i) => [...r, ...(gExtra[i] ?? [])]),
		finalRows: Object.fromEntries(Object.entries(snapThreads).map(([k, t]) => [k, final(t)])),
		heldOut: wikiHeldOut.map(final),
	};
	writeFileSync(cacheFile, JSON.stringify(cached));
	log(`rows computed in ${(Date.now() - t0) / 1000}s`);
}

// ---- per scorer: fill score columns, apply the variant, CV both seed sets, transfer, snapshots.
type Variant = (x: number[]) => number[];
const names = ['toxicMax', 'toxicMean', 'inapMax', 'inapMean'];
const VARIANTS: Record<string, Variant> = {
	base: (x) => x,
	noglove: (x) => x.slice(0, F + S + 24),
	// GloVe columns (after the 71 base ones): heads uncivil, frustration, attack, heat x [mean, last3, max].
	gfa: (x) => [...x.slice(0, 71), x[71 + 3 + 1]!, x[71 + 3 + 2]!, x[71 + 6 + 1]!, x[71 + 6 + 2]!],
	gmean: (x) => [...x.slice(0, 71), x[71]!, x[74]!, x[77]!, x[80]!],
	toxiconly: (x) => x.map((v, j) => (j >= F + 2 && j < F + 30 ? 0 : v)),
	noscore: (x) => x.map((v, j) => (j >= F && j < F + S ? 0 : v)),
};
const round = (x: number) => Math.round(x * 1000) / 1000;
for (const scorerName of ['cur', '3m']) {
	const vectors = JSON.parse(readFileSync(`/tmp/gd/scores-${scorerName}.json`, 'utf8')) as Record<string, number[]>;
	const fill = (row: number[], t: PreparedThread) => {
		const pooled = poolScores(t.prepared.map((c) => vectors[c.clean] ?? []));
		const x = row.slice();
		for (let s = 0; s < S; s++) x[F + s] = pooled[s]!;
		return x;
	};
	const forumAndExtra = [...wikiTrain, ...extras];
	for (const vname of variants) {
		const jitter = /^jitter(\d+)/.exec(vname);
		const K = jitter ? Number(jitter[1]) : 0;
		const vf = VARIANTS[vname.replace(/^jitter\d+_?/, '') || 'base']!;
		// Copies: the same row with score columns pooled from jittered draws of its comments' vectors.
		const copiesOf = (row: number[], t: PreparedThread, seed: number) =>
			scorerDraws(t.prepared.map((c) => vectors[c.clean] ?? []), K, seed).map((draw) => {
				const pooled = poolScores(draw);
				const x = row.slice();
				for (let s = 0; s < S; s++) x[F + s] = pooled[s]!;
				return Float32Array.from(vf(x));
			});
		const f32 = (x: number[]) => Float32Array.from(vf(x));
		const gh: RowSet = { rows: threads.map((t, i) => f32(fill(cached.rows[i]!, t))), labels: threads.map((t) => t.thread.label), seen: threads.map((t) => t.thread.scorerSeen), ...(K ? { copies: threads.map((t, i) => copiesOf(cached.rows[i]!, t, 7919 * i + 1)) } : {}) };
		const extraCopies = K ? forumAndExtra.map((t, i) => copiesOf(cached.extraRows[i]!, t, 104729 + 7919 * i)) : [];
		const allExtra = forumAndExtra.map((t, i) => f32(fill(cached.extraRows[i]!, t)));
		const forum: RowSet = { rows: allExtra.slice(0, wikiTrain.length), labels: wikiTrain.map((t) => t.thread.label), ...(K ? { copies: extraCopies.slice(0, wikiTrain.length) } : {}) };
		const extra: RowSet = { rows: allExtra.slice(wikiTrain.length), labels: extras.map((t) => t.thread.label), ...(K ? { copies: extraCopies.slice(wikiTrain.length) } : {}) };
		const subset = threads.map((t) => t.prepared.length >= 4);
		const cv1 = repeatedCrossValidation(gh, forum, { subset, extra });
		const cv2 = process.env.FAST ? cv1 : repeatedCrossValidation(gh, forum, { subset, extra, seeds: [5, 6, 7, 8, 9, 10] });
		const shift = -Math.log(cv1.threshold / (1 - cv1.threshold));
		const model = fitThreadModel(gh, shift, forum, extra);
		const githubOnly = fitThreadModel(gh, 0, undefined, extra);
		const held = wikiHeldOut.map((t, i) => f32(fill(cached.heldOut[i]!, t)));
		const wl = wikiHeldOut.map((t) => t.thread.label);
		const snap = Object.fromEntries(Object.entries(snapThreads).map(([k, t]) => [k, round(scoreRows(model, [f32(fill(cached.finalRows[k]!, t))])[0]!)]));
		const hx = f32(fill(cached.finalRows.heated!, snapThreads.heated!));
		const contrib = Array.from(hx, (x, j) => ({ j, lin: round(x * model.v[j]!), x: round(x) }))
			.sort((a, b) => Math.abs(b.lin) - Math.abs(a.lin)).slice(0, 10);
		log(`${scorerName} ${vname} heated: c ${round(model.c)} trees ${round(boostLogit(model.trees, hx))} top ${JSON.stringify(contrib)}`);
		const res = {
			scorer: scorerName,
			variant: vname + (useGlove ? '+glove' : ''),
			f1: [cv1.f1.mean, cv2.f1.mean], sd: [cv1.f1.sd, cv2.f1.sd], auc: [cv1.auc.mean, cv2.auc.mean],
			p1: cv1.precision.mean, r1: cv1.recall.mean, sub4: [cv1.subsetF1?.mean, cv2.subsetF1?.mean],
			unseen: [cv1.scorerUnseen?.f1.mean, cv2.scorerUnseen?.f1.mean], unseenAuc: [cv1.scorerUnseen?.auc.mean, cv2.scorerUnseen?.auc.mean],
			wikiHeld: round(binaryMetrics(scoreRows(model, held), wl).accuracy), transfer: round(binaryMetrics(scoreRows(githubOnly, held), wl).accuracy),
			threshold: cv1.threshold, snap,
		};
		console.log(JSON.stringify(res));
	}
}
void names;
