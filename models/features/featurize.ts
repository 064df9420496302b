/**
 * The featuriser shared by the trainer and the runtime: draft → (hashed feature id, value, original span) per
 * feature occurrence. Word unigrams, word bigrams and character 3–5-grams of each word (fastText style, with
 * `<` `>` word boundaries) are hashed into `buckets` rows; a few layout features (length, capitals,
 * exclamation marks) carry orthography signal. Quotes and code are masked first and camouflage is undone,
 * and every occurrence keeps the UTF-16 range of the original draft it came from, for explanations.
 */
import { maskNonAuthored } from '../text/mask.ts';
import { type Normalized, normalize } from '../text/normalize.ts';
import { bigramHash, FNV_OFFSET, familyWeights, fnvContinue, wordHasher } from './hashing.ts';

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

/** 32-bit FNV-1a over UTF-16 units: tiny, fast and identical in every JS engine. */
export function fnv1a(text: string): number {
	return fnvContinue(FNV_OFFSET, text) >>> 0;
}

/** A tokenised draft: its words, and the draft with quotes/code blanked (same length). */
export interface Tokenized {
	tokens: Token[];
	masked: string;
}

/** Masks quotes/code, normalises camouflage and splits into words with original offsets. */
export function tokenize(draft: string, normalizer: (text: string) => Normalized = normalize): Tokenized {
	const masked = maskNonAuthored(draft).text;
	const norm = normalizer(masked);
	const tokens: Token[] = [];
	for (const m of norm.text.matchAll(WORD)) {
		const first = m.index ?? 0;
		const last = first + m[0].length - 1;
		tokens.push({ word: m[0].replace('’', "'"), start: norm.start[first] ?? 0, end: norm.end[last] ?? 0 });
	}
	return { tokens, masked };
}

/** Layout keys' hashes (a few dozen distinct keys). */
const layoutHashes = new Map<string, number>();

