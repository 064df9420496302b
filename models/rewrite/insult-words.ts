/**
 * The single words the offline fixer treats as insults or expletives, in one place (session 23, fixer10): what a
 * camouflaged spelling is spelled out to (fixer-camouflage.ts), which underlined word a suggestion may never keep
 * (engine.ts), and which "number" is a letter in disguise ("1d10t", protected.ts).
 */
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import {
	DROP_WORDS,
	HARSH_MODIFIERS,
	INSULT_ADJECTIVES,
	INSULT_NOUNS,
	PERSON_PREDICATES,
	SOFTEN,
} from './lexicon.ts';

/** Everyday misspellings of an insult that normalisation leaves as they are ("stoopid"). */
export const SPELLINGS: Record<string, string> = { stoopid: 'stupid' };
/** Heat words that are no insult on their own ("kill the process", "what the hell"): never counted as one. */
const NOT_INSULTS = new Set([
	'seriously',
	'honestly',
	'literally',
	'lol',
	'lmao',
	'rofl',
	'kill',
	'die',
	'hate',
	'hell',
	'suck',
	'sucks',
	'piss',
	'obviously',
	'clearly',
	'absurd',
	'crazy',
	'insane',
	'ridiculous',
	'nonsense',
	'terrible',
	'horrible',
	'awful',
	'lame',
	'useless',
	'blind',
	'thick',
	'dense',
	'joke',
	'hack',
	'hacks',
	'menace',
	'liability',
]);
/** Single words the fixer treats as insults or expletives (lower case). */
export const INSULT_WORDS = new Set(
	[
		...INSULT_NOUNS,
		...INSULT_ADJECTIVES,
		...HARSH_MODIFIERS,
		...DROP_WORDS,
		...PERSON_PREDICATES,
		...CAMOUFLAGE_LEXICON,
		...Object.keys(SOFTEN),
	]
		.map((w) => w.toLowerCase())
		.filter((w) => /^\p{L}+$/u.test(w) && !NOT_INSULTS.has(w)),
);

/**
 * Judgements that are fair of a thing in the plain form ("a lame excuse", "sloppy code") but rank and scorn in the
 * superlative ("the sloppiest review I have ever received"): their superlatives count as insults (session 24).
 */
export const HARSH_SUPERLATIVE_BASES = new Set(['silly', 'sloppy', 'shoddy', 'lousy', 'lame']);

/** Superlatives of the fixer's insult adjectives ("dumbest", "stupidest", "laziest"), by their base word. */
const SUPERLATIVE = /^(\p{L}+?)(?:(?<=[^aeiou]i)est|est)$/u;

/**
 * The insult `word` is (lower case, its superlative or everyday misspelling read as the word), or undefined.
 * Words that are also fair talk about things ("useless", "crazy", "terrible") are not insults here.
 */
export function insultWord(word: string): string | undefined {
	const lower = word.toLowerCase();
	const plain = SPELLINGS[lower] ?? lower;
	if (INSULT_WORDS.has(plain)) return plain;
	const base = superlativeBase(plain);
	return base && (INSULT_WORDS.has(base) || HARSH_SUPERLATIVE_BASES.has(base)) ? plain : undefined;
}

/** "dumbest" → "dumb", "laziest" → "lazy", "lamest" → "lame", "sloppiest" → "sloppy"; undefined for a word that is no superlative. */
export function superlativeBase(word: string): string | undefined {
	const lower = word.toLowerCase();
	if (!SUPERLATIVE.test(lower)) return undefined;
	const stem = lower.replace(/est$/, '');
	const options = [stem, stem.replace(/i$/, 'y'), `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1')];
	return options.find((o) => INSULT_WORDS.has(o) || o in SOFTEN || HARSH_SUPERLATIVE_BASES.has(o));
}

/**
 * Whether an underlined draft word is heat the fixer knows (an insult, expletive or harsh word, or one it softens),
 * as opposed to an everyday word the scorer underlined with it: "Stop wasting everyone's time" is underlined whole,
 * and a rewrite that says "This is taking up a lot of everyone's time." keeps "everyone's" and "time" but none of
 * the attack (session 24).
 */
export function heatWord(word: string): boolean {
	const lower = word.toLowerCase();
	return (
		insultWord(lower) !== undefined ||
		NOT_INSULTS.has(lower) ||
		lower in SOFTEN ||
		!/^[\p{L}'’]+$/u.test(lower)
	);
}
