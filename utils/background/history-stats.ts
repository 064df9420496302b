/** Aggregates the daily roll-up into chart series (pure; the history handler feeds it rows from Dexie). */
import type { Signal } from '../../models/scoring/types.ts';
import { type DailyRow, localDay } from '../storage/daily-rollup.ts';
import { EVENT_ACTIONS, type EventAction } from '../storage/db.ts';
import type { HistoryStats, Tally } from './history-types.ts';

export { localDay };

const DAY_MS = 86_400_000;

/** Start (epoch ms) of the `days`-day range ending today. */
export function rangeStart(now: number, days: number): number {
	const d = new Date(now);
	d.setHours(0, 0, 0, 0);
	d.setDate(d.getDate() - (days - 1));
	return d.getTime();
}

/** The first and last local dates (YYYY-MM-DD) of the `days`-day range ending today. */
export function dayRange(now: number, days: number): [string, string] {
	return [localDay(rangeStart(now, days)), localDay(now)];
}

/**
 * Warnings are 'shown' events; fixes are 'rewriteAccepted' ones less those taken back ('rewriteRejected': the
 * card's Undo or Ctrl+Z right after Apply), plus those put back by the editor's redo ('rewriteRedone', which takes
 * an undo back: one apply, undone and redone, is one fix and nothing undone, not "2 applied, 1 undone" as qa28 read).
 * Summed signed while counting, each bucket clamped at zero at the end (`kept`): an undo can land in another bucket
 * (the day after its Apply) than the accept it takes back.
 */
const fixesOf = (accepted = 0, undone = 0, redone = 0) => accepted - undone + redone;
const kept = <T extends Tally>(t: T): T => ({ ...t, fixes: Math.max(0, t.fixes) });

function tallyOf(counts: Partial<Record<EventAction, number>> | undefined): Tally {
	return {
		warnings: counts?.shown ?? 0,
		fixes: fixesOf(counts?.rewriteAccepted, counts?.rewriteRejected, counts?.rewriteRedone),
	};
}

function add(into: Tally, t: Tally): void {
	into.warnings += t.warnings;
	into.fixes += t.fixes;
}

const byWarnings = (a: Tally, b: Tally) => b.warnings - a.warnings || b.fixes - a.fixes;

/** Tallies warnings ('shown') and fixes ('rewriteAccepted') by day, site and dimension over the last `days` days. */
export function computeStats(
	rows: readonly DailyRow[],
	opts: { now: number; days: number; feedback?: number; drafts?: number },
): HistoryStats {
	const { now, days } = opts;
	const [first, last] = dayRange(now, days);
	const byDay = new Map<string, Tally & { day: string }>();
	for (let t = rangeStart(now, days); byDay.size < days; t += DAY_MS) {
		// Step by days, but key by local date so DST changes neither skip nor repeat a day.
		const day = localDay(t + DAY_MS / 2);
		byDay.set(day, { day, warnings: 0, fixes: 0 });
	}
	const bySite = new Map<string, Tally & { site: string }>();
	const byDimension = new Map<Signal, Tally & { dimension: Signal }>();
	const actions = Object.fromEntries(EVENT_ACTIONS.map((a) => [a, 0])) as Record<EventAction, number>;
	const totals = {
		warnings: 0,
		fixes: 0,
		undone: 0,
		events: 0,
		feedback: opts.feedback ?? 0,
		drafts: opts.drafts ?? 0,
	};
	for (const row of rows) {
		if (row.day < first || row.day > last) continue;
		const dayTally = byDay.get(row.day);
		for (const counts of row.sites) {
			for (const [action, n] of Object.entries(counts.actions) as [EventAction, number][]) {
				actions[action] = (actions[action] ?? 0) + n;
				totals.events += n;
			}
			const tally = tallyOf(counts.actions);
			add(totals, tally);
			if (dayTally) add(dayTally, tally);
			const site = bySite.get(counts.site) ?? { site: counts.site, warnings: 0, fixes: 0 };
			add(site, tally);
			bySite.set(counts.site, site);
			// Every dimension the day's events named is listed, even with no warning or fix (as sites are).
			const named = new Set(
				Object.values(counts.dimensions).flatMap((dims) => Object.keys(dims ?? {})) as Signal[],
			);
			for (const d of named) {
				const dim = byDimension.get(d) ?? { dimension: d, warnings: 0, fixes: 0 };
				const { shown, rewriteAccepted, rewriteRejected, rewriteRedone } = counts.dimensions;
				add(dim, {
					warnings: shown?.[d] ?? 0,
					fixes: fixesOf(rewriteAccepted?.[d], rewriteRejected?.[d], rewriteRedone?.[d]),
				});
				byDimension.set(d, dim);
			}
		}
	}
	// Undos the user let stand: a redo took one back.
	totals.undone = Math.max(0, actions.rewriteRejected - actions.rewriteRedone);
	return {
		days,
		byDay: [...byDay.values()].map(kept),
		bySite: [...bySite.values()].map(kept).sort(byWarnings),
		byDimension: [...byDimension.values()].map(kept).sort(byWarnings),
		actions,
		totals: kept(totals),
	};
}
