/**
 * Experiment (session 11): refits the committed toxic.onnx's toxicr / gh-incivility columns on its frozen hidden
 * units with the everyday comments, and writes the result over models/toxic.onnx (manifest sha updated) so
 * scripts/eval.ts measures drafts with it. Restore with `git checkout models/toxic.onnx models/manifest.json`.
 * Usage: TACTFUL_DATA=... npx tsx scripts/draft-experts-try.ts [l2]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR } from '../models/scoring/node-scorer.ts';
import { TOXIC_SETS } from '../models/train/datasets.ts';
import { refitDraftExperts } from '../models/train/draft-experts.ts';
import type { MlpParams } from '../models/train/mlp.ts';
import { onnx } from '../models/train/onnx-nodes.ts';
import { TOXIC_FEATURES } from '../models/train/run.ts';
import { loadToxicData, withEverydayTalk } from '../models/train/toxic.ts';

const l2 = Number(process.argv[2] ?? '1');
const sets = (process.argv[3] ?? 'toxicr,gh-incivility').split(',');
const dataDir = process.env.TACTFUL_DATA ?? '../shared/data';
const file = join(MODELS_DIR, 'toxic.onnx');
const model = onnx.ModelProto.decode(readFileSync(file));
const init = (name: string) => {
	const t = model.graph?.initializer?.find((x) => x.name === name);
	if (!t?.rawData) throw new Error(name);
	return t;
};
const f32 = (name: string) => {
	const raw = init(name).rawData as Uint8Array;
	return new Float32Array(new Uint8Array(raw).buffer);
};
const q = new Int8Array(new Uint8Array(init('Eq').rawData as Uint8Array).buffer);
const scale = f32('Escale');
const b1 = f32('b1');
const W2 = f32('W2');
const b2 = f32('b2');
const dim = b1.length;
const heads = b2.length;
const buckets = scale.length;
const E = new Float32Array(q.length);
for (let r = 0; r < buckets; r++)
	for (let d = 0; d < dim; d++) E[r * dim + d] = (q[r * dim + d] as number) * (scale[r] as number);
const params: MlpParams = { buckets, dim, heads, E, b1, W2, b2 };
const log = (l: string) => console.log(l);
const base = loadToxicData({ dataDir, features: TOXIC_FEATURES, log });
const data = withEverydayTalk(base, TOXIC_FEATURES, log);
const experts = sets.map((s) => TOXIC_SETS.indexOf(s as (typeof TOXIC_SETS)[number]));
const refit = refitDraftExperts(params, data.train, data.valid, { experts, l2, log });
const put = (name: string, a: Float32Array) => {
	init(name).rawData = new Uint8Array(a.buffer.slice(0));
};
put('W2', refit.params.W2);
put('b2', refit.params.b2);
const bytes = onnx.ModelProto.encode(model).finish();
writeFileSync(file, bytes);
const mf = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8'));
const entry = mf.models.find((m: { file: string }) => m.file === 'toxic.onnx');
entry.sha256 = createHash('sha256').update(bytes).digest('hex');
entry.bytes = bytes.length;
writeFileSync(join(MODELS_DIR, 'manifest.json'), `${JSON.stringify(mf, null, '\t')}\n`);
console.log('written', bytes.length);
