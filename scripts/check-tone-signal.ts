/**
 * Session 23 (tone10): can the derailment model's comment tone heads (`uncivil`, `frustration`, `attack`; the
 * thread-context `heat` head for comparison) tell the hand-written calm-reading attacks from their civil twins,
 * catch what the shipped scorer misses, or clear what it falsely flags? Only READS the heads: nothing here
 * changes a model file or a verdict.
 *
 * Two readings of every line, each as a reply by someone other than the opener (`__other_author`, as a draft):
 * - `shipped`: the heads in models/derail-v1.onnx, run through onnxruntime-web (rows are independent, so a
 *   batch of single comments reads each line alone). These trained on EVERY gh-incivility comment, including
 *   the scoring eval's validation issues (the leak check below prints how many).
 * - `leakfree`: the same recipe (pipeline.ts `trainTone(toneExamples(...))`, DERAIL_SEED) refitted here without
 *   the issues of the eval's gh-incivility validation split (models/train/datasets.ts `loadToxicSet`), neither
 *   their gh-incivility comments nor the gh-derailment threads of those issues. `refit-all` (nothing held out)
 *   is printed against `shipped` to show the refit reproduces the shipped heads.
 *
 * Per set: mean and share >= 0.5 of each head, the scorer's flag rate; per attack/twin pair: AUC of each head
 * and of the scorer's toxic probability; then the scorer's misses on the attack CHECK halves (share a head
 * reads >= 0.5) and its false flags on the civil sets (share a head reads < 0.5, i.e. could clear), next to the
 * share of the civil lines it does NOT flag that a head reads >= 0.5 (what a lift would cost).
 * Usage: TACTFUL_DATA=/work/shared/data npx tsx scripts/check-tone-signal.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataRoot, loadDerailment, loadIncivility } from '../models/derail/data.ts';
import { encodeThread, POOL_ROWS, type PreparedComment, prepareComment } from '../models/derail/features.ts';
import { auc as rocAuc, trainDense } from '../models/derail/learn.ts';
import { prepareAll, prepareTone, toneExamples, tonesOf, trainTone } from '../models/derail/pipeline.ts';
import { TONES } from '../models/derail/types.ts';
import { DERAIL_MODEL_FILE, DERAIL_SEED } from '../models/derail/version.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { loadToxicSet } from '../models/train/datasets.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const T = TONES.length;
const root = dataRoot();
const t0 = Date.now();
const log = (msg: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}\n`);

// --- 2. Leak check: which gh-incivility issues trained the shipped heads, and which does the scoring eval hold out?
const validIssues = new Set(loadToxicSet(root, 'gh-incivility').valid.map((r) => r.group));
const incivility = loadIncivility(root);
const threads = loadDerailment(root);
const validRows = incivility.filter((r) => validIssues.has(r.issueId));
const validThreads = threads.filter((t) => validIssues.has(t.id));
console.log(
	'Leak check (shipped tone heads = trainTone over ALL gh-incivility comments + ALL gh-derailment threads)',
);
console.log(
	`  eval gh-incivility validation split: ${validIssues.size} issues, ${validRows.length} of ${incivility.length} comments (${validRows.filter((r) => r.tbdf !== null).length} with a TBDF tag) -> all in the shipped heads' training`,
);
console.log(
	`  gh-derailment threads on those issues (also tone training rows): ${validThreads.length} of ${threads.length}`,
);

// --- Tone readers.
type Reader = (texts: readonly string[]) => Promise<Float32Array>;
const asDraft = (text: string): PreparedComment => prepareComment({ author: 'me', text }, false, false);
const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;
ort.env.logLevel = 'error';
const session = await ort.InferenceSession.create(
	new Uint8Array(readFileSync(join('models', DERAIL_MODEL_FILE))),
	{ executionProviders: ['wasm'] },
);
const shipped: Reader = async (texts) => {
	const out = new Float32Array(texts.length * T);
	for (let i = 0; i < texts.length; i += 32) {
		const enc = encodeThread(texts.slice(i, i + 32).map(asDraft));
		const n = enc.comments;
		const m = enc.idx.length;
		const res = await session.run({
			idx: new ort.Tensor('int64', enc.idx, [m]),
			val: new ort.Tensor('float32', enc.val, [m, 1]),
			seg: new ort.Tensor('float32', enc.seg, [n, m]),
			pool: new ort.Tensor('float32', enc.pool, [POOL_ROWS.length, n]),
			conv: new ort.Tensor('float32', enc.conv, [1, enc.conv.length]),
			score: new ort.Tensor('float32', enc.score, [1, enc.score.length]),
			has_score: new ort.Tensor('float32', enc.hasScore, [1, 1]),
		});
		const tones = res.tone?.data as Float32Array | undefined;
		if (!tones) throw new Error('derailment model returned no tone output');
		out.set(tones.subarray(0, n * T), i * T);
	}
	return out;
};
const tone = prepareTone(incivility);
const prepared = prepareAll(threads);
const refit = (exclude: ReadonlySet<string>) => {
	const w = trainTone(
		toneExamples(
			tone,
			prepared.filter((t) => !exclude.has(t.thread.id)),
			exclude,
		),
		DERAIL_SEED,
	);
	return (async (texts) => tonesOf(w, texts.map(asDraft))) as Reader;
};
const refitAll = refit(new Set());
log('refitted the heads on everything');
const leakfree = refit(validIssues);
log('refitted the heads without the eval validation issues');

// --- Corpora.
const corpus = (name: string) => readCorpus(resolve('tests/corpora', name));
const alternate = (name: string, odd: 0 | 1) => corpus(name).filter((_, i) => i % 2 === odd);
const sets: Record<string, string[]> = {};
for (const n of ['7', '8', '9'])
	for (const half of ['dev', 'check']) {
		sets[`attacks${n}-${half}`] = corpus(`attacks${n}-${half}.txt`);
		sets[`attacks${n}-civil-${half}`] = corpus(`attacks${n}-civil-${half}.txt`);
		sets[`civil${n}-${half}`] = corpus(`civil${n}-${half}.txt`);
		sets[`civil${n}-hostile-${half}`] = corpus(`civil${n}-hostile-${half}.txt`);
	}
sets['civil-dev-comments-dev'] = alternate('civil-dev-comments.txt', 0);
sets['civil-dev-comments-check'] = alternate('civil-dev-comments.txt', 1);
sets.jargon = corpus('jargon.txt');
sets['civil-critique'] = corpus('civil-critique.txt');
const hostileSets = Object.keys(sets).filter((k) => /^attacks\d-(dev|check)$|hostile/.test(k));
const civilSets = Object.keys(sets).filter((k) => !hostileSets.includes(k));

const scorer = await createNodeScorer();
interface Line {
	text: string;
	flag: boolean;
	toxic: number;
	tones: Record<string, number[]>;
}
const readers = { shipped, leakfree, 'refit-all': refitAll } as const;
const lines: Record<string, Line[]> = {};
for (const [name, texts] of Object.entries(sets)) {
	const scored = await scorer.score(texts);
	const byReader = Object.fromEntries(
		await Promise.all(Object.entries(readers).map(async ([k, r]) => [k, await r(texts)] as const)),
	);
	lines[name] = texts.map((text, i) => ({
		text,
		flag: scored[i]?.flag ?? false,
		toxic: scored[i]?.toxic ?? 0,
		tones: Object.fromEntries(
			Object.entries(byReader).map(([k, v]) => [k, Array.from(v.subarray(i * T, i * T + T))]),
		),
	}));
}
log('scored every line');

const drift = Math.max(
	...Object.values(lines)
		.flat()
		.flatMap((l) => l.tones.shipped?.map((v, t) => Math.abs(v - (l.tones['refit-all']?.[t] ?? 0))) ?? []),
);
console.log(`  refit-all vs shipped ONNX heads: max |difference| over every line ${drift.toExponential(2)}`);

/** ROC AUC of positives against negatives (learn.ts, ties half). */
const auc = (pos: readonly number[], neg: readonly number[]): number =>
	rocAuc([...pos, ...neg], [...pos.map(() => 1), ...neg.map(() => 0)]);
