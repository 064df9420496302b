/**
 * Request/response shapes of the history messages (recordEvent, recordFeedback, getStats, exportHistory,
 * clearHistory, listWarnings, deleteWarning, getAdaptation, saveDraft, discardDraft, listDrafts). Types only, so content scripts can import them
 * without pulling in Dexie.
 */
import type { ScoreOptions, Signal } from '../../models/scoring/types.ts';
import type {
	DailyRow,
	DraftRow,
	EventAction,
	EventRow,
	FeedbackRow,
	RewriteOutcomeRow,
	WarningLevel,
} from '../storage/db.ts';
import type { Settings } from '../storage/settings.ts';

export type { EventAction, WarningLevel };

/** One thing that happened to a warning. `draft` is dropped unless the user opted in to storing drafts. */
export interface RecordEventRequest {
	/** Epoch ms; the background's clock when absent. */
	at?: number;
	/** location.hostname (normalized by the background). */
	site: string;
	level: WarningLevel;
	toxic?: number;
	inappropriate?: number;
	dimensions: Signal[];
	action: EventAction;
	draft?: string;
	/**
	 * With `shown`: the warning's draft episode, as hashes (warning-count.ts `textHash`) of the field's stable key
	 * (draft-keeper.ts `draftKey`: page and field) and of the draft text. A `shown` whose episode already counted
	 * that text (the same draft restored after a reload) is not stored again (warning-episodes.ts).
	 */
	episode?: { field: string; draft: string };
	/**
	 * With any other action: the field's key hash, as `episode.field`. The event is linked to that field's latest
	 * stored warning (`EventRow.warning`), so it goes when the user deletes that warning (session 23).
	 */
	field?: string;
}

/** "This is fine": pass the text (hashed in the background, never stored) or a precomputed `hashText`. */
export interface RecordFeedbackRequest {
	site: string;
	text?: string;
	textHash?: string;
	/** Signals (dimensions, or the toxic head) the warning named. */
	dimensions: Signal[];
}

/** Counts per chart bucket: warnings shown and rewrites accepted. */
export interface Tally {
	warnings: number;
	fixes: number;
}

/** Aggregates for the history page's charts, over the last `days` days. */
export interface HistoryStats {
	days: number;
	/** Oldest day first; `day` is the local date YYYY-MM-DD. Every day of the range is present. */
	byDay: (Tally & { day: string })[];
	/** Most warnings first. */
	bySite: (Tally & { site: string })[];
	/** Most warnings first; only dimensions that occurred. */
	byDimension: (Tally & { dimension: Signal })[];
	actions: Record<EventAction, number>;
	/** `fixes`: rewrites accepted and kept; `undone`: rewrites taken back after Apply (not in `fixes`). */
	totals: Tally & { undone: number; events: number; feedback: number; drafts: number };
}

/**
 * One warning as the history page lists it (a `shown` event). `draft` only when the user kept draft text. Deleting
 * it deletes what the user did with it too (dismissed, fine, rewrite… events linked to it; session 23).
 */
export type ShownWarning = Pick<EventRow, 'id' | 'at' | 'site' | 'level' | 'dimensions' | 'draft'>;

/** A kept draft as the history page lists it (opt-in; see entrypoints/content/features/draft-keeper.ts). */
export type KeptDraft = DraftRow;

/**
 * The export's format version. 2 (session 24): events carry `warning` (the `shown` event a follow-up is about, 0
 * when none was known) and `day` (the local day the charts count it under), both absent on events stored before
 * session 23. Version 1 files have neither field on any event (some written by session 23 builds do), and may lack
 * `daily`; readHistoryExport (history-export.ts) reads both. Format: docs/history-export.md.
 */
export const HISTORY_EXPORT_VERSION = 2;

/** Everything stored locally, as one JSON document (the API key is never included). */
export interface HistoryExport {
	format: 'tactful-history';
	version: typeof HISTORY_EXPORT_VERSION;
	exportedAt: string;
	settings: Settings;
	/** Raw events of the retention period (90 days; older ones live on as counts in `daily`). */
	events: EventRow[];
	feedback: FeedbackRow[];
	drafts: DraftRow[];
	rewriteOutcomes: RewriteOutcomeRow[];
	/** Events counted per local day, site, action and dimension (what the charts read), oldest first. */
	daily: DailyRow[];
}

/** What the scorer should use for this user, learned from "This is fine" feedback (see adaptation.ts). */
export interface Adaptation {
	/** Options to pass to scoreDraft: the user's settings, with sensitivity eased by overall feedback. */
	options: Required<Pick<ScoreOptions, 'sensitivity' | 'disabledDimensions'>>;
	/** Amount (0..0.15) to raise each dimension's flag threshold by; absent = 0. */
	dimensionOffsets: Partial<Record<Signal, number>>;
	/** hashText() of drafts the user marked fine: never flag these again. */
	allowHashes: string[];
	/** Feedback rows considered (last 90 days). */
	feedbackCount: number;
}
