/**
 * Thread features from the shipped scoring engine (models/scoring): each comment's toxic, inappropriate and 14
 * appropriateness-dimension probabilities, pooled over the thread (max, mean), plus where the toxic probability
 * sits in the thread (TOXIC_SEQUENCE). Shared by the trainer and the runtime so both compute them the same way.
 * Read "The scorer leak" in models/derail/README.md before trusting what these features are worth on GitHub.
 */
import type { ScoreResult, Scorer } from '../scoring/types.ts';
import { DIMENSIONS } from '../scoring/types.ts';

/** Scorer outputs read per comment (order = per-comment vector order). */
export const SCORE_HEADS = ['toxic', 'inappropriate', ...DIMENSIONS.slice(1)] as const;
/** Poolings over the thread's comments, per head. */
export const SCORE_POOLS = ['max', 'mean'] as const;
/**
 * Where the toxic probability sits in the thread, after the per-head poolings: max and mean over the last three
 * comments (the reply being written makes a thread's tail), and the share of comments with toxic >= 0.3 (how much
 * of the thread is heated, not just its worst comment). Session 4: CV F1 0.663 -> 0.683 (seeds 1-4) and
 * 0.660 -> 0.680 (seeds 5-10), AUC 0.897 -> 0.904, CGA-Wiki held-out accuracy 0.706 -> 0.731 (README).
 */
export const TOXIC_SEQUENCE = ['toxicLast3Max', 'toxicLast3Mean', 'toxicShare'] as const;
/** A comment counts toward `toxicShare` from this toxic probability (the scorer's 0.5 misses most heated ones). */
export const TOXIC_SHARE_FROM = 0.3;
/** Width of the pooled score features the model reads. */
export const S = SCORE_HEADS.length * SCORE_POOLS.length + TOXIC_SEQUENCE.length;

/** One comment's scorer vector in SCORE_HEADS order. */
export function scoreVector(r: Pick<ScoreResult, 'toxic' | 'inappropriate' | 'dimensions'>): number[] {
	return [r.toxic, r.inappropriate, ...DIMENSIONS.slice(1).map((d) => r.dimensions[d] ?? 0)];
}

/**
 * Pooled features [S] of per-comment scorer vectors: head-major per-head poolings (head0 max, head0 mean, head1
 * max, …), then TOXIC_SEQUENCE.
 */
export function poolScores(rows: readonly (readonly number[])[]): Float32Array {
	const out = new Float32Array(S);
	const n = rows.length;
	if (n === 0) return out;
	SCORE_HEADS.forEach((_, h) => {
		let max = 0;
		let sum = 0;
		for (const row of rows) {
			const p = row[h] ?? 0;
			max = Math.max(max, p);
			sum += p;
		}
		out[h * 2] = max;
		out[h * 2 + 1] = sum / n;
	});
	const toxic = rows.map((row) => row[0] ?? 0);
	const tail = toxic.slice(-3);
	const at = SCORE_HEADS.length * SCORE_POOLS.length;
	out[at] = Math.max(...tail);
	out[at + 1] = tail.reduce((s, p) => s + p, 0) / tail.length;
	out[at + 2] = toxic.filter((p) => p >= TOXIC_SHARE_FROM).length / n;
	return out;
}

/**
 * Per-comment scorer vectors for cleaned comment texts (the same cleaned text the tone heads read), in order.
 * Empty texts are scored as empty strings, like any other.
 */
export async function scoreComments(scorer: Scorer, cleanTexts: readonly string[]): Promise<number[][]> {
	if (cleanTexts.length === 0) return [];
	// Whole comments: the thread model pools per-comment scores, and a 30-comment thread must stay cheap.
	const results = await scorer.score(cleanTexts, { wholeDraft: true });
	return results.map(scoreVector);
}
