/**
 * Issue 2's bench for the WebGPU path "when a GPU adapter exists", in Node rather than Chromium (Chromium is
 * too big to carry to a lent GPU machine). `navigator.gpu` comes from Dawn's Node binding (the npm package
 * `webgpu`, not a dependency: see webgpu-device.sh); onnxruntime-web's WebGPU EP then runs on whatever adapter
 * Dawn offers (Vulkan on Linux). It times our real scorer (OnnxScorer: toxic + appropriateness, every pass) and
 * the derailment model on WebGPU and on WASM (1 thread) in the same process, and, when ENCODERS_DIR holds them,
 * MiniLM-L6 / BERT-base shaped encoders (make-encoders.py), and checks that WebGPU's probabilities equal WASM's
 * within PROBABILITY_TOLERANCE on the same drafts (exit status 1 when they do not).
 *
 * Usage: DAWN_NODE=/path/to/dawn.node [ENCODERS_DIR=dir] [BENCH_RUNS=200] [BENCH_WARMUP=500] [ENC_RUNS=10]
 *   [BENCH_LENGTHS=100,1000,5000] [BENCH_JSON=out.json] npx tsx scripts/bench/webgpu-node.ts
 * Dawn's own options (e.g. `backend=vulkan`, `adapter=NAME`) go in DAWN_OPTIONS, comma-separated.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Ort from 'onnxruntime-web';
import bundledManifest from '../../models/manifest.json';
import type { ModelManifest } from '../../models/scoring/manifest.ts';
import { OnnxScorer } from '../../models/scoring/onnx-scorer.ts';
import { serializeOrt } from '../../models/scoring/ort-serial.ts';
import type { ScoreResult } from '../../models/scoring/types.ts';
import { benchDraft, summarize } from './drafts.ts';
import { runEncoderBench, runScorerBench } from './measure.ts';
import {
	type Agreement,
	compareResults,
	formatLatencyTable,
	formatRatios,
	type LatencyRow,
	maxAbsDiff,
	PROBABILITY_TOLERANCE,
} from './webgpu-compare.ts';
import { type AdapterInfo, adapterName } from './webgpu-report.ts';

type OrtModule = typeof Ort;
const env = process.env;
const LENGTHS = (env.BENCH_LENGTHS ?? '100,1000,5000').split(',').map(Number);
const RUNS = Number(env.BENCH_RUNS ?? 200);
const WARMUP = Number(env.BENCH_WARMUP ?? 500);
const ENC_RUNS = Number(env.ENC_RUNS ?? 10);
const MODELS_DIR = env.MODELS_DIR ?? join(import.meta.dirname ?? '.', '..', '..', 'models');
// The bundled manifest (not read from disk) so the device bundle needs only the .onnx files beside it.
const manifest = bundledManifest as unknown as ModelManifest;

const log = (line = '') => process.stdout.write(`${line}\n`);

/** Installs `navigator.gpu` from Dawn's Node binding; returns the adapter's readable name. */
async function installDawn(): Promise<string> {
	const path = env.DAWN_NODE;
	if (!path)
		throw new Error('DAWN_NODE must name dawn.node (npm pack webgpu@0.6.2: dist/linux-x64/dawn.node)');
	const { create, globals } = createRequire(import.meta.url)(path) as {
		create: (options: string[]) => DawnGpu;
		globals: object;
	};
	Object.assign(globalThis, globals);
	copySharedWrites(globals as { GPUQueue?: { prototype: QueueWrites } });
	const gpu = create((env.DAWN_OPTIONS ?? '').split(',').filter(Boolean));
	// Node 21+ has a read-only `navigator` getter; ORT only reads `navigator.gpu`.
	Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
	const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
	if (!adapter) throw new Error('Dawn offered no adapter (no Vulkan driver found?)');
	const info = adapter.info;
	const fallback = (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter
		? ' (fallback adapter)'
		: '';
	return `${adapterName(info)}${fallback}`;
}

/** The part of dawn.node's `navigator.gpu` the bench reads itself (ORT uses the rest). */
interface DawnGpu {
	requestAdapter(options?: {
		powerPreference?: string;
	}): Promise<{ info: AdapterInfo; isFallbackAdapter?: boolean } | null>;
}

type QueueWrites = {
	writeBuffer: (
		buffer: unknown,
		offset: number,
		data: BufferSource,
		dataOffset?: number,
		size?: number,
	) => void;
};

/**
 * ORT's WebGPU EP uploads tensors with `queue.writeBuffer(buffer, offset, view of the WASM memory, …)`, and
 * that memory is a SharedArrayBuffer (the threaded build); Chromium accepts such a view, dawn.node throws
 * "Error: Invalid argument" (seen session 19, webgpu 0.6.2). Copy shared views into a plain buffer first.
 */
function copySharedWrites(globals: { GPUQueue?: { prototype: QueueWrites } }): void {
	const proto = globals.GPUQueue?.prototype;
	if (!proto) throw new Error('dawn.node exports no GPUQueue to patch');
	const write = proto.writeBuffer;
	proto.writeBuffer = function (buffer, offset, data, dataOffset = 0, size) {
		if (ArrayBuffer.isView(data) && data.buffer instanceof SharedArrayBuffer) {
			const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
			const per = (data as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1;
			const start = dataOffset * per;
			const end = size === undefined ? bytes.length : start + size * per;
			return write.call(this, buffer, offset, bytes.slice(start, end), 0, end - start);
		}
		return write.call(this, buffer, offset, data, dataOffset, size);
	};
}

async function loadOrt(): Promise<{ wasm: OrtModule; gpu: OrtModule }> {
	// Two bundles, two WASM instances: the WASM row runs the build the extension ships for WASM.
	const wasm = (await import('onnxruntime-web/wasm')) as unknown as OrtModule;
	const gpu = (await import('onnxruntime-web/webgpu')) as unknown as OrtModule;
	for (const ort of [wasm, gpu]) {
		ort.env.wasm.numThreads = 1;
		ort.env.wasm.proxy = false;
		ort.env.logLevel = 'error';
	}
	return { wasm: serializeOrt(wasm), gpu: serializeOrt(gpu) };
}

function makeScorer(ort: OrtModule, executionProviders: string[]): OnnxScorer {
	return new OnnxScorer({
		ort,
		manifest,
		executionProviders,
		loadBytes: async (file) => new Uint8Array(await readFile(join(MODELS_DIR, file))),
	});
}

/** Drafts written for the bench (drafts.ts), civil and abusive, at every length; scored once per path. */
function agreementDrafts(): string[] {
	const drafts: string[] = [];
	for (const length of [40, ...LENGTHS]) {
		for (let v = 0; v < 4; v++) drafts.push(benchDraft(length, 9000 + v, v % 2 === 1));
	}
	return drafts;
}

async function scoreAll(scorer: OnnxScorer, drafts: string[]): Promise<ScoreResult[]> {
	const results: ScoreResult[] = [];
	for (const draft of drafts) results.push(...(await scorer.score([draft])));
	return results;
}

/** The derailment model (one session run per call): same random-free inputs on both paths. */
async function derailBench(ort: OrtModule, ep: string): Promise<{ row: LatencyRow; out: Float32Array }> {
	const derail = JSON.parse(await readFile(join(MODELS_DIR, 'derail-manifest.json'), 'utf8')) as {
		file?: string;
	};
	const file = derail.file ?? 'derail-v1.onnx';
	const start = performance.now();
	const session = await ort.InferenceSession.create(await readFile(join(MODELS_DIR, file)), {
		executionProviders: [ep],
	});
	const feeds = derailFeeds(ort, session);
	let out = await firstOutput(session, feeds);
	const loadMs = performance.now() - start;
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		out = await firstOutput(session, feeds);
		times.push(performance.now() - t);
	}
	await session.release();
	const stats = summarize(times);
	// One input shape (a thread's features): the same figure in every length column would mislead, so one column.
	return {
		row: {
			model: `derail (${file})`,
			path: ep === 'webgpu' ? 'WebGPU' : 'WASM',
			loadMs,
			byLength: { 0: stats },
		},
		out,
	};
}

/** Feeds of the graph's declared shapes (dynamic dims as 1), values from a fixed pattern. */
function derailFeeds(ort: OrtModule, session: Ort.InferenceSession): Record<string, Ort.Tensor> {
	const feeds: Record<string, Ort.Tensor> = {};
	for (const meta of session.inputMetadata) {
		if (!meta.isTensor) throw new Error(`derail input ${meta.name} is not a tensor`);
		const dims = meta.shape.map((d) => (typeof d === 'number' && d > 0 ? d : 1));
		const n = dims.reduce((a, b) => a * b, 1);
		if (meta.type === 'float32')
			feeds[meta.name] = new ort.Tensor(
				'float32',
				Float32Array.from({ length: n }, (_, i) => ((i * 37) % 11) / 10),
				dims,
			);
		else if (meta.type === 'int64')
			feeds[meta.name] = new ort.Tensor(
				'int64',
				BigInt64Array.from({ length: n }, (_, i) => BigInt(i % 7)),
				dims,
			);
		else if (meta.type === 'int32')
			feeds[meta.name] = new ort.Tensor(
				'int32',
				Int32Array.from({ length: n }, (_, i) => i % 7),
				dims,
			);
		else throw new Error(`derail input ${meta.name} has type ${meta.type}`);
	}
	return feeds;
}

async function firstOutput(
	session: Ort.InferenceSession,
	feeds: Record<string, Ort.Tensor>,
): Promise<Float32Array> {
	const result = await session.run(feeds);
	const name = session.outputNames[0] as string;
	return Float32Array.from((result[name] as Ort.Tensor).data as Float32Array);
}

/** Encoder outputs on one input of each length, for the WASM/WebGPU agreement check. */
async function encoderOutputs(ort: OrtModule, bytes: Uint8Array, ep: string): Promise<Float32Array[]> {
	const session = await ort.InferenceSession.create(bytes, { executionProviders: [ep] });
	const outs: Float32Array[] = [];
	for (const length of LENGTHS) {
		const tokens = Math.min(512, Math.max(8, Math.round(length / 4) + 2));
		const ids = new ort.Tensor(
			'int64',
			BigInt64Array.from({ length: tokens }, (_, i) => BigInt(1000 + (i % 997))),
			[1, tokens],
		);
		const mask = new ort.Tensor('int64', new BigInt64Array(tokens).fill(1n), [1, tokens]);
		const result = await session.run({ input_ids: ids, attention_mask: mask });
		outs.push(Float32Array.from((result.probs as Ort.Tensor).data as Float32Array));
	}
	await session.release();
	return outs;
}

async function main(): Promise<void> {
	const started = new Date().toISOString();
	const adapter = await installDawn();
	const ort = await loadOrt();
	log(
		`WebGPU bench (Node ${process.version}, onnxruntime-web ${ort.gpu.env.versions.web ?? '?'}), ${started}`,
	);
	log(`adapter: ${adapter}`);
	log(
		`drafts: ${LENGTHS.join(' / ')} chars; ${WARMUP} warm-up + ${RUNS} timed drafts per length; encoders ${ENC_RUNS} runs`,
	);

	const rows: LatencyRow[] = [];
	const agreements: Record<string, Agreement | number> = {};
	for (const [path, module, ep] of [
		['WASM', ort.wasm, 'wasm'],
		['WebGPU', ort.gpu, 'webgpu'],
	] as const) {
		const bench = await runScorerBench(() => makeScorer(module, [ep]), LENGTHS, RUNS, { warmup: WARMUP });
		rows.push({ model: 'ours (toxic+appr)', path, loadMs: bench.loadMs, byLength: bench.byLength });
		log(`${path}: our scorer done (1,000 ch flagged p95 ${bench.flaggedAt1000.p95.toFixed(2)} ms)`);
	}

	// After the timed runs, so their load times are cold (the first session compiles ORT's WASM module).
	const drafts = agreementDrafts();
	const wasmResults = await scoreAll(makeScorer(ort.wasm, ['wasm']), drafts);
	const gpuResults = await scoreAll(makeScorer(ort.gpu, ['webgpu']), drafts);
	const scorerAgreement = compareResults(wasmResults, gpuResults);
	log(
		`agreement, our scorer (${scorerAgreement.drafts} drafts): max |Δp| ${scorerAgreement.maxDiff.toExponential(2)} ` +
			`(tolerance ${PROBABILITY_TOLERANCE}), flag mismatches ${scorerAgreement.flagMismatches}, ` +
			`span mismatches ${scorerAgreement.spanMismatches} → ${scorerAgreement.withinTolerance ? 'OK' : 'FAIL'}`,
	);
	agreements.scorer = scorerAgreement;

	const derailRows: LatencyRow[] = [];
	const derailOut: Float32Array[] = [];
	for (const [module, ep] of [
		[ort.wasm, 'wasm'],
		[ort.gpu, 'webgpu'],
	] as const) {
		const { row, out } = await derailBench(module, ep);
		derailRows.push(row);
		derailOut.push(out);
	}
	agreements.derail = maxAbsDiff(derailOut[0] as Float32Array, derailOut[1] as Float32Array);
	log(`agreement, derailment model: max |Δp| ${(agreements.derail as number).toExponential(2)}`);

	const encodersDir = env.ENCODERS_DIR;
	for (const name of ['minilm-l6', 'bert-base']) {
		const file = encodersDir ? join(encodersDir, `${name}.onnx`) : '';
		if (!file || !existsSync(file)) {
			log(`${name}: skipped (no ${file || 'ENCODERS_DIR'})`);
			continue;
		}
		const bytes = new Uint8Array(await readFile(file));
		const cpu = await encoderOutputs(ort.wasm, bytes, 'wasm');
		const gpu = await encoderOutputs(ort.gpu, bytes, 'webgpu');
		agreements[name] = Math.max(...cpu.map((out, i) => maxAbsDiff(out, gpu[i] as Float32Array)));
		log(`agreement, ${name}: max |Δp| ${(agreements[name] as number).toExponential(2)}`);
		for (const [path, module, ep] of [
			['WASM', ort.wasm, 'wasm'],
			['WebGPU', ort.gpu, 'webgpu'],
		] as const) {
			const bench = await runEncoderBench(module, name, async () => bytes, LENGTHS, ENC_RUNS, [ep]);
			rows.push({ model: name, path, loadMs: bench.loadMs, byLength: bench.byLength });
			log(`${path}: ${name} done`);
		}
	}

	log();
	log(formatLatencyTable(rows, LENGTHS));
	log(formatLatencyTable(derailRows, [0]).replace('0 ch p50/p95', 'one conversation p50/p95'));
	log();
	log(formatRatios(rows, LENGTHS, 'ours (toxic+appr)'));
	if (env.BENCH_JSON) {
		writeFileSync(
			env.BENCH_JSON,
			JSON.stringify(
				{ started, adapter, LENGTHS, RUNS, WARMUP, ENC_RUNS, agreements, rows, derailRows },
				null,
				1,
			),
		);
	}
	if (!scorerAgreement.withinTolerance) process.exitCode = 1;
}

main()
	.catch((error: unknown) => {
		log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		process.exitCode = 1;
	})
	.finally(() => {
		log(`BENCH-END rc=${process.exitCode ?? 0}`);
		// Node never returns from exit once ORT's WebGPU EP has run on dawn.node (seen with process.exit and
		// process.reallyExit, after releasing the sessions and destroying the device): its native teardown
		// hangs. Everything is printed by now, so end the process the hard way; the caller reads BENCH-END.
		process.kill(process.pid, 'SIGKILL');
	});
