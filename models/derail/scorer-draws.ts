/**
 * Other plausible draws of the toxic scorer's per-comment probabilities (build time). Retraining the toxic model
 * (another seed, another ensemble member) moves each comment's toxic score by ~0.4-0.5 in logit space while the
 * ranking over comments stays ~0.97 correlated; a thread model fitted on one draw leaned on where exactly a
 * comment landed (session 6: the heated snapshot thread 0.61 -> 0.34 after a toxic retrain). Training rows
 * pooled from jittered draws teach the thread model how far those columns can move (README, "Session 7").
 */
import { mulberry32 } from '../random.ts';
import { poolScores } from './score-features.ts';
import { F } from './weights.ts';

/**
 * Per-comment vector entries that follow the toxic model (SCORE_HEADS order: toxic, inappropriate, Toxic
 * Emotions, which the toxic fold lifts) and the logit-space sd of their change between two toxic trainings
 * (session-6 three-member ensemble vs the shipped two-seed one, over the 10,190 training comments).
 */
export const DRAW_HEADS = [
	{ index: 0, sd: 0.47 },
	{ index: 1, sd: 0.39 },
	{ index: 2, sd: 0.4 },
] as const;

const logit = (p: number) => {
	const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
	return Math.log(q / (1 - q));
};

/** A standard normal sample (Box-Muller) from a uniform generator. */
function gaussian(random: () => number): number {
	const u = Math.max(random(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * `count` jittered copies of one thread's per-comment scorer vectors: each comment's toxic-following heads get
 * one shared standard-normal shock, scaled per head (the heads move together when the toxic model changes).
 * Seeded, so the trainer stays deterministic.
 */
export function scorerDraws(vectors: readonly (readonly number[])[], count: number, seed: number): number[][][] {
	const random = mulberry32(seed);
	return Array.from({ length: count }, () =>
		vectors.map((v) => {
			const shock = gaussian(random);
			const out = [...v];
			for (const { index, sd } of DRAW_HEADS) {
				const p = v[index];
				if (p !== undefined) out[index] = 1 / (1 + Math.exp(-(logit(p) + shock * sd)));
			}
			return out;
		}),
	);
}

/**
 * `count` copies of a thread row (threadInput) whose pooled scorer columns come from jittered draws of the
 * thread's per-comment scorer vectors; every other column is the row's own.
 */
export function rowCopies(
	row: Float32Array,
	vectors: readonly (readonly number[])[],
	count: number,
	seed: number,
): Float32Array[] {
	if (vectors.length === 0) return [];
	return scorerDraws(vectors, count, seed).map((draw) => {
		const copy = Float32Array.from(row);
		copy.set(poolScores(draw), F);
		return copy;
	});
}
