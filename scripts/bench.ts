/**
 * `npm run bench`: scoring latency (p50/p95 for 100/1,000/5,000-character drafts, after warm-up) in Node and in
 * headless Chromium (WASM, 1 thread; WebGPU when an adapter exists), model load time and bytes, beside
 * MiniLM-L6- and BERT-base-shaped encoders in the same runtime, then the UI numbers from scripts/bench-ui.mjs.
 * Prints what it measured; it asserts nothing (targets are printed beside the numbers).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-web';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { runInChromium } from './bench/chromium.ts';
import { runEncoderBench, runScorerBench, type ScorerBench } from './bench/measure.ts';
import { webGpuSummary } from './bench/webgpu-report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENCODER_DIR = path.join(ROOT, 'artifacts', 'encoders');
const LENGTHS = [100, 1000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 500);
const ENCODERS = [
	{ name: 'minilm-l6', runs: 10 },
	{ name: 'bert-base', runs: 4 },
];

ort.env.wasm.numThreads = 1;

function modelBytes(): { files: string[]; bytes: number } {
	const files = new Set<string>();
	for (const manifest of ['manifest.json', 'derail-manifest.json']) {
		const file = path.join(ROOT, 'models', manifest);
		if (!existsSync(file)) continue;
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(/"([\w.-]+\.onnx)"/g)) files.add(match[1] as string);
	}
	const list = [...files].filter((f) => existsSync(path.join(ROOT, 'models', f)));
	return {
		files: list,
		bytes: list.reduce((sum, f) => sum + statSync(path.join(ROOT, 'models', f)).size, 0),
	};
}

function makeEncoders(): boolean {
	if (ENCODERS.every((e) => existsSync(path.join(ENCODER_DIR, `${e.name}.onnx`)))) return true;
	const result = spawnSync(
		'/usr/bin/python3',
		[path.join(ROOT, 'scripts/bench/make-encoders.py'), ENCODER_DIR],
		{
			stdio: 'inherit',
		},
	);
	if (result.status !== 0)
		console.log('! reference encoders not built (needs Debian python3-torch + python3-onnx)');
	return result.status === 0;
}

const fmt = (n: number | undefined) =>
	n === undefined || Number.isNaN(n) ? '   n/a' : n.toFixed(n < 10 ? 3 : 1).padStart(8);

type Row = { label: string; loadMs: number; byLength: Record<number, { p50: number; p95: number }> };

function printTable(title: string, rows: Row[]): void {
	console.log(`\n${title}`);
	console.log(
		`  ${'engine'.padEnd(22)} ${'load ms'.padStart(9)} ${LENGTHS.map((l) => `p50@${l}`.padStart(9) + `p95@${l}`.padStart(9)).join(' ')}`,
	);
	for (const row of rows) {
		const cells = LENGTHS.map((l) => `${fmt(row.byLength[l]?.p50)} ${fmt(row.byLength[l]?.p95)}`).join('  ');
		console.log(`  ${row.label.padEnd(22)} ${fmt(row.loadMs)}  ${cells}`);
	}
}

/** Our scorer's full distribution per length: the p95 target is judged on it, so show its tail too. */
function printDistribution(title: string, bench: ScorerBench): void {
	console.log(`  ${title} tactful scorer, ms:`);
	for (const l of LENGTHS) {
		const s = bench.byLength[l];
		if (!s) continue;
		const flagged = `${(((bench.flagged[l] ?? 0) / s.n) * 100).toFixed(0)}% flagged`;
		console.log(`    ${`${l} chars`.padEnd(11)} n=${s.n} (${flagged.padStart(11)})  ${dist(s)}`);
	}
	const f = bench.flaggedAt1000;
	const share = (flags: number, n: number) => `${((flags / n) * 100).toFixed(0)}% flagged`.padStart(11);
	console.log(
		`    ${'1000 abusive'.padEnd(11)} n=${f.n} (${share(bench.flaggedAt1000Flags, f.n)}, spans computed)  ${dist(f)}`,
	);
	const c = bench.civilAt1000;
	console.log(`    ${'1000 civil'.padEnd(11)} n=${c.n} (${share(bench.civilAt1000Flags, c.n)})  ${dist(c)}`);
}

const dist = (s: ScorerBench['flaggedAt1000']) =>
	`p50 ${fmt(s.p50)}  p90 ${fmt(s.p90)}  p95 ${fmt(s.p95)}  p99 ${fmt(s.p99)}  max ${fmt(s.max)}  mean ${fmt(s.mean)}`;

