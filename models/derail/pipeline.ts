/**
 * Build-time training pipeline of the derailment model (Node): comment tone heads on incivility labels, then a
 * thread model stacked on out-of-fold tones so it never learns from tones of comments the heads were fitted on.
 */
import type { LabelledThread, ToneExample } from './data.ts';
import {
	HASH_DIM,
	type PreparedComment,
	poolingMatrix,
	prepareComment,
	prepareThread,
	threadFeatures,
} from './features.ts';
import { type SparseExample, trainSparseHeads } from './learn.ts';
import { poolScores, S } from './score-features.ts';
import { TONES } from './types.ts';
import { type DerailWeights, sigmoid, T, threadInput } from './weights.ts';

const FRUSTRATION_TAGS = new Set(['Bitter frustration', 'Impatience', 'Entitlement']);
const ATTACK_TAGS = new Set(['Mocking', 'Insulting', 'Irony', 'Vulgarity', 'Name-calling', 'Threat']);

/** Head labels [uncivil, frustration, attack, heat] of a TBDF tag; heat unknown. */
function tagLabels(tag: string | null, heat: 0 | 1 | null): (0 | 1 | null)[] {
	return [tag ? 1 : 0, tag && FRUSTRATION_TAGS.has(tag) ? 1 : 0, tag && ATTACK_TAGS.has(tag) ? 1 : 0, heat];
}

/** A thread with its comments prepared once, and their scorer vectors (scoreComments) when computed. */
export interface PreparedThread {
	thread: LabelledThread;
	prepared: PreparedComment[];
	scores?: number[][];
}

export const prepareAll = (threads: readonly LabelledThread[]): PreparedThread[] =>
	threads.map((thread) => ({ thread, prepared: prepareThread(thread.comments) }));

/** Fills each thread's scorer vectors from a cleaned-text → vector lookup (computed once by the trainer). */
export function attachScores(threads: PreparedThread[], lookup: (clean: string) => number[]): void {
	for (const t of threads) t.scores = t.prepared.map((c) => lookup(c.clean));
}

/** Prepared incivility comments (computed once, filtered per fold). */
export const prepareTone = (rows: readonly ToneExample[]) =>
	rows.map((row) => ({ row, prepared: prepareComment({ author: '', text: row.text }, row.isOpener, false) }));

/**
 * Sparse training examples: incivility comments whose issue is not excluded, plus the comments of training
 * threads (heat = the thread's label). Comments of gh-derailment's non-toxic threads count as civil for the tone
 * heads: without them the heads only ever saw locked, heated issues as "civil" (CV F1 +0.01-0.03, AUC +0.004).
 */
export function toneExamples(
	tone: ReturnType<typeof prepareTone>,
	threads: readonly PreparedThread[],
	excludeIssues: ReadonlySet<string>,
): SparseExample[] {
	const out: SparseExample[] = [];
	for (const { row, prepared } of tone) {
		if (excludeIssues.has(row.issueId)) continue;
		out.push({ indices: prepared.indices, values: prepared.values, labels: tagLabels(row.tbdf, null) });
	}
	for (const { thread, prepared } of threads) {
		const calm = thread.subset === 'representative_nontoxic';
		prepared.forEach((c, i) => {
			const labels: (0 | 1 | null)[] = calm
				? [0, 0, 0, thread.label]
				: tagLabels(thread.tbdf[i] ?? null, thread.label);
			out.push({ indices: c.indices, values: c.values, labels });
		});
	}
	return out;
}

/** Runs averaged per tone model: bagging over shuffles smooths the heads (CV F1 +0.02-0.03, AUC +0.004). */
const TONE_BAG = 5;

/** Trains the tone heads: the average of TONE_BAG short runs with different shuffles (still one linear layer). */
export function trainTone(examples: readonly SparseExample[], seed: number) {
	const W = new Float32Array(HASH_DIM * TONES.length);
	const b = new Float32Array(TONES.length);
	for (let run = 0; run < TONE_BAG; run++) {
		const m = trainSparseHeads(examples, HASH_DIM, TONES.length, {
			seed: seed * 31 + run,
			lr: 0.1,
			epochs: 3,
		});
		m.W.forEach((value, i) => {
			W[i] = (W[i] ?? 0) + value / TONE_BAG;
		});
		m.b.forEach((value, i) => {
			b[i] = (b[i] ?? 0) + value / TONE_BAG;
		});
	}
	return { W, b };
}

/** Per-comment tones [N, T] of prepared comments. */
export function tonesOf(
	w: { W: Float32Array; b: Float32Array },
	prepared: readonly PreparedComment[],
): Float32Array {
	const tone = new Float32Array(Math.max(prepared.length, 1) * T);
	prepared.forEach((c, i) => {
		for (let t = 0; t < T; t++) {
			let z = w.b[t] ?? 0;
			c.indices.forEach((index, k) => {
				z += (w.W[index * T + t] ?? 0) * (c.values[k] ?? 0);
			});
			tone[i * T + t] = sigmoid(z);
		}
	});
	return tone;
}

/** The thread model's input row for prepared comments given tone weights. */
export function threadRow(
	w: { W: Float32Array; b: Float32Array },
	{ prepared, scores }: Pick<PreparedThread, 'prepared' | 'scores'>,
): Float32Array {
	const n = Math.max(prepared.length, 1);
	const scored = scores !== undefined && prepared.length > 0;
	return threadInput(
		{
			comments: n,
			conv: threadFeatures(prepared),
			pool: poolingMatrix(n),
			score: scored ? poolScores(scores) : new Float32Array(S),
			hasScore: Float32Array.of(scored ? 1 : 0),
		},
		tonesOf(w, prepared),
	);
}

/**
 * Out-of-fold thread rows: tone heads refitted `folds` times, each time without that fold's issues. `extra`
 * threads (forum rows, gh-incivility threads) are spread over the folds the same way, so their rows look alike.
 */
export function outOfFoldRows(
	tone: ReturnType<typeof prepareTone>,
	train: readonly PreparedThread[],
	alwaysExclude: ReadonlySet<string>,
	folds: number,
	seed: number,
	extra: readonly PreparedThread[] = [],
): { rows: Float32Array[]; extraRows: Float32Array[] } {
	const rows: Float32Array[] = new Array(train.length);
	const extraRows: Float32Array[] = new Array(extra.length);
	for (let f = 0; f < folds; f++) {
		const inFold = (i: number) => i % folds === f;
		const exclude = new Set(alwaysExclude);
		// An extra thread from gh-incivility also leaves the tone heads' training in the fold that scores it.
		for (const set of [train, extra])
			set.forEach((t, i) => {
				if (inFold(i)) exclude.add(t.thread.id);
			});
		const w = trainTone(
			toneExamples(
				tone,
				train.filter((_, i) => !inFold(i)),
				exclude,
			),
			seed + f,
		);
		train.forEach((t, i) => {
			if (inFold(i)) rows[i] = threadRow(w, t);
		});
		extra.forEach((t, i) => {
			if (inFold(i)) extraRows[i] = threadRow(w, t);
		});
	}
	return { rows, extraRows };
}

export type { DerailWeights };
