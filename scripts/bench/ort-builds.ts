/**
 * A/B of two onnxruntime-web builds running the same scorer in ONE process, interleaved draft by draft: the plain
 * WASM build (what the extension's scorers use, utils/host/ort-runtime.ts) against the asyncify build that the
 * WebGPU bundle needs (what they used before session 15). CPU time per draft and whether every result is identical.
 * Usage: npx tsx scripts/bench/ort-builds.ts [LENGTH=1000] [DRAFTS=300]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MODELS_DIR } from '../../models/scoring/node-scorer.ts';
import { OnnxScorer } from '../../models/scoring/onnx-scorer.ts';
import { serializeOrt } from '../../models/scoring/ort-serial.ts';
import { benchDraft, summarize } from './drafts.ts';

const length = Number(process.argv[2] ?? 1000);
const drafts = Number(process.argv[3] ?? 300);
const dist = join(process.cwd(), 'node_modules/onnxruntime-web/dist');
const manifest = JSON.parse(await readFile(join(MODELS_DIR, 'manifest.json'), 'utf8'));
const loadBytes = async (file: string) => new Uint8Array(await readFile(join(MODELS_DIR, file)));
const plain = await import('onnxruntime-web/wasm');
plain.env.wasm.numThreads = 1;
plain.env.wasm.proxy = false;
const asy = await import('onnxruntime-web/webgpu');
asy.env.wasm.numThreads = 1;
asy.env.wasm.proxy = false;
asy.env.wasm.wasmPaths = {
	mjs: `file://${dist}/ort-wasm-simd-threaded.asyncify.mjs`,
	wasm: `${dist}/ort-wasm-simd-threaded.asyncify.wasm`,
} as never;
const scorers = {
	plain: new OnnxScorer({ ort: serializeOrt(plain), manifest, loadBytes, executionProviders: ['wasm'] }),
	asyncify: new OnnxScorer({
		ort: serializeOrt(asy as never),
		manifest,
		loadBytes,
		executionProviders: ['wasm'],
	}),
};
const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};
for (let v = 0; v < 200; v++)
	for (const s of Object.values(scorers)) await s.score([benchDraft(length, 1e6 + v, false)]);
const cpu = { plain: [] as number[], asyncify: [] as number[] };
let differ = 0;
for (let v = 1; v <= drafts; v++) {
	const d = benchDraft(length, v, false);
	const order = v % 2 ? (['plain', 'asyncify'] as const) : (['asyncify', 'plain'] as const);
	const out: Record<string, string> = {};
	for (const k of order) {
		const c = cpuMs();
		out[k] = JSON.stringify(await scorers[k].score([d]));
		cpu[k].push(cpuMs() - c);
	}
	if (out.plain !== out.asyncify) differ++;
}
for (const k of ['plain', 'asyncify'] as const) {
	const s = summarize(cpu[k]);
	console.log(k, 'p50', s.p50.toFixed(3), 'p95', s.p95.toFixed(3));
}
console.log('differ', differ);