const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const heads = TONES.map((_, t) => t);

for (const reader of ['shipped', 'leakfree'] as const) {
	const toneOf = (l: Line, t: number) => l.tones[reader]?.[t] ?? 0;
	console.log(`\n=== ${reader} heads ===`);
	console.log(
		`per set: n, scorer flag rate, then per head mean / share >= 0.5 (${TONES.join(', ')})`.padEnd(40),
	);
	for (const [name, ls] of Object.entries(lines)) {
		const flagRate = ls.filter((l) => l.flag).length / ls.length;
		const cols = heads.map((t) => {
			const v = ls.map((l) => toneOf(l, t));
			return `${f2(v.reduce((a, b) => a + b, 0) / v.length)}/${f2(v.filter((x) => x >= 0.5).length / v.length)}`;
		});
		console.log(
			`  ${name.padEnd(26)} n=${String(ls.length).padStart(3)} flag ${f2(flagRate)}  ${cols.join('  ')}`,
		);
	}
	console.log(`pairs: AUC attack vs twin (toxic, ${TONES.join(', ')})`);
	for (const n of ['7', '8', '9'])
		for (const half of ['dev', 'check'])
			for (const [pos, neg] of [
				[`attacks${n}-${half}`, `attacks${n}-civil-${half}`],
				[`civil${n}-hostile-${half}`, `civil${n}-${half}`],
			] as const) {
				const P = lines[pos] ?? [];
				const N = lines[neg] ?? [];
				const cols = [
					f3(
						auc(
							P.map((l) => l.toxic),
							N.map((l) => l.toxic),
						),
					),
					...heads.map((t) =>
						f3(
							auc(
								P.map((l) => toneOf(l, t)),
								N.map((l) => toneOf(l, t)),
							),
						),
					),
				];
				console.log(`  ${pos.padEnd(22)} vs ${neg.padEnd(22)} ${cols.join('  ')}`);
			}
	// Misses on the attack check halves: would a head read them as attacks?
	console.log('scorer MISSES (attack check halves): n missed, then per head share read >= 0.5');
	for (const name of hostileSets.filter((k) => k.endsWith('check'))) {
		const missed = (lines[name] ?? []).filter((l) => !l.flag);
		const cols = heads.map((t) => `${missed.filter((l) => toneOf(l, t) >= 0.5).length}/${missed.length}`);
		console.log(`  ${name.padEnd(26)} ${cols.join('  ')}`);
	}
	console.log(
		'civil sets: scorer FALSE FLAGS cleared (head < 0.5) | unflagged civil lines a head reads >= 0.5 (cost of a lift)',
	);
	for (const name of civilSets) {
		const ls = lines[name] ?? [];
		const flagged = ls.filter((l) => l.flag);
		const calm = ls.filter((l) => !l.flag);
		const cleared = heads.map((t) => `${flagged.filter((l) => toneOf(l, t) < 0.5).length}/${flagged.length}`);
		const cost = heads.map((t) => `${calm.filter((l) => toneOf(l, t) >= 0.5).length}/${calm.length}`);
		console.log(`  ${name.padEnd(26)} ${cleared.join(' ')} | ${cost.join(' ')}`);
	}
}

