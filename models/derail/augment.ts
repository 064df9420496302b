/**
 * Prefix augmentation of the thread model's training threads (build time). A derailed thread cut after its
 * derailment point is already derailing; any shorter cut of a calm thread is still calm. Extra rows at a reduced
 * weight, training parts only: every number stays on the full gh-derailment threads.
 */
import { rng, shuffle } from './learn.ts';
import type { PreparedThread } from './pipeline.ts';
import { DERAIL_SEED } from './version.ts';

/** How many prefixes a thread gives, their weight relative to the full thread's, the shortest prefix. */
export interface PrefixOptions {
	perThread: number;
	weight: number;
	minComments: number;
	seed: number;
}

/** The shipped augmentation (models/derail/README.md, session 5, prefix augmentation). */
export const PREFIX_AUGMENT: PrefixOptions = {
	perThread: 2,
	weight: 0.25,
	minComments: 2,
	seed: DERAIL_SEED,
};

/**
 * Prefix lengths (comment counts, shorter than the thread) that keep the thread's label: from the derailment
 * point on for a derailed thread (none when the point is unknown), from `minComments` on for a calm one.
 */
export function prefixLengths(
	n: number,
	label: 0 | 1,
	derailmentPoint: number | undefined,
	minComments: number,
): number[] {
	const from = label === 1 ? (derailmentPoint === undefined ? n : derailmentPoint + 1) : 1;
	const out: number[] = [];
	for (let length = Math.max(from, minComments); length < n; length++) out.push(length);
	return out;
}

/** A prefix of a thread and the index of the thread it was cut from. */
export interface Prefix extends PreparedThread {
	parent: number;
}

/** Up to `perThread` seeded random prefixes of each thread (its prepared comments and scores sliced). */
export function prefixThreads(threads: readonly PreparedThread[], options: PrefixOptions): Prefix[] {
	const random = rng(options.seed);
	const out: Prefix[] = [];
	threads.forEach((t, parent) => {
		const lengths = prefixLengths(
			t.prepared.length,
			t.thread.label,
			t.thread.derailmentPoint,
			options.minComments,
		);
		for (const length of shuffle(lengths, random).slice(0, options.perThread))
			out.push({
				parent,
				thread: {
					...t.thread,
					comments: t.thread.comments.slice(0, length),
					tbdf: t.thread.tbdf.slice(0, length),
				},
				prepared: t.prepared.slice(0, length),
				...(t.scores ? { scores: t.scores.slice(0, length) } : {}),
			});
	});
	return out;
}
