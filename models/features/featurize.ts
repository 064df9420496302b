/**
 * The featuriser shared by the trainer and the runtime: draft → (hashed feature id, value, original span) per
 * feature occurrence. Word unigrams, word bigrams and character 3–5-grams of each word (fastText style, with
 * `<` `>` word boundaries) are hashed into `buckets` rows; a few layout features (length, capitals,
 * exclamation marks) carry orthography signal. Quotes and code are masked first and camouflage is undone,
 * and every occurrence keeps the UTF-16 range of the original draft it came from, for explanations.
 */
import { maskNonAuthored } from '../text/mask.ts';
import { type Normalized, normalize } from '../text/normalize.ts';
import { bigramHash, familyWeights, wordHasher } from './hashing.ts';
import { layoutHashesOf } from './layout.ts';

/** The hash the trainer also uses for dataset splits. */
export { fnv1a } from './hashing.ts';

/** Settings that must be identical in training and at runtime (stored in the manifest). */
export interface FeatureConfig {
	buckets: number;
	charMin: number;
	charMax: number;
}

/** Per occurrence: hashed id, value, and the original span (-1/-1 for layout features). */
export interface Features {
	ids: Int32Array;
	vals: Float32Array;
	spanStart: Int32Array;
	spanEnd: Int32Array;
}

/** A word of the normalised draft with its range in the original draft. */
export interface Token {
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MAX_CHARGRAM_WORD = 30;

/** A tokenised draft: its words, and the draft with quotes/code blanked (same length). */
export interface Tokenized {
	tokens: Token[];
	masked: string;
}

/**
 * `find` answered once per tokenized draft: the rule passes that find culprit words are asked again by the culprit
 * underline, quoted mentions and the mocking check within one score, and their answer depends only on the tokens
 * (session 17: four passes were each run two to four times per flagged draft). The answer is shared: never mutate it.
 */
export function perTokenized<T>(find: (tokenized: Tokenized) => T): (tokenized: Tokenized) => Readonly<T> {
	const cache = new WeakMap<Tokenized, T>();
	return (tokenized) => {
		if (cache.has(tokenized)) return cache.get(tokenized) as T;
		const found = find(tokenized);
		cache.set(tokenized, found);
		return found;
	};
}

/** Masks quotes/code, normalises camouflage and splits into words with original offsets. */
export function tokenize(draft: string, normalizer: (text: string) => Normalized = normalize): Tokenized {
	const masked = maskNonAuthored(draft).text;
	const norm = normalizer(masked);
	return { tokens: NON_ASCII.test(norm.text) ? regexWords(norm) : asciiWords(norm), masked };
}

const NON_ASCII = /[\u0080-\uffff]/;

/** [A-Za-z]: `\p{L}` below U+0080. */
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The WORD matches of an all-ASCII text, by a character scan: below U+0080 `\p{L}` is [A-Za-z], `\p{N}` is [0-9]
 * and the apostrophes are "'" alone, so a word is a greedy run of letters and digits, then any number of "'" + a
 * greedy run of letters (a "'" not followed by a letter ends the word before it). Same words and offsets as the
 * regex (featurize.test.ts compares them); no match array per word (session 24: the largest allocation of a score).
 */
export function asciiWords(norm: Normalized): Token[] {
	const tokens: Token[] = [];
	const { text } = norm;
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (!(isAsciiLetter(c) || (c >= 48 && c <= 57))) {
			i++;
			continue;
		}
		const first = i;
		i++;
		while (i < n) {
			const d = text.charCodeAt(i);
			if (isAsciiLetter(d) || (d >= 48 && d <= 57)) i++;
			else break;
		}
		while (i + 1 < n && text.charCodeAt(i) === 39 && isAsciiLetter(text.charCodeAt(i + 1))) {
			i += 2;
			while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
		}
		tokens.push({ word: text.slice(first, i), start: norm.start[first] ?? 0, end: norm.end[i - 1] ?? 0 });
	}
	return tokens;
}

/** `tokenize`'s words by the WORD regex alone (asciiWords' reference in featurize.test.ts). */
export function regexWords(norm: Normalized): Token[] {
	const tokens: Token[] = [];
	for (const m of norm.text.matchAll(WORD)) {
		const first = m.index ?? 0;
		const last = first + m[0].length - 1;
		tokens.push({ word: m[0].replace('’', "'"), start: norm.start[first] ?? 0, end: norm.end[last] ?? 0 });
	}
	return tokens;
}

/**
 * Featurises one draft. Each family (words, bigrams, char-grams) is log-TF weighted and L2-normalised. `normalizer`
 * is the runtime's everywhere except in the toxic trainer, which pins the rules its model was trained with.
 */
export function featurize(
	draft: string,
	cfg: FeatureConfig,
	normalizer: (text: string) => Normalized = normalize,
): Features {
	return featurizeTokens(tokenize(draft, normalizer), cfg);
}

/** Everything about a draft's features except the bucket count: full hashes, values and spans. */
interface Prepared {
	hashes: Uint32Array;
	vals: Float32Array;
	spanStart: Int32Array;
	spanEnd: Int32Array;
}

/** A draft's layout hashes and each word's hashes (hashing.ts), and how many occurrences they make. */
interface Plan {
	layout: number[];
	words: Uint32Array[];
	total: number;
}

function plan(tokenized: Tokenized, cfg: FeatureConfig): Plan {
	const { tokens, masked } = tokenized;
	const layout = layoutHashesOf(masked, tokens);
	const hasher = wordHasher(cfg.charMin, cfg.charMax, MAX_CHARGRAM_WORD);
	const words = tokens.map((t) => hasher(t.word));
	let total = layout.length + tokens.length + Math.max(0, tokens.length - 1);
	for (const w of words) total += w.length - 2;
	return { layout, words, total };
}

