import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../models/scoring/types.ts';
import { historyHandlers } from '../background/history.ts';
import { dayRange } from '../background/history-stats.ts';
import { catchUpDaily, type DailyRow, localDay, rolledUpThrough } from './daily-rollup.ts';
import { EVENT_ACTIONS, type EventRow, TactfulDB } from './db.ts';
import { catchUpInChunks, catchUpSoon, readDaily } from './rollup-catch-up.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const NOW = new Date(2026, 10, 28, 12, 0, 0).getTime();
const DAY = 86_400_000;
const noPause = async () => {};
let n = 0;
const opened: TactfulDB[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

async function freshDb(): Promise<TactfulDB> {
	const db = new TactfulDB(`catch-up-${n++}`);
	opened.push(db);
	await db.open();
	return db;
}

type NewEvent = Omit<EventRow, 'id'>;

/** `count` made-up events over the last 60 days, deterministic, several sites, actions and dimensions. */
function manyEvents(count: number): NewEvent[] {
	const rows: NewEvent[] = [];
	for (let i = 0; i < count; i++)
		rows.push({
			at: NOW - ((i * 7919) % (60 * DAY)),
			site: `site-${i % 5}.example`,
			level: 'warn',
			action: EVENT_ACTIONS[i % EVENT_ACTIONS.length] as EventRow['action'],
			dimensions: i % 3 === 0 ? [] : [DIMENSIONS[i % DIMENSIONS.length] as EventRow['dimensions'][number]],
		});
	return rows;
}

/** (day|site|action) and (day|site|action|dimension) counts, from raw events or from daily rows. */
function rawCounts(events: readonly NewEvent[]): Map<string, number> {
	const counts = new Map<string, number>();
	const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
	for (const e of events) {
		bump(`${localDay(e.at)}|${e.site}|${e.action}`);
		for (const d of new Set(e.dimensions)) bump(`${localDay(e.at)}|${e.site}|${e.action}|${d}`);
	}
	return counts;
}
function rolledCounts(rows: readonly DailyRow[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const row of rows)
		for (const site of row.sites) {
			for (const [action, k] of Object.entries(site.actions))
				counts.set(`${row.day}|${site.site}|${action}`, k);
			for (const [action, dims] of Object.entries(site.dimensions))
				for (const [d, k] of Object.entries(dims)) counts.set(`${row.day}|${site.site}|${action}|${d}`, k);
		}
	return counts;
}

describe('catchUpInChunks', () => {
	it('counts a backlog in bounded chunks, each event once', async () => {
		const db = await freshDb();
		const events = manyEvents(1050);
		await db.events.bulkAdd(events);
		const marks: number[] = [];
		const pause = async () => void marks.push(await rolledUpThrough(db));
		expect(await catchUpInChunks(db, { chunk: 100, flushEvery: 300, pause })).toBe(1050);
		// The marker moves only at a write, a write every 300 events read.
		expect([...new Set(marks)]).toEqual([0, 300, 600, 900]);
		expect(rolledCounts(await db.daily.toArray())).toEqual(rawCounts(events));
		expect(await catchUpInChunks(db, { chunk: 100, pause: noPause })).toBe(0);
	});

	it('interrupted halfway (a chunk aborted, the run stopped) and resumed gives the same totals', async () => {
		const db = await freshDb();
		const events = manyEvents(700);
		await db.events.bulkAdd(events);
		let chunks = 0;
		const stopAfterThree = async () => {
			if (++chunks === 3) throw new Error('worker stopped');
		};
		await expect(catchUpInChunks(db, { chunk: 100, flushEvery: 200, pause: stopAfterThree })).rejects.toThrow(
			'worker stopped',
		);
		expect(await rolledUpThrough(db)).toBe(200);
		// A chunk cut short inside its transaction leaves nothing behind.
		await expect(
			db.transaction('rw', db.events, db.daily, db.meta, async () => {
				await catchUpDaily(db, 100);
				throw new Error('tab closed');
			}),
		).rejects.toThrow('tab closed');
		expect(await rolledUpThrough(db)).toBe(200);
		expect(await catchUpInChunks(db, { chunk: 100, pause: noPause })).toBe(500);
		expect(rolledCounts(await db.daily.toArray())).toEqual(rawCounts(events));
	});

	it('two contexts catching up at once count each event once', async () => {
		const db = await freshDb();
		const events = manyEvents(900);
		await db.events.bulkAdd(events);
		const [a, b] = await Promise.all([
			catchUpInChunks(db, { chunk: 50 }),
			catchUpInChunks(db, { chunk: 70 }),
		]);
		expect(a + b).toBe(900);
		expect(rolledCounts(await db.daily.toArray())).toEqual(rawCounts(events));
	});

	it('drops a batch someone else counted meanwhile, or whose events were deleted, and still counts each once', async () => {
		const db = await freshDb();
		const events = manyEvents(400);
		await db.events.bulkAdd(events);
		let first = true;
		const otherContext = async () => {
			if (!first) return;
			first = false;
			await db.transaction('rw', db.events, db.daily, db.meta, () => catchUpDaily(db, 50));
		};
		expect(await catchUpInChunks(db, { chunk: 100, pause: otherContext })).toBe(350);
		expect(rolledCounts(await db.daily.toArray())).toEqual(rawCounts(events));

		const cleared = await freshDb();
		await cleared.events.bulkAdd(events);
		const clearAll = async () => {
			await cleared.transaction('rw', cleared.events, cleared.daily, cleared.meta, async () => {
				for (const table of [cleared.events, cleared.daily, cleared.meta]) await table.clear();
			});
		};
		await catchUpInChunks(cleared, { chunk: 100, pause: clearAll });
		expect(await cleared.daily.count()).toBe(0);
	});

	it('catchUpSoon runs one catch-up per database at a time', async () => {
		const db = await freshDb();
		await db.events.bulkAdd(manyEvents(300));
		const first = catchUpSoon(db, { chunk: 100 });
		expect(catchUpSoon(db)).toBe(first);
		expect(await first).toBe(300);
		expect(await catchUpSoon(db)).toBe(0);
	});
});

describe('reading while the roll-up catches up', () => {
	it('readDaily counts the not-yet-counted events directly: right after every chunk', async () => {
		const db = await freshDb();
		const events = manyEvents(600);
		await db.events.bulkAdd(events);
		const [first, last] = dayRange(NOW, 30);
		const inRange = events.filter((e) => localDay(e.at) >= first);
		const expected = rawCounts(inRange);
		const seen: number[] = [];
		const check = async () => {
			const { rows, pending } = await readDaily(db, first, last, { chunk: 64, pause: noPause });
			seen.push(pending);
			expect(rolledCounts(rows)).toEqual(expected);
		};
		await check();
		await catchUpInChunks(db, { chunk: 150, flushEvery: 150, pause: check });
		await check();
		expect(seen[0]).toBeGreaterThan(0);
		expect(seen.at(-1)).toBe(0);
		expect(seen.every((pending, i) => i === 0 || pending <= (seen[i - 1] ?? 0))).toBe(true);
	});

	it('readDaily pages a big backlog by time without skipping or repeating events at the same moment', async () => {
		const db = await freshDb();
		const events = manyEvents(300).map((e, i) => ({ ...e, at: NOW - (i % 3) * DAY }));
		await db.events.bulkAdd(events);
		const { rows, pending } = await readDaily(db, ...dayRange(NOW, 7), { chunk: 16, pause: noPause });
		expect(pending).toBe(300);
		expect(rolledCounts(rows)).toEqual(rawCounts(events));
	});

	it('stats and recording during a catch-up: right totals, the new event counted once', async () => {
		const db = await freshDb();
		const events = manyEvents(500);
		await db.events.bulkAdd(events);
		const h = historyHandlers(db, {
			now: () => NOW,
			getSettings: async () => DEFAULT_SETTINGS,
			forgetLearned: () => {},
		});
		// Every made-up event lies within the last 60 days, so all of them are in a 90-day range.
		const warnings = (es: readonly NewEvent[]) => es.filter((e) => e.action === 'shown').length;
		expect((await h.getStats({ days: 90 })).totals.warnings).toBe(warnings(events));
		await h.recordEvent({ at: NOW, site: 'github.com', level: 'warn', dimensions: [], action: 'shown' });
		expect((await h.getStats({ days: 90 })).totals.warnings).toBe(warnings(events) + 1);
		await catchUpSoon(db);
		expect(await db.transaction('rw', db.events, db.daily, db.meta, () => catchUpDaily(db))).toBe(0);
		expect((await h.getStats({ days: 90 })).totals.warnings).toBe(warnings(events) + 1);
		expect((await readDaily(db, ...dayRange(NOW, 90))).pending).toBe(0);
	});
});
