import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
	addToDaily,
	catchUpDaily,
	type DailyRow,
	localDay,
	mergeDaily,
	rolledUpThrough,
} from './daily-rollup.ts';
import { type EventRow, TactfulDB } from './db.ts';
import { catchUpInChunks } from './rollup-catch-up.ts';

const NOW = new Date(2026, 10, 28, 12, 0, 0).getTime();
const DAY = 86_400_000;
let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

type NewEvent = Omit<EventRow, 'id'>;
const ev = (
	at: number,
	site: string,
	action: EventRow['action'],
	dimensions: EventRow['dimensions'],
): NewEvent => ({
	at,
	site,
	level: 'warn',
	action,
	dimensions,
});

/** The same history as a test writes it: three days, two sites, repeated and overlapping dimensions. */
const EVENTS: NewEvent[] = [
	ev(NOW - 1000, 'github.com', 'shown', ['Toxic Emotions']),
	ev(NOW - 900, 'github.com', 'rewriteAccepted', ['Toxic Emotions']),
	ev(NOW - 800, 'github.com', 'shown', ['Toxic Emotions', 'Toxic Emotions', 'Excessive Intensity']),
	ev(NOW - 2 * DAY, 'reddit.com', 'shown', ['Excessive Intensity']),
	ev(NOW - 2 * DAY + 5, 'reddit.com', 'fine', ['Excessive Intensity']),
	ev(NOW - 200 * DAY, 'github.com', 'dismissed', []),
];

/** Counts of (day, site, action) and (day, site, action, dimension) straight from raw events. */
function rawCounts(events: readonly NewEvent[]): Map<string, number> {
	const counts = new Map<string, number>();
	const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
	for (const e of events) {
		bump(`${localDay(e.at)}|${e.site}|${e.action}`);
		for (const d of new Set(e.dimensions)) bump(`${localDay(e.at)}|${e.site}|${e.action}|${d}`);
	}
	return counts;
}

/** The same counts read back from daily rows. */
function rolledCounts(rows: readonly DailyRow[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const row of rows)
		for (const site of row.sites) {
			const at = `${row.day}|${site.site}`;
			for (const [action, k] of Object.entries(site.actions)) counts.set(`${at}|${action}`, k as number);
			for (const [action, dims] of Object.entries(site.dimensions))
				for (const [d, k] of Object.entries(dims ?? {})) counts.set(`${at}|${action}|${d}`, k as number);
		}
	return counts;
}

describe('daily roll-up', () => {
	it('counts each event once per day, site and action, and each named dimension once per event', () => {
		const rows = new Map<string, DailyRow>();
		for (const e of EVENTS) addToDaily(rows, e);
		expect(rolledCounts([...rows.values()])).toEqual(rawCounts(EVENTS));
		const today = rows.get(localDay(NOW))?.sites;
		expect(today?.map((s) => s.site)).toEqual(['github.com']);
		expect(today?.[0]?.actions).toEqual({ shown: 2, rewriteAccepted: 1 });
		expect(today?.[0]?.dimensions.shown).toEqual({ 'Toxic Emotions': 2, 'Excessive Intensity': 1 });
	});

	it('merges counts, site by site, without touching the stored row', () => {
		const a = new Map<string, DailyRow>();
		const b = new Map<string, DailyRow>();
		addToDaily(a, EVENTS[0] as NewEvent);
		addToDaily(b, EVENTS[2] as NewEvent);
		addToDaily(b, { ...(EVENTS[2] as NewEvent), site: 'other.org' });
		const base = a.get(localDay(NOW)) as DailyRow;
		const merged = mergeDaily(base, b.get(localDay(NOW)) as DailyRow);
		expect(merged.sites.map((s) => [s.site, s.actions.shown])).toEqual([
			['github.com', 2],
			['other.org', 1],
		]);
		expect(merged.sites[0]?.dimensions.shown).toEqual({ 'Toxic Emotions': 2, 'Excessive Intensity': 1 });
		expect(base.sites.map((s) => s.actions.shown)).toEqual([1]);
	});

	it('catches up with events however they were stored, each exactly once', async () => {
		const db = new TactfulDB(`rollup-${n++}`);
		opened.push(db);
		await db.events.bulkAdd(EVENTS.slice(0, 3));
		const tx = () => db.transaction('rw', db.events, db.daily, db.meta, () => catchUpDaily(db));
		expect(await tx()).toBe(3);
		expect(await tx()).toBe(0);
		await db.events.bulkAdd(EVENTS.slice(3));
		expect(await tx()).toBe(3);
		expect(rolledCounts(await db.daily.toArray())).toEqual(rawCounts(EVENTS));
		expect(await rolledUpThrough(db)).toBe(Math.max(...(await db.events.toCollection().primaryKeys())));
	});
});

describe('upgrade from version 1', () => {
	it('opens without counting anything, keeps every event, and catches up with them afterwards', async () => {
		const name = `rollup-upgrade-${n++}`;
		const v1 = new Dexie(name);
		v1.version(1).stores({
			events: '++id, at, site, action',
			feedback: '++id, at, textHash',
			drafts: '&key, site, updatedAt',
			rewriteOutcomes: '++id, strategy, at',
		});
		await v1.table('events').bulkAdd(EVENTS);
		await v1.table('drafts').put({ key: 'a#0', site: 'a', text: 'kept', updatedAt: NOW });
		v1.close();

		const db = new TactfulDB(name);
		opened.push(db);
		await db.open();
		// v3 (session 23) only adds the `warning` index, v4 (session 26) the `secrets` table: the upgrade still counts nothing.
		expect(db.verno).toBe(4);
		expect(await db.events.where('warning').equals(0).count()).toBe(0);
		expect(await db.events.count()).toBe(EVENTS.length);
		expect((await db.drafts.get('a#0'))?.text).toBe('kept');
		// The upgrade itself does no bulk work (it held the whole database for seconds on a big history).
		expect(await db.daily.count()).toBe(0);
		expect(await rolledUpThrough(db)).toBe(0);
		expect(await catchUpInChunks(db, { chunk: 4, pause: async () => {} })).toBe(EVENTS.length);
		expect(rolledCounts(await db.daily.toArray())).toEqual(rawCounts(EVENTS));
		// Nothing is left for a reader to catch up with, so nothing is counted twice.
		expect(await db.transaction('rw', db.events, db.daily, db.meta, () => catchUpDaily(db))).toBe(0);
		expect((await db.daily.get(localDay(NOW)))?.sites.map((s) => s.site)).toEqual(['github.com']);
	});
});
