/**
 * Benchmark page: runs the shipped scorer and the reference encoders in Chromium with the same onnxruntime-web
 * build and settings as the extension's inference host (WASM, 1 thread; WebGPU when an adapter exists).
 */

import asyncifyMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import asyncifyWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import plainMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import plainWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import * as ortWasm from 'onnxruntime-web/wasm';
import * as ort from 'onnxruntime-web/webgpu';
import { OnnxScorer } from '../../../models/scoring/onnx-scorer.ts';
import { serializeOrt } from '../../../models/scoring/ort-serial.ts';
import { runEncoderBench, runScorerBench } from '../measure.ts';
import { type AdapterInfo, adapterName } from '../webgpu-report.ts';

ort.env.wasm.wasmPaths = {
	mjs: new URL(asyncifyMjsUrl, location.href).href,
	wasm: new URL(asyncifyWasmUrl, location.href).href,
};
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;
// The extension's scorers run on the plain WASM build (utils/host/ort-runtime.ts); the asyncify build above is
// what WebGPU (the WebGPU pass) and the encoders' comparison use.
ortWasm.env.wasm.wasmPaths = {
	mjs: new URL(plainMjsUrl, location.href).href,
	wasm: new URL(plainWasmUrl, location.href).href,
};
ortWasm.env.wasm.numThreads = 1;
ortWasm.env.wasm.proxy = false;
/** The scorers go through one ORT call queue, as in the extension (concurrent calls corrupt ORT's WASM stack). */
const serialOrt = serializeOrt(ortWasm);
const serialWebGpuOrt = serializeOrt(ort);

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

async function webGpuAdapter(): Promise<string | null> {
	const gpu = (
		navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: AdapterInfo } | null> } }
	).gpu;
	const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
	return adapter ? adapterName(adapter.info ?? {}) : null;
}

interface PageConfig {
	lengths: number[];
	runs: number;
	encoders: { name: string; url: string; runs: number }[];
	webgpu: boolean;
}

Object.assign(globalThis, {
	tactfulBench: async (config: PageConfig) => {
		const adapter = await webGpuAdapter();
		const scorer = await runScorerBench(
			() => new OnnxScorer({ ort: serialOrt, loadBytes: (file) => fetchBytes(`/models/${file}`) }),
			config.lengths,
			config.runs,
		);
		const encoders = [];
		for (const encoder of config.encoders) {
			encoders.push(
				await runEncoderBench(ort, encoder.name, () => fetchBytes(encoder.url), config.lengths, encoder.runs),
			);
		}
		let webgpu: unknown = null;
		if (config.webgpu && adapter) {
			webgpu = await runScorerBench(
				() =>
					new OnnxScorer({
						ort: serialWebGpuOrt,
						loadBytes: (file) => fetchBytes(`/models/${file}`),
						executionProviders: ['webgpu', 'wasm'],
					}),
				config.lengths,
				Math.min(config.runs, 20),
			).catch((error: unknown) => ({ error: String(error) }));
		}
		return { scorer, encoders, webgpuAdapter: adapter, webgpu };
	},
});
/** One scorer driven draft by draft from Node, which reads this thread's CPU time around each call. */
let driven: OnnxScorer | undefined;
Object.assign(globalThis, {
	tactfulOpenScorer: () => {
		driven = new OnnxScorer({ ort: serialOrt, loadBytes: (file) => fetchBytes(`/models/${file}`) });
	},
	tactfulScore: async (texts: string[]) =>
		((await driven?.score(texts)) ?? []).map((r) => ({ flag: r.flag })),
	tactfulCloseScorer: () => driven?.dispose(),
});

const status = document.getElementById('status');
if (status) status.textContent = 'ready';
