// @vitest-environment node
/**
 * A run builds tensors only for the feeds that change (session 14): the draft's ids and values, and the
 * sentences when a run scores them. The `explain` flags, "no sentences" and "no batch" feeds are built once per
 * scorer and fed again (ORT copies every feed into its own memory per run), and results stay the same.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledManifest from '../manifest.json';
import type { ModelManifest } from './manifest.ts';
import { createNodeScorer, MODELS_DIR } from './node-scorer.ts';
import { OnnxScorer } from './onnx-scorer.ts';
import { serializeOrt } from './ort-serial.ts';

/** A scorer over the shipped models that counts the tensors it constructs. */
async function countingScorer() {
	const ort = serializeOrt(await import('onnxruntime-web/wasm'));
	ort.env.wasm.numThreads = 1;
	const counter = { tensors: 0 };
	const CountingTensor = new Proxy(ort.Tensor, {
		construct(target, args, newTarget) {
			counter.tensors++;
			return Reflect.construct(target, args, newTarget);
		},
	});
	const scorer = new OnnxScorer({
		ort: { Tensor: CountingTensor, InferenceSession: ort.InferenceSession },
		manifest: bundledManifest as unknown as ModelManifest,
		loadBytes: async (file) => new Uint8Array(await readFile(join(MODELS_DIR, file))),
	});
	return { scorer, counter };
}

const CIVIL =
	'Thanks for the patch, I tried it locally. The build passes on Linux now. Could you add a test for the empty input case?';
const RUDE = 'You are a useless idiot and your code is garbage, stop wasting our time.';

describe('ORT feeds', { timeout: 120_000 }, () => {
	it('builds only the changing feeds of a run', async () => {
		const { scorer, counter } = await countingScorer();
		await scorer.score(['Warm the sessions up with a sentence or two.']);
		counter.tensors = 0;
		await scorer.score([CIVIL]);
		// toxic: ids, vals and the five sentence inputs; appropriateness: ids, vals.
		expect(counter.tensors).toBe(9);
		await scorer.dispose();
	});

	it('gives the same results as a scorer built the usual way, spans included', async () => {
		const { scorer } = await countingScorer();
		const plain = await createNodeScorer();
		for (const text of [CIVIL, RUDE, `${CIVIL} ${RUDE}`])
			expect(await scorer.score([text])).toEqual(await plain.score([text]));
		await scorer.dispose();
		await plain.dispose();
	});
});
