/**
 * Experiment (session 7): toxic ensemble with a pooled GloVe input (models/train/glove-pool.ts) vs the shipped
 * recipe, same seeds. Usage: npx tsx scripts/exp-glove-tox.ts [--seeds 2,4] [--slots 32768] [--top 20000] [--base]
 */
import { resolve } from 'node:path';
import { fnv1a } from '../models/features/featurize.ts';
import { mulberry32 } from '../models/random.ts';
import { developerTalk } from '../models/train/developer-talk.ts';
import { firmCritique } from '../models/train/firm-critique.ts';
import { loadGlove, vectorOf } from '../models/train/glove.ts';
import { buildSlotVectors, densify, foldSlotRows, wordCounts } from '../models/train/glove-pool.ts';
import { TOXIC_FEATURES } from '../models/train/run.ts';
import {
	combineToxicMembers,
	loadToxicData,
	type ToxicTrainOptions,
	trainToxicMember,
} from '../models/train/toxic.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
	const i = args.indexOf(name);
	return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const seeds = option('--seeds', '2').split(',').map(Number);
const slots = Number(option('--slots', '32768'));
const top = Number(option('--top', '20000'));
const base = args.includes('--base');
const initMode = args.includes('--init');
const log = (line: string) => process.stdout.write(`${line}\n`);
const quiet = (line: string) => {
	if (!line.startsWith('toxic: ') || line.includes('τ')) log(line);
};
const features = base || initMode ? TOXIC_FEATURES : { ...TOXIC_FEATURES, wordVectorSlots: slots };
const opt: ToxicTrainOptions = {
	dataDir: resolve('../shared/data'),
	features,
	dim: 32,
	members: 2,
	epochs: 5,
	lr: 0.1,
	dropout: 0.2,
	seed: 2,
	log: quiet,
};
const t0 = Date.now();
const data = loadToxicData(opt);
log(`data ${((Date.now() - t0) / 1000).toFixed(0)} s, ${data.train.length} train samples`);
let memberData = data;
let memberOpt = opt;
let fold = (p: import('../models/train/mlp.ts').MlpParams) => p;
if (initMode) {
	// Idea 1: each training word's unigram row starts at a seeded random projection of its unit GloVe vector,
	// scaled to the random init's spread (uniform ±0.1: sd 0.0577); char-gram and bigram rows stay random.
	const glove = loadGlove();
	const texts = [
		...data.sets.flatMap((s) => s.train.map((r) => r.text)),
		...developerTalk(),
		...firmCritique().map((r) => r.text),
	];
	// Least frequent first, so on a shared row the most frequent word writes last.
	const words = [...wordCounts(texts).entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
	const known = words.flatMap(([w]) => {
		const v = vectorOf(glove, w);
		return v ? [{ row: fnv1a(`w:${w}`) & (TOXIC_FEATURES.buckets - 1), v }] : [];
	});
	log(`init: ${known.length} of ${words.length} training words have a GloVe vector`);
	memberOpt = {
		...opt,
		initRows: (p, seed) => {
			const random = mulberry32(seed * 7919 + 13);
			const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
			const P = Float32Array.from({ length: p.dim * glove.dim }, gauss);
			for (const { row, v } of known) {
				const norm = Math.hypot(...v) || 1;
				for (let d = 0; d < p.dim; d++) {
					let z = 0;
					for (let j = 0; j < glove.dim; j++) z += (P[d * glove.dim + j] as number) * (v[j] as number);
					p.E[row * p.dim + d] = (0.0577 * z) / norm;
				}
			}
		},
	};
} else if (!base) {
	const glove = loadGlove();
	const texts = [
		...data.sets.flatMap((s) => s.train.map((r) => r.text)),
		...developerTalk(),
		...firmCritique().map((r) => r.text),
	];
	const sv = buildSlotVectors(glove, wordCounts(texts), slots, top);
	log(`slots ${slots}: ${sv.owned} owned, ${sv.collided} collided`);
	const B = TOXIC_FEATURES.buckets;
	memberData = {
		sets: data.sets,
		train: data.train.map((s) => densify(s, sv, B)),
		valid: data.valid.map((v) => ({ ...v, samples: v.samples.map((s) => densify(s, sv, B)) })),
	};
	memberOpt = { ...opt, features: { ...TOXIC_FEATURES, buckets: B + sv.dim } };
	fold = (p) => foldSlotRows(p, sv, B);
}
for (const seed of seeds) {
	const t1 = Date.now();
	const members = [seed, seed + 1].map((s) => fold(trainToxicMember(memberData, memberOpt, s)));
	log(
		`== ${base ? 'base' : initMode ? 'glove-init unigram rows' : `glove slots ${slots} top ${top}`} members ${seed}+${seed + 1} (${((Date.now() - t1) / 1000).toFixed(0)} s)`,
	);
	combineToxicMembers(data, members, log);
}
