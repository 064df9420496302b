/**
 * Camouflaged insults for the offline fixer (session 23, fixer10). "f*ck1ng", "1d10t", "s t u p i d" slip past
 * the fixer's word lists, so it offered nothing for them. The draft is read through the scorer's own
 * normalisation (models/text/normalize.ts, which maps every normalised character back to the draft), and only a
 * camouflaged word that normalises to an insult or expletive the fixer knows is spelled out; every other
 * character stays the user's. The rules then drop or soften it like any plain insult, and the result holds it in
 * no spelling.
 */
import { normalize } from '../text/normalize.ts';
import { matchCase } from './fixer-text.ts';
import { INSULT_WORDS, SPELLINGS } from './insult-words.ts';
import { overlapsProtected, protectedRanges } from './protected.ts';

export { insultWord, superlativeBase } from './insult-words.ts';

/**
 * `text` with each camouflaged insult spelled out ("You are a f*ck1ng 1d10t" → "You are a fucking idiot"), in
 * the draft's case. Code, links, mentions and quotes are left alone; a number glued into a word ("1d10t") is
 * part of the word, not a number. Unchanged where nothing was camouflaged.
 */
export function decamouflage(text: string): string {
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
