/**
 * Hand-made style features of a draft (length, sentences, pronoun and hedge rates, questions, exclamations,
 * capitals, profanity, quotes, links, readability, repetition). The n-gram MLP sees words, not how a text is
 * written as a whole; these 29 numbers feed small per-head logistic stackers of the appropriateness model
 * (models/train/style-stack.ts), fitted by the trainer and applied by the scorer (models/scoring/style-stack.ts).
 * Trainer and runtime both call `styleOf` on the tokenised draft, so quotes and code never count.
 */
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import type { Tokenized } from './featurize.ts';

/** Bump when a feature changes: stacker weights are only valid for the version they were fitted on. */
export const STYLE_VERSION = 1;

const set = (words: string) => new Set(words.split(' '));
/** Insults and intensifiers beyond the camouflage list, matched on normalised words. */
export const PROFANITY: ReadonlySet<string> = new Set([
	...CAMOUFLAGE_LEXICON,
	...set(
		'idiot idiots stupid moron morons dumb retard retarded retards pathetic ignorant loser losers fool fools hell sucks suck hate shut disgusting evil sick crazy insane ridiculous nonsense lol lmao omg',
	),
]);
const HEDGES = set(
	'maybe perhaps possibly probably might may could seems seem suggest think believe likely unlikely somewhat arguably generally usually often sometimes apparently',
);
const FIRST_SINGULAR = set("i me my mine myself i'm i've i'd i'll");
const FIRST_PLURAL = set("we us our ours ourselves we're we've");
const SECOND = set("you your yours yourself yourselves you're you've u ur");
const ABSOLUTES = set(
	'always never all every everyone nobody nothing everything none obviously clearly definitely certainly absolutely totally completely must',
);
const CONNECTIVES = set(
	'because therefore thus hence since so however although though but whereas moreover furthermore consequently',
);

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/** Counts of single characters the features read, in one pass (a global regex per class built an array per match). */
function charCounts(text: string) {
	let letters = 0;
	let capitals = 0;
	let digits = 0;
	let questions = 0;
	let bangs = 0;
	let quotes = 0;
	let commas = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 65 && c <= 90) {
			letters++;
			capitals++;
		} else if (c >= 97 && c <= 122) letters++;
		else if (c >= 48 && c <= 57) digits++;
		else if (c === 63) questions++;
		else if (c === 33) bangs++;
		// " “ ”
		else if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
		// , ; :
		else if (c === 44 || c === 59 || c === 58) commas++;
	}
	return { letters, capitals, digits, questions, bangs, quotes, commas };
}
/** a e i o u y, either case (a char code test: a Set lookup per character was most of `syllables`). */
function isVowel(c: number): boolean {
	const l = c | 32;
	return l === 97 || l === 101 || l === 105 || l === 111 || l === 117 || l === 121;
}

/** Vowel groups of an ASCII word, a final "e" not counted (at least 1). */
function syllables(word: string): number {
	const end = word.length > 0 && (word.endsWith('e') || word.endsWith('E')) ? word.length - 1 : word.length;
	let groups = 0;
	let inGroup = false;
	for (let i = 0; i < end; i++) {
		const vowel = isVowel(word.charCodeAt(i));
		if (vowel && !inGroup) groups++;
		inGroup = vowel;
	}
	return Math.max(1, groups);
}

/** Per lower-cased word, which rate vocabularies hold it (bit k: RATE_VOCABULARIES[k]), for one lookup per word. */
const RATE_VOCABULARIES = [FIRST_SINGULAR, FIRST_PLURAL, SECOND, HEDGES, ABSOLUTES, CONNECTIVES];
const RATE_BITS = new Map<string, number>();
RATE_VOCABULARIES.forEach((vocabulary, k) => {
	for (const w of vocabulary) RATE_BITS.set(w, (RATE_BITS.get(w) ?? 0) | (1 << k));
});

const ASCII_WORD = /[A-Za-z][A-Za-z']*/g;

/** Whether an ASCII word has no lower-case letter (`w === w.toUpperCase()` for [A-Za-z'] words, no new string). */
function noLowerCase(w: string): boolean {
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i);
		if (c >= 97 && c <= 122) return false;
	}
	return true;
}

