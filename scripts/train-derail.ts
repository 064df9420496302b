/**
 * Trains the derailment model (`npm run train`, after the scoring trainer): seeded and reproducible, a minute or
 * so on 2 cores. Writes models/derail-v1.onnx and models/derail-manifest.json (version, data, rows, metrics,
 * sha256). The validation split is held out from every stage (tone heads included) so eval-derail is honest.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
	isValidation,
	isWikiHeldOut,
	loadCgaWiki,
	loadDerailment,
	loadIncivility,
} from '../models/derail/data.ts';
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

const wiki = prepareAll(loadCgaWiki());
const wikiTrain = wiki.filter((t) => !isWikiHeldOut(t.thread.id, DERAIL_SEED));
const wikiHeldOut = wiki.filter((t) => isWikiHeldOut(t.thread.id, DERAIL_SEED));

// Stage 1: out-of-fold tone features for every training thread (and the forum rows, spread over the same folds).
const FOLDS = 5;
const { rows: oof, extraRows: wikiRows } = outOfFoldRows(
	tone,
	train,
	valIssues,
	FOLDS,
	DERAIL_SEED,
	wikiTrain,
);
const labels = train.map((t) => t.thread.label);
const forum = { rows: wikiRows, labels: wikiTrain.map((t) => t.thread.label) };
log(
	`out-of-fold tone features done (${wikiTrain.length} CGA-Wiki threads as forum rows, ${wikiHeldOut.length} held out)`,
);

/**
 * Cross-validates the thread model (GitHub and forum rows both folded) and picks one logit shift for the
 * default decision point p = 0.5 that maximises GitHub F1 + forum accuracy: one default serving both targets.
 */
function crossValidate(withForum: typeof forum) {
	const scores: number[] = new Array(oof.length);
	const forumScores: number[] = new Array(withForum.rows.length);
	for (let f = 0; f < FOLDS; f++) {
		const keep = (_: unknown, i: number) => i % FOLDS !== f;
		const fit = fitThreadModel(oof.filter(keep), labels.filter(keep), 0, {
			rows: withForum.rows.filter(keep),
			labels: withForum.labels.filter(keep),
		});
		oof.forEach((x, i) => {
			if (i % FOLDS === f) scores[i] = scoreRows(fit, [x])[0] ?? 0;
		});
		withForum.rows.forEach((x, i) => {
			if (i % FOLDS === f) forumScores[i] = scoreRows(fit, [x])[0] ?? 0;
		});
	}
	let best = { threshold: 0.5, objective: -1 };
	for (let t = 0.2; t <= 0.8; t += 0.01) {
		const forumAccuracy =
			forumScores.length > 0 ? binaryMetrics(forumScores, withForum.labels, t).accuracy : 0;
		const objective = binaryMetrics(scores, labels, t).f1 + forumAccuracy;
		if (objective > best.objective) best = { threshold: t, objective };
	}
	const shift = -Math.log(best.threshold / (1 - best.threshold));
	const shifted = (ps: number[]) => ps.map((p) => 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + shift))));
	return {
		shift,
		threshold: best.threshold,
		metrics: binaryMetrics(shifted(scores), labels),
		forum: forumScores.length > 0 ? binaryMetrics(shifted(forumScores), withForum.labels) : undefined,
	};
}

// Stage 2: the thread model on GitHub + forum rows, calibrated on GitHub cross-validation.
const cv = crossValidate(forum);
log(
	`thread model CV (train split, ${FOLDS} folds): ${JSON.stringify(round(cv.metrics))}, raw threshold ${cv.threshold.toFixed(2)}`,
);
log(`forum rows CV (CGA-Wiki training half): ${JSON.stringify(round(cv.forum ?? {}))}`);
const threadModel = fitThreadModel(oof, labels, cv.shift, forum);
// Ablation for honest transfer numbers: the same thread model without any forum rows.
const githubOnly = fitThreadModel(oof, labels, crossValidate({ rows: [], labels: [] }).shift);

// Final tone heads on every training comment (validation issues still excluded).
const toneModel = trainTone(toneExamples(tone, train, valIssues), DERAIL_SEED);
const evaluate = (model: typeof threadModel, threads: typeof val) =>
	binaryMetrics(
		scoreRows(
			model,
			threads.map((t) => threadRow(toneModel, t.prepared)),
		),
		threads.map((t) => t.thread.label),
	);
const validation = evaluate(threadModel, val);
log(`validation split: ${JSON.stringify(round(validation))}`);
const wikiInDomain = evaluate(threadModel, wikiHeldOut);
log(
	`CGA-Wiki held-out half (other half trained the forum rows; not transfer): ${JSON.stringify(round(wikiInDomain))}`,
);
const transfer = evaluate(githubOnly, wikiHeldOut);
log(`CGA-Wiki held-out half, GitHub-only ablation (true transfer): ${JSON.stringify(round(transfer))}`);

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
		'cga-partial':
			'cga_wiki_base_valid.jsonl: half (seeded by convo_id) trains the thread model as forum rows, half is held out',
	},
	rows: {
		trainThreads: train.length,
		validationThreads: val.length,
		incivilityComments: toneRows,
		cgaWikiTrainThreads: wikiTrain.length,
		cgaWikiHeldOutThreads: wikiHeldOut.length,
	},
	metrics: {
		crossValidation: round(cv.metrics),
		crossValidationForumRows: round(cv.forum ?? {}),
		validation: round(validation),
		cgaWikiHeldOut: round(wikiInDomain),
		cgaWikiTransferGithubOnlyAblation: round(transfer),
	},
	decisionPoint:
		'p >= 0.5 at default sensitivity; logit shifted so 0.5 maximises cross-validated GitHub F1 + forum accuracy',
};
writeFileSync('models/derail-manifest.json', `${JSON.stringify(manifest, null, '\t')}\n`);
log(`wrote models/${DERAIL_MODEL_FILE} (${bytes.length} bytes) and models/derail-manifest.json`);
