/**
 * The featuriser shared by the trainer and the runtime: draft → (hashed feature id, value, original span) per
 * feature occurrence. Word unigrams, word bigrams and character 3–5-grams of each word (fastText style, with
 * `<` `>` word boundaries) are hashed into `buckets` rows; a few layout features (length, capitals,
 * exclamation marks) carry orthography signal. Quotes and code are masked first and camouflage is undone,
 * and every occurrence keeps the UTF-16 range of the original draft it came from, for explanations.
 */
import { maskNonAuthored } from '../text/mask.ts';
import { type Normalized, normalize } from '../text/normalize.ts';

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

/** One feature occurrence: the full 32-bit hash of its key and the original span it came from. */
interface Occurrence {
	hash: number;
	start: number;
	end: number;
}

/** Continues an FNV-1a state over text[from, to): hashing "c:" + slice without building the string. */
function fnvContinue(state: number, text: string, from = 0, to = text.length): number {
	let hash = state;
	for (let i = from; i < to; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash;
}

const FNV_OFFSET = 0x811c9dc5;
const WORD_STATE = fnvContinue(FNV_OFFSET, 'w:');
const BIGRAM_STATE = fnvContinue(FNV_OFFSET, 'b:');
const CHAR_STATE = fnvContinue(FNV_OFFSET, 'c:');

function layoutKeys(masked: string, tokens: Token[]): string[] {
	const keys = ['m:bias', `m:len${Math.min(9, Math.floor(Math.log2(tokens.length + 1)))}`];
	const letters = masked.match(/\p{L}/gu)?.length ?? 0;
	const capitals = masked.match(/\p{Lu}/gu)?.length ?? 0;
	if (letters >= 10) {
		const ratio = capitals / letters;
		keys.push(`m:caps${ratio < 0.05 ? 0 : ratio < 0.2 ? 1 : ratio < 0.5 ? 2 : 3}`);
	}
	const bangs = masked.match(/!/g)?.length ?? 0;
	keys.push(`m:bang${Math.min(3, Math.ceil(Math.log2(bangs + 1)))}`);
	const questions = masked.match(/\?/g)?.length ?? 0;
	keys.push(`m:ask${Math.min(3, Math.ceil(Math.log2(questions + 1)))}`);
	const firstLetter = masked.match(/\p{L}/u)?.[0];
	if (firstLetter && firstLetter === firstLetter.toLowerCase()) keys.push('m:lowerstart');
	if (tokens.length > 0 && !/[.!?)]\s*$/.test(masked)) keys.push('m:noend');
	return keys;
}

function familyOccurrences(tokens: Token[], cfg: FeatureConfig): Occurrence[][] {
	const words: Occurrence[] = [];
	const bigrams: Occurrence[] = [];
	const chars: Occurrence[] = [];
	for (let t = 0; t < tokens.length; t++) {
		const tok = tokens[t] as Token;
		words.push({ hash: fnvContinue(WORD_STATE, tok.word) >>> 0, start: tok.start, end: tok.end });
		const next = tokens[t + 1];
		if (next) {
			const hash = fnvContinue(fnvContinue(fnvContinue(BIGRAM_STATE, tok.word), ' '), next.word) >>> 0;
			bigrams.push({ hash, start: tok.start, end: next.end });
		}
		if (tok.word.length > MAX_CHARGRAM_WORD) continue;
		const padded = `<${tok.word}>`;
		for (let n = cfg.charMin; n <= cfg.charMax; n++) {
			for (let i = 0; i + n <= padded.length; i++) {
				chars.push({ hash: fnvContinue(CHAR_STATE, padded, i, i + n) >>> 0, start: tok.start, end: tok.end });
			}
		}
	}
	return [words, bigrams, chars];
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
	const families = familyOccurrences(tokens, cfg);
	const total = layout.length + families.reduce((n, f) => n + f.length, 0);
	const out: Prepared = {
		hashes: new Uint32Array(total),
		vals: new Float32Array(total),
		spanStart: new Int32Array(total).fill(-1),
		spanEnd: new Int32Array(total).fill(-1),
	};
	let k = 0;
	for (const layoutKey of layout) {
		out.hashes[k] = fnv1a(layoutKey);
		out.vals[k++] = 1;
	}
	for (const family of families) {
		const counts = new Map<number, number>();
		for (const o of family) counts.set(o.hash, (counts.get(o.hash) ?? 0) + 1);
		let norm = 0;
		for (const c of counts.values()) norm += (1 + Math.log(c)) ** 2;
		norm = Math.sqrt(norm) || 1;
		for (const o of family) {
			const c = counts.get(o.hash) ?? 1;
			out.hashes[k] = o.hash;
			out.vals[k] = (1 + Math.log(c)) / c / norm;
			out.spanStart[k] = o.start;
			out.spanEnd[k++] = o.end;
		}
	}
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
	for (let i = 0; i < ids.length; i++) ids[i] = (p.hashes[i] as number) % cfg.buckets;
	// Copies, so no caller can change what another model of the same draft sees.
	return { ids, vals: p.vals.slice(), spanStart: p.spanStart.slice(), spanEnd: p.spanEnd.slice() };
}
