/**
 * Trains the contempt model alone (models/train/contempt.ts) and prints its held-out figures: per held-out file the
 * share of drafts whose score (max over the draft's sentences, as the runtime reads it) passes each threshold, and
 * the false-positive rate on the datasets' validation civil rows. With --write it writes a models folder that ships
 * the contempt model: a copy of models/ (its .onnx and .json files) plus contempt.onnx and its manifest entry, in
 * OUT (default .output/contempt-models). The model does NOT ship in models/ (session 28: held-out recall barely
 * moved; models/README.md "Session 28"); scripts/check-contempt.ts measures the scorer with it from OUT.
 * `npm run train -- --only contempt` runs this with --write.
 * Usage: npx tsx scripts/train-contempt.ts [--data DIR] [--seed N] [--write [--out OUT]] [--show] [--fit JSON]
 *   [--no-calm-putdowns] [--putdown-weight N] [--hold-shapes SHAPE,SHAPE]
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featurize } from '../models/features/featurize.ts';
import { CONTEMPT_THRESHOLD } from '../models/scoring/contempt.ts';
import type { ManifestModel, ModelManifest } from '../models/scoring/manifest.ts';
import { calmPutdowns } from '../models/train/calm-putdowns.ts';
import {
	CONTEMPT_FEATURES,
	CONTEMPT_MODELS_DIR,
	heldOutTexts,
	loadContemptData,
	trainContempt,
} from '../models/train/contempt.ts';
import { logits, type MlpParams, sigmoid } from '../models/train/mlp.ts';
import { exportMlp } from '../models/train/onnx-export.ts';
import { MODEL_VERSION } from '../models/train/run.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('--data') ?? process.env.TACTFUL_DATA ?? '../shared/data');
const seed = Number(option('--seed') ?? 2);
const log = (line: string) => process.stdout.write(`${line}\n`);

// --no-calm-putdowns trains contempt28's model (without models/train/calm-putdowns.ts); --putdown-weight N weighs
// those lines (default the hand-written weight, 3).
const data = loadContemptData(dataDir, {
	calmPutdowns: !args.includes('--no-calm-putdowns'),
	...(option('--putdown-weight') ? { putdownWeight: Number(option('--putdown-weight')) } : {}),
	...(option('--hold-shapes') ? { holdShapes: (option('--hold-shapes') as string).split(',') } : {}),
});
log(`contempt: rows ${JSON.stringify(data.counts)}`);
// --fit '{"dim":32}' overrides the recipe, for trying variants (the written model uses the committed recipe).
const params = trainContempt(data, seed, log, JSON.parse(option('--fit') ?? '{}'));

/** A draft's score: the model on the whole draft and on each sentence, the highest. */
const SENTENCE = /[^.!?\n]+[.!?]*/g;
const prob = (p: MlpParams, text: string) => {
	const f = featurize(text, CONTEMPT_FEATURES);
	return sigmoid(logits(p, f.ids, f.vals)[0] as number);
};
const draftScore = (p: MlpParams, text: string) =>
	Math.max(prob(p, text), ...(text.match(SENTENCE) ?? []).map((s) => prob(p, s.trim())));

const THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99];
const rate = (scores: number[], t: number) => scores.filter((s) => s >= t).length;
const held = heldOutTexts().map((h) => ({ ...h, scores: h.texts.map((t) => draftScore(params, t)) }));
log(`\nheld-out: caught (attacks) / flagged (civil) at thresholds ${THRESHOLDS.join(' ')}`);
for (const h of held)
	log(
		`  ${h.group.padEnd(14)} ${h.label ? 'ATT' : 'civ'} ${h.file.padEnd(32)} n=${String(h.texts.length).padStart(3)}  ${THRESHOLDS.map((t) => rate(h.scores, t)).join(' ')}`,
	);
