// Dumps, for every validation row of the toxicity sets: expert probs, gate, mixture prob, style and tone
// features of the draft and of each sentence (as the scorer segments it). Experiment only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
	type FeatureConfig,
	featurizeTokens,
	type Tokenized,
	tokenize,
} from '../../../models/features/featurize.ts';
import { styleOf } from '../../../models/features/style.ts';
import { toneOf } from '../../../models/features/tone.ts';
import { aggregate } from '../../../models/scoring/model-inputs.ts';
import { sentenceSegments } from '../../../models/scoring/sentences.ts';
import { loadToxicSet, TOXIC_SETS } from '../../../models/train/datasets.ts';

const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;
const manifest = JSON.parse(readFileSync('models/manifest.json', 'utf8'));
const model = manifest.models.find((m: { file: string }) => m.file === 'toxic.onnx');
const session = await ort.InferenceSession.create(new Uint8Array(readFileSync('models/toxic.onnx')));
const cfg = model.features as FeatureConfig;
const empty = {
	sentences: new ort.Tensor('bool', [false], []),
	sentIds: new ort.Tensor('int32', new Int32Array(0), [0]),
	sentVals: new ort.Tensor('float32', new Float32Array(0), [0]),
	sentStarts: new ort.Tensor('int32', new Int32Array(0), [0]),
	sentEnds: new ort.Tensor('int32', new Int32Array(0), [0]),
};
async function run(t: Tokenized) {
	const a = aggregate(featurizeTokens(t, cfg));
	const out = await session.run(
		{
			ids: new ort.Tensor('int32', a.ids, [a.ids.length]),
			vals: new ort.Tensor('float32', a.vals, [a.vals.length]),
			explain: new ort.Tensor('bool', [false], []),
			...empty,
		},
		['probs', 'expertProbs', 'gate'],
	);
	const r = (x: number) => Math.round(x * 1e6) / 1e6;
	return {
		p: r(((out.probs?.data ?? [0]) as Float32Array)[0] as number),
		e: Array.from((out.expertProbs?.data ?? []) as Float32Array, r),
		g: Array.from((out.gate?.data ?? []) as Float32Array, r),
		s: styleOf(t).map(r),
		t: toneOf(t).map(r),
	};
}
const dataDir = process.argv[2] ?? '../shared/data';
const which = process.argv[3] ?? 'valid';
const lines: string[] = [];
for (const name of TOXIC_SETS) {
	const set = loadToxicSet(dataDir, name);
	const rows = which === 'valid' ? set.valid : set.train;
	for (const row of rows) {
		const t = tokenize(row.text);
		const whole = await run(t);
		const segs = sentenceSegments(t);
		const sents = [];
		for (const s of segs) sents.push(await run(s));
		lines.push(JSON.stringify({ set: name, y: row.label, grp: row.group, ...whole, sents }));
	}
	console.error(name, rows.length);
}
mkdirSync('artifacts/toxic-stack', { recursive: true });
writeFileSync(`artifacts/toxic-stack/dump-${which}.jsonl`, `${lines.join('\n')}\n`);
