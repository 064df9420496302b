/** The OnnxScorer wired for Node (CLI, eval, bench): onnxruntime-web's WASM build, model files read from disk. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelManifest } from './manifest.ts';
import { OnnxScorer, type OnnxScorerOptions } from './onnx-scorer.ts';
import { serializeOrt } from './ort-serial.ts';

/** The repository's models/ folder. */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Creates a scorer reading models and the manifest from `modelsDir`; `extra` passes OnnxScorer options. */
export async function createNodeScorer(
	modelsDir = MODELS_DIR,
	extra: Pick<OnnxScorerOptions, 'cacheSize' | 'tokenizer' | 'manifest' | 'contemptThreshold'> = {},
): Promise<OnnxScorer> {
	const ort = await import('onnxruntime-web/wasm');
	// One thread, no proxy worker: the same single-threaded WASM path the extension runs.
	ort.env.wasm.numThreads = 1;
	ort.env.wasm.proxy = false;
	ort.env.logLevel = 'error';
	const manifest = JSON.parse(await readFile(join(modelsDir, 'manifest.json'), 'utf8')) as ModelManifest;
	return new OnnxScorer({
		// Concurrent ORT calls corrupt each other's WASM stack arrays (see ort-serial.ts): one queue per process.
		ort: serializeOrt(ort),
		manifest,
		...extra,
		loadBytes: async (file) => new Uint8Array(await readFile(join(modelsDir, file))),
	});
}
