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
import { INSULT_WORDS, insultWord, SPELLINGS } from './insult-words.ts';
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

/**
 * Letter chunks split by one separator, as read after normalisation ("id-iot", "st.upid" from "st.u.p.i.d",
 * "id iot"); normalize() itself joins only single letters ("i d i o t"), so these slip past it.
 */
const SPLIT_RUN = /\p{L}+(?:[-._*\s]\p{L}+)+/gu;
/** The most chunks one split word is read across ("com-ple-te-ly" is four). */
const MAX_CHUNKS = 5;
/**
 * Real words that join to an insult ("brain-dead", "God damn", "as shole" if anyone wrote it) are a compound or
 * two words, not a disguise, and other rules read them as written: a split counts only where one chunk is no word
 * of its own, i.e. at most three letters and not a common short word ("id", "iot", "st", "pid", "m").
 */
const SHORT_WORDS = new Set(
	'a,an,as,at,be,by,do,go,he,i,if,in,is,it,me,my,no,of,on,or,so,to,up,us,we,and,are,but,can,did,for,god,had,has,her,him,his,how,its,not,now,one,our,out,she,the,too,two,was,who,why,yes,you'.split(
		',',
	),
);

/**
 * `text` with each insult written in split chunks joined into the word ("You id-iot" → "You idiot", "st.u.p.i.d"
 * → "stupid", "a com-plete m-oron" → "a com-plete moron"), in the draft's case. Only a run whose chunks join to an
 * insult the fixer knows is touched, so "re-run", "e-mail", "co-op" and every other hyphenated compound stay as
 * written; code, links and quotes are left alone.
 */
export function joinSplitInsults(text: string): string {
	if (!/\p{L}[-._*\s]+\p{L}/u.test(text)) return text;
	const norm = normalize(text);
	const ranges = protectedRanges(text).filter((r) => r.kind !== 'number');
	const joins: { start: number; end: number; word: string }[] = [];
	for (const run of norm.text.matchAll(SPLIT_RUN)) {
		// Each chunk with the separator before it; one split word uses one separator throughout.
		const chunks: { at: number; text: string; sep: string }[] = [];
		for (const c of run[0].matchAll(/\p{L}+/gu))
			chunks.push({
				at: (run.index ?? 0) + (c.index ?? 0),
				text: c[0],
				sep: run[0][(c.index ?? 0) - 1] ?? '',
			});
		for (let i = 0; i < chunks.length; i++) {
			for (let j = Math.min(chunks.length, i + MAX_CHUNKS); j >= i + 2; j--) {
				const window = chunks.slice(i, j);
				const sep = window[1]?.sep ?? '';
				if (window.slice(2).some((c) => c.sep !== sep)) continue;
				// A dotted or hyphenated token that goes on ("st.u.p.i.d.txt", "x-stupid-y") is a name, not a split word.
				if (!/\s/.test(sep) && (window[0]?.sep === sep || chunks[j]?.sep === sep)) continue;
				const word = insultWord(window.map((c) => c.text).join(''));
				if (!word) continue;
				// Each chunk an insult of its own ("stupid-idiot") is two words, not one split.
				if (window.every((c) => insultWord(c.text))) continue;
				if (!window.some((c) => c.text.length <= 3 && !SHORT_WORDS.has(c.text))) continue;
				const first = window[0] as (typeof chunks)[number];
				const last = window[window.length - 1] as (typeof chunks)[number];
				const start = norm.start[first.at] ?? 0;
				const end = norm.end[last.at + last.text.length - 1] ?? start;
				if (overlapsProtected(ranges, start, end)) continue;
				joins.push({ start, end, word });
				i = j - 1;
				break;
			}
		}
	}
	let out = '';
	let last = 0;
	for (const { start, end, word } of joins) {
		out += text.slice(last, start) + matchCase(text.slice(start, end).replace(/^[^\p{L}]+/u, ''), word);
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