const groups = [...new Set(held.map((h) => h.group))];
for (const g of groups)
	for (const label of [1, 0]) {
		const scores = held.filter((h) => h.group === g && h.label === label).flatMap((h) => h.scores);
		if (scores.length)
			log(
				`  ${g.padEnd(14)} ${label ? 'attacks caught' : 'civil flagged '} of ${scores.length}: ${THRESHOLDS.map((t) => rate(scores, t)).join(' ')}`,
			);
	}
for (const [name, texts] of Object.entries(data.validCivil)) {
	const scores = texts.map((t) => draftScore(params, t));
	log(
		`  valid civil ${name} of ${texts.length}: ${THRESHOLDS.map((t) => `${((100 * rate(scores, t)) / scores.length).toFixed(1)}%`).join(' ')}`,
	);
}
if (args.includes('--show'))
	for (const h of held)
		for (const [i, t] of h.texts.entries())
			log(`${h.label ? 'ATT' : 'civ'} ${(h.scores[i] as number).toFixed(2)} ${t}`);

/** Held-out figures at the runtime threshold (the model alone, every sentence; the runtime also gates on the reader). */
const metrics: Record<string, number> = {};
for (const g of groups)
	for (const label of [1, 0]) {
		const scores = held.filter((h) => h.group === g && h.label === label).flatMap((h) => h.scores);
		if (scores.length)
			metrics[`${g}${label ? 'AttacksRecall' : 'CivilFlagged'}`] =
				rate(scores, CONTEMPT_THRESHOLD) / scores.length;
	}
for (const [name, texts] of Object.entries(data.validCivil))
	metrics[`${name}ValidCivilFlagged`] =
		texts.filter((t) => draftScore(params, t) >= CONTEMPT_THRESHOLD).length / texts.length;
log(`at ${CONTEMPT_THRESHOLD}: ${JSON.stringify(metrics)}`);
// --hold-shapes a,b: those calm-putdowns.ts shapes were left out of training; how the model reads them.
const heldShapes = option('--hold-shapes')?.split(',') ?? [];
for (const shape of heldShapes)
	for (const label of [1, 0]) {
		const scores = calmPutdowns()
			.filter((r) => r.shape === shape && r.label === label)
			.map((r) => draftScore(params, r.text));
		log(
			`  held shape ${shape.padEnd(22)} ${label ? 'put-downs caught' : 'civil flagged   '} of ${scores.length}: ${THRESHOLDS.map((t) => rate(scores, t)).join(' ')}`,
		);
	}

if (args.includes('--write')) {
	const out = resolve(option('--out') ?? CONTEMPT_MODELS_DIR);
	if (out === resolve('models'))
		throw new Error('train-contempt: the contempt model does not ship in models/');
	mkdirSync(out, { recursive: true });
	for (const file of readdirSync(resolve('models')))
		if (/\.(onnx|json)$/.test(file)) copyFileSync(resolve('models', file), join(out, file));
	const bytes = exportMlp(params, { heads: 'contempt', version: MODEL_VERSION });
	writeFileSync(join(out, 'contempt.onnx'), bytes);
	const path = join(out, 'manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as ModelManifest;
	const entry: ManifestModel = {
		file: 'contempt.onnx',
		sha256: createHash('sha256').update(bytes).digest('hex'),
		bytes: bytes.length,
		heads: ['contempt'],
		features: CONTEMPT_FEATURES,
		thresholds: { contempt: CONTEMPT_THRESHOLD },
		calibration: { contempt: { logitThreshold: 0, slope: 1 } },
		hidden: params.dim,
		training: {
			version: MODEL_VERSION,
			trainedBy: 'npm run train -- --only contempt',
			seed,
			rows: data.counts,
			metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Number(v.toFixed(4))])),
		},
	};
	manifest.models = [...manifest.models.filter((m) => m.file !== 'contempt.onnx'), entry];
	writeFileSync(path, `${JSON.stringify(manifest, null, '\t')}\n`);
	log(`wrote ${join(out, 'contempt.onnx')} (${bytes.length} bytes) and its manifest entry`);
}