/** Every encoder's p95 at 1,000 characters over ours; the target is >= 20x for the MiniLM-L6 shape. */
function ratios(title: string, rows: Row[]): number {
	const ours = rows[0];
	let minilm = Number.NaN;
	if (!ours) return minilm;
	for (const other of rows.slice(1)) {
		const r = (other.byLength[1000]?.p95 ?? Number.NaN) / (ours.byLength[1000]?.p95 ?? Number.NaN);
		const median = (other.byLength[1000]?.p50 ?? Number.NaN) / (ours.byLength[1000]?.p50 ?? Number.NaN);
		if (other.label.startsWith('minilm-l6')) minilm = r;
		console.log(
			`  ${title}: ${other.label} p95@1000 / ours = ${r.toFixed(1)}x (p50 / p50 = ${median.toFixed(0)}x)`,
		);
	}
	return minilm;
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const times = (ratio: number) =>
	Number.isNaN(ratio) ? 'not measured (no encoders)' : `${ratio.toFixed(1)}x ${met(ratio >= 20)}`;

/** This process's CPU time (user + system, all threads) in ms. */
function processCpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

async function main(): Promise<void> {
	const load = os.loadavg().map((l) => l.toFixed(2));
	console.log(
		`Tactful bench — ${new Date().toISOString()} — node ${process.version}, ${RUNS} runs per length, ` +
			`load average ${load.join(' ')} on ${os.cpus().length} cores (other work on the machine inflates the tail)`,
	);
	const models = modelBytes();
	console.log(`models: ${models.files.join(', ')} = ${(models.bytes / 1e6).toFixed(2)} MB (target <= 20 MB)`);
	// BENCH_ENCODERS=0 skips the reference encoders (minutes of CPU) when only our own numbers are wanted.
	const haveEncoders = process.env.BENCH_ENCODERS !== '0' && makeEncoders();

	const nodeRows: Row[] = [];
	const ours = await runScorerBench(() => createNodeScorer(), LENGTHS, RUNS);
	nodeRows.push({ label: 'tactful scorer', ...ours });
	if (haveEncoders) {
		for (const e of ENCODERS) {
			const file = path.join(ENCODER_DIR, `${e.name}.onnx`);
			const r = await runEncoderBench(
				ort,
				e.name,
				async () => new Uint8Array(readFileSync(file)),
				LENGTHS,
				e.runs,
			);
			nodeRows.push({ label: `${r.name} (${(r.bytes / 1e6).toFixed(0)} MB)`, ...r });
		}
	}
	printTable('Node (onnxruntime-web WASM, 1 thread), ms', nodeRows);
	printDistribution('Node', ours);
	const nodeCpu = await runScorerBench(() => createNodeScorer(), LENGTHS, RUNS, { clock: processCpuMs });
	printDistribution(
		'Node, process CPU time per draft (all threads; what the latency is on an idle core):',
		nodeCpu,
	);
	const nodeRatio = ratios('Node', nodeRows);
	const targets = [`  Node:     MiniLM-L6 p95@1000 / ours >= 20x -> ${times(nodeRatio)}`];

	const chromium = await runInChromium({
		root: ROOT,
		lengths: LENGTHS,
		runs: RUNS,
		encoders: haveEncoders
			? ENCODERS.map((e) => ({ ...e, file: path.join(ENCODER_DIR, `${e.name}.onnx`) }))
			: [],
	}).catch((error: unknown) => {
		console.log(`! Chromium bench failed: ${(error as Error).stack ?? error}`);
		return undefined;
	});
	if (chromium) {
		const rows: Row[] = [{ label: 'tactful scorer', ...chromium.scorer }];
		for (const r of chromium.encoders)
			rows.push({ label: `${r.name} (${(r.bytes / 1e6).toFixed(0)} MB)`, ...r });
		printTable('Chromium headless (onnxruntime-web WASM, 1 thread), ms', rows);
		printDistribution('Chromium', chromium.scorer);
		printDistribution(
			'Chromium, main-thread CPU time per draft (CDP ThreadTime, driven from Node; what the latency is on an idle core):',
			chromium.cpu,
		);
		console.log(
			`    (includes the measuring round trip: ${chromium.cpuOverheadMs.toFixed(3)} ms median when nothing is scored)`,
		);
		const ratio = ratios('Chromium', rows);
		const p95 = chromium.scorer.byLength[1000]?.p95 ?? Number.NaN;
		const cpu95 = chromium.cpu.byLength[1000]?.p95 ?? Number.NaN;
		targets.push(
			`  Chromium: p95 <= 5 ms for 1,000 chars (WASM, 1 thread) -> ${p95.toFixed(3)} ms wall ${met(p95 <= 5)}` +
				` (main-thread CPU time p95 ${cpu95.toFixed(3)} ms; the wall p95 includes waiting for the core at this load;` +
				` civil drafts, not flagged: wall p95 ${chromium.scorer.civilAt1000.p95.toFixed(3)}, CPU p95 ` +
				`${chromium.cpu.civilAt1000.p95.toFixed(3)} ms)`,
			`  Chromium: MiniLM-L6 p95@1000 / ours >= 20x -> ${times(ratio)}`,
		);
		const gpu = chromium.webgpu;
		const summary = webGpuSummary(chromium.webgpuAdapter, gpu, process.env.BENCH_WEBGPU !== '0');
		if (summary !== undefined) console.log(`\n${summary}`);
		else if (gpu && 'byLength' in gpu)
			printTable(
				`Chromium WebGPU EP on ${chromium.webgpuAdapter} (SwiftShader is a correctness check, not a speed figure), ms`,
				[{ label: 'tactful scorer', ...gpu }],
			);
	}

	console.log(`\nTargets (issue 2):\n${targets.join('\n')}`);
	console.log(
		`  models: all together <= 20 MB -> ${(models.bytes / 1e6).toFixed(2)} MB ${met(models.bytes <= 20e6)}`,
	);

	const ui = path.join(ROOT, 'scripts', 'bench-ui.mjs');
	if (existsSync(ui)) {
		console.log('\nUI (content script in Chromium):');
		// The UI bench drives the built extension: build it, so a fresh checkout (no .output) gets the UI numbers
		// too and a stale build is never measured.
		const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
		if (build.status !== 0) {
			console.log('! UI bench skipped: the extension build failed');
			return;
		}
		try {
			execFileSync(process.execPath, [ui], { stdio: 'inherit', cwd: ROOT });
		} catch {
			console.log('! UI bench failed');
		}
	}
}

await main();
