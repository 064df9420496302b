// Toxic ensemble size/shape experiment (session 6; removed again after the numbers went into models/README.md).
// Each member is deterministic given (width, seed) and independent of the others, so members are trained once,
// cached under artifacts/members/ (ignored; dataset-derived weights, never commit), and any ensemble is then
// combined and calibrated exactly as `trainToxic` does. Prints the trainer's validation mixture F1 at 0.5.
//   npx tsx scripts/experiments/members/members.ts 32:2,3 32:2,3,4 24:2,3,4,5 ...
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { MlpParams } from '../../../models/train/mlp.ts';
import { TOXIC_FEATURES, writeToxicModel } from '../../../models/train/run.ts';
import {
	combineToxicMembers,
	loadToxicData,
	type ToxicTrainOptions,
	trainToxicMember,
} from '../../../models/train/toxic.ts';

const DIR = 'artifacts/members';
mkdirSync(DIR, { recursive: true });
const quiet = (l: string) => {
	if (process.env.VERBOSE) console.log(l);
};
const t0 = Date.now();
const data = loadToxicData({ dataDir: '../shared/data', features: TOXIC_FEATURES, log: quiet });
console.log(`data ${((Date.now() - t0) / 1000).toFixed(0)} s`);

function member(dim: number, seed: number): MlpParams {
	const file = `${DIR}/d${dim}-s${seed}.bin`;
	const heads = 2 * data.valid.length;
	const buckets = TOXIC_FEATURES.buckets;
	if (existsSync(file)) {
		const bytes = readFileSync(file);
		const f = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
		let o = 0;
		const take = (n: number) => {
			o += n;
			return f.slice(o - n, o);
		};
		return {
			buckets,
			dim,
			heads,
			E: take(buckets * dim),
			b1: take(dim),
			W2: take(dim * heads),
			b2: take(heads),
		};
	}
	const opt: ToxicTrainOptions = {
		dataDir: '../shared/data',
		features: TOXIC_FEATURES,
		dim,
		members: 1,
		epochs: 5,
		lr: 0.1,
		dropout: 0.2,
		seed,
		log: (l) => console.log(`  d${dim} s${seed} ${l}`),
	};
	const t = Date.now();
	const p = trainToxicMember(data, opt, seed);
	console.log(`  d${dim} s${seed} trained in ${((Date.now() - t) / 1000).toFixed(0)} s`);
	const all = new Float32Array(p.E.length + p.b1.length + p.W2.length + p.b2.length);
	let o = 0;
	for (const a of [p.E, p.b1, p.W2, p.b2]) {
		all.set(a, o);
		o += a.length;
	}
	writeFileSync(file, new Uint8Array(all.buffer));
	return p;
}

// --export SPEC: writes that ensemble to $EXPORT_DIR (default models)/toxic.onnx and its entry + metrics into
// manifest.json there, as `npm run train` would (the appropriateness model does not depend on the toxic weights).
// --subsets DIM SEEDS K...: every K-member subset of the cached members SEEDS (comma list), one RESULT line each.
function subsets(seeds: number[], k: number): number[][] {
	if (k === 0) return [[]];
	return seeds.flatMap((s, i) => subsets(seeds.slice(i + 1), k - 1).map((rest) => [s, ...rest]));
}
let args = process.argv.slice(2);
if (args[0] === '--subsets') {
	const [, dim, seeds, ...ks] = args;
	const pool = (seeds ?? '').split(',').map(Number);
	args = ks.flatMap((k) => subsets(pool, Number(k)).map((ss) => `${dim}:${ss.join(',')}`));
}
const exporting = args[0] === '--export';
for (const spec of exporting ? args.slice(1) : args) {
	const [d, seeds] = spec.split(':');
	const members = (seeds ?? '').split(',').map((s) => member(Number(d), Number(s)));
	const m = combineToxicMembers(data, members, quiet);
	const f = m.validF1;
	const r = (k: string) => (f[k] ?? Number.NaN).toFixed(3);
	console.log(
		`RESULT ${spec.padEnd(16)} toxicr ${r('toxicr')} gh ${r('gh-incivility')} hm ${r('hatemoderate')} strudel ${r('strudel')} paradetox ${r('paradetox')} davidson ${r('davidson')} hatexplain ${r('hatexplain')} ferreira ${r('ferreira')} tau ${m.tau}`,
	);
	if (exporting) {
		const out = process.env.EXPORT_DIR ?? 'models';
		const manifest = JSON.parse(readFileSync('models/manifest.json', 'utf8'));
		manifest.models[0] = writeToxicModel(out, m);
		manifest.metrics.toxicValidF1 = m.validF1;
		writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, '\t')}\n`);
		console.log('exported', manifest.models[0].sha256, manifest.models[0].bytes);
	}
}
