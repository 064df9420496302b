/**
 * The offline fixer's learned step: words and short phrases that people delete or replace when they make a rude
 * sentence civil, learned from ParaDetox (toxic sentence → human neutral rewrites) by learn-lexicon.ts and
 * shipped as models/rewrite-lexicon.json. A rule may depend on the word before or after the phrase ("the shit"
 * → "the thing", "shit day" → "bad day"). Applying it is a left-to-right scan, longest phrase first; protected
 * placeholders (\uE000n\uE001) are barriers that are never matched, joined or moved.
 */

/** A learned rewrite: `from` (lower-case words, space-separated) becomes `to` ('' deletes it). */
export interface LexiconRule {
	from: string;
	to: string;
	/** The word that must come right before `from` (left) or right after it (right), lower case. */
	left?: string;
	right?: string;
}

/** The shipped table (models/rewrite-lexicon.json). */
export interface LearnedLexicon {
	version: number;
	/** Rules as [from, to] or [from, to, left, right] ('' = no context), most specific first at lookup. */
	rules: [string, string, string?, string?][];
}

/** Longest phrase a rule may hold, in words. */
export const MAX_PHRASE = 3;

/** A word of the text (or a protected placeholder) and where it sits. */
interface WordToken {
	start: number;
	end: number;
	/** Lower case, curly apostrophe straightened; '' for a placeholder. */
	key: string;
}

const WORD = /\uE000\d+\uE001|[\p{L}\p{N}_*]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}_*]+)*/gu;

/** The lookup key of a word: lower case, straight apostrophes. */
export function wordKey(word: string): string {
	return word.toLowerCase().replace(/’/g, "'");
}

function wordTokens(text: string): WordToken[] {
	return [...text.matchAll(WORD)].map((m) => ({
		start: m.index ?? 0,
		end: (m.index ?? 0) + m[0].length,
		key: m[0].startsWith('\uE000') ? '' : wordKey(m[0]),
	}));
}

/** The replacements of one phrase: without context, and by the word before (left) or after (right) it. */
interface PhraseRules {
	free?: string;
	left: Map<string, string>;
	right: Map<string, string>;
}

/** Rules indexed for the scan. */
export interface CompiledLexicon {
	byPhrase: Map<string, PhraseRules>;
}

/** Indexes a table once (the fixer keeps the compiled form). */
export function compileLexicon(table: LearnedLexicon): CompiledLexicon {
	const byPhrase: CompiledLexicon['byPhrase'] = new Map();
	for (const [from, to, left, right] of table.rules) {
		const entry: PhraseRules = byPhrase.get(from) ?? { left: new Map(), right: new Map() };
		if (left) entry.left.set(left, to);
		else if (right) entry.right.set(right, to);
		else entry.free = to;
		byPhrase.set(from, entry);
	}
	return { byPhrase };
}

/** Words that cannot start what a word before them asks for: a deletion right before one leaves a gap. */
const FUNCTION_WORDS = new Set(
	(
		'who whom which that and or but nor is are was were be am to of in on at for with as by from than then so ' +
		'because if when while i you he she it we they do does did have has had can could will would should may ' +
		'might must out up off about into me him her us them'
	).split(' '),
);

/**
 * A deletion that would leave broken English is not made: the word stays for the hand-written rules (which
 * soften "pathetic" to "disappointing", "jerk" to "person") or the candidate is rejected as still rude. When a
 * word comes right before it and the clause ends or a function word follows, the deleted word was what that
 * word asked for: a noun ("the jackasses you see" → "the you see", "perfect suckers for" → "perfect for"), a
 * complement ("This is pathetic." → "This is."), an object ("kick his butt!" → "kick his!"), a verb ("don't piss
 * me off" → "don't me off").
 */
function deletionBreaksSentence(before: string | undefined, after: string | undefined): boolean {
	if (before === undefined) return false;
	if (after === undefined) return true;
	// "this shit is broken" → "this is broken": a demonstrative before a verb stands on its own.
	if ((before === 'this' || before === 'that') && (after === 'is' || after === 'was')) return false;
	// Before a function word the deleted word was a noun or complement ("perfect suckers for" → "perfect for").
	return FUNCTION_WORDS.has(after);
}

