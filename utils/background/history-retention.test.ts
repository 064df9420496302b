import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dimension } from '../../models/scoring/types.ts';
import { EVENT_ACTIONS, type EventAction, type EventRow, TactfulDB } from '../storage/db.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { type HistoryHandlers, historyHandlers } from './history.ts';
import {
	EVENT_RETENTION_DAYS,
	nextPruneChunk,
	PRUNE_EVERY_MS,
	PRUNE_TARGET_MS,
	pruneHistory,
	ROLLUP_RETENTION_DAYS,
} from './history-retention.ts';
import { localDay, rangeStart } from './history-stats.ts';
import type { HistoryStats } from './history-types.ts';

const NOW = new Date(2026, 10, 28, 12, 0, 0).getTime();
const DAY = 86_400_000;
let db: TactfulDB;
let settings: Settings;
let clock: number;
let h: HistoryHandlers;
let n = 0;

beforeEach(async () => {
	db = new TactfulDB(`retention-test-${n++}`);
	settings = structuredClone(DEFAULT_SETTINGS);
	clock = NOW;
	h = historyHandlers(db, { now: () => clock, getSettings: async () => settings, forgetLearned: () => {} });
});
afterEach(async () => {
	await db.delete();
});

type NewEvent = Omit<EventRow, 'id'>;

/** A year of made-up events, deterministic: several a day over a few sites, actions and dimensions. */
function yearOfEvents(now: number): NewEvent[] {
	let seed = 11;
	const rnd = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	const sites = ['github.com', 'reddit.com', 'news.ycombinator.com', 'a.example'];
	const dims: Dimension[][] = [
		['Toxic Emotions'],
		['Excessive Intensity', 'Toxic Emotions'],
		[],
		['Missing Openness'],
	];
	const rows: NewEvent[] = [];
	for (let day = 0; day < 400; day++)
		for (let i = Math.floor(rnd() * 6); i > 0; i--)
			rows.push({
				// Never later than now, so the raw reference and the day-based roll-up cover the same events.
				at: now - day * DAY - Math.floor(rnd() * (DAY - 1)),
				site: sites[Math.floor(rnd() * sites.length)] as string,
				level: 'warn',
				dimensions: dims[Math.floor(rnd() * dims.length)] as Dimension[],
				action: EVENT_ACTIONS[Math.floor(rnd() * EVENT_ACTIONS.length)] as EventAction,
			});
	return rows;
}

/** The history page's numbers counted straight from raw events: the reference the roll-up must equal. */
function rawStats(events: readonly NewEvent[], now: number, days: number) {
	const inRange = events.filter((e) => e.at >= rangeStart(now, days) && e.at <= now);
	const tally = (es: readonly NewEvent[]) => ({
		warnings: es.filter((e) => e.action === 'shown').length,
		// Accepted rewrites less those undone (session 13), plus those a redo put back (qa28), never below zero.
		fixes: Math.max(
			0,
			es.filter((e) => e.action === 'rewriteAccepted').length -
				es.filter((e) => e.action === 'rewriteRejected').length +
				es.filter((e) => e.action === 'rewriteRedone').length,
		),
	});
	const group = (key: (e: NewEvent) => string[]) => {
		const groups = new Map<string, NewEvent[]>();
		for (const e of inRange) for (const k of new Set(key(e))) groups.set(k, [...(groups.get(k) ?? []), e]);
		return Object.fromEntries([...groups].map(([k, es]) => [k, tally(es)]));
	};
	return {
		totals: { ...tally(inRange), events: inRange.length },
		actions: Object.fromEntries(EVENT_ACTIONS.map((a) => [a, inRange.filter((e) => e.action === a).length])),
		byDay: group((e) => [localDay(e.at)]),
		bySite: group((e) => [e.site]),
		byDimension: group((e) => e.dimensions),
	};
}

/** The same shape from what getStats answered (days without events dropped, as the raw groups have none). */
function shown(s: HistoryStats) {
	const strip = <T extends { warnings: number; fixes: number }>(rows: T[], key: (r: T) => string) =>
		Object.fromEntries(rows.map((r) => [key(r), { warnings: r.warnings, fixes: r.fixes }]));
	return {
		totals: { warnings: s.totals.warnings, fixes: s.totals.fixes, events: s.totals.events },
		actions: s.actions,
		byDay: strip(
			s.byDay.filter((d) => d.warnings + d.fixes > 0),
			(d) => d.day,
		),
		bySite: strip(s.bySite, (r) => r.site),
		byDimension: strip(s.byDimension, (r) => r.dimension),
	};
}
const withoutEmptyDays = (raw: ReturnType<typeof rawStats>) => ({
	...raw,
	byDay: Object.fromEntries(Object.entries(raw.byDay).filter(([, t]) => t.warnings + t.fixes > 0)),
});

describe('stats from the daily roll-up', () => {
	it('equal the counts from raw events for every range, whether events were recorded or stored directly', async () => {
		const events = yearOfEvents(NOW);
		const half = Math.floor(events.length / 2);
		await db.events.bulkAdd(events.slice(0, half));
		for (const e of events.slice(half, half + 40)) await h.recordEvent({ ...e });
		await db.events.bulkAdd(events.slice(half + 40));
		for (const days of [1, 7, 30, 90, 365]) {
			const stats = await h.getStats({ days });
			expect(shown(stats)).toEqual(withoutEmptyDays(rawStats(events, NOW, days)));
			expect(stats.byDay).toHaveLength(days);
		}
	});
});

