/**
 * Trains the derailment model (`npm run train`, after the scoring trainer): seeded and reproducible, a minute or
 * so on 2 cores. Writes models/derail-v1.onnx and models/derail-manifest.json (version, data, rows, metrics,
 * sha256). The validation split is held out from every stage (tone heads included) so eval-derail is honest.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { isValidation, loadCgaWiki, loadDerailment, loadIncivility } from '../models/derail/data.ts';
import { binaryMetrics } from '../models/derail/learn.ts';
import { exportDerailOnnx } from '../models/derail/onnx-export.ts';
import {
	fitThreadModel,
	outOfFoldRows,
	prepareAll,
	prepareTone,
	scoreRows,
	threadRow,
	toneExamples,
	trainTone,
} from '../models/derail/pipeline.ts';
import { DERAIL_MODEL_FILE, DERAIL_MODEL_VERSION, DERAIL_SEED } from '../models/derail/version.ts';

const started = Date.now();
const log = (msg: string) =>
	process.stderr.write(`[train-derail ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
const round = (m: Record<string, number>) =>
	Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

const threads = prepareAll(loadDerailment());
const train = threads.filter((t) => !isValidation(t.thread.id, DERAIL_SEED));
const val = threads.filter((t) => isValidation(t.thread.id, DERAIL_SEED));
const valIssues = new Set(val.map((t) => t.thread.id));
const tone = prepareTone(loadIncivility());
const toneRows = tone.filter((t) => !valIssues.has(t.row.issueId)).length;
log(
	`gh-derailment: ${train.length} train / ${val.length} validation threads; gh-incivility: ${toneRows} comments`,
);

// Stage 1: out-of-fold tone features for every training thread.
const FOLDS = 5;
const oof = outOfFoldRows(tone, train, valIssues, FOLDS, DERAIL_SEED);
const labels = train.map((t) => t.thread.label);
log('out-of-fold tone features done');

// Stage 2: cross-validate the thread model on those rows to pick the decision point, then fit it on all rows.
const cvScores: number[] = new Array(oof.length);
for (let f = 0; f < FOLDS; f++) {
	const fit = fitThreadModel(
		oof.filter((_, i) => i % FOLDS !== f),
		labels.filter((_, i) => i % FOLDS !== f),
	);
	oof.forEach((x, i) => {
		if (i % FOLDS === f) cvScores[i] = scoreRows(fit, [x])[0] ?? 0;
	});
}
let best = { threshold: 0.5, f1: -1 };
for (let t = 0.2; t <= 0.8; t += 0.01) {
	const { f1 } = binaryMetrics(cvScores, labels, t);
	if (f1 > best.f1) best = { threshold: t, f1 };
}
// Calibrate so that p = 0.5 is the cross-validated F1-optimal point (the default sensitivity).
const shift = -Math.log(best.threshold / (1 - best.threshold));
const cv = binaryMetrics(
	cvScores.map((p) => 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + shift)))),
	labels,
);
log(
	`thread model CV (train split, ${FOLDS} folds): ${JSON.stringify(round(cv))}, raw threshold ${best.threshold.toFixed(2)}`,
);
const threadModel = fitThreadModel(oof, labels, shift);

// Final tone heads on every training comment (validation issues still excluded).
const toneModel = trainTone(toneExamples(tone, train, valIssues), DERAIL_SEED);
const validation = binaryMetrics(
	scoreRows(
		threadModel,
		val.map((t) => threadRow(toneModel, t.prepared)),
	),
	val.map((t) => t.thread.label),
);
log(`validation split: ${JSON.stringify(round(validation))}`);
const wiki = prepareAll(loadCgaWiki());
const transfer = binaryMetrics(
	scoreRows(
		threadModel,
		wiki.map((t) => threadRow(toneModel, t.prepared)),
	),
	wiki.map((t) => t.thread.label),
);
log(`CGA-Wiki transfer (never trained on): ${JSON.stringify(round(transfer))}`);

const bytes = exportDerailOnnx(
	{ ...toneModel, ...threadModel },
	`tactful derailment ${DERAIL_MODEL_VERSION}`,
);
writeFileSync(`models/${DERAIL_MODEL_FILE}`, bytes);
const manifest = {
	version: DERAIL_MODEL_VERSION,
	file: DERAIL_MODEL_FILE,
	sha256: createHash('sha256').update(bytes).digest('hex'),
	bytes: bytes.length,
	seed: DERAIL_SEED,
	data: {
		'gh-derailment':
			'conversations.jsonl (derailed_toxic cut before the first toxic comment; representative_nontoxic; paper final-eval labels)',
		'gh-incivility': 'comments.jsonl (TBDF tone labels; issues of the validation split excluded)',
		'cga-partial': 'cga_wiki_base_valid.jsonl — evaluation only (transfer), never trained on',
	},
	rows: { trainThreads: train.length, validationThreads: val.length, incivilityComments: toneRows },
	metrics: { crossValidation: round(cv), validation: round(validation), cgaWikiTransfer: round(transfer) },
	decisionPoint:
		'p >= 0.5 at default sensitivity; logit shifted so 0.5 = cross-validated F1-optimal threshold',
};
writeFileSync('models/derail-manifest.json', `${JSON.stringify(manifest, null, '\t')}\n`);
log(`wrote models/${DERAIL_MODEL_FILE} (${bytes.length} bytes) and models/derail-manifest.json`);
