/**
 * styleOf (session 21: one loop over the words) against the code it replaced, on the featuriser's fixture
 * drafts, the bench's drafts and random text: the style stackers read these 29 numbers, so they must not move
 * by a bit. `tripledRuns` against the regex it replaced.
 */
import { describe, expect, it } from 'vitest';
import { benchDraft } from '../../scripts/bench/drafts.ts';
import { DRAFTS } from './drafts.fixture.ts';
import { type Tokenized, tokenize } from './featurize.ts';
import { PROFANITY, styleOf, tripledRuns } from './style.ts';

/** Deterministic random text over characters the features read (letters, apostrophes, marks, line breaks). */
function randomText(seed: number, length: number): string {
	const alphabet = 'aAeEiIoOuUyYbBsStTzZ \'.!?,;:"“”\n\r\u2028 ...iI1__--//www.http://üÉ😀';
	let x = seed;
	let out = '';
	for (let i = 0; i < length; i++) {
		x = (Math.imul(x, 1103515245) + 12345) >>> 0;
		const r = x >>> 8;
		// Runs of one character now and then, for the repeated-character and shouting features.
		out +=
			r % 7 === 0
				? (alphabet[r % alphabet.length] as string).repeat(1 + (r % 5))
				: alphabet[r % alphabet.length];
	}
	return out;
}

const texts = [
	...DRAFTS,
	...Array.from({ length: 40 }, (_, v) => benchDraft(1000, v + 1, v % 2 === 0)),
	...Array.from({ length: 400 }, (_, s) => randomText(s + 1, 1 + (s % 90) * 3)),
	"I I I i i i. i'm iii",
	'the the the the the the',
	'AB CD ab Cd I A OK',
];

describe('styleOf equivalence', () => {
	it('gives the same 29 numbers as the code before session 21', () => {
		for (const text of texts) {
			const tokenized: Tokenized = tokenize(text);
			expect(styleOf(tokenized), text).toEqual(referenceStyleOf(tokenized));
			// Object.is per value: toEqual would take -0 for 0.
			styleOf(tokenized).forEach((v, i) => {
				expect(Object.is(v, referenceStyleOf(tokenized)[i]), `${text} #${i}`).toBe(true);
			});
		}
		// The texts do reach every count (profanity, shouting, repeated bigrams, rates).
		for (const i of [4, 6, 8, 14, 15, 20, 27])
			expect(
				texts.some((t) => (styleOf(tokenize(t))[i] ?? 0) > 0),
				`#${i}`,
			).toBe(true);
	});

	it('counts runs of three or more like /(.)\\1{2,}/g, line terminators excepted', () => {
		for (const text of [
			...texts,
			'',
			'aaa',
			'aa',
			'\n\n\n',
			'\r\r\r',
			'\u2028\u2028\u2028',
			'aaaa\n\n\nbbb',
			'😀😀😀',
			'...',
		]) {
			expect(tripledRuns(text), JSON.stringify(text)).toBe(text.match(/(.)\1{2,}/g)?.length ?? 0);
		}
	});
});

/** styleOf as it was before session 21 (the session 14 code), the oracle for the tests above. */
const set = (words: string) => new Set(words.split(' '));
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
function referenceStyleOf({ masked, tokens }: Tokenized): number[] {
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
