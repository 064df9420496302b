// @vitest-environment node
/**
 * A draft of three or more sentences always has them scored alone (sentences.ts ALWAYS_SCORED_SENTENCES), so the
 * probability pass scores them in its own toxic run (sentence-pass.ts `ahead`) instead of a run of their own:
 * two ORT runs per new draft instead of three, and the very same results (scores and spans) as before.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledManifest from '../manifest.json';
import type { ModelManifest } from './manifest.ts';
import { MODELS_DIR } from './node-scorer.ts';
import { OnnxScorer } from './onnx-scorer.ts';
import { serializeOrt } from './ort-serial.ts';

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

const CIVIL =
	'Thanks for the patch, I tried it locally. The build passes on Linux now. Could you add a test for the empty input case?';

describe('sentences scored in the probability run', () => {
	it('costs a civil draft of three sentences two runs, not three', async () => {
		const { scorer, counter } = await countingScorer();
		await scorer.score(['Warm the sessions up with a sentence or two.']);
		counter.runs = 0;
		const [result] = await scorer.score([CIVIL]);
		expect(result?.flag).toBe(false);
		expect(counter.runs).toBe(2);
		await scorer.dispose();
	});

	it('still scores a short draft with one insult sentence as before (it needs its sentences after all)', async () => {
		const { scorer } = await countingScorer();
		const [result] = await scorer.score([
			'The build passes on Linux now and the logs look clean. You are a complete idiot though.',
		]);
		expect(result?.flag).toBe(true);
		expect(result?.spans.length).toBeGreaterThan(0);
		await scorer.dispose();
	});

	it('gives every draft the very scores and spans of the separate sentence run, rewritten drafts too', async () => {
		const drafts = [
			CIVIL,
			'The build passes on Linux now and the logs look clean. You are a complete idiot though. Fix it today.',
			'I am such an idiot, I forgot the flag. The build passes on Linux now. Could you add a test for the empty input case?',
			'The Terraform state lock is stuck again. I restarted the runner twice. Nothing changed in the plan output.',
			'Thanks for the "help", genius. I reverted your change this morning. Please run the tests before you push.',
			'Great, another dupe of the same crash. Closing this one now. Please search before filing next time.',
		];
		const { scorer } = await countingScorer();
		const { scorer: separate } = await countingScorer();
		// The path before: no sentences in the probability run, so the sentence pass runs them alone.
		(separate as unknown as { sentences: { ahead: () => Promise<undefined> } }).sentences.ahead = async () =>
			undefined;
		for (const options of [{}, { allowSwearingAtThings: true }])
			for (const text of drafts)
				expect(await scorer.score([text], options)).toEqual(await separate.score([text], options));
		await scorer.dispose();
		await separate.dispose();
	});
});
