import { sharedSlots } from './slot-table.ts';

/**
 * The hashing under the featuriser, built for speed on every keystroke: FNV-1a over UTF-16 units, each word's
 * hashes computed once and remembered (the sentence rule featurises every word a second time, and typing
 * re-featurises the whole draft), and per-family occurrence counting in reusable typed arrays instead of a Map.
 */

/** FNV-1a's offset basis. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over UTF-16 units: tiny, fast and identical in every JS engine. */
export function fnv1a(text: string): number {
	return fnvContinue(FNV_OFFSET, text) >>> 0;
}

/** Continues an FNV-1a state over text[from, to): hashing "c:" + slice without building the string. */
export function fnvContinue(state: number, text: string, from = 0, to = text.length): number {
	let hash = state;
	for (let i = from; i < to; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, FNV_PRIME);
	}
	return hash;
}

const WORD_STATE = fnvContinue(FNV_OFFSET, 'w:');
const BIGRAM_STATE = fnvContinue(FNV_OFFSET, 'b:');
const CHAR_STATE = fnvContinue(FNV_OFFSET, 'c:');
const LT = '<'.charCodeAt(0);
const GT = '>'.charCodeAt(0);

/**
 * A word's hashes: [0] its unigram key "w:word", [1] the FNV state after "b:word " (a bigram with the next
 * word continues it), then its character n-grams of `<word>` for n = charMin…charMax, each n by position.
 * Every value is the unsigned 32-bit hash of exactly the key string the featuriser has always hashed.
 */
function wordHashes(word: string, charMin: number, charMax: number, charGrams: boolean): Uint32Array {
	const padded = word.length + 2;
	let grams = 0;
	if (charGrams) for (let n = charMin; n <= charMax; n++) grams += Math.max(0, padded - n + 1);
	const out = new Uint32Array(2 + grams);
	out[0] = fnvContinue(WORD_STATE, word) >>> 0;
	out[1] = fnvContinue(fnvContinue(BIGRAM_STATE, word), ' ') >>> 0;
	if (grams === 0) return out;
	// Where the n-grams of each length start in `out` (the order is all 3-grams, then all 4-grams, …).
	const offsets: number[] = [];
	let at = 2;
	for (let n = charMin; n <= charMax; n++) {
		offsets.push(at);
		at += Math.max(0, padded - n + 1);
	}
	// One pass per start position: the n-gram of length n+1 continues the state of the one of length n.
	for (let i = 0; i < padded; i++) {
		let hash = CHAR_STATE;
		const last = Math.min(padded, i + charMax);
		for (let j = i; j < last; j++) {
			hash ^= j === 0 ? LT : j === padded - 1 ? GT : word.charCodeAt(j - 1);
			hash = Math.imul(hash, FNV_PRIME);
			const n = j - i + 1;
			if (n >= charMin) out[(offsets[n - charMin] as number) + i] = hash >>> 0;
		}
	}
	return out;
}

/** Words remembered per char-gram range; cleared when full (a draft's vocabulary is far smaller). */
const MEMO_LIMIT = 20_000;
const memos = new Map<string, WordHasher>();

/** `wordHashes` for one char-gram range, remembered per word. */
export type WordHasher = (word: string) => Uint32Array;

/** The word hasher for a char-gram range; words longer than `maxCharGramWord` get no char-grams (only [0], [1]). */
export function wordHasher(charMin: number, charMax: number, maxCharGramWord: number): WordHasher {
	const range = `${charMin}-${charMax}-${maxCharGramWord}`;
	let hasher = memos.get(range);
	if (!hasher) {
		const memo = new Map<string, Uint32Array>();
		hasher = (word) => {
			let hashes = memo.get(word);
			if (!hashes) {
				if (memo.size >= MEMO_LIMIT) memo.clear();
				hashes = wordHashes(word, charMin, charMax, word.length <= maxCharGramWord);
				memo.set(word, hashes);
			}
			return hashes;
		};
		memos.set(range, hasher);
	}
	return hasher;
}

/** The bigram "b:first second" from first's hashes (its [1]) and the second word. */
export function bigramHash(firstHashes: Uint32Array, second: string): number {
	return fnvContinue(firstHashes[1] as number, second) >>> 0;
}

/** 1 + ln c for the small counts nearly every key has (the same doubles `Math.log` gives: it is the call). */
const LOG_TF = Float64Array.from({ length: 64 }, (_, c) => 1 + Math.log(c));

function logTf(c: number): number {
	return c < 64 ? (LOG_TF[c] as number) : 1 + Math.log(c);
}

/** Per-call scratch for `familyWeights`, grown as needed. */
let counts = new Int32Array(1024);
let weights = new Float64Array(1024);
let slotOf = new Int32Array(1024);

/**
 * Log-TF weights with L2 norm over one family's occurrences hashes[from, to): an occurrence whose key appears
 * c times weighs (1 + ln c) / c / ‖family‖, where the norm sums (1 + ln c)² over distinct keys in order of first
 * appearance (the order a Map iterates, so the floating-point result is the one the trainer always had).
 */
export function familyWeights(hashes: Uint32Array, from: number, to: number, vals: Float32Array): void {
	const n = to - from;
	if (n === 0) return;
	if (counts.length < n) {
		counts = new Int32Array(n);
		weights = new Float64Array(n);
		slotOf = new Int32Array(n);
	}
	sharedSlots.reset(n);
	for (let k = 0; k < n; k++) {
		const seen = sharedSlots.size;
		const d = sharedSlots.indexOf(hashes[from + k] as number);
		counts[d] = d === seen ? 1 : (counts[d] as number) + 1;
		slotOf[k] = d;
	}
	const distinct = sharedSlots.size;
	// Each key's 1 + ln c once (kept in `weights`), then divided: the same doubles in the same order as before.
	let norm = 0;
	for (let d = 0; d < distinct; d++) {
		const tf = logTf(counts[d] as number);
		weights[d] = tf;
		norm += tf ** 2;
	}
	norm = Math.sqrt(norm) || 1;
	for (let d = 0; d < distinct; d++) weights[d] = (weights[d] as number) / (counts[d] as number) / norm;
	for (let k = 0; k < n; k++) vals[from + k] = weights[slotOf[k] as number] as number;
}
