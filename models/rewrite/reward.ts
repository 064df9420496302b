/**
 * The machine-feedback reward of Ziegenbein et al. (2024): reward = w · P(appropriate | candidate) +
 * (1 − w) · similarity(candidate, draft), with hard rejects for candidates that are still flagged or that drop
 * or change protected tokens (code, links, mentions, references, quotes, numbers).
 */
import type { ScoreResult } from '../scoring/types.ts';
import { languageMismatch } from '../text/language.ts';
import { wordDiff } from './diff.ts';
import { keptCondescension } from './fixer-condescend.ts';
import { sneersAtReader } from './fixer-sneer.ts';
import { changedSpans } from './kept.ts';
import { danglingEndings } from './prose-check.ts';
import { protectedViolation } from './protected.ts';
import { similarity } from './similarity.ts';
import type { RewriteCandidate } from './types.ts';
import { keptUnderlinedPutDowns } from './underlined-put-downs.ts';

/** The paper's best balance between civility and keeping the author's words. */
export const DEFAULT_WEIGHT = 0.5;

/** Clamps a user dial value to 0..1 (NaN → default). */
export function clampWeight(weight: number | undefined): number {
	if (weight === undefined || Number.isNaN(weight)) return DEFAULT_WEIGHT;
	return Math.min(1, Math.max(0, weight));
}

/**
 * From this length on a draft is ranked on the sentences a candidate changes (kept.ts), not on the whole draft.
 * Whole-draft chrF++ is ~0.99 for every candidate of a long draft where one sentence changes (session 17: a
 * 9,900-character CodeMirror draft), so the ranking rested on civility alone and the "keep my words ↔ make it
 * civil" dial did nothing there. Every draft of the rewrite evals is far shorter (ParaDetox ≤ 135 characters, the
 * hand-written corpora ≤ 208), so comment-sized drafts rank exactly as before.
 */
export const LONG_DRAFT_CHARS = 1_000;

/**
 * The similarities the reward ranks `rewrites` on: chrF++ of each whole candidate against the whole draft; for a
 * long draft, of the part of the draft that ANY candidate changes (the sentences each one touches, kept.ts, merged
 * over all candidates), against the same part of each candidate. So keeping the writer's words counts where the
 * rest of the draft is untouched, and every candidate is measured on the same text: measured on its own changed
 * sentences only, a candidate that also retouched fifty other sentences a little scored ~0.95 and beat the one
 * that rewrote just the insult (~0.4): the cm-long e2e caught it, the preview full of struck lines.
 */
export function rankingSimilarities(draft: string, rewrites: readonly string[]): number[] {
	if (draft.length < LONG_DRAFT_CHARS) return rewrites.map((r) => similarity(r, draft));
	const spans = rewrites.map((r) => changedSpans(draft, wordDiff(draft, r)));
	const region: [number, number][] = [];
	for (const { b0, b1 } of spans.flat().sort((x, y) => x.b0 - y.b0)) {
		const last = region.at(-1);
		if (last && b0 <= last[1]) last[1] = Math.max(last[1], b1);
		else region.push([b0, b1]);
	}
	const before = region.map(([b0, b1]) => draft.slice(b0, b1)).join('\n');
	return rewrites.map((rewrite, i) => {
		// Outside a candidate's own spans its text is the draft's, shifted by what its earlier spans added or removed.
		const own = spans[i] ?? [];
		const at = (x: number) => {
			let shift = 0;
			for (const s of own) {
				if (s.b1 > x) break;
				shift = s.a1 - s.b1;
			}
			return x + shift;
		};
		const after = region.map(([b0, b1]) => rewrite.slice(at(b0), at(b1))).join('\n');
		return after === before ? 1 : similarity(after, before);
	});
}

