/**
 * Background handlers for the history messages, as plain functions over a TactfulDB so they are unit-testable.
 * The background wires them with `onMessages('background', historyHandlers(getDb()))`.
 */
import { DIMENSIONS, SIGNALS, type Signal } from '../../models/scoring/types.ts';
import type { MessageSender, RequestOf, ResponseOf } from '../messaging.ts';
import {
	catchUpDaily,
	countedDays,
	countsIn,
	localDay,
	removeFromDaily,
	rolledUpThrough,
	withUncounted,
} from '../storage/daily-rollup.ts';
import { EVENT_ACTIONS, type EventRow, type TactfulDB } from '../storage/db.ts';
import { forgetRewritePreferences } from '../storage/rewrite-preferences.ts';
import { catchUpSoon, readDaily } from '../storage/rollup-catch-up.ts';
import {
	normalizeSettings,
	getSettings as readSettings,
	type Settings,
	siteKey,
} from '../storage/settings.ts';
import { isStorageFailure, storageUnavailableError } from '../storage/storage-failure.ts';
import { computeAdaptation, FEEDBACK_WINDOW_MS, hashText } from './adaptation.ts';
import { PRUNE_EVERY_MS, pruneHistory } from './history-retention.ts';
import { computeStats, dayRange } from './history-stats.ts';
import { HISTORY_EXPORT_VERSION } from './history-types.ts';
import {
	fieldInTab,
	sessionEpisodeStore,
	sessionLinkStore,
	type WarningEpisodes,
	warningEpisodes,
} from './warning-episodes.ts';

/** The messages this module answers. */
export type HistoryMessage =
	| 'recordEvent'
	| 'recordFeedback'
	| 'getStats'
	| 'exportHistory'
	| 'clearHistory'
	| 'listWarnings'
	| 'deleteWarning'
	| 'getAdaptation'
	| 'saveDraft'
	| 'discardDraft'
	| 'listDrafts'
	| 'endWarningEpisode';

export type HistoryHandlers = {
	[K in HistoryMessage]: (data: RequestOf<K>, sender?: MessageSender) => Promise<ResponseOf<K>>;
};

/** Injected for tests: the clock and the settings source. */
export interface HistoryDeps {
	now?: () => number;
	getSettings?: () => Promise<Settings>;
	/** Forgets the learned rewrite preferences with the history (default: the extension origin's localStorage). */
	forgetLearned?: () => void;
	/** Warning episodes across reloads (default: in session storage, warning-episodes.ts). */
	episodes?: WarningEpisodes;
}

/** Drafts nobody came back to are pruned after this long. */
export const DRAFT_TTL_MS = 7 * 86_400_000;
const MAX_DRAFT_CHARS = 100_000;
/**
 * Kept drafts are the user's own words, restored after a crash: cut only far beyond any comment box, so a long
 * paste comes back whole (the events limit above would cut off its end, the part typed last).
 */
const MAX_KEPT_DRAFT_CHARS = 2_000_000;
const MAX_STATS_DAYS = 365;
/** The history page lists this many warnings unless it asks for another number (at most MAX_LISTED). */
const LISTED_WARNINGS = 50;
const MAX_LISTED = 500;
/**
 * Recording an event counts up to this many not-yet-counted events in its own transaction (normally just the
 * one it adds); more means a backlog, which the background catch-up counts instead.
 */
const RECORD_CATCH_UP_LIMIT = 100;

const knownDimensions = (dims: unknown): (typeof DIMENSIONS)[number][] =>
	Array.isArray(dims) ? DIMENSIONS.filter((d) => dims.includes(d)) : [];
/**
 * An event keeps the toxic head too ("Insults, threats and slurs", the commonest warning): filtered to the 14
 * dimensions, the history page's "By reason" said "No warnings yet." beside a warning shown. Feedback keeps
 * `knownDimensions`, so "This is fine" never eases the toxic head through the adaptation.
 */
const knownSignals = (dims: unknown): Signal[] =>
	Array.isArray(dims) ? SIGNALS.filter((d) => dims.includes(d)) : [];

