/**
 * How "This is fine" feedback adapts warnings to one user. Pure functions, no storage.
 *
 * Design (kept small and explainable, every effect bounded and reversible by deleting history):
 * 1. Allow list: the hash of each draft the user marked fine. The same text (after normalizing case and
 *    whitespace) is never flagged again; content scripts check it with `isAllowed` before painting.
 * 2. Per-dimension threshold nudges: a dimension named in ≥ 2 "fine" clicks during the last 90 days gets its
 *    flag threshold raised by 0.03 per click beyond the first, capped at 0.15. One click never shifts anything,
 *    old feedback ages out, and a dimension can be eased but never silently switched off.
 * 3. The overall head ('Inappropriateness') has no per-dimension knob in ScoreOptions, so its nudge lowers the
 *    suggested sensitivity instead (never below 0.2), which the scorer already understands.
 */
import type { Signal } from '../../models/scoring/types.ts';
import type { FeedbackRow } from '../storage/db.ts';
import type { Settings } from '../storage/settings.ts';
import type { Adaptation } from './history-types.ts';

export const FEEDBACK_WINDOW_MS = 90 * 86_400_000;
export const NUDGE_STEP = 0.03;
export const NUDGE_CAP = 0.15;
const MIN_SENSITIVITY = 0.2;
const MAX_ALLOW_HASHES = 500;

/** Case- and whitespace-insensitive form of a draft, the input to `hashText`. */
export function normalizeForHash(text: string): string {
	return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A fast synchronous 53-bit hash (cyrb53) of the normalized text, as 14 hex digits. Synchronous so content
 * scripts can check the allow list on any page (crypto.subtle is missing on insecure origins).
 */
export function hashText(text: string): string {
	const s = normalizeForHash(text);
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Whether the user already marked exactly this text as fine. */
export function isAllowed(text: string, adaptation: Pick<Adaptation, 'allowHashes'>): boolean {
	return adaptation.allowHashes.includes(hashText(text));
}

/** Threshold nudge for a dimension named in `count` recent "fine" clicks. */
export function nudgeFor(count: number): number {
	return count < 2 ? 0 : Math.min(NUDGE_CAP, Math.round(NUDGE_STEP * (count - 1) * 1000) / 1000);
}

/**
 * A sensitivity eased by the overall head's nudge, never below 0.2 (or below itself when the user set it lower).
 * Pages apply it to the sensitivity in effect on their site, which may be the site's own value.
 */
export function easeSensitivity(sensitivity: number, overallNudge: number): number {
	return Math.max(Math.min(sensitivity, MIN_SENSITIVITY), sensitivity - overallNudge);
}

/** Builds the adaptation from settings and feedback rows (any order); rows older than 90 days are ignored. */
export function computeAdaptation(
	settings: Settings,
	feedback: readonly FeedbackRow[],
	now: number,
): Adaptation {
	const recent = feedback.filter((f) => f.at >= now - FEEDBACK_WINDOW_MS).sort((a, b) => b.at - a.at);
	const counts = new Map<Signal, number>();
	for (const row of recent) for (const d of new Set(row.dimensions)) counts.set(d, (counts.get(d) ?? 0) + 1);
	const dimensionOffsets: Partial<Record<Signal, number>> = {};
	for (const [d, c] of counts) if (nudgeFor(c) > 0) dimensionOffsets[d] = nudgeFor(c);
	const sensitivity = easeSensitivity(settings.sensitivity, dimensionOffsets.Inappropriateness ?? 0);
	return {
		options: { sensitivity, disabledDimensions: [...settings.disabledDimensions] },
		dimensionOffsets,
		allowHashes: [...new Set(recent.map((f) => f.textHash))].slice(0, MAX_ALLOW_HASHES),
		feedbackCount: recent.length,
	};
}
