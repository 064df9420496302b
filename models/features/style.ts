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
const PROFANITY = new Set([
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

/** The style features of a tokenised draft (its masked text and normalised words), STYLE_VERSION order. */
export function styleOf({ masked, tokens }: Tokenized): number[] {
	const words = masked.match(/[A-Za-z][A-Za-z']*/g) ?? [];
	const lower = words.map((w) => w.toLowerCase());
	const n = Math.max(1, words.length);
	const sentences = masked.split(/[.!?]+(?:\s|$)|\n+/).filter((s) => s.trim().length > 0);
	const ns = Math.max(1, sentences.length);
	const rate = (vocabulary: Set<string>) => {
		let k = 0;
		for (const w of lower) if (vocabulary.has(w)) k++;
		return k / n;
	};
	const chars = charCounts(masked);
	const letters = chars.letters;
	const shouted = words.filter((w) => w.length >= 2 && w === w.toUpperCase() && w !== 'I').length;
	const syllableCount = words.reduce((s, w) => s + syllables(w), 0);
	const flesch = 206.835 - 1.015 * (n / ns) - 84.6 * (syllableCount / n);
	// Repeated bigrams: every bigram after the first of its kind (words have no spaces, so a pair is a key).
	const followers = new Map<string, Set<string>>();
	let repeated = 0;
	for (let i = 1; i < lower.length; i++) {
		const first = lower[i - 1] as string;
		let seen = followers.get(first);
		if (!seen) {
			seen = new Set();
			followers.set(first, seen);
		}
		const size = seen.size;
		seen.add(lower[i] as string);
		if (seen.size === size) repeated++;
	}
	const profanity = tokens.filter((t) => PROFANITY.has(t.word)).length;
	return [
		Math.log1p(masked.length),
		Math.log1p(words.length),
		Math.log1p(sentences.length),
		Math.log1p(n / ns),
		rate(FIRST_SINGULAR),
		rate(FIRST_PLURAL),
		rate(SECOND),
		rate(HEDGES),
		rate(ABSOLUTES),
		rate(CONNECTIVES),
		Math.log1p(chars.questions),
		Math.log1p(chars.bangs),
		Math.log1p(count(/[!?]{2,}/g, masked)),
		chars.capitals / Math.max(1, letters),
		Math.log1p(shouted),
		Math.log1p(profanity),
		Math.log1p(chars.quotes),
		Math.log1p(count(/https?:\/\/|www\./g, masked)),
		Math.max(-50, Math.min(120, flesch)) / 100,
		new Set(lower).size / n,
		repeated / n,
		words.reduce((s, w) => s + w.length, 0) / n / 10,
		sentences.filter((s) => /^\s*[a-z]/.test(s)).length / ns,
		Math.log1p(count(/(^|\s)i(\s|'|$)/g, masked)),
		Math.log1p(count(/\.\.\./g, masked)),
		Math.log1p(chars.digits),
		chars.commas / n,
		Math.log1p(count(/(.)\1{2,}/g, masked)),
		Math.log1p(count(/ [,.!?]/g, masked)),
	];
}