/** Creates the handler map for `db`. */
export function historyHandlers(db: TactfulDB, deps: HistoryDeps = {}): HistoryHandlers {
	const now = deps.now ?? Date.now;
	const getSettings = deps.getSettings ?? readSettings;
	let prunedAt = Number.NEGATIVE_INFINITY;
	let episodes = deps.episodes;
	const episodesNow = () => {
		episodes ??= warningEpisodes(sessionEpisodeStore, { links: sessionLinkStore });
		return episodes;
	};
	const inTab = (field: string, sender?: MessageSender) => fieldInTab(field, sender?.tab?.id);

	const handlers: HistoryHandlers = {
		async recordEvent(req, sender) {
			if (!EVENT_ACTIONS.includes(req.action)) throw new Error(`unknown action: ${String(req.action)}`);
			// The same draft's warning again after a reload (the page restored it): the episode counted it already.
			const episode = req.action === 'shown' ? req.episode : undefined;
			if (
				episode &&
				typeof episode.field === 'string' &&
				typeof episode.draft === 'string' &&
				!(await episodesNow().appeared(inTab(episode.field, sender), episode.draft))
			)
				return { id: 0, repeated: true };
			const { storeDrafts } = await getSettings();
			const t = now();
			const at = req.at ?? t;
			// What the user did in a card is about the field's latest warning: linked, so it goes when that does.
			const warning =
				req.action === 'shown'
					? {}
					: {
							warning:
								typeof req.field === 'string'
									? ((await episodesNow().warningOf(inTab(req.field, sender))) ?? 0)
									: 0,
						};
			const row = {
				at,
				// Fixed now: counted and, if the user deletes it, taken out under the same day in any time zone.
				day: localDay(at),
				...warning,
				site: siteKey(req.site),
				level: req.level,
				dimensions: knownSignals(req.dimensions),
				action: req.action,
				...(req.toxic === undefined ? {} : { toxic: req.toxic }),
				...(req.inappropriate === undefined ? {} : { inappropriate: req.inappropriate }),
				// The opt-in is checked here too, so a stale content script can never store text the user refused.
				...(storeDrafts && req.draft ? { draft: req.draft.slice(0, MAX_DRAFT_CHARS) } : {}),
			};
			// The event and its count in the daily roll-up are written together: the charts never miss or double it.
			// Behind a big backlog (a history from before the roll-up) it waits its turn in the background catch-up,
			// which writes only if nothing else counted meanwhile, so it is not counted here either.
			const [id, backlog] = await db.transaction('rw', db.events, db.daily, db.meta, async () => {
				const through = await rolledUpThrough(db);
				const added = await db.events.add(row);
				const waiting = await db.events
					.where(':id')
					.above(through)
					.limit(RECORD_CATCH_UP_LIMIT + 1)
					.count();
				if (waiting > RECORD_CATCH_UP_LIMIT) return [added, true];
				await catchUpDaily(db, RECORD_CATCH_UP_LIMIT);
				return [added, false];
			});
			if (episode && typeof episode.field === 'string')
				await episodesNow().warned(inTab(episode.field, sender), id);
			if (backlog) void catchUpSoon(db);
			else if (t - prunedAt >= PRUNE_EVERY_MS) {
				prunedAt = t;
				await pruneHistory(db, { now: t, keepDraftText: storeDrafts });
			}
			return { id };
		},

		async recordFeedback(req) {
			const textHash = req.textHash ?? (req.text === undefined ? undefined : hashText(req.text));
			if (!textHash) throw new Error('recordFeedback needs text or textHash');
			const id = await db.feedback.add({
				at: now(),
				site: siteKey(req.site),
				textHash,
				dimensions: knownDimensions(req.dimensions),
			});
			return { id };
		},

		async getStats(req) {
			const days = Math.min(MAX_STATS_DAYS, Math.max(1, Math.round(req.days ?? 30)));
			const t = now();
			// Events stored without going through recordEvent (an older version, a direct write) are counted
			// directly while the background catch-up (started here if needed) works through them.
			const [first, last] = dayRange(t, days);
			const { rows, pending } = await readDaily(db, first, last);
			if (pending > 0) void catchUpSoon(db);
			return computeStats(rows, {
				now: t,
				days,
				feedback: await db.feedback.count(),
				drafts: await db.drafts.count(),
			});
		},

		async exportHistory() {
			// The roll-up and its progress marker are read together, so events past the marker are exactly those
			// it has not counted yet (an export during the background catch-up must not lose their days).
			const [settings, events, feedback, drafts, rewriteOutcomes, [through, stored]] = await Promise.all([
				getSettings(),
				db.events.orderBy('at').toArray(),
				db.feedback.orderBy('at').toArray(),
				db.drafts.toArray(),
				db.rewriteOutcomes.orderBy('at').toArray(),
				db.transaction('r', db.daily, db.meta, async () =>
					Promise.all([rolledUpThrough(db), db.daily.orderBy('day').toArray()]),
				),
			]);
			const daily = withUncounted(stored, events, through);
			return {
				format: 'tactful-history',
				version: HISTORY_EXPORT_VERSION,
				exportedAt: new Date(now()).toISOString(),
				settings,
				events,
				feedback,
				drafts,
				rewriteOutcomes,
				daily,
			};
		},

		async clearHistory() {
			let deleted = 0;
			// The API key (secrets) is a setting, not history: "delete everything" keeps it.
			const recorded = db.tables.filter((table) => table.name !== 'secrets');
			await db.transaction('rw', recorded, async () => {
				for (const table of recorded) {
					// Counted: what was recorded. The roll-up's counts and bookkeeping are derived from it.
					if (table.name !== 'daily' && table.name !== 'meta') deleted += await table.count();
					await table.clear();
				}
			});
			// The bandit was learned from the accept/reject rows just deleted: "delete everything" includes it.
			(deps.forgetLearned ?? forgetRewritePreferences)();
			// And which drafts were already counted: after "delete everything" the next warning counts again.
			await episodesNow().clear();
			return { deleted };
		},

		async listWarnings(req) {
			const limit = Math.min(MAX_LISTED, Math.max(1, Math.round(req.limit ?? LISTED_WARNINGS)));
			const rows = await db.events
				.orderBy('at')
				.reverse()
				.filter((e) => e.action === 'shown')
				.limit(limit)
				.toArray();
			return {
				warnings: rows.map(({ id, at, site, level, dimensions, draft }) => ({
					id,
					at,
					site,
					level,
					dimensions,
					...(draft === undefined ? {} : { draft }),
				})),
			};
		},

		async deleteWarning(req) {
			// The warning, what the user did with it, and their counts go together: once counted in the roll-up (id at
			// or below the marker), each one's day row gives its count back, or the charts would keep what the list and
			// the export no longer have.
			return db.transaction('rw', db.events, db.daily, db.meta, async () => {
				const event = await db.events.get(req.id);
				if (event?.action !== 'shown') return { deleted: 0 };
				const linked = await db.events.where('warning').equals(event.id).toArray();
				const gone = [event, ...linked, ...(await legacyFollowUps(db, event))];
				const through = await rolledUpThrough(db);
				for (const e of gone) if (e.id <= through) await uncount(db, e);
				await db.events.bulkDelete(gone.map((e) => e.id));
				return { deleted: 1, with: gone.length - 1 };
			});
		},

		async getAdaptation() {
			const since = now() - FEEDBACK_WINDOW_MS;
			const feedback = await db.feedback.where('at').aboveOrEqual(since).toArray();
			return computeAdaptation(await getSettings(), feedback, now());
		},

		async saveDraft(req) {
			await db.drafts
				.where('updatedAt')
				.below(now() - DRAFT_TTL_MS)
				.delete();
			if (!(await getSettings()).storeDrafts) return { stored: false };
			await db.drafts.put({
				key: req.key,
				site: siteKey(req.site),
				text: req.text.slice(0, MAX_KEPT_DRAFT_CHARS),
				updatedAt: now(),
			});
			return { stored: true };
		},

		async discardDraft(req) {
			await db.drafts.delete(req.key);
			return { ok: true };
		},

		async endWarningEpisode(req, sender) {
			if (typeof req.field === 'string') await episodesNow().ended(inTab(req.field, sender));
			return { ok: true };
		},

		async listDrafts() {
			await db.drafts
				.where('updatedAt')
				.below(now() - DRAFT_TTL_MS)
				.delete();
			const rows = await db.drafts.orderBy('updatedAt').reverse().toArray();
			return { drafts: rows.map(({ key, site, text, updatedAt }) => ({ key, site, text, updatedAt })) };
		},
	};
	return whenStorageFails(handlers, {
		// What pages send while the user writes: dropped (nothing stored), so nothing fails or is thrown into a page.
		recordEvent: async () => ({ id: 0 }),
		recordFeedback: async () => ({ id: 0 }),
		saveDraft: async () => ({ stored: false }),
		discardDraft: async () => ({ ok: true }),
		endWarningEpisode: async () => ({ ok: true }),
		// Nothing learned from feedback: drafts are scored with the user's settings alone.
		getAdaptation: async () => computeAdaptation(await getSettings(), [], now()),
	});
}