/**
 * Scores one candidate against the draft. `score` is the scorer's result for the candidate text; a candidate
 * that is rejected gets reward 0 and a `rejected` reason. `ranked`: the similarity to rank on, when the caller
 * measured all the draft's candidates together (rankingSimilarities). `draftScore`: the draft's own score, whose
 * rule-floor underline a candidate must not keep (underlined-put-downs.ts).
 */
export function rewardCandidate(
	draft: string,
	rewrite: string,
	strategy: string,
	score: ScoreResult,
	weight = DEFAULT_WEIGHT,
	replacement = false,
	ranked?: number,
	draftScore?: ScoreResult,
): RewriteCandidate {
	if (score.text !== rewrite) throw new Error('score was computed on a different text than the candidate');
	const appropriate = 1 - score.inappropriate;
	const whole = similarity(rewrite, draft);
	// `ranked`: from rankingSimilarities over every candidate of the draft (the engine); alone, over this one.
	const sim =
		ranked ?? (draft.length < LONG_DRAFT_CHARS ? whole : (rankingSimilarities(draft, [rewrite])[0] ?? whole));
	const base = { rewrite, strategy, appropriate, similarity: sim, ...(replacement ? { replacement } : {}) };
	// "Unrelated" is about the candidate as a whole: a long draft with one sentence said anew is still a rewrite.
	const rejected = rejectReason(draft, rewrite, score, replacement ? 1 : whole, draftScore);
	if (rejected) return { ...base, reward: 0, rejected };
	return { ...base, reward: weight * appropriate + (1 - weight) * sim };
}

/** Why a candidate that still sneers at the reader ("you clearly have no clue") is not offered. */
export const SNEERS_AT_READER = 'still sneers at the reader';

/**
 * Why a candidate that keeps the draft's calm condescension ("leave the schema design to people who have done it
 * before") is not offered: the scorer often reads it as civil (session 28, rank28).
 */
export const TALKS_DOWN = 'still talks down to the reader';

/** Why a candidate with a sentence that stops on "an", "the", "and" or "your" is not offered. */
export const ENDS_MID_SENTENCE = 'a sentence stops half-way';

/**
 * Why a candidate in another language than the draft is not offered (qa30: a model answered an English draft in
 * French and it was offered with Apply). The scorer reads English only, so its civility there means nothing.
 */
export const OTHER_LANGUAGE = 'written in another language than the draft';

/** Below this chrF++ a candidate is about something else (ParaDetox: human rewrites 0.68, unrelated 0.12). */
export const MIN_SIMILARITY = 0.15;

function rejectReason(
	draft: string,
	rewrite: string,
	score: ScoreResult,
	sim: number,
	draftScore?: ScoreResult,
): string | undefined {
	if (rewrite.trim() === '') return 'empty';
	if (rewrite.includes('\uFFFD')) return 'garbled output';
	if (rewrite.trim() === draft.trim()) return 'unchanged';
	if (rewrite.length > draft.length * 3 + 200) return 'too long';
	// Before "still flagged": the scorer's verdict on another language is a guess (models/text/language.ts).
	if (languageMismatch(draft, rewrite)) return OTHER_LANGUAGE;
	if (score.flag) return 'still flagged';
	// The scorer does not flag "you clearly have no clue" (fixer-sneer.ts): a candidate that keeps one is no fix.
	if (sneersAtReader(rewrite).length > 0) return SNEERS_AT_READER;
	// Nor does it flag "leave X to people who …" (fixer-condescend.ts): one the draft had and the candidate kept.
	if (keptCondescension(draft, rewrite).length > 0) return TALKS_DOWN;
	// Nor any put-down a rule floor of the scorer underlined on the draft, whatever its phrasing (session 30).
	if (keptUnderlinedPutDowns(draft, draftScore, rewrite).length > 0) return TALKS_DOWN;
	if (sim < MIN_SIMILARITY) return 'unrelated to the draft';
	// "whoever wrote this is an." (a model dropped the insult and kept its article): half a sentence is no rewrite.
	if (danglingEndings(rewrite, draft).length > 0) return ENDS_MID_SENTENCE;
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
