/**
 * Scare quotes said of someone, for the sarcasm rule (sarcasm-at-others.ts): praise, a skill or a piece of work
 * in quotes (double, or single around whole words) near the reader or after a mocking opener ('your "refactor"', 'you're a real "expert"',
 * 'Thanks for the "help"', 'Nice "fix"', 'our resident "architect" strikes again', 'Mr. "I know best"'). Not
 * scare quotes: names of things ('the "expert mode" toggle', 'your "master" branch'), labels (capitalised or
 * listed: 'tag this "Question", "Documentation"'), mentions after a word of saying or naming ('the title
 * "software engineer"'), and phrases whose head is not praise ('the "best way" to go').
 */
import type { Token } from '../features/featurize.ts';

/** A set of the space-separated words. */
export const words = (s: string) => new Set(s.split(' '));

/** The reader. */
export const READER = words("you you're youre you've youve your yourself ya u ur");

/** One sentence's words with their tokens and their index into the draft's tokens. */
export interface Sentence {
	ws: string[];
	toks: Token[];
	first: number;
}

/** Words that, in scare quotes, claim praise, skill or work for someone ('your "fix"', 'a real "expert"'). */
const PRAISE = words(
	'expert experts expertise help helpful helping fix fixes fixed senior architect refactor refactoring ' +
		'tested testing review reviewed reviewing feedback great thorough professional pro documentation insight ' +
		'insights visionary lead contribution contributions improvement improvements solution genius smart ' +
		'brilliant best totally careful engineer developer dev rockstar ninja guru master skills research ' +
		'design optimization optimisation cleanup elegant simple advice knowledge',
);
/** Scare-quoted roles that may be the subject of what follows ('the "expert" has spoken'). */
const ROLES = words(
	'expert experts senior architect lead genius professional visionary engineer developer dev guru',
);
/** What a person does after a quoted role ('our "lead" approved it'); a noun there makes the quote a name. */
const PERSON_VERBS = words(
	'strikes struck has approved forgot shipped decided spoke says said wrote merged broke',
);
/** Nouns that make a quoted word the name of a thing ('the "expert" preset', 'a "help" command'). */
const THINGS = words(
	'mode toggle preset flag option options setting settings label tag button field role bot page tab menu ' +
		'section command key badge image persona heuristic pointer level plan tier column variable link text branch ' +
		'file folder function method class module package script',
);
/** Verbs and nouns of saying or naming: a quote just after one is a mention. */
const MENTIONING = words(
	'says said say read reads call calls called named titled title name labelled labeled term word phrase',
);
/** Words just before a quote that make it said of someone ('Nice "fix"', 'our resident "architect"'). */
const QUOTE_OPENERS = words('nice great such resident own real so-called mr mrs ms sir');
/** A phrase in double quotes, curly quotes, or single quotes around whole words ('your \'fix\''). */
const DOUBLE_QUOTE = /"([^"\n]{1,40})"|“([^”\n]{1,40})”/g;
/**
 * Single quotes only around whole words, so apostrophes ("don't", "users'") open or close nothing; found in a
 * pass of their own, so an apostrophe never swallows a double-quoted phrase.
 */
const SINGLE_QUOTE = /(?<=^|[\s(])'([^'\s][^'\n]{0,39})'(?=$|[\s.,;:!?)])/gu;

/** The draft's quoted phrases: where each starts, the whole match, the phrase, and whether in single quotes. */
function quotedPhrases(masked: string): { index: number; whole: string; phrase: string; single: boolean }[] {
	const double = [...masked.matchAll(DOUBLE_QUOTE)].map((m) => ({
		index: m.index ?? 0,
		whole: m[0],
		phrase: m[1] ?? m[2] ?? '',
		single: false,
	}));
	const single = [...masked.matchAll(SINGLE_QUOTE)].map((m) => ({
		index: m.index ?? 0,
		whole: m[0],
		phrase: m[1] ?? '',
		single: true,
	}));
	return [...double, ...single];
}

/** Token indices of the draft's scare-quoted praise said of someone (the quoted words). */
export function scareQuotes(
	masked: string,
	tokens: readonly Token[],
	sentences: readonly Sentence[],
): number[] {
	const found: number[] = [];
	for (const q of quotedPhrases(masked)) {
		const from = q.index;
		const to = from + q.whole.length;
		const s = sentences.find((x) => x.toks.some((t) => t.start > from && t.end < to));
		if (!s) continue;
		const inside = s.toks.flatMap((t, k) => (t.start > from && t.end < to ? [k] : []));
		const a = inside[0] as number;
		const b = inside.at(-1) as number;
		const quoted = inside.map((k) => s.ws[k] ?? '');
		// A capitalised quote is a name ('tag this "Documentation"'), quotes in a row a list of names.
		// An apostrophe before a double quote closes no quote (":'' \"…"), so lists are of one quote kind.
		const [close, open] = q.single ? [/',?\s*$/, /^,?\s*'/] : [/["”],?\s*$/, /^,?\s*["“]/];
		if (/^\p{Lu}/u.test(q.phrase) || close.test(masked.slice(0, from)) || open.test(masked.slice(to)))
			continue;
		const after = /^\s+$/.test(masked.slice(to, s.toks[b + 1]?.start ?? to)) ? (s.ws[b + 1] ?? '') : '';
		if (quoted.length > 3 || quoted.some((w) => THINGS.has(w)) || THINGS.has(after)) continue;
		const before = s.ws.slice(Math.max(0, a - 3), a);
		// Quoted after a verb of saying or naming, it is a mention ('one profile says "software engineer"').
		// 'call it "expert"' names a thing; 'call yourself a "senior"' still mocks.
		const naming = ['it', 'this', 'that', 'them'].includes(before.at(-1) ?? '')
			? before.at(-2)
			: before.at(-1);
		if (MENTIONING.has(naming ?? '')) continue;
		const titled = ['mr', 'mrs', 'ms', 'sir'].includes(before.at(-1) ?? '');
		// The phrase's head carries it: 'your "quick fix"' praises, 'the "best way" to go' does not.
		const praised = PRAISE.has(quoted.at(-1) ?? '');
		const aimed =
			s.ws.slice(Math.max(0, a - 4), b + 3).some((w) => READER.has(w)) ||
			(before.includes('thanks') && before.includes('for')) ||
			(before.includes('keep') && before.includes('up')) ||
			QUOTE_OPENERS.has(before.at(-1) ?? '') ||
			(quoted.some((w) => ROLES.has(w)) && PERSON_VERBS.has(after));
		if (titled || (praised && aimed)) found.push(...inside.map((k) => s.first + k));
	}
	return found.filter((i) => tokens[i] !== undefined);
}
