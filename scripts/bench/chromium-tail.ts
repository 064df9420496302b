/**
 * Where the Chromium wall tail comes from (session 22: `npm run bench` printed 1,000 chars p95 9.1 ms wall while
 * the main thread's CPU p95 was 4.6 ms). The bench page's scorer scores 1,000-character drafts one at a time while
 * Chromium traces, each draft between two performance marks; per draft: in-page wall, the wall of its ORT runs
 * (page/main.ts times every `run`), main-thread garbage collection inside its window (trace), tasks started
 * inside it (a hop to another task), and, when driven from Node, the main thread's CPU time (CDP ThreadTime,
 * less the median of an empty round trip). The slowest tenth is compared with the middle fifth.
 * Two modes: `loop` (drafts back to back inside the page, as `npm run bench`'s wall rows) and `driven` (one
 * page.evaluate per draft, the page idle in between, as keystroke pauses are).
 * Usage: npx tsx scripts/bench/chromium-tail.ts [DRAFTS=500] [KINDS=bench,civil] [MODES=loop,driven]
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openBenchPage } from './chromium.ts';
import { summarize } from './drafts.ts';
import { type TraceEvent, windowPhases } from './trace-phases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const drafts = Number(process.argv[2] ?? 500);
const kinds = (process.argv[3] ?? 'bench,civil').split(',');
const modes = (process.argv[4] ?? 'loop,driven').split(',');
const LENGTH = 1000;
const WARMUP = 500;
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel', 'disabled-by-default-v8.gc'];

interface Row {
	variant: number;
	wall: number;
	ortMs: number;
	ortRuns: number;
	flag: boolean;
	cpu?: number;
	gcMs?: number;
	tasks?: number;
}

type TailApi = {
	tactfulTailOpen(): Promise<void>;
	tactfulTailScore(kind: string, length: number, variant: number): Promise<Row>;
	tactfulTailLoop(kind: string, length: number, from: number, count: number): Promise<Row[]>;
	tactfulTailClose(): Promise<void>;
};

async function threadClock(page: Page): Promise<() => Promise<number>> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	return async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
	};
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const f = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(2).padStart(6));

function report(title: string, rows: Row[], overhead: number): void {
	const s = summarize(rows.map((r) => r.wall));
	const flagged = rows.filter((r) => r.flag).length;
	console.log(
		`\n${title}: n=${rows.length} (${((flagged / rows.length) * 100).toFixed(0)}% flagged), wall p50 ${s.p50.toFixed(2)} ` +
			`p90 ${s.p90.toFixed(2)} p95 ${s.p95.toFixed(2)} p99 ${s.p99.toFixed(2)} max ${s.max.toFixed(2)} ms`,
	);
	const sorted = [...rows].sort((a, b) => a.wall - b.wall);
	const n = sorted.length;
	const groups: [string, Row[]][] = [
		['middle fifth (p40-p60)', sorted.slice(Math.floor(n * 0.4), Math.floor(n * 0.6))],
		['slowest tenth (>= p90)', sorted.slice(Math.floor(n * 0.9))],
		['slowest 2 %  (>= p98)', sorted.slice(Math.floor(n * 0.98))],
	];
	console.log(
		'  group                    wall    ORT  ORT runs   GC   other JS  tasks   CPU  not running (wall - CPU)',
	);
	for (const [name, g] of groups) {
		const wall = mean(g.map((r) => r.wall));
		const ort = mean(g.map((r) => r.ortMs));
		const gc = mean(g.map((r) => r.gcMs ?? Number.NaN));
		const cpu = mean(g.map((r) => (r.cpu === undefined ? Number.NaN : r.cpu - overhead)));
		console.log(
			`  ${name.padEnd(22)} ${f(wall)} ${f(ort)} ${f(mean(g.map((r) => r.ortRuns)))}  ${f(gc)} ${f(wall - ort - gc)}  ` +
				`${f(mean(g.map((r) => r.tasks ?? Number.NaN)))} ${f(cpu)} ${f(wall - cpu)}`,
		);
	}
}

const { page, browser, close } = await openBenchPage(ROOT);
try {
	console.log(
		`Chromium tail — ${new Date().toISOString()}, load ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`,
	);
	await page.evaluate(() => (globalThis as unknown as TailApi).tactfulTailOpen());
	const threadMs = await threadClock(page);
	const idle: number[] = [];
	for (let i = 0; i < 50; i++) {
		const t = await threadMs();
		await page.evaluate(() => 0);
		idle.push((await threadMs()) - t);
	}
	const overhead = summarize(idle).p50;
	let variant = 1;
	for (const mode of modes)
		for (const kind of kinds) {
			await page.evaluate(([k, l, v, c]) => (globalThis as unknown as TailApi).tactfulTailLoop(k, l, v, c), [
				kind,
				LENGTH,
				1e6 + variant,
				WARMUP,
			] as const);
			await browser.startTracing(page, { categories: CATEGORIES });
			let rows: Row[] = [];
			if (mode === 'loop') {
				rows = await page.evaluate(
					([k, l, v, c]) => (globalThis as unknown as TailApi).tactfulTailLoop(k, l, v, c),
					[kind, LENGTH, variant, drafts] as const,
				);
				variant += drafts;
			} else
				for (let i = 0; i < drafts; i++, variant++) {
					const t = await threadMs();
					const row = await page.evaluate(
						([k, l, v]) => (globalThis as unknown as TailApi).tactfulTailScore(k, l, v),
						[kind, LENGTH, variant] as const,
					);
					rows.push({ ...row, cpu: (await threadMs()) - t });
				}
			const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
				traceEvents: TraceEvent[];
			};
			const phases = windowPhases(trace.traceEvents);
			for (const r of rows) Object.assign(r, phases.get(r.variant) ?? {});
			report(
				`${mode}, ${kind} drafts of ${LENGTH} chars (load ${os.loadavg()[0]?.toFixed(1)})`,
				rows,
				overhead,
			);
		}
	console.log(
		`\n(CPU less the median empty round trip, ${overhead.toFixed(2)} ms; the trace itself adds some cost)`,
	);
	await page.evaluate(() => (globalThis as unknown as TailApi).tactfulTailClose());
} finally {
	await close();
}