describe('pruning', () => {
	it('deletes raw events past the retention period and keeps every chart number of the year', async () => {
		const events = yearOfEvents(NOW);
		await db.events.bulkAdd(events);
		const before = await Promise.all([7, 90, 365].map((days) => h.getStats({ days })));
		const pruned = await pruneHistory(db, { now: NOW, keepDraftText: false });
		const cutoff = NOW - EVENT_RETENTION_DAYS * DAY;
		expect(pruned.events).toBe(events.filter((e) => e.at < cutoff).length);
		expect(await db.events.where('at').below(cutoff).count()).toBe(0);
		expect(await db.events.count()).toBe(events.filter((e) => e.at >= cutoff).length);
		expect(await Promise.all([7, 90, 365].map((days) => h.getStats({ days })))).toEqual(before);
	});

	it('never loses an event that was not counted yet', async () => {
		await db.events.add({ at: NOW - 200 * DAY, site: 'a', level: 'warn', dimensions: [], action: 'shown' });
		await pruneHistory(db, { now: NOW, keepDraftText: false });
		expect(await db.events.count()).toBe(0);
		expect((await h.getStats({ days: 365 })).totals.warnings).toBe(1);
	});

	it('keeps old events carrying kept draft text while "Keep draft text" is on', async () => {
		const old = {
			at: NOW - 100 * DAY,
			site: 'a',
			level: 'warn' as const,
			dimensions: [],
			action: 'shown' as const,
		};
		await db.events.bulkAdd([{ ...old, draft: 'my words' }, old]);
		await pruneHistory(db, { now: NOW, keepDraftText: true });
		expect((await db.events.toArray()).map((e) => e.draft)).toEqual(['my words']);
		await pruneHistory(db, { now: NOW, keepDraftText: false });
		expect(await db.events.count()).toBe(0);
	});

	it('drops roll-up rows past two years and feedback adaptation no longer reads', async () => {
		await db.events.bulkAdd([
			{
				at: NOW - (ROLLUP_RETENTION_DAYS + 5) * DAY,
				site: 'a',
				level: 'warn',
				dimensions: [],
				action: 'shown',
			},
			{ at: NOW - 300 * DAY, site: 'a', level: 'warn', dimensions: [], action: 'shown' },
		]);
		await db.feedback.bulkAdd([
			{ at: NOW - 91 * DAY, site: 'a', textHash: 'old', dimensions: [] },
			{ at: NOW - 10 * DAY, site: 'a', textHash: 'new', dimensions: [] },
		]);
		expect(await pruneHistory(db, { now: NOW, keepDraftText: false })).toEqual({
			events: 2,
			daily: 1,
			feedback: 1,
		});
		expect((await db.daily.toArray()).map((r) => r.day)).toEqual([localDay(NOW - 300 * DAY)]);
		expect((await db.feedback.toArray()).map((f) => f.textHash)).toEqual(['new']);
	});

	it('runs when events are recorded, at most once an hour', async () => {
		const old = { site: 'a', level: 'warn' as const, dimensions: [], action: 'shown' as const };
		await db.events.add({ ...old, at: NOW - 100 * DAY });
		await h.recordEvent(old);
		expect(await db.events.count()).toBe(1);
		await db.events.add({ ...old, at: NOW - 100 * DAY });
		clock = NOW + PRUNE_EVERY_MS - 1;
		await h.recordEvent(old);
		expect(await db.events.count()).toBe(3);
		clock = NOW + PRUNE_EVERY_MS;
		await h.recordEvent(old);
		expect(await db.events.count()).toBe(3);
		expect((await h.getStats({ days: 365 })).totals.warnings).toBe(5);
	});
});

describe('clearHistory', () => {
	it('clears the roll-up too, and counts what is recorded afterwards', async () => {
		await h.recordEvent({ site: 'a', level: 'warn', dimensions: [], action: 'shown' });
		await h.clearHistory({});
		expect(await db.daily.count()).toBe(0);
		expect((await h.getStats({ days: 7 })).totals.warnings).toBe(0);
		await h.recordEvent({ site: 'a', level: 'warn', dimensions: [], action: 'shown' });
		expect((await h.getStats({ days: 7 })).totals.warnings).toBe(1);
	});
});

describe('nextPruneChunk', () => {
	it('aims each pruning transaction at PRUNE_TARGET_MS, at most doubling or halving per step, within bounds', () => {
		expect(nextPruneChunk(100, PRUNE_TARGET_MS)).toBe(100);
		expect(nextPruneChunk(100, 300)).toBe(50); // busy cores: halve, then keep shrinking on later chunks
		expect(nextPruneChunk(50, 150)).toBe(25);
		expect(nextPruneChunk(100, 10)).toBe(200);
		expect(nextPruneChunk(100, 0)).toBe(200);
		expect(nextPruneChunk(10, 1000)).toBe(10);
		expect(nextPruneChunk(800, 1)).toBe(1000);
	});
});
