/**
 * Evaluates the shipped derailment model through the real runtime (onnxruntime-web + OnnxDerailPredictor):
 * F1/AUC/precision/recall on the validation split (held out from every training stage) beside the paper's
 * GPT-4o prompt results, forum accuracy on the held-out half of CGA-Wiki, and latency for a 30-comment thread.
 */
import { readFile } from 'node:fs/promises';
import {
	isValidation,
	isWikiHeldOut,
	type LabelledThread,
	loadCgaWiki,
	loadDerailment,
} from '../models/derail/data.ts';
import { binaryMetrics } from '../models/derail/learn.ts';
import { createNodeDerailPredictor } from '../models/derail/node-predictor.ts';
import { DERAIL_SEED } from '../models/derail/version.ts';

const predictor = await createNodeDerailPredictor();

async function score(threads: readonly LabelledThread[]) {
	const scores: number[] = [];
	for (const t of threads) scores.push((await predictor.predict({ comments: t.comments })).derail);
	return binaryMetrics(
		scores,
		threads.map((t) => t.label),
	);
}

const fmt = (x: number) => x.toFixed(3);
const row = (
	name: string,
	m: { precision: number; recall: number; f1: number; auc?: number; accuracy?: number; n?: number },
) =>
	`| ${name.padEnd(58)} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.f1)} | ${m.auc === undefined ? '  -  ' : fmt(m.auc)} | ${m.n ?? '-'} |`;

const all = loadDerailment();
const val = all.filter((t) => isValidation(t.id, DERAIL_SEED));
const valFinal = val.filter((t) => t.finalEval);
const ours = await score(val);
const oursFinal = await score(valFinal);
// Every non-derailed thread in the data has ≥ 4 comments, while derailed ones are cut before the toxic comment:
// scoring only threads with ≥ 4 comments shows how much of the number could come from that artifact.
const oursLong = await score(val.filter((t) => t.comments.length >= 4));
const pos = val.filter((t) => t.label === 1).length;

console.log('# Derailment (gh-derailment), threshold 0.5 = default sensitivity\n');
console.log(
	`Validation split: ${val.length} conversations (${pos} derailed), held out from the tone heads and the thread model.`,
);
console.log(
	'Paper rows are GPT-4o on all 822 final-evaluation conversations (SOURCE.md), not on this split.\n',
);
console.log(
	'| approach                                                   |   P   |   R   |  F1   |  AUC  |  n  |',
);
console.log('|---|---|---|---|---|---|');
console.log(row('Tactful derail (this model), validation split', ours));
console.log(row('Tactful derail, validation ∩ paper final-eval set', oursFinal));
console.log(row('Tactful derail, validation threads with ≥ 4 comments', oursLong));
console.log(
	row('Imran et al. 2025 GPT-4o least-to-most prompt (paper)', {
		precision: 0.761,
		recall: 0.654,
		f1: 0.703,
		n: 822,
	}),
);
console.log(
	row('Modified Hua et al. few-shot prompt (paper)', { precision: 0.597, recall: 0.677, f1: 0.635, n: 822 }),
);
console.log(row('Hua et al. original prompt (paper)', { precision: 0.8, recall: 0.346, f1: 0.484, n: 822 }));

const manifest = JSON.parse(await readFile('models/derail-manifest.json', 'utf8'));
const cv = manifest.metrics?.crossValidation;
if (cv)
	console.log(
		`\nTrainer's 5-fold cross-validation on the training split (from the manifest): F1 ${fmt(cv.f1)}, AUC ${fmt(cv.auc)}.`,
	);

const wiki = loadCgaWiki().filter((t) => isWikiHeldOut(t.id, DERAIL_SEED));
const forum = await score(wiki);
console.log('\n# Forum: CGA-Wiki validation, held-out half (balanced), threshold 0.5\n');
console.log(
	'The other half of CGA-Wiki trained the thread model as forum rows, so this is NOT a transfer number.',
);
console.log(
	`accuracy ${fmt(forum.accuracy)}, F1 ${fmt(forum.f1)}, AUC ${fmt(forum.auc)}, n ${forum.n} (published CRAFT ≈ 0.66 accuracy on CGA-Wiki test)`,
);
const ablation = manifest.metrics?.cgaWikiTransferGithubOnlyAblation;
if (ablation)
	console.log(
		`True transfer (trainer's ablation with no forum rows, same held-out half; from the manifest): accuracy ${fmt(ablation.accuracy)}, AUC ${fmt(ablation.auc)}.`,
	);

// Latency: a 30-comment thread plus a draft (two model runs), after warm-up.
const long = all.find((t) => t.comments.length >= 30) ?? all[0];
const thread = { comments: (long?.comments ?? []).slice(0, 30) };
for (let i = 0; i < 5; i++) await predictor.predict(thread, 'Could you share the exact error?');
const times: number[] = [];
for (let i = 0; i < 50; i++) {
	const start = performance.now();
	await predictor.predict(thread, 'Could you share the exact error?');
	times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
	`\n# Latency (Node, onnxruntime-web wasm, 1 thread): ${thread.comments.length}-comment thread + draft`,
);
console.log(`median ${fmt(times[25] ?? 0)} ms, p95 ${fmt(times[47] ?? 0)} ms`);
await predictor.dispose();
