/**
 * Fast proxy for session 11's draft columns (the full eval takes ~20 min on the loaded machine): the toxic
 * mixture alone (no rules, no appropriateness), computed in JS on the committed table, for the committed
 * gh-incivility column and for refits anchored to it (penalty l2·|β − β0|², calibration kept).
 * Usage: TACTFUL_DATA=... npx tsx scripts/draft-experts-proxy.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featurize } from '../models/features/featurize.ts';
import { MODELS_DIR } from '../models/scoring/node-scorer.ts';
import { loadToxicSet, TOXIC_SETS } from '../models/train/datasets.ts';
import { developerTalk } from '../models/train/developer-talk.ts';
import { fitLogistic, hiddenOf } from '../models/train/draft-experts.ts';
import { readCorpus } from '../models/train/evaluate.ts';
import { everydayTalk } from '../models/train/everyday-talk.ts';
import { firmCritique } from '../models/train/firm-critique.ts';
import { f1 } from '../models/train/metrics.ts';
import type { MlpParams } from '../models/train/mlp.ts';
import { onnx } from '../models/train/onnx-nodes.ts';
import { TOXIC_FEATURES } from '../models/train/run.ts';
import { mixture } from '../models/train/toxic.ts';

const dataDir = process.env.TACTFUL_DATA ?? '../shared/data';
const model = onnx.ModelProto.decode(readFileSync(join(MODELS_DIR, 'toxic.onnx')));
const raw = (name: string) => {
	const t = model.graph?.initializer?.find((x) => x.name === name);
	if (!t?.rawData) throw new Error(name);
	return new Uint8Array(t.rawData).buffer;
};
const q = new Int8Array(raw('Eq'));
const scale = new Float32Array(raw('Escale'));
const b1 = new Float32Array(raw('b1'));
const W2 = new Float32Array(raw('W2'));
const b2 = new Float32Array(raw('b2'));
const dim = b1.length;
const heads = b2.length;
const E = new Float32Array(q.length);
for (let r = 0; r < scale.length; r++)
	for (let d = 0; d < dim; d++) E[r * dim + d] = (q[r * dim + d] as number) * (scale[r] as number);
const params: MlpParams = { buckets: scale.length, dim, heads, E, b1, W2, b2 };
const h = (text: string) => {
	const f = featurize(text, TOXIC_FEATURES);
	return hiddenOf(params, f.ids, f.vals);
};
const K = TOXIC_SETS.length;
const gh = TOXIC_SETS.indexOf('gh-incivility');
const set = loadToxicSet(dataDir, 'gh-incivility');
const w = Math.sqrt(10_000 / set.train.length);
const X: Float64Array[] = [];
const y: number[] = [];
const ws: number[] = [];
const add = (text: string, label: number, weight: number) => {
	X.push(h(text));
	y.push(label);
	ws.push(weight);
};
for (const r of set.train) add(r.text, r.label, w);
for (const t of developerTalk()) add(t, 0, 4);
for (const r of firmCritique()) add(r.text, r.label, 4);
const base = X.length;
for (const r of everydayTalk()) add(r.text, r.label, 4);
const prior = new Float64Array(dim + 1);
for (let d = 0; d < dim; d++) prior[d] = W2[d * heads + gh] as number;
prior[dim] = b2[gh] as number;
const corpus = (name: string) => readCorpus(resolve('tests/corpora', name));
const halves = (name: string) => {
	const all = corpus(name);
	return { dev: all.filter((_, i) => i % 2 === 0), check: all.filter((_, i) => i % 2 === 1) };
};
const civil = halves('civil-dev-comments.txt');
const sets: Record<string, string[]> = {
	'civil dev': civil.dev,
	'civil check': civil.check,
	jargon: [...corpus('jargon.txt'), ...corpus('civil-critique.txt')],
	'self-dep': corpus('self-deprecation.txt'),
	'self-dep 2': corpus('self-deprecation-2.txt'),
	'insults@others': corpus('insults-at-others.txt'),
	'insults@others 2': corpus('insults-at-others-2.txt'),
	'insults@others 3': corpus('insults-at-others-3.txt'),
	abusive: corpus('abusive.txt'),
};
const hs = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.map(h)]));
const ghValid = set.valid.map((r) => h(r.text));
const ghLabels = set.valid.map((r) => r.label);
const prob = (hid: Float64Array, col: Float64Array) => {
	const z = new Float64Array(2 * K);
	for (let j = 0; j < 2 * K; j++) {
		let t = b2[j] as number;
		for (let d = 0; d < dim; d++) t += (hid[d] as number) * (W2[d * heads + j] as number);
		z[j] = t;
	}
	let t = col[dim] as number;
	for (let d = 0; d < dim; d++) t += (hid[d] as number) * (col[d] as number);
	z[gh] = t;
	return mixture(z, 1);
};
const report = (label: string, col: Float64Array) => {
	const parts = Object.entries(hs).map(
		([k, v]) => `${k} ${v.filter((x) => prob(x, col) >= 0.5).length}/${v.length}`,
	);
	const ghF1 = f1(
		ghValid.map((x) => prob(x, col)),
		ghLabels,
		0.5,
	);
	console.log(`${label.padEnd(22)} gh valid F1 ${ghF1.toFixed(3)} | ${parts.join(' | ')}`);
};
report('committed', prior);
// Anchored (weights and bias pulled towards the committed column by l2·|β − β0|², calibration kept): on the hand-
// written rows only (developer talk, firm critique, everyday comments; "w/o everyday" = the first two, which the
// column already learned), and on every row the column learned plus the everyday comments.
const hand = (n: number) => ({
	X: X.slice(set.train.length, n),
	y: y.slice(set.train.length, n),
	w: ws.slice(set.train.length, n),
});
for (const l2 of [100000, 30000, 10000, 3000, 1000]) {
	const a = hand(X.length);
	report(`hand rows l2 ${l2}`, fitLogistic(a.X, a.y, a.w, l2, 25, prior));
	const b = hand(base);
	report(`  w/o everyday l2 ${l2}`, fitLogistic(b.X, b.y, b.w, l2, 25, prior));
}
for (const l2 of [10000, 1000, 100]) report(`all rows l2 ${l2}`, fitLogistic(X, y, ws, l2, 25, prior));