/**
 * Writes a draft's occurrences at `at` of `out` (spans only if `out` has them). Families one after another:
 * layout, words, bigrams, char-grams (token by token); each family is log-TF weighted and L2-normalised.
 */
function write(
	tokenized: Tokenized,
	{ layout, words, total }: Plan,
	out: Partial<Prepared>,
	at: number,
): void {
	const { tokens } = tokenized;
	const { hashes, vals, spanStart, spanEnd } = out as Prepared;
	const wordsAt = at + layout.length;
	const bigramsAt = wordsAt + tokens.length;
	const charsAt = bigramsAt + Math.max(0, tokens.length - 1);
	for (let k = 0; k < layout.length; k++) {
		hashes[at + k] = layout[k] as number;
		vals[at + k] = 1;
	}
	if (spanStart) {
		spanStart.fill(-1, at, wordsAt);
		spanEnd.fill(-1, at, wordsAt);
	}
	let c = charsAt;
	for (let t = 0; t < tokens.length; t++) {
		const tok = tokens[t] as Token;
		const h = words[t] as Uint32Array;
		const next = tokens[t + 1];
		hashes[wordsAt + t] = h[0] as number;
		if (next) hashes[bigramsAt + t] = bigramHash(h, next.word);
		const grams = h.length - 2;
		for (let g = 0; g < grams; g++) hashes[c + g] = h[g + 2] as number;
		if (spanStart) {
			spanStart[wordsAt + t] = tok.start;
			spanEnd[wordsAt + t] = tok.end;
			if (next) {
				spanStart[bigramsAt + t] = tok.start;
				spanEnd[bigramsAt + t] = next.end;
			}
			for (let g = c; g < c + grams; g++) {
				spanStart[g] = tok.start;
				spanEnd[g] = tok.end;
			}
		}
		c += grams;
	}
	familyWeights(hashes, wordsAt, bigramsAt, vals);
	familyWeights(hashes, bigramsAt, charsAt, vals);
	familyWeights(hashes, charsAt, at + total, vals);
}

/**
 * Per tokenisation and char-gram range, the bucket-independent part of featurising. Models with different
 * bucket counts (toxic 2^17, appropriateness 2^15) then only reduce the hashes, instead of hashing twice.
 */
const preparedCache = new WeakMap<Tokenized, Map<string, Prepared>>();

function prepare(tokenized: Tokenized, cfg: FeatureConfig): Prepared {
	const key = `${cfg.charMin}-${cfg.charMax}`;
	let byRange = preparedCache.get(tokenized);
	const hit = byRange?.get(key);
	if (hit) return hit;
	const p = plan(tokenized, cfg);
	const out: Prepared = {
		hashes: new Uint32Array(p.total),
		vals: new Float32Array(p.total),
		spanStart: new Int32Array(p.total),
		spanEnd: new Int32Array(p.total),
	};
	write(tokenized, p, out, 0);
	if (!byRange) {
		byRange = new Map();
		preparedCache.set(tokenized, byRange);
	}
	byRange.set(key, out);
	return out;
}

/** hashes[from, to) reduced to `buckets` ids, written to ids[from, to). */
function toIds(hashes: Uint32Array, buckets: number, ids: Int32Array, from = 0, to = hashes.length): void {
	// A power of two (every model so far) is a mask: `%` on hashes past 2^31 is floating-point remainder.
	if ((buckets & (buckets - 1)) === 0 && buckets <= 2 ** 30) {
		const mask = buckets - 1;
		for (let i = from; i < to; i++) ids[i] = (hashes[i] as number) & mask;
	} else for (let i = from; i < to; i++) ids[i] = (hashes[i] as number) % buckets;
}

/**
 * Featurises an already tokenised draft (lets several models share one tokenisation and its hashing). `vals`
 * and the spans are shared by every model of the same tokenisation: read them, never write them.
 */
export function featurizeTokens(tokenized: Tokenized, cfg: FeatureConfig): Features {
	const p = prepare(tokenized, cfg);
	const ids = new Int32Array(p.hashes.length);
	toIds(p.hashes, cfg.buckets, ids);
	return { ids, vals: p.vals, spanStart: p.spanStart, spanEnd: p.spanEnd };
}

/** Several drafts' features end to end, without spans: draft d is occurrences [offsets[d], offsets[d + 1]). */
export interface FeatureBatch {
	ids: Int32Array;
	vals: Float32Array;
	offsets: Int32Array;
}

let batchHashes = new Uint32Array(4096);

/**
 * `featurizeTokens` of each draft (the same ids and values), written into one pair of arrays: the sentence
 * rule featurises a dozen sentences per draft, and allocating per sentence cost more than the hashing.
 */
export function featurizeBatch(drafts: readonly Tokenized[], cfg: FeatureConfig): FeatureBatch {
	const plans = drafts.map((d) => plan(d, cfg));
	const offsets = new Int32Array(drafts.length + 1);
	plans.forEach((p, d) => {
		offsets[d + 1] = (offsets[d] as number) + p.total;
	});
	const total = offsets[drafts.length] as number;
	if (batchHashes.length < total) batchHashes = new Uint32Array(total);
	const out = { hashes: batchHashes, vals: new Float32Array(total) };
	for (const [i, d] of drafts.entries()) write(d, plans[i] as Plan, out, offsets[i] as number);
	const ids = new Int32Array(total);
	toIds(batchHashes, cfg.buckets, ids, 0, total);
	return { ids, vals: out.vals, offsets };
}
