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
import { benchDraft, civilDraft } from '../drafts.ts';
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

/**
 * The tail bench (scripts/bench/chromium-tail.ts): one scorer, each draft between two performance marks (the
 * trace's window for its GC events), with the wall time of its ORT runs (every `run` of the queued ORT timed).
 */
let tail: OnnxScorer | undefined;
const ortTime = { ms: 0, runs: 0 };
let ortTimed = false;
type TailKind = 'bench' | 'civil' | 'abusive';
const tailDraft = (kind: TailKind, length: number, variant: number) =>
	kind === 'civil' ? civilDraft(length, variant) : benchDraft(length, variant, kind === 'abusive');

async function tailScore(kind: TailKind, length: number, variant: number) {
	const draft = tailDraft(kind, length, variant);
	const ms0 = ortTime.ms;
	const runs0 = ortTime.runs;
	performance.mark(`tail-s-${variant}`);
	const start = performance.now();
	const [result] = (await tail?.score([draft])) ?? [];
	const wall = performance.now() - start;
	performance.mark(`tail-e-${variant}`);
	return { variant, wall, ortMs: ortTime.ms - ms0, ortRuns: ortTime.runs - runs0, flag: !!result?.flag };
}

Object.assign(globalThis, {
	tactfulTailOpen: async () => {
		if (!ortTimed) {
			// Installed once, around the queued `run` (ort-serial.ts): what one draft waits for its ORT runs.
			const proto = (ortWasm.InferenceSession as unknown as { prototype: unknown }).prototype as {
				run: (...args: unknown[]) => Promise<unknown>;
			};
			const queued = proto.run;
			proto.run = async function (this: unknown, ...args: unknown[]) {
				const start = performance.now();
				try {
					return await queued.apply(this, args);
				} finally {
					ortTime.ms += performance.now() - start;
					ortTime.runs++;
				}
			};
			ortTimed = true;
		}
		tail = new OnnxScorer({ ort: serialOrt, loadBytes: (file) => fetchBytes(`/models/${file}`) });
		await tail.score([benchDraft(40, 0)]);
	},
	/** One draft per call (driven from Node, which reads the main thread's CPU time around it). */
	tactfulTailScore: (kind: TailKind, length: number, variant: number) => tailScore(kind, length, variant),
	/** `count` drafts one after another inside the page, as `npm run bench`'s in-page wall figures are taken. */
	tactfulTailLoop: async (kind: TailKind, length: number, from: number, count: number) => {
		const out = [];
		for (let v = from; v < from + count; v++) out.push(await tailScore(kind, length, v));
		return out;
	},
	tactfulTailClose: () => tail?.dispose(),
});

const status = document.getElementById('status');
if (status) status.textContent = 'ready';