// --- 3. A stacker, its rule fixed before its check-half numbers were seen (session 23): a weighted logistic over
// logit(toxic) (the shipped scorer's final probability, after its rule passes) and the logits of the LEAK-FREE
// uncivil / frustration / attack heads (not heat: it reads thread context), fitted on DEV lines only (attacks*-dev
// and civil*-hostile-dev = 1; attacks*-civil-dev, civil*-dev, civil-dev-comments dev half, jargon and
// civil-critique = 0). Lift: a line the scorer does not flag is flagged when the stacker's p is above EVERY
// unflagged dev negative (so no dev civil line is newly flagged by construction). Control: the same recipe on
// logit(toxic) alone, i.e. a lower toxic threshold; the heads only matter if they beat it on the check halves.
const logit = (p: number) => {
	const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
	return Math.log(q / (1 - q));
};
const devPos = Object.keys(lines).filter((k) => /^(attacks\d-dev|civil\d-hostile-dev)$/.test(k));
const devNeg = Object.keys(lines).filter((k) =>
	/^(attacks\d-civil-dev|civil\d-dev|civil-dev-comments-dev|jargon|civil-critique)$/.test(k),
);
const checkSets = Object.keys(lines).filter((k) => k.endsWith('-check'));
const stackers: { variant: string; score: (text: string, toxic: number, tones: number[]) => number }[] = [];
for (const [variant, features] of [
	['toxic only (control)', (l: Line) => [logit(l.toxic)]],
	[
		'toxic + leak-free heads',
		(l: Line) => [logit(l.toxic), ...[0, 1, 2].map((t) => logit(l.tones.leakfree?.[t] ?? 0))],
	],
] as const) {
	const xs: Float32Array[] = [];
	const ys: number[] = [];
	for (const [names, y] of [
		[devPos, 1],
		[devNeg, 0],
	] as const)
		for (const k of names)
			for (const l of lines[k] ?? []) {
				xs.push(Float32Array.from(features(l)));
				ys.push(y);
			}
	const { v, c } = trainDense(xs, ys);
	const score = (l: Line) => features(l).reduce((s, x, j) => s + x * (v[j] ?? 0), c);
	const tau = Math.max(...devNeg.flatMap((k) => (lines[k] ?? []).filter((l) => !l.flag).map(score)));
	console.log(
		`\nstacker: ${variant}; weights ${Array.from(v, (x) => x.toFixed(2)).join(', ')}, bias ${c.toFixed(2)}, lift above logit ${tau.toFixed(2)}`,
	);
	for (const k of [...devPos, ...devNeg, ...checkSets]) {
		const ls = lines[k] ?? [];
		const before = ls.filter((l) => l.flag).length;
		const after = ls.filter((l) => l.flag || score(l) > tau).length;
		console.log(`  ${k.padEnd(26)} flagged ${before}/${ls.length} -> ${after}/${ls.length}`);
	}
	const pairAuc = (pos: string, neg: string) =>
		f3(auc((lines[pos] ?? []).map(score), (lines[neg] ?? []).map(score)));
	console.log(
		`  check-pair AUC of its score: ${['7', '8', '9'].map((n) => `attacks${n} ${pairAuc(`attacks${n}-check`, `attacks${n}-civil-check`)}, civil${n} ${pairAuc(`civil${n}-hostile-check`, `civil${n}-check`)}`).join('; ')}`,
	);
	stackers.push({
		variant,
		score: (text, toxic, tones) => score({ text, toxic, flag: false, tones: { leakfree: tones } }),
	});
}