/**
 * Wraps each handler: when the database cannot be used at all (storage-failure.ts), writes and the adaptation
 * answer with their `fallback`, and reads reject with the plain "History is unavailable in this window" error
 * (the history page says so). Logged once per set of handlers, with the raw error. Other errors pass unchanged.
 */
function whenStorageFails(
	handlers: HistoryHandlers,
	fallback: { [K in HistoryMessage]?: HistoryHandlers[K] },
): HistoryHandlers {
	let told = false;
	const wrapped: Record<string, unknown> = {};
	for (const name of Object.keys(handlers) as HistoryMessage[]) {
		const handler = handlers[name] as (data: unknown, sender?: MessageSender) => Promise<unknown>;
		const instead = fallback[name] as ((data: unknown) => Promise<unknown>) | undefined;
		wrapped[name] = async (data: unknown, sender?: MessageSender) => {
			try {
				return await handler(data, sender);
			} catch (error) {
				if (!isStorageFailure(error)) throw error;
				if (!told) {
					told = true;
					console.warn('[tactful] history is unavailable in this window (drafts are still checked):', error);
				}
				if (instead) return instead(data);
				throw storageUnavailableError(error);
			}
		};
	}
	return wrapped as HistoryHandlers;
}

/** Events stored before session 23 name no warning: those after one are taken as its, this long at most. */
export const LEGACY_LINK_MS = 60 * 60_000;

