/** Aggregates history events into chart series (pure; the history handler feeds it rows from Dexie). */
import type { Signal } from '../../models/scoring/types.ts';
import { EVENT_ACTIONS, type EventAction, type EventRow } from '../storage/db.ts';
import type { HistoryStats, Tally } from './history-types.ts';

const DAY_MS = 86_400_000;

/** Local calendar date of an epoch-ms time, as YYYY-MM-DD. */
export function localDay(at: number): string {
	const d = new Date(at);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Start (epoch ms) of the `days`-day range ending today. */
export function rangeStart(now: number, days: number): number {
	const d = new Date(now);
	d.setHours(0, 0, 0, 0);
	d.setDate(d.getDate() - (days - 1));
	return d.getTime();
}

function bump(t: Tally, action: EventAction): void {
	if (action === 'shown') t.warnings++;
	else if (action === 'rewriteAccepted') t.fixes++;
}

const byWarnings = (a: Tally, b: Tally) => b.warnings - a.warnings || b.fixes - a.fixes;

/** Tallies warnings ('shown') and fixes ('rewriteAccepted') by day, site and dimension over the last `days` days. */
export function computeStats(
	events: readonly EventRow[],
	opts: { now: number; days: number; feedback?: number; drafts?: number },
): HistoryStats {
	const { now, days } = opts;
	const start = rangeStart(now, days);
	const byDay = new Map<string, Tally & { day: string }>();
	for (let t = start; byDay.size < days; t += DAY_MS) {
		// Step by days, but key by local date so DST changes neither skip nor repeat a day.
		const day = localDay(t + DAY_MS / 2);
		byDay.set(day, { day, warnings: 0, fixes: 0 });
	}
	const bySite = new Map<string, Tally & { site: string }>();
	const byDimension = new Map<Signal, Tally & { dimension: Signal }>();
	const actions = Object.fromEntries(EVENT_ACTIONS.map((a) => [a, 0])) as Record<EventAction, number>;
	const totals = { warnings: 0, fixes: 0, events: 0, feedback: opts.feedback ?? 0, drafts: opts.drafts ?? 0 };
	for (const e of events) {
		if (e.at < start || e.at > now) continue;
		totals.events++;
		actions[e.action] = (actions[e.action] ?? 0) + 1;
		bump(totals, e.action);
		const dayTally = byDay.get(localDay(e.at));
		if (dayTally) bump(dayTally, e.action);
		const site = bySite.get(e.site) ?? { site: e.site, warnings: 0, fixes: 0 };
		bump(site, e.action);
		bySite.set(e.site, site);
		for (const d of new Set(e.dimensions)) {
			const dim = byDimension.get(d) ?? { dimension: d, warnings: 0, fixes: 0 };
			bump(dim, e.action);
			byDimension.set(d, dim);
		}
	}
	return {
		days,
		byDay: [...byDay.values()],
		bySite: [...bySite.values()].sort(byWarnings),
		byDimension: [...byDimension.values()].sort(byWarnings),
		actions,
		totals,
	};
}
