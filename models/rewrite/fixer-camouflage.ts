/**
 * Camouflaged insults for the offline fixer (session 23, fixer10). "f*ck1ng", "1d10t", "s t u p i d" slip past
 * the fixer's word lists, so it offered nothing for them. The draft is read through the scorer's own
 * normalisation (models/text/normalize.ts, which maps every normalised character back to the draft), and only a
 * camouflaged word that normalises to an insult or expletive the fixer knows is spelled out; every other
 * character stays the user's. The rules then drop or soften it like any plain insult, and the result holds it in
 * no spelling.
 */
import { findSplitWords, normalize, splitLexicon } from '../text/normalize.ts';
import { matchCase } from './fixer-text.ts';
import { HARSH_SUPERLATIVE_BASES, INSULT_WORDS, insultWord, SPELLINGS } from './insult-words.ts';
import { overlapsProtected, protectedRanges } from './protected.ts';

export { insultWord, superlativeBase } from './insult-words.ts';

/**
 * `text` with each camouflaged insult spelled out ("You are a f*ck1ng 1d10t" → "You are a fucking idiot"), in
 * the draft's case. Code, links, mentions and quotes are left alone; a number glued into a word ("1d10t") is
 * part of the word, not a number. Unchanged where nothing was camouflaged.
 */
export function decamouflage(draft: string): string {
	const text = joinSplitInsults(draft);
	const norm = normalize(text);
	const ranges = protectedRanges(text).filter((r) => r.kind !== 'number');
	let out = '';
	let last = 0;
	for (const m of norm.text.matchAll(/\p{L}+/gu)) {
		const from = m.index ?? 0;
		const start = norm.start[from] ?? 0;
		const end = norm.end[from + m[0].length - 1] ?? start;
		const original = text.slice(start, end);
		if (start < last || original.toLowerCase() === m[0]) continue;
		const word = SPELLINGS[m[0]] ?? m[0];
		if (!INSULT_WORDS.has(word) || overlapsProtected(ranges, start, end)) continue;
		// A camouflaged word starts on a letter or a stand-in for one; its case is read from its first letter.
		out += text.slice(last, start) + matchCase(original.replace(/^[^\p{L}]+/u, ''), word);
		last = end;
	}
	return last === 0 ? text : out + text.slice(last);
}

/** Every insult the fixer knows as `insultWord` reads it: the words, their everyday misspellings and superlatives. */
const SPLIT_INSULTS = splitLexicon(
	[...INSULT_WORDS, ...HARSH_SUPERLATIVE_BASES, ...Object.keys(SPELLINGS)].flatMap((w) => [
		w,
		`${w}est`,
		`${w.replace(/y$/, 'i')}est`,
		`${w.replace(/e$/, '')}est`,
		`${w}${w.at(-1)}est`,
	]),
	insultWord,
);

/**
 * `text` with each insult written in split chunks joined into the word ("You id-iot" → "You idiot", "st.u.p.i.d"
 * → "stupid", "a com-plete m-oron" → "a com-plete moron", "your id iotic plan" → "your idiotic plan"), in the
 * draft's case. The chunks are found by the scorer's own rule (normalize.ts `findSplitWords`, which joins the
 * insults and profanity it knows before scoring); here with every insult the fixer knows, and also across blanks
 * alone. Only a run whose chunks join to such an insult is touched, so "re-run", "e-mail", "co-op" and every other
 * hyphenated compound stay as written; code, links and quotes are left alone.
 */
export function joinSplitInsults(text: string): string {
	if (!/\p{L}[-._*\u00b7\s]+\p{L}/u.test(text)) return text;
	const norm = normalize(text, false);
	const ranges = protectedRanges(text).filter((r) => r.kind !== 'number');
	let out = '';
	let last = 0;
	for (const join of findSplitWords(norm.text, SPLIT_INSULTS, true)) {
		const start = norm.start[join.from] ?? 0;
		const end = norm.end[join.to - 1] ?? start;
		if (start < last || overlapsProtected(ranges, start, end)) continue;
		out += text.slice(last, start) + matchCase(text.slice(start, end).replace(/^[^\p{L}]+/u, ''), join.word);
		last = end;
	}
	return last === 0 ? text : out + text.slice(last);
}

/** The normalised form of an underlined draft word: "1d10t", "i d i o t" and "Idiot" are all "idiot". */
export function plainWord(word: string): string {
	return normalize(word)
		.text.trim()
		.replace(/(?<=\b\p{L})[\s.*_-]+(?=\p{L}\b)/gu, '');
}

/** Whether `text` holds `word` (already plain), in any camouflaged spelling. */
export function holdsPlain(text: string, word: string): boolean {
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(normalize(text).text);
}
