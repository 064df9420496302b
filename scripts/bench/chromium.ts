/**
 * Chromium half of the benchmark: builds scripts/bench/page with Vite, serves it with the model files on
 * 127.0.0.1, and runs it in Debian's headless Chromium (WebGPU enabled so an adapter is used when one exists).
 */
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { summarize } from './drafts.ts';
import { runScorerBench, type ScorerBench } from './measure.ts';

interface Options {
	root: string;
	lengths: number[];
	runs: number;
	encoders: { name: string; file: string; runs: number }[];
}

interface EncoderResult {
	name: string;
	bytes: number;
	loadMs: number;
	byLength: ScorerBench['byLength'];
}

export interface ChromiumResult {
	scorer: ScorerBench;
	encoders: EncoderResult[];
	webgpuAdapter: string | null;
	webgpu: ScorerBench | { error: string } | null;
	/** The same drafts driven from Node, timed by the CPU time of the page's main thread (where ORT runs). */
	cpu: ScorerBench;
	/** Median main-thread CPU time of one round trip that scores nothing: the measuring's own share of `cpu`. */
	cpuOverheadMs: number;
}

type PageApi = {
	tactfulOpenScorer(): void;
	tactfulScore(texts: string[]): Promise<{ flag: boolean }[]>;
	tactfulCloseScorer(): Promise<void>;
};

/**
 * Per-draft CPU time of the renderer's main thread (CDP Performance.getMetrics ThreadTime): what the latency
 * is when no other process competes for the core. It includes each page.evaluate's own cost, so it is an
 * upper bound of the scorer's.
 */
async function cpuBench(page: Page, options: Options): Promise<{ cpu: ScorerBench; cpuOverheadMs: number }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const threadMs = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		const t = metrics.find((m) => m.name === 'ThreadTime');
		if (!t) throw new Error('CDP Performance.getMetrics has no ThreadTime');
		return t.value * 1000;
	};
	const cpu = await runScorerBench(
		async () => {
			await page.evaluate(() => (globalThis as unknown as PageApi).tactfulOpenScorer());
			return {
				score: async (texts) =>
					page.evaluate((t) => (globalThis as unknown as PageApi).tactfulScore(t), [...texts]) as never,
				dispose: () => page.evaluate(() => (globalThis as unknown as PageApi).tactfulCloseScorer()),
			};
		},
		options.lengths,
		options.runs,
		{ clock: threadMs },
	);
	const idle: number[] = [];
	for (let i = 0; i < 100; i++) {
		const start = await threadMs();
		await page.evaluate((t) => (globalThis as unknown as PageApi).tactfulScore(t), []);
		idle.push((await threadMs()) - start);
	}
	return { cpu, cpuOverheadMs: summarize(idle).p50 };
}

/** How long one phase may wait on the page (BENCH_CHROMIUM_TIMEOUT_S, default 20 minutes: a loaded machine is slow). */
const PHASE_MS = Number(process.env.BENCH_CHROMIUM_TIMEOUT_S ?? 1200) * 1000;

/**
 * A phase's promise, or an error that says which phase stopped answering and the load average then (session 20:
 * the Chromium part once ended without a word under load).
 */
function phase<T>(what: string, work: Promise<T>): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			const load = os.loadavg().map((l) => l.toFixed(1));
			reject(
				new Error(
					`Chromium bench: no answer in ${PHASE_MS / 1000} s during ${what} (load ${load.join(' ')})`,
				),
			);
		}, PHASE_MS);
	});
	return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.wasm': 'application/wasm',
	'.onnx': 'application/octet-stream',
};

/** The bench page (built with Vite, served with the model files on 127.0.0.1) open in headless Chromium. */
export interface BenchPage {
	page: Page;
	browser: Browser;
	close(): Promise<void>;
}

export async function openBenchPage(root: string, encoderDir?: string): Promise<BenchPage> {
	const outDir = mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-'));
	await build({
		root: path.join(root, 'scripts/bench/page'),
		logLevel: 'warn',
		build: { outDir, emptyOutDir: true, target: 'esnext' },
	});
	const routes: [string, string][] = [
		['/models/', path.join(root, 'models')],
		['/encoders/', encoderDir ?? outDir],
		['/', outDir],
	];
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const route = routes.find(([prefix]) => url.pathname.startsWith(prefix));
		const rel = url.pathname.slice(route?.[0].length ?? 0) || 'index.html';
		const file = route ? path.join(route[1], path.normalize(rel)) : '';
		if (!route || !file.startsWith(route[1]) || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--no-first-run'],
	});
	// A renderer killed for memory, or a browser gone, otherwise shows only as a rejected evaluate, if at all.
	let closing = false;
	browser.on('disconnected', () => {
		if (!closing) console.log(`  Chromium disconnected (load ${os.loadavg()[0]?.toFixed(1)})`);
	});
	const close = async () => {
		closing = true;
		await browser.close();
		server.close();
	};
	try {
		const page = await browser.newPage();
		page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
		page.on('crash', () =>
			console.log(`  Chromium bench page crashed (out of memory? load ${os.loadavg()[0]?.toFixed(1)})`),
		);
		await page.goto(`http://127.0.0.1:${port}/index.html`);
		await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, {
			timeout: 30_000,
		});
		return { page, browser, close };
	} catch (error) {
		await close();
		throw error;
	}
}

export async function runInChromium(options: Options): Promise<ChromiumResult> {
	const encoderDir = options.encoders[0] ? path.dirname(options.encoders[0].file) : undefined;
	const { page, close } = await openBenchPage(options.root, encoderDir);
	try {
		const result = (await phase(
			'the in-page bench (scorer, encoders, WebGPU)',
			page.evaluate(
				(config) =>
					(globalThis as unknown as { tactfulBench(c: unknown): Promise<unknown> }).tactfulBench(config),
				{
					lengths: options.lengths,
					runs: options.runs,
					encoders: options.encoders.map((e) => ({
						name: e.name,
						url: `/encoders/${path.basename(e.file)}`,
						runs: e.runs,
					})),
					// BENCH_WEBGPU=0 skips the WebGPU pass (SwiftShader here: minutes of CPU for a correctness check).
					webgpu: process.env.BENCH_WEBGPU !== '0',
				},
			),
		)) as Omit<ChromiumResult, 'cpu'>;
		return { ...result, ...(await phase('the CPU-time bench (CDP ThreadTime)', cpuBench(page, options))) };
	} finally {
		await close();
	}
}