/**
 * What the user did with `warning` when it was stored before its events were linked (db v3): the events of its
 * site after it, up to the site's next warning and within `LEGACY_LINK_MS`, that name no warning. Best effort:
 * two fields warned on one site at once cannot be told apart.
 */
async function legacyFollowUps(db: TactfulDB, warning: EventRow): Promise<EventRow[]> {
	const after = await db.events
		.where('at')
		.between(warning.at, warning.at + LEGACY_LINK_MS, true, false)
		.filter((e) => e.site === warning.site && e.id !== warning.id)
		.toArray();
	const next = after.find((e) => e.action === 'shown' && (e.at > warning.at || e.id > warning.id));
	return after.filter(
		(e) =>
			e.action !== 'shown' &&
			e.warning === undefined &&
			(!next || e.at < next.at || (e.at === next.at && e.id < next.id)),
	);
}

/** Takes a counted event out of the day row that counts it (none left: the row goes). */
async function uncount(db: TactfulDB, event: EventRow): Promise<void> {
	for (const day of countedDays(event)) {
		const row = await db.daily.get(day);
		if (!row || !countsIn(row, event)) continue;
		const left = removeFromDaily(row, event);
		if (left) await db.daily.put(left);
		else await db.daily.delete(day);
		return;
	}
}

/**
 * Deletes every draft text kept under the "Keep draft text" opt-in: the saved drafts and the `draft` field of
 * past events (the events themselves, counts and categories, stay). Returns how many texts were removed.
 */
export async function forgetDraftText(db: TactfulDB): Promise<number> {
	let removed = 0;
	await db.transaction('rw', db.drafts, db.events, async () => {
		removed += await db.drafts.count();
		await db.drafts.clear();
		removed += await db.events
			.filter((event) => event.draft !== undefined)
			.modify((event) => {
				delete event.draft;
			});
	});
	return removed;
}

/** True when a settings change (new, old stored value) turns the draft-text opt-in off. */
export function turnedDraftsOff(next: unknown, previous: unknown): boolean {
	if (previous === null || previous === undefined) return false;
	return (
		normalizeSettings(previous as Settings).storeDrafts && !normalizeSettings(next as Settings).storeDrafts
	);
}
