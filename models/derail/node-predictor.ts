/**
 * The OnnxDerailPredictor wired for Node (CLI, eval, tests): onnxruntime-web's WASM build, the model read from
 * models/ and checked against derail-manifest.json's sha256, so a stale or corrupted file fails loudly, plus the
 * Node scoring engine whose probabilities the model reads.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeScorer } from '../scoring/node-scorer.ts';
import { serializeOrt } from '../scoring/ort-serial.ts';
import type { Scorer } from '../scoring/types.ts';
import { OnnxDerailPredictor } from './onnx-predictor.ts';

const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What derail-manifest.json says about the shipped model. */
export interface DerailManifest {
	version: string;
	file: string;
	sha256: string;
	/** False when the thread model ignores the scoring engine's probabilities (then no scorer is created). */
	readsScorer?: boolean;
	/** The scoring models the derailment model was trained on (only when it reads them). */
	scorer?: { models: { file: string; sha256: string }[] };
}

/**
 * Scoring models whose sha256 differs from the ones the derailment model was trained on (empty = all match).
 * A mismatch still works but shifts the model's inputs: retrain with `npm run train`.
 */
export async function scorerMismatches(modelsDir = MODELS_DIR): Promise<string[]> {
	const read = async (file: string) => JSON.parse(await readFile(join(modelsDir, file), 'utf8'));
	const derail = (await read('derail-manifest.json')) as DerailManifest;
	const scoring = (await read('manifest.json')) as { models: { file: string; sha256: string }[] };
	return (derail.scorer?.models ?? [])
		.filter((m) => scoring.models.find((s) => s.file === m.file)?.sha256 !== m.sha256)
		.map((m) => m.file);
}

/**
 * Creates a predictor for the model named in `modelsDir`/derail-manifest.json, with the Node scoring engine from
 * the same folder when the model reads it (pass `scorer: null` to run without one, e.g. to measure the fallback).
 */
export async function createNodeDerailPredictor(
	modelsDir = MODELS_DIR,
	{ scorer }: { scorer?: Scorer | null } = {},
): Promise<OnnxDerailPredictor> {
	const ort = await import('onnxruntime-web/wasm');
	// One thread, no proxy worker: the same single-threaded WASM path the extension runs.
	ort.env.wasm.numThreads = 1;
	ort.env.wasm.proxy = false;
	ort.env.logLevel = 'error';
	const manifest = JSON.parse(
		await readFile(join(modelsDir, 'derail-manifest.json'), 'utf8'),
	) as DerailManifest;
	// A model trained without scorer features gives them weight 0: scoring every comment would only cost time.
	const wantsScorer = scorer === undefined && manifest.readsScorer !== false;
	const ownScorer = wantsScorer ? await createNodeScorer(modelsDir) : undefined;
	const predictor = new OnnxDerailPredictor({
		ort: serializeOrt(ort),
		file: manifest.file,
		...(scorer ? { scorer } : ownScorer ? { scorer: ownScorer } : {}),
		loadBytes: async (file) => {
			const bytes = new Uint8Array(await readFile(join(modelsDir, file)));
			const sha = createHash('sha256').update(bytes).digest('hex');
			if (file === manifest.file && sha !== manifest.sha256)
				throw new Error(`${file}: sha256 ${sha} does not match derail-manifest.json (run npm run train)`);
			return bytes;
		},
	});
	if (ownScorer) {
		// The scorer created here is this predictor's to release.
		const dispose = predictor.dispose.bind(predictor);
		predictor.dispose = async () => {
			await dispose();
			await ownScorer.dispose();
		};
	}
	return predictor;
}
