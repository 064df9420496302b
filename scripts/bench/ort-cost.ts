/**
 * What one ORT run of each scoring graph costs, by input and outputs asked for: a 1,000-character bench draft
 * vs an empty one (the fixed cost per run), the toxic run with and without the draft's sentences, and a
 * contribution run; the cases are interleaved (order alternating) over the same drafts, ms per run.
 * Usage: npx tsx scripts/bench/ort-cost.ts [RUNS=400]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FeatureConfig, featurizeBatch, tokenize } from '../../models/features/featurize.ts';
import type { ModelManifest } from '../../models/scoring/manifest.ts';
import { concatSentences } from '../../models/scoring/model-inputs.ts';
import { OrtModels } from '../../models/scoring/ort-models.ts';
import { sentenceSegments } from '../../models/scoring/sentences.ts';
import { benchDraft, summarize } from './drafts.ts';

const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;
ort.env.logLevel = 'error';
const dir = join(import.meta.dirname, '../../models');
const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as ModelManifest;
const models = new OrtModels({
	ort,
	manifest,
	loadBytes: async (f) => new Uint8Array(await readFile(join(dir, f))),
});
const tox = models.model('toxic');
const ap = models.model('Inappropriateness');
await models.load(tox);
await models.load(ap);

const EMPTY = { inputs: { ids: new Int32Array(0), vals: new Float32Array(0) } };
const drafts = Array.from({ length: 50 }, (_, i) => {
	const t = tokenize(benchDraft(1000, i + 1));
	return {
		toxic: models.prepare(tox, t),
		ap: models.prepare(ap, t),
		sentences: concatSentences(featurizeBatch(sentenceSegments(t), tox.features as FeatureConfig)),
	};
});
const d = (v: number) => drafts[v % drafts.length] as (typeof drafts)[number];
const AP = ['probs', 'corpusProbs', 'gate'];
const cases: Record<string, (v: number) => Promise<unknown>> = {
	'appropriateness probs+corpusProbs+gate, 1,000 chars': (v) => models.runOutputs(ap, d(v).ap, AP),
	'appropriateness probs+gate, 1,000 chars': (v) => models.runOutputs(ap, d(v).ap, ['probs', 'gate']),
	'appropriateness probs, 1,000 chars': (v) => models.runOutputs(ap, d(v).ap, ['probs']),
	'appropriateness probs+corpusProbs+gate, empty': () => models.runOutputs(ap, EMPTY, AP),
	'toxic probs, 1,000 chars': (v) => models.runOutputs(tox, d(v).toxic, ['probs']),
	'toxic probs+sentProbs, 1,000 chars + its sentences': (v) =>
		models.runOutputs(tox, d(v).toxic, ['probs', 'sentProbs'], d(v).sentences),
	'toxic probs, empty': () => models.runOutputs(tox, EMPTY, ['probs']),
	'toxic contrib, 1,000 chars': (v) => models.runOutputs(tox, d(v).toxic, ['contrib']),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const runs = Number(process.argv[2] ?? 400);
for (let r = 0; r < runs + 50; r++) {
	const order = Object.entries(cases);
	if (r % 2) order.reverse();
	for (const [k, run] of order) {
		const t = performance.now();
		await run(r);
		if (r >= 50) times[k]?.push(performance.now() - t);
	}
}
for (const [k, a] of Object.entries(times)) {
	const s = summarize(a);
	console.log(`${k.padEnd(54)} p50 ${s.p50.toFixed(3)}  p90 ${s.p90.toFixed(3)} ms`);
}
