// Session-6 experiment harness (not shipped): extra training threads (STRUDEL, relaxed gh-incivility cuts), paired
// against the shipped recipe over the same folds. Reproduces scripts/train-derail.ts's CV for the base variant.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { repeatedCrossValidation } from '../models/derail/cross-validate.ts';
import {
	isWikiHeldOut,
	type LabelledThread,
	loadCgaWiki,
	loadDerailment,
	loadIncivility,
	loadIncivilityThreads,
	normaliseTbdf,
} from '../models/derail/data.ts';
import { binaryMetrics } from '../models/derail/learn.ts';
import {
	attachScores,
	outOfFoldRows,
	type PreparedThread,
	prepareAll,
	prepareTone,
	threadRow,
	toneExamples,
	trainTone,
} from '../models/derail/pipeline.ts';
import { scoreComments } from '../models/derail/score-features.ts';
import { loadStrudelThreads } from '../models/derail/strudel.ts';
import { fitThreadModel, type RowSet, scoreRows } from '../models/derail/thread-model.ts';
import { DERAIL_SEED } from '../models/derail/version.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const t0 = Date.now();
const log = (m: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${m}\n`);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const threads = prepareAll(loadDerailment());
const wiki = prepareAll(loadCgaWiki());
const wikiTrain = wiki.filter((t) => !isWikiHeldOut(t.thread.id, DERAIL_SEED));
const wikiHeldOut = wiki.filter((t) => isWikiHeldOut(t.thread.id, DERAIL_SEED));
const toneRows = loadIncivility();
const tone = prepareTone(toneRows);
const extras = prepareAll(loadIncivilityThreads());

// STRUDEL threads (lever 1).
const sd = loadStrudelThreads(undefined, { derailed: true, calm: false });
const sc = loadStrudelThreads(undefined, { derailed: false, calm: true });
const sd1 = loadStrudelThreads(undefined, { derailed: true, calm: false, minBeforeCut: 1 });
log(`STRUDEL: ${sd.overlapping.length} overlapping issues dropped (${sd.overlapping.join(', ')})`);
const strudelDerailed = prepareAll(sd.threads);
const strudelCalm = prepareAll(sc.threads);
const strudelDerailed1 = prepareAll(sd1.threads.filter((t) => !sd.threads.some((u) => u.id === t.id)));
log(
	`STRUDEL derailed ${strudelDerailed.length} (+${strudelDerailed1.length} with 1 before the cut), calm ${strudelCalm.length}`,
);

// gh-incivility issues the shipped rule discards (lever 2): issues with exactly one uncivil comment.
function incivilityVariant(kind: 'before-single' | 'whole-single' | 'whole-opener-single'): LabelledThread[] {
	const jsonl = (p: string) =>
		readFileSync(`../shared/data/${p}`, 'utf8')
			.split('\n')
			.filter((l) => l.trim() !== '')
			.map((l) => JSON.parse(l) as Record<string, unknown>);
	const derailment = new Set(jsonl('gh-derailment/conversations.jsonl').map((r) => String(r.issue_id)));
	const raw = jsonl('gh-incivility/comments.jsonl');
	const byIssue = new Map<string, Record<string, unknown>[]>();
	for (const row of raw) {
		const issue = String(row.issue_id);
		if (!derailment.has(issue)) byIssue.set(issue, [...(byIssue.get(issue) ?? []), row]);
	}
	const out: LabelledThread[] = [];
	for (const [issue, rows] of byIssue) {
		const isOpener = (row: Record<string, unknown>) => row.comment_id === row.issue_id;
		const ordered = [
			...rows.filter(isOpener),
			...rows.filter((r) => !isOpener(r)).sort((a, b) => Number(a.comment_id) - Number(b.comment_id)),
		];
		const tags = ordered.map((r) =>
			r.tbdf === null || r.tbdf === undefined ? null : normaliseTbdf(String(r.tbdf)),
		);
		const uncivil = tags.flatMap((t, i) => (t !== null ? [i] : []));
		if (uncivil.length !== 1) continue;
		const at = uncivil[0] ?? 0;
		let cut = -1;
		if (kind === 'before-single' && at >= 2) cut = at;
		if (kind === 'whole-single' && at >= 2) cut = ordered.length;
		if (kind === 'whole-opener-single' && at === 0 && ordered.length >= 2) cut = ordered.length;
		if (cut < 2) continue;
		out.push({
			id: issue,
			comments: ordered.slice(0, cut).map((r) => ({ author: '', text: String(r.text ?? '') })),
			tbdf: tags.slice(0, cut),
			label: 1,
			finalEval: false,
			subset: 'incivility-extra',
			scorerSeen: true,
		});
	}
	return out;
}
const incBefore = prepareAll(incivilityVariant('before-single'));
const incWhole = prepareAll(incivilityVariant('whole-single'));
const incOpener = prepareAll(incivilityVariant('whole-opener-single'));
log(
	`gh-incivility single-uncivil issues: cut before it ${incBefore.length}, whole ${incWhole.length}, uncivil opener ${incOpener.length}`,
);

// Scorer vectors, cached between runs (same scoring models).
const CACHE = '/tmp/s6-derail-vectors.json';
const cache: Record<string, number[]> = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
const everyThread = [
	threads,
	wiki,
	extras,
	strudelDerailed,
	strudelCalm,
	strudelDerailed1,
	incBefore,
	incWhole,
	incOpener,
];
const missing = [...new Set(everyThread.flat().flatMap((t) => t.prepared.map((c) => c.clean)))].filter(
	(c) => cache[c] === undefined,
);
if (missing.length > 0) {
	const scorer = await createNodeScorer();
	for (let i = 0; i < missing.length; i += 64) {
		const batch = missing.slice(i, i + 64);
		(await scoreComments(scorer, batch)).forEach((v, k) => {
			cache[batch[k] ?? ''] = v;
		});
	}
	await scorer.dispose();
	writeFileSync(CACHE, JSON.stringify(cache));
}
for (const s of everyThread) attachScores(s, (c) => cache[c] ?? []);
log(`scored (${missing.length} new)`);

// Out-of-fold rows: wiki and the shipped extras keep their positions (so their rows equal the trainer's). STRUDEL
// threads never touch the tone heads' training; a gh-incivility candidate leaves it in the fold that scores it
// (as the shipped extras do), which changes every row, so each of those gets its own rows.
interface Context {
	gh: RowSet;
	baseForum: RowSet;
	rowsOf: Map<PreparedThread[], Float32Array[]>;
	heldOof: Float32Array[];
}
function buildContext(candidates: PreparedThread[][]): Context {
	const o = outOfFoldRows(tone, threads, new Set(), 5, DERAIL_SEED, [
		...wikiTrain,
		...extras,
		...candidates.flat(),
		...wikiHeldOut,
	]);
	log('out-of-fold rows');
	const rowsOf = new Map<PreparedThread[], Float32Array[]>();
	let at = wikiTrain.length;
	for (const set of [extras, ...candidates]) {
		rowsOf.set(set, o.extraRows.slice(at, at + set.length));
		at += set.length;
	}
	return {
		gh: {
			rows: o.rows,
			labels: threads.map((t) => t.thread.label),
			seen: threads.map((t) => t.thread.scorerSeen),
		},
		baseForum: { rows: o.extraRows.slice(0, wikiTrain.length), labels: wikiTrain.map((t) => t.thread.label) },
		rowsOf,
		heldOof: o.extraRows.slice(at, at + wikiHeldOut.length),
	};
}
const only = process.env.ONLY?.split(',');
const base = buildContext([strudelDerailed, strudelCalm, strudelDerailed1]);
const subset = threads.map((t) => t.prepared.length >= 4);
const toneModel = trainTone(toneExamples(tone, threads, new Set()), DERAIL_SEED);
const heldRows = wikiHeldOut.map((t) => threadRow(toneModel, t));
const heldLabels = wikiHeldOut.map((t) => t.thread.label);

type Part = [PreparedThread[], number];
function extraSet(parts: Part[], rowsOf: Context['rowsOf']): RowSet {
	return {
		rows: parts.flatMap(([s]) => rowsOf.get(s) ?? []),
		labels: parts.flatMap(([s]) => s.map((t) => t.thread.label)),
		weights: parts.flatMap(([s, w]) => s.map(() => w)),
	};
}
const perSeed = new Map<string, number[]>();
function run(
	name: string,
	parts: Part[],
	forumVariant?: { all: boolean; weight: number },
	{ gh, baseForum, rowsOf, heldOof }: Context = base,
) {
	const forumWeight = forumVariant?.weight;
	const extra = extraSet(parts, rowsOf);
	// Lever 3: both CGA-Wiki halves as forum rows (held-out accuracy from the CV's forum folds and a 2-fold swap).
	const forum: RowSet =
		forumWeight === undefined || !forumVariant?.all
			? baseForum
			: {
					rows: [...baseForum.rows, ...heldOof],
					labels: [...baseForum.labels, ...heldLabels],
					weights: [...baseForum.rows, ...heldOof].map(() => forumWeight),
				};
	type CV = ReturnType<typeof repeatedCrossValidation>;
	// The half-forum swap only needs the swap itself (its CV is the base run's).
	const seedSets =
		name === 'wikiHalfSwap0.5'
			? [[1, 2, 3, 4]]
			: [
					[1, 2, 3, 4],
					[5, 6, 7, 8, 9, 10],
				];
	const res = seedSets.map((seeds) => {
		const per = seeds.map((s) => repeatedCrossValidation(gh, forum, { subset, extra, seeds: [s] }));
		const mean = (get: (c: CV) => number | undefined) =>
			r3(per.reduce((a, c) => a + (get(c) ?? 0), 0) / per.length);
		const f1 = per.map((c) => c.f1.mean);
		const m = mean((c) => c.f1.mean);
		const thr = per.map((c) => c.threshold).sort((a, b) => a - b);
		return {
			per: f1,
			text: `F1 ${m}±${r3(Math.sqrt(f1.reduce((a, x) => a + (x - m) ** 2, 0) / f1.length))} P ${mean((c) => c.precision.mean)} R ${mean((c) => c.recall.mean)} AUC ${mean((c) => c.auc.mean)} >=4 ${mean((c) => c.subsetF1?.mean)} unseen ${mean((c) => c.scorerUnseen?.f1.mean)} (auc ${mean((c) => c.scorerUnseen?.auc.mean)}) wikiCV ${mean((c) => c.forumAccuracy?.mean)}`,
			threshold: thr[Math.floor(thr.length / 2)] ?? 0.5,
		};
	});
	const f1s = res.flatMap((r) => r.per);
	const base = perSeed.get('base');
	perSeed.set(name, f1s);
	const diff = (lo: number, hi: number) => {
		if (!base) return '';
		const d = f1s.slice(lo, hi).map((x, i) => x - (base[lo + i] ?? 0));
		const m = d.reduce((s, x) => s + x, 0) / d.length;
		const s = Math.sqrt(d.reduce((a, x) => a + (x - m) ** 2, 0) / d.length);
		return ` d ${m >= 0 ? '+' : ''}${r3(m)}±${r3(s)} (${d.filter((x) => x > 0).length}/${d.length} up)`;
	};
	const transfer = binaryMetrics(
		scoreRows(fitThreadModel(gh, 0, undefined, extra), heldRows),
		heldLabels,
	).accuracy;
	const thr = res[0]?.threshold ?? 0.5;
	const inDomain = binaryMetrics(
		scoreRows(fitThreadModel(gh, -Math.log(thr / (1 - thr)), forum, extra), heldRows),
		heldLabels,
	).accuracy;
	let swap = '';
	if (forumWeight !== undefined) {
		// Each half scored by a model whose forum rows are the other half only (same weight).
		const half = (rows: readonly Float32Array[], labels: readonly number[]) => ({
			rows,
			labels,
			weights: rows.map(() => forumWeight),
		});
		const shift = -Math.log(thr / (1 - thr));
		const onB = binaryMetrics(
			scoreRows(fitThreadModel(gh, shift, half(baseForum.rows, baseForum.labels), extra), heldOof),
			heldLabels,
		).accuracy;
		const onA = binaryMetrics(
			scoreRows(fitThreadModel(gh, shift, half(heldOof, heldLabels), extra), baseForum.rows),
			baseForum.labels,
		).accuracy;
		swap = ` swap ${r3(onB)}/${r3(onA)} mean ${r3((onA + onB) / 2)}`;
	}
	log(
		`${name} [+${extra.rows.length}] s1-4: ${res[0]?.text}${diff(0, 4)} | s5-10: ${res[1]?.text}${diff(4, 10)} | wiki held-out ${r3(inDomain)} transfer ${r3(transfer)}${swap}`,
	);
}
const variants: Record<string, Part[]> = {
	base: [[extras, 0.5]],
	'sd0.5': [
		[extras, 0.5],
		[strudelDerailed, 0.5],
	],
	'sd0.3': [
		[extras, 0.5],
		[strudelDerailed, 0.3],
	],
	sd1: [
		[extras, 0.5],
		[strudelDerailed, 1],
	],
	'sc0.5': [
		[extras, 0.5],
		[strudelCalm, 0.5],
	],
	'sd+sc0.5': [
		[extras, 0.5],
		[strudelDerailed, 0.5],
		[strudelCalm, 0.5],
	],
	'sd1cut0.5': [
		[extras, 0.5],
		[strudelDerailed, 0.5],
		[strudelDerailed1, 0.5],
	],
	'incBefore0.5': [
		[extras, 0.5],
		[incBefore, 0.5],
	],
	'incWhole0.5': [
		[extras, 0.5],
		[incWhole, 0.5],
	],
	'incOpener0.5': [
		[extras, 0.5],
		[incOpener, 0.5],
	],
};
const forumVariants: Record<string, { all: boolean; weight: number }> = {
	'wikiHalfSwap0.5': { all: false, weight: 0.5 },
	'wikiAll0.5': { all: true, weight: 0.5 },
	'wikiAll0.25': { all: true, weight: 0.25 },
};
const lever2: Record<string, PreparedThread[]> = {
	incBefore0: incBefore,
	incWhole0: incWhole,
	incOpener0: incOpener,
};
for (const [name, parts] of Object.entries(variants)) {
	if (name !== 'base' && only && !only.includes(name)) continue;
	const own = Object.entries(lever2).find(([k]) => name.startsWith(k.slice(0, -1)));
	run(name, parts, undefined, own ? buildContext([own[1]]) : base);
}
for (const [name, v] of Object.entries(forumVariants))
	if (only?.includes(name)) run(name, variants.base ?? [], v);
