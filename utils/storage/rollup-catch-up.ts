/**
 * Bringing the daily roll-up up to date without holding the database: events not yet counted (a history from
 * before the roll-up existed, an import, rows seeded straight into IndexedDB) are read a chunk per read-only
 * transaction and written in short read-write transactions, yielding between, so recording events and the
 * history page's reads queue behind one short transaction at most. Until the roll-up has caught up, readers add the not-yet-counted events to
 * what the roll-up holds (`readDaily`), so the charts are right from the first read.
 */
import {
	addToDaily,
	CATCH_UP_CHUNK,
	type DailyRow,
	dayOf,
	mergeDaily,
	ROLLED_UP_THROUGH,
	rolledUpThrough,
} from './daily-rollup.ts';
import type { EventRow, TactfulDB } from './db.ts';

/** How a loop here pauses between chunks. */
export type Pause = () => Promise<void>;
/** The default pause: a macrotask, so transactions others asked for meanwhile run first. */
export const nextTask: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Options for the chunked loops (tests shrink the chunk and count or stop the pauses). */
export interface ChunkOptions {
	chunk?: number;
	pause?: Pause;
}

/**
 * Events counted in memory before one write folds them into the roll-up. Each write rewrites every day row the
 * events touch (a row holds all of a day's sites), so writing per read chunk made a history whose ids are not in
 * time order (an import, the e2e stress data: 300 sites, 85 days) rewrite every day row once per 1,000 events.
 */
export const CATCH_UP_FLUSH = 5000;

/** Options for `catchUpInChunks`: also how many events it counts in memory before writing them. */
export interface CatchUpOptions extends ChunkOptions {
	flushEvery?: number;
}

/**
 * Counts every event not yet in the roll-up; returns how many it counted. Events are read `chunk` per read-only
 * transaction and counted in memory; every `flushEvery` events (and at the end) one short read-write transaction
 * folds the counts into the day rows and moves the progress marker, but only if the marker is still where the
 * reading began: if another context (a second page, a recorded event) counted meanwhile, this batch is dropped
 * and read again from the new marker. So an event is counted exactly once, several contexts may run it at once,
 * and a run stopped anywhere (worker killed, tab closed) loses at most the batch in memory.
 */
export async function catchUpInChunks(db: TactfulDB, opts: CatchUpOptions = {}): Promise<number> {
	const chunk = opts.chunk ?? CATCH_UP_CHUNK;
	const flushEvery = opts.flushEvery ?? CATCH_UP_FLUSH;
	const pause = opts.pause ?? nextTask;
	let total = 0;
	for (;;) {
		const through = await rolledUpThrough(db);
		const rows = new Map<string, DailyRow>();
		let after = through;
		let read = 0;
		let done = false;
		while (!done && read < flushEvery) {
			const batch = await db.events.where(':id').above(after).limit(chunk).toArray();
			for (const event of batch) addToDaily(rows, event);
			read += batch.length;
			after = batch[batch.length - 1]?.id ?? after;
			done = batch.length < chunk;
			if (!done) await pause();
		}
		if (read === 0) return total;
		const written = await db.transaction('rw', db.events, db.daily, db.meta, async () => {
			// Moved: counted by someone else. Last event gone: the history was deleted meanwhile.
			if ((await rolledUpThrough(db)) !== through || !(await db.events.get(after))) return false;
			const counted = [...rows.values()];
			const stored = await db.daily.bulkGet(counted.map((r) => r.day));
			await db.daily.bulkPut(counted.map((row, i) => mergeDaily(stored[i], row)));
			await db.meta.put({ key: ROLLED_UP_THROUGH, value: after });
			return true;
		});
		if (written) total += read;
		if (written && done) return total;
		await pause();
	}
}

const running = new WeakMap<TactfulDB, Promise<number>>();

/**
 * Starts `catchUpInChunks` in the background unless this context already runs it for `db`; resolves with its
 * count (0 if it failed: the next caller simply starts over from the stored progress).
 */
export function catchUpSoon(db: TactfulDB, opts: CatchUpOptions = {}): Promise<number> {
	let run = running.get(db);
	if (!run) {
		run = catchUpInChunks(db, opts)
			.catch((error) => {
				console.warn('[tactful] history roll-up catch-up stopped:', error);
				return 0;
			})
			.finally(() => running.delete(db));
		running.set(db, run);
	}
	return run;
}

/**
 * The daily rows for local days `first`..`last` (inclusive), counting events the roll-up has not reached yet
 * straight from the events table. Never writes. The rows and the progress marker are read in one transaction;
 * the events after that marker are then read a chunk per transaction (by id when they are few, else by time,
 * only those in range), so a catch-up running meanwhile neither blocks behind this read nor makes it count an
 * event twice or miss one. `pending`: not-yet-counted events it found (0 once the roll-up has caught up).
 */
export async function readDaily(
	db: TactfulDB,
	first: string,
	last: string,
	opts: ChunkOptions = {},
): Promise<{ rows: DailyRow[]; pending: number }> {
	const chunk = opts.chunk ?? CATCH_UP_CHUNK;
	const [through, stored] = await db.transaction('r', db.daily, db.meta, async () => [
		await rolledUpThrough(db),
		await db.daily.where('day').between(first, last, true, true).toArray(),
	]);
	const extra = new Map<string, DailyRow>();
	let pending = 0;
	const count = (batch: readonly EventRow[]) => {
		for (const event of batch) {
			if (event.id <= through) continue;
			pending++;
			const day = dayOf(event);
			if (day >= first && day <= last) addToDaily(extra, event);
		}
	};
	const head = await db.events.where(':id').above(through).limit(chunk).toArray();
	// Caught up (the usual case): at most a few events recorded since the last chunk.
	if (head.length < chunk) count(head);
	else await forEachInTimeRange(db, dayStart(first), dayStart(last, 1), { ...opts, chunk }, count);
	if (extra.size === 0) return { rows: stored, pending };
	const byDay = new Map(stored.map((row) => [row.day, row]));
	for (const row of extra.values()) byDay.set(row.day, mergeDaily(byDay.get(row.day), row));
	return { rows: [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)), pending };
}

/** Epoch ms of local midnight starting `day` (YYYY-MM-DD), or `plus` days after it. */
function dayStart(day: string, plus = 0): number {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y ?? 0, (m ?? 1) - 1, (d ?? 1) + plus).getTime();
}

/**
 * Calls `visit` with the events whose time is in [from, to), `chunk` per transaction in (time, id) order (the
 * index's order). A chunk ends at some moment; the events left at that very moment are read next on their own,
 * so each query is a plain ranged read (no cursor walking or skipping) and none is visited twice.
 */
async function forEachInTimeRange(
	db: TactfulDB,
	from: number,
	to: number,
	opts: Required<Pick<ChunkOptions, 'chunk'>> & ChunkOptions,
	visit: (batch: EventRow[]) => void,
): Promise<void> {
	let lastAt = from;
	let open = false;
	for (;;) {
		const batch: EventRow[] = await db.events
			.where('at')
			.between(lastAt, to, !open, false)
			.limit(opts.chunk)
			.toArray();
		visit(batch);
		const end = batch[batch.length - 1];
		if (batch.length < opts.chunk || !end) return;
		const sameMoment = await db.events.where('at').equals(end.at).toArray();
		visit(sameMoment.filter((e) => e.id > end.id));
		[lastAt, open] = [end.at, true];
		await (opts.pause ?? nextTask)();
	}
}