function matchCase(original: string, replacement: string): string {
	return /^[A-Z]/.test(original) && replacement
		? replacement.charAt(0).toUpperCase() + replacement.slice(1)
		: replacement;
}

/**
 * Whether the words at [start, end) are part of something bigger than prose: a path or file name
 * ("src/shit/crap.ts", "foo.crap"), a quote or parenthesis they open ("'Bullshit,' she said"). Changing them
 * would corrupt what the user wrote, so they are left alone. Sentence punctuation after them is fine.
 */
function glued(text: string, start: number, end: number): boolean {
	const before = text[start - 1];
	if (before !== undefined && !/\s/u.test(before)) return true;
	const after = text.slice(end, end + 2);
	return after !== '' && !/^(\s|[,.;:!?)\]}'"’”…](?![\p{L}\p{N}_]))/u.test(after);
}

/** "a"/"an" ending the text kept before a deletion (a whole word, not the end of "Ana"). */
const ARTICLE_AT_END = /(?<![\p{L}\p{N}_'’])an?$/iu;

/**
 * The article a deletion leaves before `next` ("an asshole move" → "a move", "a shitty excuse" → "an excuse").
 * Before u- or a number the sound is not in the spelling ("a user", "an update"): kept as written; h- is "a"
 * but for the few silent ones ("an hour"), and "one", "once", eu- start with a consonant sound ("a one-liner").
 */
function agreeArticle(article: string, next: string): string {
	if (/^(one\b|once|eu|[b-df-hj-np-tv-z])/.test(next) && !/^(hour|honest|honou?r|heir)/.test(next))
		return matchCase(article, 'a');
	if (/^([aeio]|hour|honest|honou?r|heir)/.test(next)) return matchCase(article, 'an');
	return article;
}

/**
 * Applies the learned rules to `text`. Words of a phrase must be separated by spaces only; the context words
 * are read from the original text (a deletion never creates a new context). Deletions take the space before
 * the phrase with them; punctuation is left for the fixer's tidy step.
 */
export function applyLearnedLexicon(text: string, lexicon: CompiledLexicon): string {
	const tokens = wordTokens(text);
	const joined = (i: number) => /^[ \t]+$/.test(text.slice(tokens[i]?.end, tokens[i + 1]?.start));
	let out = '';
	let copied = 0;
	for (let i = 0; i < tokens.length; ) {
		let applied = false;
		for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1 && !applied; n--) {
			const span = tokens.slice(i, i + n);
			if (span.some((t) => !t.key) || span.slice(0, -1).some((_t, k) => !joined(i + k))) continue;
			if (glued(text, span[0]?.start ?? 0, span[n - 1]?.end ?? 0)) continue;
			const entry = lexicon.byPhrase.get(span.map((t) => t.key).join(' '));
			if (!entry) continue;
			const before = i > 0 && joined(i - 1) ? tokens[i - 1]?.key : undefined;
			const after = joined(i + n - 1) ? tokens[i + n]?.key : undefined;
			const to =
				(before === undefined ? undefined : entry.left.get(before)) ??
				(after === undefined ? undefined : entry.right.get(after)) ??
				entry.free;
			if (to === undefined || (to === '' && deletionBreaksSentence(before, after))) continue;
			const first = span[0] as WordToken;
			const last = span[n - 1] as WordToken;
			let start = first.start;
			if (!to) {
				// Take one side's spaces with the phrase so "a fucking idea" becomes "a idea", not "a  idea".
				const gap = /[ \t]+$/.exec(text.slice(copied, start));
				start = gap ? start - gap[0].length : start;
			}
			let kept = text.slice(copied, start);
			const next = joined(i + n - 1) ? tokens[i + n]?.key : undefined;
			if (!to && next) kept = kept.replace(ARTICLE_AT_END, (article) => agreeArticle(article, next));
			out += kept + matchCase(text.slice(first.start, last.end), to);
			copied = last.end;
			i += n;
			applied = true;
		}
		if (!applied) i++;
	}
	return out + text.slice(copied);
}
