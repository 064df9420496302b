/**
 * Thread features from the shipped scoring engine (models/scoring): each comment's toxic, inappropriate and 14
 * appropriateness-dimension probabilities, pooled over the thread (max, mean). Shared by the trainer and the
 * runtime so both compute them the same way. The scorer was trained on ~60k toxicity/appropriateness rows, far
 * more than the derailment data; its probabilities raised cross-validated F1 by about 0.1 (models/derail/README.md).
 */
import type { ScoreResult, Scorer } from '../scoring/types.ts';
import { DIMENSIONS } from '../scoring/types.ts';

/** Scorer outputs read per comment (order = per-comment vector order). */
export const SCORE_HEADS = ['toxic', 'inappropriate', ...DIMENSIONS.slice(1)] as const;
/** Poolings over the thread's comments, per head. */
export const SCORE_POOLS = ['max', 'mean'] as const;
/** Width of the pooled score features the model reads. */
export const S = SCORE_HEADS.length * SCORE_POOLS.length;

/** One comment's scorer vector in SCORE_HEADS order. */
export function scoreVector(r: Pick<ScoreResult, 'toxic' | 'inappropriate' | 'dimensions'>): number[] {
	return [r.toxic, r.inappropriate, ...DIMENSIONS.slice(1).map((d) => r.dimensions[d] ?? 0)];
}

/** Pooled features [S] (head-major: head0 max, head0 mean, head1 max, …) of per-comment scorer vectors. */
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
