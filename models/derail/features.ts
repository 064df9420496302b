/**
 * Featurizer shared by the trainer and the runtime: turns a thread (plus optional draft) into the tensors the
 * derailment model reads. Only text and authors are used — never times, roles from the data files, or which
 * fields exist — so what the model learned is what a page can show.
 */

import { poolScores, S } from './score-features.ts';
import { cleanCommentText, type LexicalCues, lexicalCues, tokenize } from './text.ts';
import type { ThreadComment } from './types.ts';

/** Hashed feature space of the comment-level tone heads. */
export const HASH_BITS = 15;
export const HASH_DIM = 1 << HASH_BITS;
/** Pooling rows applied to the per-comment tones: mean, mean of last 3, last, linear trend, first (the opening post). */
export const POOL_ROWS = ['mean', 'last3', 'last', 'trend', 'first'] as const;
/**
 * Thread-level features computed here (order = model input order). Text only: author-structure features (thread
 * length capped at 4, distinct authors, opener share, alternation, back-and-forth, top author share) cost
 * cross-validated F1 (0.63 -> 0.62) and forum transfer (0.68 -> 0.67), so they were dropped; the tone heads
 * still see whether a comment is the opener's.
 */
export const CONV_FEATURES = [
	'secondPersonRate',
	'secondPersonLast3',
	'negationRate',
	'negationLast3',
	'frustrationRate',
	'impatienceRate',
	'impatienceLast3',
	'politeRate',
	'exclamationsPerComment',
	'questionsPerComment',
	'shoutingPerComment',
	'mentionsPerComment',
	'logMeanTokens',
	'logLastTokens',
] as const;

/** A comment prepared once: cleaned text, tokens, cues and hashed features. */
export interface PreparedComment {
	author: string;
	clean: string;
	tokens: string[];
	cues: LexicalCues;
	/** Sorted unique hashed indices and their (L2-normalised) values. */
	indices: Int32Array;
	values: Float32Array;
}

/** The model's inputs for one thread, as plain typed arrays (wrapped into ORT tensors by the runtime). */
export interface EncodedThread {
	comments: number;
	/** Concatenated hashed indices of all comments ([M]). */
	idx: BigInt64Array;
	/** Their values ([M, 1]). */
	val: Float32Array;
	/** Segment matrix [N, M]: seg[i][j] = 1 when feature j belongs to comment i. */
	seg: Float32Array;
	/** Pooling matrix [K, N]. */
	pool: Float32Array;
	/** Thread features [1, F]. */
	conv: Float32Array;
	/** Pooled scorer features [1, S] (zeros when no scorer ran). */
	score: Float32Array;
	/** [1, 1]: 1 when `score` holds real scorer output, 0 to make the model use its training means instead. */
	hasScore: Float32Array;
}

/** FNV-1a, 32 bit: stable across Node and browsers. */
export function hashToken(token: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < token.length; i++) {
		h ^= token.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) & (HASH_DIM - 1);
}

function bucket(n: number, edges: readonly number[]): number {
	let b = 0;
	while (b < edges.length && n >= (edges[b] ?? Infinity)) b++;
	return b;
}

/** Prepares one comment; `position` and `opener` give role-like features that do not leak (is it the opener?). */
export function prepareComment(
	comment: ThreadComment,
	isOpener: boolean,
	byOpenerAuthor: boolean,
): PreparedComment {
	const clean = cleanCommentText(comment.text);
	const tokens = tokenize(clean);
	const cues = lexicalCues(clean, tokens);
	const features = new Set<string>();
	tokens.forEach((token, i) => {
		features.add(token);
		if (i > 0) features.add(`${tokens[i - 1]} ${token}`);
	});
	features.add(`__len${bucket(tokens.length, [5, 15, 40, 100, 250])}`);
	features.add(`__you${Math.min(cues.secondPerson, 4)}`);
	features.add(`__neg${Math.min(cues.negation, 4)}`);
	features.add(`__excl${Math.min(cues.exclamations, 3)}`);
	features.add(`__q${Math.min(cues.questions, 3)}`);
	if (cues.shouting > 0) features.add('__shout');
	if (cues.mentions > 0) features.add('__mention');
	features.add(isOpener ? '__opener' : byOpenerAuthor ? '__opener_author' : '__other_author');
	const unique = [...new Set([...features].map(hashToken))].sort((a, b) => a - b);
	const norm = 1 / Math.sqrt(Math.max(unique.length, 1));
	return {
		author: comment.author,
		clean,
		tokens,
		cues,
		indices: Int32Array.from(unique),
		values: new Float32Array(unique.length).fill(norm),
	};
}

