/**
 * Session 30 probe (not part of the build): NB-weighted features (Wang & Manning 2012) for the toxic head.
 * Usage: npx tsx scripts/exp-nb-toxic.ts MODE SEED... ; MODE = off | abs | sqrt (models/train/nb-scale.ts)
 * Trains members seed by seed (cached in /tmp/toxic30), folds the per-bucket scale into the table rows, and
 * prints the trainer's validation mixture F1 of the pairs (s, s+1) as combineToxicMembers reports them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TOXIC_SETS } from '../models/train/datasets.ts';
import { logits, type MlpParams } from '../models/train/mlp.ts';
import { foldScale, type NbScaleKind, nbScale, scaleSamples } from '../models/train/nb-scale.ts';
import { TOXIC_FEATURES } from '../models/train/run.ts';
import {
	combineToxicMembers,
	loadToxicData,
	type ToxicData,
	trainToxicMember,
} from '../models/train/toxic.ts';

const [mode = 'off', ...seedArgs] = process.argv.slice(2);
const seeds = seedArgs.map(Number);
const dataDir = resolve('../shared/data');
const log = (l: string) => process.stdout.write(`${l}\n`);
const quiet = (_: string) => {};
const fit = {
	features: TOXIC_FEATURES,
	dim: 32,
	members: 2,
	epochs: 5,
	lr: 0.1,
	dropout: 0.2,
	dataDir,
	log: quiet,
};
const t0 = Date.now();
const data = loadToxicData({ ...fit, log: quiet });
log(`loaded ${data.train.length} train samples in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const K = TOXIC_SETS.length;
const B = TOXIC_FEATURES.buckets;

const scale = mode === 'off' ? undefined : nbScale(data.train, B, K, mode as NbScaleKind);
const scaled: ToxicData = scale
	? {
			...data,
			train: scaleSamples(data.train, scale),
			valid: data.valid.map((v) => ({ ...v, samples: scaleSamples(v.samples, scale) })),
		}
	: data;

function member(seed: number): MlpParams {
	const file = `/tmp/toxic30/${mode}-${seed}.bin`;
	if (existsSync(file)) {
		const buf = readFileSync(file);
		const f = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
		const D = 32;
		const H = 2 * K;
		let o = 0;
		const take = (n: number) => {
			o += n;
			return f.slice(o - n, o);
		};
		return { buckets: B, dim: D, heads: H, E: take(B * D), b1: take(D), W2: take(D * H), b2: take(H) };
	}
	const t = Date.now();
	const raw = trainToxicMember(scaled, { ...fit, seed }, seed);
	const p = scale ? foldScale(raw, scale) : raw;
	const raw0 = scaled.valid[0]?.samples[0];
	const folded0 = data.valid[0]?.samples[0];
	if (scale && raw0 && folded0) {
		// The fold is exact: the folded model on raw features = the trained model on scaled features.
		const a = logits(raw, raw0.ids, raw0.vals);
		const b = logits(p, folded0.ids, folded0.vals);
		log(
			`fold check max |Δ| ${Math.max(...a.map((x, i) => Math.abs(x - (b[i] as number)))).toExponential(1)}`,
		);
	}
	const out = new Float32Array(p.E.length + p.b1.length + p.W2.length + p.b2.length);
	out.set(p.E, 0);
	out.set(p.b1, p.E.length);
	out.set(p.W2, p.E.length + p.b1.length);
	out.set(p.b2, p.E.length + p.b1.length + p.W2.length);
	writeFileSync(file, Buffer.from(out.buffer));
	log(`member ${mode} ${seed} trained in ${((Date.now() - t) / 1000).toFixed(0)} s`);
	return p;
}

for (const s of seeds) {
	const pair = [member(s), member(s + 1)];
	const lines: string[] = [];
	const m = combineToxicMembers(data, pair, (l) => lines.push(l));
	log(
		`== ${mode} members ${s}+${s + 1}: ${TOXIC_SETS.map((n) => `${n} ${m.validF1[n]?.toFixed(3)}`).join(' ')}`,
	);
	for (const l of lines) log(l);
}
