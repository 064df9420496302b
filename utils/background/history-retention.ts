/**
 * How long the history keeps what: raw events for 90 days (their counts live on in the daily roll-up), the daily
 * roll-up for two years (the history page charts at most one), "This is fine" notes for as long as adaptation
 * reads them. Events carrying kept draft text stay while "Keep draft text" is on: that text is something the
 * user asked to keep, and turning the option off already forgets it (history.ts `forgetDraftText`).
 */
import { localDay, rolledUpThrough } from '../storage/daily-rollup.ts';
import type { TactfulDB } from '../storage/db.ts';
import { type ChunkOptions, catchUpInChunks, nextTask } from '../storage/rollup-catch-up.ts';
import { FEEDBACK_WINDOW_MS } from './adaptation.ts';

const DAY_MS = 86_400_000;
/** Raw events older than this are deleted once counted in the daily roll-up. A constant, not a setting. */
export const EVENT_RETENTION_DAYS = 90;
/** Daily roll-up rows older than this are deleted: twice the longest range the history page shows. */
export const ROLLUP_RETENTION_DAYS = 730;
/** A context prunes at most this often (pruning is one index range query when nothing is due). */
export const PRUNE_EVERY_MS = 3_600_000;

/**
 * Events one pruning transaction deletes. Deleting is the slow part (each event leaves three indexes): ~1 ms an
 * event in Chromium on busy cores, so a 1,000-event chunk held the events store about a second.
 */
export const PRUNE_CHUNK = 100;
/**
 * How long one pruning transaction should hold the events store. With no `chunk` given the chunk size follows the
 * measured time per event (busy cores made a 100-event chunk take ~300 ms), between these bounds.
 */
export const PRUNE_TARGET_MS = 50;
const PRUNE_CHUNK_MIN = 10;
const PRUNE_CHUNK_MAX = 1000;

/** The next chunk size after `size` events took `ms`: aimed at `PRUNE_TARGET_MS`, changed at most 2x per step. */
export function nextPruneChunk(size: number, ms: number): number {
	const aimed = ms > 0 ? (size * PRUNE_TARGET_MS) / ms : size * 2;
	const stepped = Math.min(size * 2, Math.max(size / 2, aimed));
	return Math.round(Math.min(PRUNE_CHUNK_MAX, Math.max(PRUNE_CHUNK_MIN, stepped)));
}

/** What one pruning pass deleted. */
export interface Pruned {
	events: number;
	daily: number;
	feedback: number;
}

/**
 * Deletes what is past its retention. Events are counted into the roll-up first and only counted events are
 * deleted, so pruning never loses a count; both go a chunk per transaction (the first pass after an update may
 * delete most of a year), so recording never waits long behind them. `keepDraftText`: the user's "Keep draft
 * text" setting.
 */
export async function pruneHistory(
	db: TactfulDB,
	opts: { now: number; keepDraftText: boolean } & ChunkOptions,
): Promise<Pruned> {
	const eventCutoff = opts.now - EVENT_RETENTION_DAYS * DAY_MS;
	await catchUpInChunks(db, opts);
	const events = await deleteCountedEvents(db, eventCutoff, opts);
	const daily = await db.daily
		.where('day')
		.below(localDay(opts.now - ROLLUP_RETENTION_DAYS * DAY_MS))
		.delete();
	// Nothing reads older notes: adaptation (the allow list and threshold nudges) looks back this far only.
	const feedback = await db.feedback
		.where('at')
		.below(opts.now - FEEDBACK_WINDOW_MS)
		.delete();
	return { events, daily, feedback };
}

/** Deletes events before `cutoff` that the roll-up has counted, `chunk` per transaction; returns how many. */
async function deleteCountedEvents(
	db: TactfulDB,
	cutoff: number,
	opts: { keepDraftText: boolean } & ChunkOptions,
): Promise<number> {
	const adapt = opts.chunk === undefined;
	let chunk = opts.chunk ?? PRUNE_CHUNK;
	let deleted = 0;
	for (;;) {
		const started = performance.now();
		const removed = await db.transaction('rw', db.events, db.meta, async () => {
			const through = await rolledUpThrough(db);
			const old = db.events.where('at').below(cutoff);
			// Kept draft text needs the rows; otherwise the keys alone are enough (a plain key read).
			const due = opts.keepDraftText
				? await old
						.filter((e) => e.id <= through && e.draft === undefined)
						.limit(chunk)
						.primaryKeys()
				: (await old.limit(chunk).primaryKeys()).filter((id) => id <= through);
			await db.events.bulkDelete(due);
			return due.length;
		});
		deleted += removed;
		// Done when a chunk came back short (or held events not counted yet: the next pass gets what follows them).
		if (removed < chunk) return deleted;
		if (adapt) chunk = nextPruneChunk(chunk, performance.now() - started);
		await (opts.pause ?? nextTask)();
	}
}
