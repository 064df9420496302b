/**
 * Reads a history export (the JSON the history page's "Export as JSON" saves) of either format version: 1 (before
 * session 24) or 2 (events may carry `warning` and `day`). There is no import in the extension yet; this is the
 * reader an import, or a user's script, starts from, and what the round-trip tests hold the format to.
 */
import { normalizeSettings } from '../storage/settings-schema.ts';
import { HISTORY_EXPORT_VERSION, type HistoryExport } from './history-types.ts';

/** The format versions this build reads. */
export const READABLE_EXPORT_VERSIONS = [1, HISTORY_EXPORT_VERSION] as const;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const rows = <T>(x: unknown, what: string): T[] => {
	if (x === undefined) return [];
	if (!Array.isArray(x)) throw new Error(`not a Tactful history export: "${what}" is not a list`);
	return x as T[];
};

/**
 * The export in `json` (text or parsed) as the current version: a v1 file reads with its events as they were (no
 * `warning` or `day`: follow-ups not linked, days counted by local time) and `daily` as [] when it had none.
 * Throws, saying why, on anything else, including a newer version than this build knows.
 */
export function readHistoryExport(json: string | unknown): HistoryExport {
	const raw: unknown = typeof json === 'string' ? JSON.parse(json) : json;
	if (!isObject(raw) || raw.format !== 'tactful-history') throw new Error('not a Tactful history export');
	if (!READABLE_EXPORT_VERSIONS.some((v) => v === raw.version))
		throw new Error(`history export version ${String(raw.version)} is not one this version of Tactful reads`);
	if (typeof raw.exportedAt !== 'string') throw new Error('not a Tactful history export: no "exportedAt"');
	return {
		format: 'tactful-history',
		version: HISTORY_EXPORT_VERSION,
		exportedAt: raw.exportedAt,
		settings: normalizeSettings(raw.settings as never),
		events: rows(raw.events, 'events'),
		feedback: rows(raw.feedback, 'feedback'),
		drafts: rows(raw.drafts, 'drafts'),
		rewriteOutcomes: rows(raw.rewriteOutcomes, 'rewriteOutcomes'),
		daily: rows(raw.daily, 'daily'),
	};
}