/**
 * `text.match(/(.)\1{2,}/g)?.length`: runs of three or more of the same UTF-16 unit, other than a line terminator
 * (`.` matches none). A match takes its whole run and no shorter run can match, so it is the count of such runs.
 */
export function tripledRuns(text: string): number {
	let runs = 0;
	for (let i = 0; i < text.length; ) {
		const c = text.charCodeAt(i);
		let j = i + 1;
		while (j < text.length && text.charCodeAt(j) === c) j++;
		if (j - i >= 3 && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) runs++;
		i = j;
	}
	return runs;
}

/**
 * The style features of a tokenised draft (its masked text and normalised words), STYLE_VERSION order. The word
 * counts are integers gathered in one loop over the words (session 21: six vocabulary passes, a Set of followers
 * per word and an upper-cased copy per word were most of its time); every feature is the same expression of them.
 */
export function styleOf({ masked, tokens }: Tokenized): number[] {
	const words = masked.match(ASCII_WORD) ?? [];
	const n = Math.max(1, words.length);
	const sentences = masked.split(/[.!?]+(?:\s|$)|\n+/).filter((s) => s.trim().length > 0);
	const ns = Math.max(1, sentences.length);
	const rates = new Int32Array(RATE_VOCABULARIES.length);
	// Each distinct lower-cased word's number, and the bigrams seen (as numbers) for the repeated-bigram count.
	const numberOf = new Map<string, number>();
	const bigrams = new Set<number>();
	let repeated = 0;
	let shouted = 0;
	let syllableCount = 0;
	let letterCount = 0;
	let previous = -1;
	for (const w of words) {
		const lower = w.toLowerCase();
		const bits = RATE_BITS.get(lower);
		if (bits !== undefined)
			for (let k = 0; k < rates.length; k++) if (bits & (1 << k)) rates[k] = (rates[k] as number) + 1;
		let number = numberOf.get(lower);
		if (number === undefined) {
			number = numberOf.size;
			numberOf.set(lower, number);
		}
		// Every bigram after the first of its kind.
		if (previous >= 0) {
			const size = bigrams.size;
			bigrams.add(previous * words.length + number);
			if (bigrams.size === size) repeated++;
		}
		previous = number;
		if (w.length >= 2 && noLowerCase(w)) shouted++;
		syllableCount += syllables(w);
		letterCount += w.length;
	}
	const rate = (k: number) => (rates[k] as number) / n;
	const chars = charCounts(masked);
	const letters = chars.letters;
	const flesch = 206.835 - 1.015 * (n / ns) - 84.6 * (syllableCount / n);
	let profanity = 0;
	for (const t of tokens) if (PROFANITY.has(t.word)) profanity++;
	return [
		Math.log1p(masked.length),
		Math.log1p(words.length),
		Math.log1p(sentences.length),
		Math.log1p(n / ns),
		rate(0),
		rate(1),
		rate(2),
		rate(3),
		rate(4),
		rate(5),
		Math.log1p(chars.questions),
		Math.log1p(chars.bangs),
		Math.log1p(count(/[!?]{2,}/g, masked)),
		chars.capitals / Math.max(1, letters),
		Math.log1p(shouted),
		Math.log1p(profanity),
		Math.log1p(chars.quotes),
		Math.log1p(count(/https?:\/\/|www\./g, masked)),
		Math.max(-50, Math.min(120, flesch)) / 100,
		numberOf.size / n,
		repeated / n,
		letterCount / n / 10,
		sentences.filter((s) => /^\s*[a-z]/.test(s)).length / ns,
		Math.log1p(count(/(^|\s)i(\s|'|$)/g, masked)),
		Math.log1p(count(/\.\.\./g, masked)),
		Math.log1p(chars.digits),
		chars.commas / n,
		Math.log1p(tripledRuns(masked)),
		Math.log1p(count(/ [,.!?]/g, masked)),
	];
}
