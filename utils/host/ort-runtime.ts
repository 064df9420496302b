/**
 * onnxruntime-web set up for extension pages (offscreen document on Chrome, background page on Firefox).
 *
 * Two ORT builds, each for what it is good at. The scorers and the derailment model run on the plain WASM build
 * (`onnxruntime-web/wasm`): they only ever use the WASM execution provider, and the asyncify build that WebGPU
 * needs costs them ~20 % more CPU per draft (session 15: interleaved A/B in one Node process, 300 drafts of 1,000
 * characters, CPU p50 4.20 vs 5.18 ms, every result identical), which is the margin of the 5 ms p95 target. The
 * local rewriter (transformers.js) keeps the asyncify/WebGPU build: `ortWasmPaths` points it there. Each build is
 * its own module with its own WASM memory, so the scorers' call queue (ort-serial.ts) never meets the rewriter's.
 * Paths are explicit: ORT must never reach a CDN, and WXT rewrites import.meta.url, so ORT cannot find its own
 * files without help.
 */

import asyncifyMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import asyncifyWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import plainMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import plainWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import * as ort from 'onnxruntime-web/wasm';

let configured = false;

/** The asyncify (WebGPU-capable) build's glue and wasm as URLs inside the extension package, for transformers.js. */
export function ortWasmPaths(): { mjs: string; wasm: string } {
	const base = globalThis.location?.origin ?? '';
	return { mjs: new URL(asyncifyMjsUrl, base).href, wasm: new URL(asyncifyWasmUrl, base).href };
}

/** The plain WASM build's glue and wasm as URLs inside the extension package, for the scorers. */
export function scorerWasmPaths(): { mjs: string; wasm: string } {
	const base = globalThis.location?.origin ?? '';
	return { mjs: new URL(plainMjsUrl, base).href, wasm: new URL(plainWasmUrl, base).href };
}

/** The scorers' ORT module (plain WASM build), configured once per realm (ORT reads env.wasm only at its first init). */
export function getOrt(): typeof ort {
	if (!configured) {
		ort.env.wasm.wasmPaths = scorerWasmPaths();
		// One thread: scoring a draft is ~0.1 ms; threads only add start-up cost and need cross-origin isolation.
		ort.env.wasm.numThreads = 1;
		ort.env.wasm.proxy = false;
		configured = true;
	}
	return ort;
}

/** Whether a WebGPU adapter exists here (SwiftShader counts; callers decide whether it is worth using). */
export async function hasWebGpu(): Promise<boolean> {
	const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
	if (!gpu) return false;
	try {
		return (await gpu.requestAdapter()) !== null;
	} catch {
		return false;
	}
}

/** URLs of every model file under models/, keyed by file name, emitted by Vite as assets (never copied twice). */
const modelUrls = import.meta.glob('../../models/*.onnx', {
	query: '?url',
	import: 'default',
	eager: true,
}) as Record<string, string>;

/** Loads a model file named in a manifest from the extension's own assets. */
export async function loadModelBytes(file: string): Promise<Uint8Array> {
	const entry = Object.entries(modelUrls).find(([path]) => path.endsWith(`/${file}`));
	if (!entry) throw new Error(`model file ${file} is not bundled`);
	const response = await fetch(entry[1]);
	if (!response.ok) throw new Error(`model file ${file}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}
