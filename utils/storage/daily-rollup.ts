/**
 * The daily roll-up of history events: one row per local day holding, per site, the events per action and, per
 * action, the events that named each dimension. Charts read these rows (a year is 365 of them) instead of every
 * raw event, so the history page stays fast after long use and raw events can be pruned
 * without changing the numbers of the days they belonged to.
 *
 * The roll-up follows the events table by id: `rolledUpThrough` (in `meta`) is the highest event id already
 * counted, and `catchUpDaily` counts the next few events after it. Writers call it in the transaction that adds
 * an event (one row to count); a big backlog (events stored before the roll-up existed, an import, a test seeding
 * IndexedDB directly) is counted in bounded chunks in the background (rollup-catch-up.ts), each event exactly once.
 */
import type { EntityTable, Table } from 'dexie';
import type { Signal } from '../../models/scoring/types.ts';
import type { EventAction, EventRow } from './db.ts';

/** What happened on one site: events per action and, per action, the events that named each dimension. */
export interface SiteCounts {
	/** `siteKey(hostname)`, as on the events. */
	site: string;
	actions: Partial<Record<EventAction, number>>;
	/** An event naming several dimensions counts once for each. */
	dimensions: Partial<Record<EventAction, Partial<Record<Signal, number>>>>;
}

/** The events of one local day, per site. One row a day keeps a range's read to a row per day charted. */
export interface DailyRow {
	/** Local calendar date, YYYY-MM-DD (the writer's time zone when the event was counted). */
	day: string;
	sites: SiteCounts[];
}

/** A small key/value row (the roll-up's progress). */
export interface MetaRow {
	key: string;
	value: number;
}

/**
 * The most events one roll-up transaction reads (or, in `catchUpDaily`, counts). Small enough that a chunk holds
 * the database well under ~100 ms in Chromium (counting 70k events in one transaction took 4-6.6 s there), large
 * enough that a year of history catches up in a few seconds of background work.
 */
export const CATCH_UP_CHUNK = 1000;

/** The meta key holding the highest event id counted in the daily roll-up. */
export const ROLLED_UP_THROUGH = 'rolledUpThrough';

/** The tables the roll-up reads and writes (a TactfulDB, or an upgrade transaction's tables). */
export interface RollupTables {
	events: EntityTable<EventRow, 'id'>;
	daily: Table<DailyRow, string>;
	meta: Table<MetaRow, string>;
}

