/**
 * Fingerprints what the derailment model reads and says, to prove a runtime change leaves it byte-identical:
 * every gh-derailment, CGA-Wiki and extra GitHub incivility thread is predicted cold (its comments new to the
 * scorer, as `tactful derail` and a freshly read page score them), then the sha256 of every comment's scorer
 * vector (the model's per-comment input, float64 bytes) and of every prediction (JSON) is printed.
 * Usage: npx tsx scripts/derail-hash.ts [MODELS_DIR]   (run it before and after a change; the hashes must match)
 */
import { createHash } from 'node:crypto';
import { loadCgaWiki, loadDerailment, loadIncivilityThreads } from '../models/derail/data.ts';
import { prepareThread } from '../models/derail/features.ts';
import { createNodeDerailPredictor } from '../models/derail/node-predictor.ts';
import { scoreComments } from '../models/derail/score-features.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const modelsDir = process.argv[2];
const scorer = await createNodeScorer(modelsDir);
const predictor = await createNodeDerailPredictor(modelsDir, { scorer });
const inputs = createHash('sha256');
const outputs = createHash('sha256');
let threads = 0;
let comments = 0;
const t0 = performance.now();
for (const [name, load] of [
	['gh-derailment', loadDerailment],
	['CGA-Wiki', loadCgaWiki],
	['GitHub incivility threads', loadIncivilityThreads],
] as const) {
	for (const thread of load()) {
		const { thread: _, ...result } = await predictor.predict({ comments: thread.comments });
		outputs.update(JSON.stringify(result));
		// The scorer has just scored these comments for the prediction: these are cache hits of the same entries.
		const vectors = await scoreComments(
			scorer,
			prepareThread(thread.comments).map((c) => c.clean),
		);
		for (const v of vectors) inputs.update(new Uint8Array(Float64Array.from(v).buffer));
		threads++;
		comments += vectors.length;
	}
	console.log(`${name}: done (${threads} threads so far)`);
}
console.log(`${threads} threads, ${comments} comments, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`scorer inputs sha256 ${inputs.digest('hex')}`);
console.log(`predictions  sha256 ${outputs.digest('hex')}`);
await predictor.dispose();
await scorer.dispose();