/** Prepares every comment of a thread (the first comment is the opener). */
export function prepareThread(comments: readonly ThreadComment[]): PreparedComment[] {
	const opener = comments[0]?.author;
	return comments.map((c, i) => prepareComment(c, i === 0, i > 0 && c.author === opener && opener !== ''));
}

/** Pooling matrix [K, N] (row-major) for N comments. */
export function poolingMatrix(n: number): Float32Array {
	const k = POOL_ROWS.length;
	const pool = new Float32Array(k * n);
	if (n === 0) return pool;
	const tail = Math.min(3, n);
	const meanPos = (n - 1) / 2;
	let ss = 0;
	for (let i = 0; i < n; i++) ss += (i - meanPos) ** 2;
	for (let i = 0; i < n; i++) {
		pool[0 * n + i] = 1 / n;
		if (i >= n - tail) pool[1 * n + i] = 1 / tail;
		// Trend: least-squares slope of tone over position scaled to the whole thread (0..1).
		pool[3 * n + i] = ss > 0 ? ((i - meanPos) * (n - 1)) / ss : 0;
	}
	pool[2 * n + n - 1] = 1;
	pool[4 * n + 0] = 1;
	return pool;
}

const rate = (items: readonly PreparedComment[], pick: (c: LexicalCues) => number): number => {
	const tokens = items.reduce((s, c) => s + c.cues.tokens, 0);
	return items.reduce((s, c) => s + pick(c.cues), 0) / Math.max(tokens, 1);
};
const perComment = (items: readonly PreparedComment[], pick: (c: LexicalCues) => number): number =>
	items.reduce((s, c) => s + Math.min(pick(c.cues), 5), 0) / Math.max(items.length, 1);

/** Thread-level features in CONV_FEATURES order. */
export function threadFeatures(prepared: readonly PreparedComment[]): Float32Array {
	const n = prepared.length;
	const last3 = prepared.slice(-3);
	const values: number[] = [
		rate(prepared, (c) => c.secondPerson),
		rate(last3, (c) => c.secondPerson),
		rate(prepared, (c) => c.negation),
		rate(last3, (c) => c.negation),
		rate(prepared, (c) => c.frustration),
		rate(prepared, (c) => c.impatience),
		rate(last3, (c) => c.impatience),
		rate(prepared, (c) => c.polite),
		perComment(prepared, (c) => c.exclamations),
		perComment(prepared, (c) => c.questions),
		perComment(prepared, (c) => c.shouting),
		perComment(prepared, (c) => c.mentions),
		Math.log1p(prepared.reduce((s, c) => s + c.cues.tokens, 0) / Math.max(n, 1)),
		Math.log1p(prepared[n - 1]?.cues.tokens ?? 0),
	];
	return Float32Array.from(values);
}

/**
 * Encodes prepared comments into model inputs. An empty thread is encoded as one empty comment. `scores` are the
 * comments' scorer vectors (scoreComments); without them the model falls back to its training means.
 */
export function encodeThread(
	prepared: readonly PreparedComment[],
	scores?: readonly (readonly number[])[],
): EncodedThread {
	const items = prepared.length > 0 ? prepared : [prepareComment({ author: '', text: '' }, true, false)];
	const n = items.length;
	const m = items.reduce((s, c) => s + c.indices.length, 0) || 1;
	const idx = new BigInt64Array(m);
	const val = new Float32Array(m);
	const seg = new Float32Array(n * m);
	let j = 0;
	items.forEach((c, i) => {
		c.indices.forEach((index, k) => {
			idx[j] = BigInt(index);
			val[j] = c.values[k] ?? 0;
			seg[i * m + j] = 1;
			j++;
		});
	});
	const scored = scores !== undefined && scores.length === prepared.length && prepared.length > 0;
	return {
		comments: n,
		idx,
		val,
		seg,
		pool: poolingMatrix(n),
		conv: threadFeatures(items),
		score: scored ? poolScores(scores) : new Float32Array(S),
		hasScore: Float32Array.of(scored ? 1 : 0),
	};
}
