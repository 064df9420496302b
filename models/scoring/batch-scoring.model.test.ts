// @vitest-environment node
/**
 * A thread's comments scored in one batch per model (probability-pass.ts `scoreProbabilitiesBatch`, the graphs'
 * batch branch from models/train/onnx-batch.ts) give exactly what scoring each comment alone gives: the
 * derailment model was trained on the single-draft numbers, and a draft scored before its thread shares the cache.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledManifest from '../manifest.json';
import type { ModelManifest } from './manifest.ts';
import { MODELS_DIR } from './node-scorer.ts';
import { OnnxScorer } from './onnx-scorer.ts';
import { serializeOrt } from './ort-serial.ts';

const COMMENTS = [
	'This crashes on startup since 2.3, stack trace below.',
	'Can you share the config file you are using?',
	'',
	'> quoted text only',
	'Still broken. Two months and nobody from the team has even looked at it!!! Are you serious?',
	'Thanks, the workaround with the older driver works for me for now.',
	'You clearly did not read the issue. Read it again before closing it as a duplicate, this is not how you treat people who report bugs.',
	'ok',
	'Locking this thread: please keep it civil. If you have new information, open a new issue with a minimal reproduction and the exact versions of every package involved, and we will look at it next week.',
];

/** A scorer over the shipped models that counts its ORT runs. */
async function countingScorer() {
	const ort = serializeOrt(await import('onnxruntime-web/wasm'));
	ort.env.wasm.numThreads = 1;
	const counter = { runs: 0 };
	const scorer = new OnnxScorer({
		ort: {
			Tensor: ort.Tensor,
			InferenceSession: {
				create: async (bytes: Uint8Array, options?: object) => {
					const session = await ort.InferenceSession.create(bytes, options);
					const run = session.run.bind(session);
					session.run = ((...args: Parameters<typeof run>) => {
						counter.runs++;
						return run(...args);
					}) as typeof session.run;
					return session;
				},
			} as unknown as typeof ort.InferenceSession,
		},
		manifest: bundledManifest as unknown as ModelManifest,
		loadBytes: async (file) => new Uint8Array(await readFile(join(MODELS_DIR, file))),
	});
	return { scorer, counter };
}

describe('batched scoring of thread comments', () => {
	it('gives every comment the scores of its own single run, in a few runs', async () => {
		const single = await countingScorer();
		const batched = await countingScorer();
		const alone = [];
		for (const text of COMMENTS) alone.push(...(await single.scorer.score([text], { wholeDraft: true })));
		const together = await batched.scorer.score(COMMENTS, { wholeDraft: true });
		expect(together).toEqual(alone);
		expect(single.counter.runs).toBe(2 * COMMENTS.length);
		expect(batched.counter.runs).toBeLessThan(single.counter.runs / 2);
		await single.scorer.dispose();
		await batched.scorer.dispose();
	});

	it('gives drafts (several at once, every pass after the probabilities) the scores they get one by one', async () => {
		const single = await countingScorer();
		const batched = await countingScorer();
		const alone = [];
		for (const text of COMMENTS) alone.push(...(await single.scorer.score([text])));
		expect(await batched.scorer.score(COMMENTS)).toEqual(alone);
		await single.scorer.dispose();
		await batched.scorer.dispose();
	});
});
