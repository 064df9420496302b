/**
 * The OnnxDerailPredictor wired for Node (CLI, eval, tests): onnxruntime-web's WASM build, the model read from
 * models/ and checked against derail-manifest.json's sha256, so a stale or corrupted file fails loudly.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnnxDerailPredictor } from './onnx-predictor.ts';

const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What derail-manifest.json says about the shipped model. */
export interface DerailManifest {
	version: string;
	file: string;
	sha256: string;
}

/** Creates a predictor for the model named in `modelsDir`/derail-manifest.json. */
export async function createNodeDerailPredictor(modelsDir = MODELS_DIR): Promise<OnnxDerailPredictor> {
	const ort = await import('onnxruntime-web/wasm');
	// One thread, no proxy worker: the same single-threaded WASM path the extension runs.
	ort.env.wasm.numThreads = 1;
	ort.env.wasm.proxy = false;
	ort.env.logLevel = 'error';
	const manifest = JSON.parse(
		await readFile(join(modelsDir, 'derail-manifest.json'), 'utf8'),
	) as DerailManifest;
	return new OnnxDerailPredictor({
		ort,
		file: manifest.file,
		loadBytes: async (file) => {
			const bytes = new Uint8Array(await readFile(join(modelsDir, file)));
			const sha = createHash('sha256').update(bytes).digest('hex');
			if (file === manifest.file && sha !== manifest.sha256)
				throw new Error(`${file}: sha256 ${sha} does not match derail-manifest.json (run npm run train)`);
			return bytes;
		},
	});
}
