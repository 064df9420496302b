/**
 * How the history store holds up after long, heavy use: fills a fresh database with N events (about 200 warnings a
 * day, the newest today) and times what the history page and content scripts ask of it, through the same handlers
 * the extension uses, on fake-indexeddb in Node (slower than a browser's IndexedDB, but the same queries and the
 * same work per row; the history e2e spec times the real thing in Chromium).
 *
 * Printed per N, for a version-1 database holding N events when the extension updates: opening it (the upgrade),
 * the first stats read while the background counts the old events into the roll-up, that catch-up's total time and
 * longest chunk (an upper bound on how long it holds the database at once), the slowest and median event recorded
 * meanwhile; then the median of 5 repeats of each page query, one recorded event, and the rows kept afterwards.
 * Usage: npx vitest bench --run scripts/bench-history (vitest, for the `#imports` the settings module needs;
 * HISTORY_BENCH_SIZES=1000,10000 to pick sizes).
 */
import Dexie from 'dexie';
import { bench } from 'vitest';
import { DIMENSIONS, type Dimension } from '../models/scoring/types.ts';
import { historyHandlers } from '../utils/background/history.ts';
import { type EventAction, type EventRow, TactfulDB } from '../utils/storage/db.ts';
import { catchUpSoon, nextTask } from '../utils/storage/rollup-catch-up.ts';
import { DEFAULT_SETTINGS } from '../utils/storage/settings.ts';

const DAY = 86_400_000;
const PER_DAY = 200;
const REPEATS = 5;
const SIZES = (process.env.HISTORY_BENCH_SIZES ?? '1000,10000,70000').split(',').map(Number);

/** A deterministic pseudo-random stream (the same history every run). */
function lcg(seed: number): () => number {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
}

/** `n` events, `PER_DAY` a day back from `now`: every warning shown, then what the user did with about half. */
function fakeEvents(n: number, now: number): Omit<EventRow, 'id'>[] {
	const rnd = lcg(7);
	const sites = Array.from({ length: 25 }, (_, i) => `site-${i}.example.com`);
	const outcomes: EventAction[] = ['rewriteAccepted', 'dismissed', 'fine', 'postedAnyway', 'reviewed'];
	const pick = <T>(xs: readonly T[], r = rnd()): T => xs[Math.floor(r * xs.length)] as T;
	const rows: Omit<EventRow, 'id'>[] = [];
	for (let i = 0; rows.length < n; i++) {
		const at = now - Math.floor(i / (PER_DAY / 2)) * DAY - Math.floor(rnd() * DAY * 0.9);
		const dims: Dimension[] = [pick(DIMENSIONS)];
		if (rnd() < 0.3) dims.push(pick(DIMENSIONS));
		const base = {
			site: pick(sites, rnd() ** 2),
			level: 'warn' as const,
			dimensions: dims,
		};
		rows.push({ ...base, at, action: 'shown' });
		if (rows.length < n) rows.push({ ...base, at: at + 20_000, action: pick(outcomes) });
	}
	return rows.sort((a, b) => a.at - b.at);
}

/** A database as version 1 left it (before the daily roll-up) holding `events`; returns its name. */
async function seedVersion1(name: string, events: Omit<EventRow, 'id'>[]): Promise<void> {
	const v1 = new Dexie(name);
	v1.version(1).stores({
		events: '++id, at, site, action',
		feedback: '++id, at, textHash',
		drafts: '&key, site, updatedAt',
		rewriteOutcomes: '++id, strategy, at',
	});
	await v1.table('events').bulkAdd(events);
	v1.close();
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
	const t = performance.now();
	await run();
	return performance.now() - t;
}

async function median(run: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < REPEATS; i++) times.push(await timed(run));
	return times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)] ?? 0;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`.padStart(9);

/** Prints one line per size (vitest's own bench table is not used: the numbers are the lines). */
async function benchSize(n: number): Promise<void> {
	const now = Date.now();
	const name = `bench-history-${n}`;
	await seedVersion1(name, fakeEvents(n, now));
	const db = new TactfulDB(name);
	const results: [string, number][] = [['upgrade', await timed(() => db.open())]];
	const h = historyHandlers(db, {
		now: () => now,
		getSettings: async () => DEFAULT_SETTINGS,
		forgetLearned: () => {},
	});
	// The background's catch-up, timed a chunk at a time, while the history page reads and pages record events.
	const chunks: number[] = [];
	let mark = performance.now();
	const started = mark;
	const catchUp = catchUpSoon(db, {
		pause: async () => {
			chunks.push(performance.now() - mark);
			await nextTask();
			mark = performance.now();
		},
	}).then(() => chunks.push(performance.now() - mark));
	let caughtUp = false;
	void catchUp.then(() => {
		caughtUp = true;
	});
	const writes: number[] = [];
	let at = now;
	const event = { site: 'github.com', level: 'warn' as const, dimensions: ['Toxic Emotions' as const] };
	const writer = (async () => {
		while (!caughtUp) {
			writes.push(await timed(() => h.recordEvent({ ...event, at: at++, action: 'shown' })));
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	})();
	results.push(['first stats', await timed(() => h.getStats({ days: 30 }))]);
	await writer;
	await catchUp;
	results.push(['catch-up', performance.now() - started]);
	results.push(['longest chunk', Math.max(...chunks)]);
	writes.sort((a, b) => a - b);
	results.push([`record during (${writes.length}) max`, writes[writes.length - 1] ?? 0]);
	results.push(['median', writes[Math.floor(writes.length / 2)] ?? 0]);
	for (const days of [7, 30, 90, 365])
		results.push([`stats ${days}d`, await median(() => h.getStats({ days }))]);
	results.push(['adaptation', await median(() => h.getAdaptation({}))]);
	results.push(['drafts', await median(() => h.listDrafts({}))]);
	results.push(['record 1', await median(() => h.recordEvent({ ...event, at: at++, action: 'shown' }))]);
	const stored = db.tables.map((t) => t.name);
	const counts = await Promise.all(db.tables.map((t) => t.count()));
	// Stored size as JSON text: a stand-in for IndexedDB's bytes on disk, which fake-indexeddb does not have.
	const rows = await Promise.all(db.tables.map((t) => t.toArray()));
	const kb = rows.reduce((sum, table) => sum + JSON.stringify(table).length, 0) / 1024;
	console.log(
		`N=${String(n).padEnd(6)} ${results.map(([k, v]) => `${k}${ms(v)}`).join(' | ')} | rows: ${stored
			.map((name, i) => `${name} ${counts[i]}`)
			.join(', ')} (${kb.toFixed(0)} KB as JSON)`,
	);
	await db.delete();
}

bench(
	'history store',
	async () => {
		for (const n of SIZES) await benchSize(n);
	},
	{ iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
);
