/**
 * The local history database (Dexie / IndexedDB), opened only in extension-origin contexts (background,
 * history page); content scripts reach it through messages. Versions are append-only: never edit a
 * declared version, add a new one.
 *
 * Per-site settings are NOT here: they live in `settings.sites` (utils/storage/settings.ts) so content
 * scripts can read them without a round trip and they can sync.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Signal } from '../../models/scoring/types.ts';
import type { DailyRow, MetaRow, SiteCounts } from './daily-rollup.ts';

export type { DailyRow, MetaRow, SiteCounts };

/** The badge level the overlay showed. */
export type WarningLevel = 'ok' | 'caution' | 'warn';

/** What happened to a warning (or a draft) — one history event each. */
export const EVENT_ACTIONS = [
	'shown',
	'dismissed',
	'fine',
	'snoozed',
	'rewriteAccepted',
	'rewriteRejected',
	// The editor's redo put back a rewrite the user had undone: takes back that 'rewriteRejected' (not a new apply).
	'rewriteRedone',
	'postedAnyway',
	'reviewed',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** One history event. `draft` is present only when the user opted in to storing drafts. */
export interface EventRow {
	id: number;
	/** Epoch ms. */
	at: number;
	/** `siteKey(hostname)`. */
	site: string;
	level: WarningLevel;
	/** Head scores at the time, 0..1, when known. */
	toxic?: number;
	inappropriate?: number;
	/** Signals (dimensions, or the toxic head `TOXICITY`) that drove the warning. */
	dimensions: Signal[];
	action: EventAction;
	draft?: string;
	/**
	 * Not on `shown`: the `shown` event this one is about (what the user did with that warning), so deleting the
	 * warning deletes it too; 0 when none was known. Absent on events stored before session 23 (db v3), which
	 * `deleteWarning` links by site and time instead (history.ts `legacyFollowUps`).
	 */
	warning?: number;
	/**
	 * The local day (YYYY-MM-DD) the daily roll-up counts it under, fixed when it is stored: counted and deleted
	 * under the same day even when the time zone changed between (absent before session 23: `localDay(at)`).
	 */
	day?: string;
}

/** A "This is fine" click: the hash of the (normalized) text, never the text itself. */
export interface FeedbackRow {
	id: number;
	at: number;
	site: string;
	textHash: string;
	dimensions: Signal[];
}

/** The user's current draft in one field (opt-in); removed when they post or clear it, pruned after a week. */
export interface DraftRow {
	/** Caller-chosen field key, e.g. `${site}${location.pathname}#${fieldIndex}`. */
	key: string;
	site: string;
	text: string;
	updatedAt: number;
}

/** One rewrite shown to the user and what they did with it (read by the rewrite bandit). */
export interface RewriteOutcomeRow {
	id: number;
	strategy: string;
	at: number;
	accepted: boolean;
	/** Reward the bandit credits to `strategy`, if the caller computed one. */
	reward?: number;
	site?: string;
	/** A redo that took back the undo before it (models/rewrite/bandit.ts `recordOutcome`); `accepted` is true. */
	redo?: true;
}

/**
 * A secret the extension keeps from content scripts (storage.local is readable there; extension-origin IndexedDB
 * is not): today only the OpenAI-compatible API key (utils/storage/api-key.ts), with the origin it may go to.
 */
export interface SecretRow {
	name: string;
	value: string;
	/** The origin the secret may be sent to; '' when unbound (a key saved before session 24). */
	origin: string;
	/**
	 * A fresh token on every write (session 27; absent on rows written before), so a writer can tell that the row
	 * changed since it read it even when the same value was written again: api-key.ts `migrateApiKey` moves an old
	 * key in only over the row it saw. Not indexed: no schema change.
	 */
	rev?: string;
}

/** The extension's one IndexedDB database. */
export class TactfulDB extends Dexie {
	events!: EntityTable<EventRow, 'id'>;
	feedback!: EntityTable<FeedbackRow, 'id'>;
	drafts!: EntityTable<DraftRow, 'key'>;
	rewriteOutcomes!: EntityTable<RewriteOutcomeRow, 'id'>;
	/** Events counted per local day, site, action and dimension (daily-rollup.ts): what the charts read. */
	daily!: Table<DailyRow, string>;
	/** Small bookkeeping values, e.g. how far the daily roll-up has counted. */
	meta!: Table<MetaRow, string>;
	/** Secrets by name; never exported, and kept by "delete all history". */
	secrets!: Table<SecretRow, string>;

	constructor(name = 'tactful') {
		super(name);
		this.version(1).stores({
			events: '++id, at, site, action',
			feedback: '++id, at, textHash',
			drafts: '&key, site, updatedAt',
			rewriteOutcomes: '++id, strategy, at',
		});
		// v2: the daily roll-up, so charts of old days stay right once raw events past the retention period are
		// pruned. No upgrade function: counting a big history inside the upgrade transaction blocked the whole
		// database for seconds; events already stored are counted afterwards in small background chunks
		// (rollup-catch-up.ts) and read directly until then. (v2 had a counting upgrade for a few hours before it
		// shipped; databases that ran it simply have nothing left to catch up with.)
		this.version(2).stores({ daily: '&day', meta: '&key' });
		// v3: events name the warning they are about (`warning`), so deleting a warning deletes them in one indexed
		// read. No upgrade function, for v2's reason: older events are linked when their warning is deleted.
		this.version(3).stores({ events: '++id, at, site, action, warning' });
		// v4: secrets moved out of storage.local (session 26). The move is no upgrade function: the background does it
		// on start (api-key.ts `migrateApiKey`), keeping the old copy until the new one is written.
		this.version(4).stores({ secrets: '&name' });
	}
}

let shared: TactfulDB | undefined;
/** The lazily opened database for this context (background or history page). */
export function getDb(): TactfulDB {
	shared ??= new TactfulDB();
	return shared;
}