function layoutHash(key: string): number {
	let hash = layoutHashes.get(key);
	if (hash === undefined) {
		hash = fnv1a(key);
		layoutHashes.set(key, hash);
	}
	return hash;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

/** What the layout features count: letters and capitals (\p{L}, \p{Lu}, by code point), the first letter, ! and ?. */
interface Orthography {
	letters: number;
	capitals: number;
	firstLetter?: string;
	bangs: number;
	questions: number;
}

/** One pass over the draft (this runs on every keystroke; a regex match list allocates per letter). */
function orthography(masked: string): Orthography {
	const o: Orthography = { letters: 0, capitals: 0, bangs: 0, questions: 0 };
	for (let i = 0; i < masked.length; i++) {
		const code = masked.charCodeAt(i);
		let ch: string;
		let upper: boolean;
		if (code < 128) {
			if (code === 33) o.bangs++;
			else if (code === 63) o.questions++;
			const lower = code >= 97 && code <= 122;
			upper = code >= 65 && code <= 90;
			if (!lower && !upper) continue;
			ch = masked[i] as string;
		} else {
			const cp = masked.codePointAt(i) as number;
			ch = String.fromCodePoint(cp);
			if (cp > 0xffff) i++;
			if (!LETTER.test(ch)) continue;
			upper = UPPER.test(ch);
		}
		o.letters++;
		if (upper) o.capitals++;
		o.firstLetter ??= ch;
	}
	return o;
}

/** Whether the draft ends (before trailing whitespace) with . ! ? or ). */
function endsSentence(masked: string): boolean {
	let i = masked.length - 1;
	while (i >= 0 && SPACE.test(masked[i] as string)) i--;
	return i >= 0 && '.!?)'.includes(masked[i] as string);
}

function layoutKeys(masked: string, tokens: Token[]): string[] {
	const keys = ['m:bias', `m:len${Math.min(9, Math.floor(Math.log2(tokens.length + 1)))}`];
	const { letters, capitals, firstLetter, bangs, questions } = orthography(masked);
	if (letters >= 10) {
		const ratio = capitals / letters;
		keys.push(`m:caps${ratio < 0.05 ? 0 : ratio < 0.2 ? 1 : ratio < 0.5 ? 2 : 3}`);
	}
	keys.push(`m:bang${Math.min(3, Math.ceil(Math.log2(bangs + 1)))}`);
	keys.push(`m:ask${Math.min(3, Math.ceil(Math.log2(questions + 1)))}`);
	if (firstLetter && firstLetter === firstLetter.toLowerCase()) keys.push('m:lowerstart');
	if (tokens.length > 0 && !endsSentence(masked)) keys.push('m:noend');
	return keys;
}

/** Featurises one draft. Each family (words, bigrams, char-grams) is log-TF weighted and L2-normalised. */
export function featurize(draft: string, cfg: FeatureConfig): Features {
	return featurizeTokens(tokenize(draft), cfg);
}

/** Everything about a draft's features except the bucket count: full hashes, values and spans. */
interface Prepared {
	hashes: Uint32Array;
	vals: Float32Array;
	spanStart: Int32Array;
	spanEnd: Int32Array;
}

/**
 * Per tokenisation and char-gram range, the bucket-independent part of featurising. Models with different
 * bucket counts (toxic 2^17, appropriateness 2^16) then only reduce the hashes, instead of hashing twice.
 */
const preparedCache = new WeakMap<Tokenized, Map<string, Prepared>>();

function prepare(tokenized: Tokenized, cfg: FeatureConfig): Prepared {
	const key = `${cfg.charMin}-${cfg.charMax}`;
	let byRange = preparedCache.get(tokenized);
	const hit = byRange?.get(key);
	if (hit) return hit;
	const { tokens, masked } = tokenized;
	const layout = layoutKeys(masked, tokens);
	const hasher = wordHasher(cfg.charMin, cfg.charMax, MAX_CHARGRAM_WORD);
	const words = tokens.map((t) => hasher(t.word));
	const bigrams = Math.max(0, tokens.length - 1);
	let grams = 0;
	for (const w of words) grams += w.length - 2;
	// Families laid out one after another: layout, words, bigrams, char-grams (token by token).
	const wordsAt = layout.length;
	const bigramsAt = wordsAt + tokens.length;
	const charsAt = bigramsAt + bigrams;
	const total = charsAt + grams;
	const out: Prepared = {
		hashes: new Uint32Array(total),
		vals: new Float32Array(total),
		spanStart: new Int32Array(total).fill(-1, 0, wordsAt),
		spanEnd: new Int32Array(total).fill(-1, 0, wordsAt),
	};
	const { hashes, spanStart, spanEnd } = out;
	layout.forEach((layoutKey, k) => {
		hashes[k] = layoutHash(layoutKey);
		out.vals[k] = 1;
	});
	let c = charsAt;
	for (let t = 0; t < tokens.length; t++) {
		const tok = tokens[t] as Token;
		const h = words[t] as Uint32Array;
		hashes[wordsAt + t] = h[0] as number;
		spanStart[wordsAt + t] = tok.start;
		spanEnd[wordsAt + t] = tok.end;
		const next = tokens[t + 1];
		if (next) {
			hashes[bigramsAt + t] = bigramHash(h, next.word);
			spanStart[bigramsAt + t] = tok.start;
			spanEnd[bigramsAt + t] = next.end;
		}
		for (let g = 2; g < h.length; g++, c++) {
			hashes[c] = h[g] as number;
			spanStart[c] = tok.start;
			spanEnd[c] = tok.end;
		}
	}
	familyWeights(hashes, wordsAt, bigramsAt, out.vals);
	familyWeights(hashes, bigramsAt, charsAt, out.vals);
	familyWeights(hashes, charsAt, total, out.vals);
	if (!byRange) {
		byRange = new Map();
		preparedCache.set(tokenized, byRange);
	}
	byRange.set(key, out);
	return out;
}

/** Featurises an already tokenised draft (lets several models share one tokenisation and its hashing). */
export function featurizeTokens(tokenized: Tokenized, cfg: FeatureConfig): Features {
	const p = prepare(tokenized, cfg);
	const ids = new Int32Array(p.hashes.length);
	const { buckets } = cfg;
	// A power of two (every model so far) is a mask: `%` on hashes past 2^31 is floating-point remainder.
	if ((buckets & (buckets - 1)) === 0 && buckets <= 2 ** 30) {
		const mask = buckets - 1;
		for (let i = 0; i < ids.length; i++) ids[i] = (p.hashes[i] as number) & mask;
	} else for (let i = 0; i < ids.length; i++) ids[i] = (p.hashes[i] as number) % buckets;
	// Copies, so no caller can change what another model of the same draft sees.
	return { ids, vals: p.vals.slice(), spanStart: p.spanStart.slice(), spanEnd: p.spanEnd.slice() };
}
