/**
 * Neural-encoder experiment (session 4, not shipped; see models/README.md): dumps the toxic trainer's training
 * samples (normalised words, the 16 expert/domain targets, loss weight; same splits and extra sets as
 * toxic.ts) and the validation rows with the shipped model's scores (CLI toxic, whole-draft mixture, expert
 * probabilities, gate weights) as JSON Lines into OUT (default /tmp/s4-neural, outside the repository: rows
 * of the datasets never enter the tree). `npx tsx models/train/neural-experiment/dump.ts [OUT]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featurizeTokens, tokenize } from '../../features/featurize.ts';
import { aggregate } from '../../scoring/model-inputs.ts';
import { createNodeScorer } from '../../scoring/node-scorer.ts';
import { loadToxicSet, TOXIC_SETS, type ToxicSetName } from '../datasets.ts';
import { developerTalk } from '../developer-talk.ts';
import { firmCritique } from '../firm-critique.ts';
import { TOXIC_SET_WEIGHTS } from '../toxic.ts';

const dataDir = resolve(process.env.TACTFUL_DATA ?? '../shared/data');
const out = process.argv[2] ?? '/tmp/s4-neural';
const modelsDir = new URL('../../', import.meta.url).pathname;
const K = TOXIC_SETS.length;
const DEVELOPER_SETS: ToxicSetName[] = ['toxicr', 'gh-incivility', 'strudel'];
const words = (t: string) => tokenize(t).tokens.map((x) => x.word);
const sets = TOXIC_SETS.map((name) => loadToxicSet(dataDir, name));
const train: string[] = [];
const yv = () => new Array<number | null>(2 * K).fill(null);
sets.forEach((set, k) => {
	const w = TOXIC_SET_WEIGHTS[set.name as ToxicSetName].loss * Math.sqrt(10_000 / set.train.length);
	for (const r of set.train) {
		const y = yv();
		y[k] = r.label;
		for (let j = 0; j < K; j++) y[K + j] = j === k ? 1 : 0;
		train.push(JSON.stringify({ s: k, w, y, t: words(r.text) }));
	}
});
const pd = sets.find((s) => s.name === 'paradetox');
for (const r of pd?.train ?? []) {
	const y = yv();
	for (const n of ['toxicr', 'strudel']) y[TOXIC_SETS.indexOf(n as ToxicSetName)] = r.label;
	train.push(JSON.stringify({ s: -1, w: 0.3, y, t: words(r.text) }));
}
const notDev = (y: (number | null)[]) =>
	TOXIC_SETS.forEach((n, k) => {
		if (!DEVELOPER_SETS.includes(n)) y[K + k] = 0;
	});
for (const text of developerTalk()) {
	const y = yv();
	for (const n of DEVELOPER_SETS) y[TOXIC_SETS.indexOf(n)] = 0;
	notDev(y);
	train.push(JSON.stringify({ s: -2, w: 4, y, t: words(text) }));
}
for (const r of firmCritique()) {
	const y = yv();
	for (const n of DEVELOPER_SETS) y[TOXIC_SETS.indexOf(n)] = r.label;
	notDev(y);
	train.push(JSON.stringify({ s: -3, w: 4, y, t: words(r.text) }));
}
writeFileSync(join(out, 'train.jsonl'), `${train.join('\n')}\n`);
console.log('train', train.length);

// Validation rows with the shipped model's scores: the CLI scorer's toxic (sentence rule included) and the
// graph's expert probabilities and gate weights for the whole draft.
const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8'));
const tm = manifest.models.find((m: { heads: string[] }) => m.heads.includes('toxic'));
const session = await ort.InferenceSession.create(readFileSync(join(modelsDir, tm.file)));
const scorer = await createNodeScorer();
const valid: string[] = [];
for (const [k, set] of sets.entries()) {
	const texts = set.valid.map((r) => r.text);
	const final: number[] = [];
	for (let i = 0; i < texts.length; i += 256)
		for (const r of await scorer.score(texts.slice(i, i + 256))) final.push(r.toxic);
	for (const [i, r] of set.valid.entries()) {
		const tok = tokenize(r.text);
		const a = aggregate(featurizeTokens(tok, tm.features), tm.features.buckets);
		const out = await session.run({
			ids: new ort.Tensor('int32', a.ids, [a.ids.length]),
			vals: new ort.Tensor('float32', a.vals, [a.vals.length]),
			explain: new ort.Tensor('bool', [false], []),
			sentences: new ort.Tensor('bool', [false], []),
			sentIds: new ort.Tensor('int32', new Int32Array(0), [0]),
			sentVals: new ort.Tensor('float32', new Float32Array(0), [0]),
			sentStarts: new ort.Tensor('int32', new Int32Array(0), [0]),
			sentEnds: new ort.Tensor('int32', new Int32Array(0), [0]),
		});
		valid.push(
			JSON.stringify({
				s: k,
				set: set.name,
				y: r.label,
				g: r.group,
				final: final[i],
				whole: (out.probs as { data: Float32Array }).data[0],
				expert: [...(out.expertProbs as { data: Float32Array }).data],
				gate: [...(out.gate as { data: Float32Array }).data],
				t: tok.tokens.map((x) => x.word),
			}),
		);
	}
	console.log(set.name, set.valid.length);
}
writeFileSync(join(out, 'valid.jsonl'), `${valid.join('\n')}\n`);
