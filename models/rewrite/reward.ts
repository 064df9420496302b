/**
 * The machine-feedback reward of Ziegenbein et al. (2024): reward = w · P(appropriate | candidate) +
 * (1 − w) · similarity(candidate, draft), with hard rejects for candidates that are still flagged or that drop
 * or change protected tokens (code, links, mentions, references, quotes, numbers).
 */
import type { ScoreResult } from '../scoring/types.ts';
import { protectedViolation } from './protected.ts';
import { similarity } from './similarity.ts';
import type { RewriteCandidate } from './types.ts';

/** The paper's best balance between civility and keeping the author's words. */
export const DEFAULT_WEIGHT = 0.5;

/** Clamps a user dial value to 0..1 (NaN → default). */
export function clampWeight(weight: number | undefined): number {
	if (weight === undefined || Number.isNaN(weight)) return DEFAULT_WEIGHT;
	return Math.min(1, Math.max(0, weight));
}

/**
 * Scores one candidate against the draft. `score` is the scorer's result for the candidate text; a candidate
 * that is rejected gets reward 0 and a `rejected` reason.
 */
export function rewardCandidate(
	draft: string,
	rewrite: string,
	strategy: string,
	score: ScoreResult,
	weight = DEFAULT_WEIGHT,
	replacement = false,
): RewriteCandidate {
	if (score.text !== rewrite) throw new Error('score was computed on a different text than the candidate');
	const appropriate = 1 - score.inappropriate;
	const sim = similarity(rewrite, draft);
	const base = { rewrite, strategy, appropriate, similarity: sim, ...(replacement ? { replacement } : {}) };
	const rejected = rejectReason(draft, rewrite, score, replacement ? 1 : sim);
	if (rejected) return { ...base, reward: 0, rejected };
	return { ...base, reward: weight * appropriate + (1 - weight) * sim };
}

/** Below this chrF++ a candidate is about something else (ParaDetox: human rewrites 0.68, unrelated 0.12). */
export const MIN_SIMILARITY = 0.15;

function rejectReason(draft: string, rewrite: string, score: ScoreResult, sim: number): string | undefined {
	if (rewrite.trim() === '') return 'empty';
	if (rewrite.includes('\uFFFD')) return 'garbled output';
	if (rewrite.trim() === draft.trim()) return 'unchanged';
	if (rewrite.length > draft.length * 3 + 200) return 'too long';
	if (score.flag) return 'still flagged';
	if (sim < MIN_SIMILARITY) return 'unrelated to the draft';
	return protectedViolation(draft, rewrite);
}

/** Why a replacement is not offered beside a real rewrite (a rewrite keeps what the draft said). */
export const REWRITE_KEEPS_MORE = 'a rewrite keeps more of the draft';

/**
 * Splits scored candidates into accepted (best reward first, ties keep generation order) and rejected. A
 * replacement (an alternative to an all-attack draft, exempt from the similarity guard) is offered only when no
 * real rewrite was accepted: otherwise the draft had something to keep.
 */
export function rankCandidates(candidates: readonly RewriteCandidate[]): {
	accepted: RewriteCandidate[];
	rejected: RewriteCandidate[];
} {
	const passed = candidates.filter((c) => !c.rejected).sort((a, b) => b.reward - a.reward);
	const rewrites = passed.filter((c) => !c.replacement);
	const accepted = rewrites.length > 0 ? rewrites : passed;
	const superseded = passed
		.filter((c) => !accepted.includes(c))
		.map((c) => ({ ...c, reward: 0, rejected: REWRITE_KEEPS_MORE }));
	return { accepted, rejected: [...candidates.filter((c) => c.rejected), ...superseded] };
}