// --- Real data: the eval's gh-incivility VALIDATION rows (label `uncivil`), out of sample for the leak-free
// heads, the scorer and both stackers (fitted on hand-written dev lines); the shipped heads saw them.
const valid = loadToxicSet(root, 'gh-incivility').valid;
const toxic: number[] = [];
for (let i = 0; i < valid.length; i += 64)
	for (const r of await scorer.score(valid.slice(i, i + 64).map((r) => r.text))) toxic.push(r.toxic);
const texts = valid.map((r) => r.text);
const lf = await leakfree(texts);
const sh = await shipped(texts);
const labelled = (score: (i: number) => number) =>
	[
		valid.flatMap((r, i) => (r.label === 1 ? [score(i)] : [])),
		valid.flatMap((r, i) => (r.label === 0 ? [score(i)] : [])),
	] as const;
const realAuc = (score: (i: number) => number) => f3(auc(...labelled(score)));
console.log(
	`\ngh-incivility validation (n=${valid.length}, ${valid.filter((r) => r.label === 1).length} uncivil): AUC scorer toxic ${realAuc((i) => toxic[i] ?? 0)}`,
);
console.log(
	`  leak-free heads ${heads.map((t) => `${TONES[t]} ${realAuc((i) => lf[i * T + t] ?? 0)}`).join(', ')}; shipped heads (in-sample) ${heads.map((t) => `${TONES[t]} ${realAuc((i) => sh[i * T + t] ?? 0)}`).join(', ')}`,
);
for (const { variant, score } of stackers)
	console.log(
		`  stacker ${variant}: AUC ${realAuc((i) => score(texts[i] ?? '', toxic[i] ?? 0, Array.from(lf.subarray(i * T, i * T + T))))}`,
	);
await scorer.dispose();
await session.release();
log('done');