/** Local calendar date of an epoch-ms time, as YYYY-MM-DD. */
export function localDay(at: number): string {
	const d = new Date(at);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day an event is counted under: the one stored with it, else its local day in the time zone now. */
export function dayOf(event: Pick<EventRow, 'at' | 'day'>): string {
	return event.day ?? localDay(event.at);
}

/**
 * The days an already counted event may be in, most likely first: its stored day, or (an event stored before
 * session 23) its local day now and the days either side, since the time zone it was counted in may have been
 * another (a local date differs by at most one day between zones).
 */
export function countedDays(event: Pick<EventRow, 'at' | 'day'>): string[] {
	if (event.day) return [event.day];
	return [localDay(event.at), localDay(event.at - 86_400_000), localDay(event.at + 86_400_000)];
}

/** Whether `row` counts an event like `event` (its site and action): a day it can be taken out of. */
export function countsIn(row: DailyRow, event: Pick<EventRow, 'site' | 'action'>): boolean {
	return (row.sites.find((s) => s.site === event.site)?.actions[event.action] ?? 0) > 0;
}

/** Counts one event into its day's row (created on first use) in `rows`, keyed by day. */
export function addToDaily(
	rows: Map<string, DailyRow>,
	event: Pick<EventRow, 'at' | 'site' | 'action' | 'dimensions' | 'day'>,
) {
	const day = dayOf(event);
	let row = rows.get(day);
	if (!row) {
		row = { day, sites: [] };
		rows.set(day, row);
	}
	let site = row.sites.find((s) => s.site === event.site);
	if (!site) {
		site = { site: event.site, actions: {}, dimensions: {} };
		row.sites.push(site);
	}
	site.actions[event.action] = (site.actions[event.action] ?? 0) + 1;
	const named = site.dimensions[event.action] ?? {};
	site.dimensions[event.action] = named;
	for (const d of new Set(event.dimensions)) named[d] = (named[d] ?? 0) + 1;
}

/**
 * Takes one counted event back out of its day's row (a user deleting one warning): the row as it should be
 * stored, or null when nothing is left in it. Counts never go below zero, and emptied sites and actions go.
 */
export function removeFromDaily(
	row: DailyRow,
	event: Pick<EventRow, 'site' | 'action' | 'dimensions'>,
): DailyRow | null {
	const out: DailyRow = structuredClone(row);
	const site = out.sites.find((s) => s.site === event.site);
	if (!site) return out;
	const left = (site.actions[event.action] ?? 0) - 1;
	if (left > 0) site.actions[event.action] = left;
	else delete site.actions[event.action];
	const named = site.dimensions[event.action];
	if (named) {
		for (const d of new Set(event.dimensions)) {
			const n = (named[d] ?? 0) - 1;
			if (n > 0) named[d] = n;
			else delete named[d];
		}
		if (Object.keys(named).length === 0) delete site.dimensions[event.action];
	}
	if (Object.keys(site.actions).length === 0) out.sites = out.sites.filter((s) => s !== site);
	return out.sites.length > 0 ? out : null;
}

/** The highest event id already in the roll-up (0 before any). */
export async function rolledUpThrough(tables: Pick<RollupTables, 'meta'>): Promise<number> {
	return (await tables.meta.get(ROLLED_UP_THROUGH))?.value ?? 0;
}

/**
 * Counts the oldest `limit` events not yet counted into the daily rows; returns how many it counted (fewer than
 * `limit`: it has caught up). Run it inside a read-write transaction over events, daily and meta, so two pages
 * catching up at once cannot count an event twice, and an interrupted chunk counts nothing.
 */
export async function catchUpDaily(tables: RollupTables, limit = CATCH_UP_CHUNK): Promise<number> {
	const through = await rolledUpThrough(tables);
	const fresh = await tables.events.where(':id').above(through).limit(limit).toArray();
	if (fresh.length === 0) return 0;
	const rows = new Map<string, DailyRow>();
	for (const event of fresh) addToDaily(rows, event);
	// Fold the new counts into the rows already stored for those days.
	const counted = [...rows.values()];
	const stored = await tables.daily.bulkGet(counted.map((r) => r.day));
	await tables.daily.bulkPut(counted.map((row, i) => mergeDaily(stored[i], row)));
	// Rows come in key order, so the last one is the highest id (no spread: a year of events overflows the stack).
	await tables.meta.put({ key: ROLLED_UP_THROUGH, value: fresh[fresh.length - 1]?.id ?? through });
	return fresh.length;
}

/** `extra`'s counts added to `base`'s (a new object; `base` may be absent). */
export function mergeDaily(base: DailyRow | undefined, extra: DailyRow): DailyRow {
	if (!base) return extra;
	const out: DailyRow = structuredClone(base);
	for (const more of extra.sites) {
		const site = out.sites.find((s) => s.site === more.site);
		if (!site) out.sites.push(more);
		else addCounts(site, more);
	}
	return out;
}

function addCounts(into: SiteCounts, more: SiteCounts): void {
	for (const [action, n] of Object.entries(more.actions) as [EventAction, number][])
		into.actions[action] = (into.actions[action] ?? 0) + n;
	for (const [action, dims] of Object.entries(more.dimensions) as [EventAction, Record<Signal, number>][]) {
		const named = into.dimensions[action] ?? {};
		into.dimensions[action] = named;
		for (const [d, n] of Object.entries(dims) as [Signal, number][]) named[d] = (named[d] ?? 0) + n;
	}
}

/**
 * The day rows `stored` plus the events the roll-up has not counted yet (ids past `through`), sorted by day:
 * what the roll-up will hold once it has caught up.
 */
export function withUncounted(
	stored: readonly DailyRow[],
	events: readonly EventRow[],
	through: number,
): DailyRow[] {
	const extra = new Map<string, DailyRow>();
	for (const event of events) if (event.id > through) addToDaily(extra, event);
	if (extra.size === 0) return [...stored];
	const byDay = new Map(stored.map((row) => [row.day, row]));
	for (const row of extra.values()) byDay.set(row.day, mergeDaily(byDay.get(row.day), row));
	return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
