/**
 * Surface clean-up for the offline fixer: case matching, de-shouting, a/an agreement and punctuation/spacing
 * repair after words were removed. Pure string functions.
 */
import { ACRONYMS, DROP_WORDS, HARSH_MODIFIERS, INSULT_ADJECTIVES, INSULT_NOUNS, SOFTEN } from './lexicon.ts';

/** Keeps the capitalisation shape of `original` on `replacement` (Title or lower). */
export function matchCase(original: string, replacement: string): string {
	return /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** A rewrite rule: a pattern and its replacement (a string with `$1`… for the groups, or a function of them). */
export type Rule = [RegExp, string | ((...groups: string[]) => string)];

/**
 * Applies `rules` in order. Each replacement keeps the capitalisation of what it replaced (`matchCase`), read off
 * the match's first character or, with `skipLeadingSpace`, its first one after any white space the pattern took.
 */
export function applyRules(text: string, rules: readonly Rule[], skipLeadingSpace = false): string {
	let out = text;
	for (const [pattern, replacement] of rules)
		out = out.replace(pattern, (...args) => {
			const whole = args[0] as string;
			const groups = args.slice(1, -2).map((g) => (g ?? '') as string);
			const next =
				typeof replacement === 'string'
					? replacement.replace(/\$(\d)/g, (_m, i: string) => groups[Number(i) - 1] ?? '')
					: replacement(...groups);
			return matchCase(skipLeadingSpace ? whole.trimStart() : whole, next);
		});
	return out;
}

/** Everyday words people shout on their own ("This is BROKEN", "I said NO"), beside the fixer's lexicon. */
const SHOUTED_WORDS = new Set(
	[
		...'not never always still ever again really please stop why what how this that all every nobody anyone no yes broken works read fix now'.split(
			' ',
		),
		...DROP_WORDS,
		...INSULT_NOUNS,
		...INSULT_ADJECTIVES,
		...HARSH_MODIFIERS,
		...Object.keys(SOFTEN),
	].map((w) => w.toLowerCase()),
);
/** An all-caps word next to another one: part of a shouted run ("WHY IS THIS BROKEN"). */
const IN_CAPS_RUN = /\b[A-Z][A-Z'’]+\b(?=[\s,]+[A-Z][A-Z'’]+\b)|(?<=\b[A-Z][A-Z'’]+[\s,]+)\b[A-Z][A-Z'’]+\b/g;

/**
 * Lower-cases shouted words (all-caps, ≥ 2 letters, not a known acronym) when the draft is clearly shouting. A
 * lone all-caps word is lowered only when it is an everyday word: "fails with ERESOLVE" or "OpenSSL 1.1.1 is EOL"
 * names an error code or a term, which the user's point needs verbatim.
 */
export function deShout(text: string): string {
	const caps = /\b[A-Z][A-Z'’]+\b/g;
	const bare = (word: string) => word.replace(/[’']S$/, '');
	const shouted = [...text.matchAll(caps)].filter((m) => !ACRONYMS.has(bare(m[0])));
	const isShouting = shouted.length >= 2 || shouted.some((m) => m[0].length >= 5);
	if (!isShouting) return text;
	const inRun = new Set([...text.matchAll(IN_CAPS_RUN)].map((m) => m.index));
	return text.replace(caps, (word, at: number) =>
		ACRONYMS.has(bare(word)) || !(inRun.has(at) || SHOUTED_WORDS.has(bare(word).toLowerCase()))
			? word
			: word.toLowerCase(),
	);
}

/** Words the fixer writes in; "a"/"an" before them is re-agreed ("a stupid idea" → "an unwise idea"). */
const INSERTED = new Set(
	[...Object.values(SOFTEN).flatMap((e) => [e.plain, e.copula ?? '']), 'person', 'people']
		.map((w) => w.split(' ')[0]?.toLowerCase() ?? '')
		.filter(Boolean),
);
export function agreeArticles(text: string): string {
	return text.replace(/\b([Aa]n?)(\s+)([\p{L}]+)/gu, (whole, article: string, gap: string, word: string) => {
		// Any "a" + vowel (not u-, which is often /ju:/) is fixed; "an" only before words we wrote in.
		const an = /^[aeiou]/i.test(word);
		if (!INSERTED.has(word.toLowerCase()) && !(an && !/^u/i.test(word) && article.length === 1)) return whole;
		return `${matchCase(article, an ? 'an' : 'a')}${gap}${word}`;
	});
}

/**
 * Fixes spacing, punctuation and sentence capitals after words were removed. `original` is the draft the fix
 * started from (with the same placeholders): its own layout is not "repaired". The card applies the whole draft,
 * so "Hi team," over a blank line, a list's "Steps:", a sign-off's "Thanks," and an indented line must come back
 * as the user wrote them. Repairs stay within a line: a paragraph break, or a line starting with ".env", is never
 * joined to the line before.
 */
export function tidy(text: string, calmPunctuation: boolean, original = ''): string {
	const ownLines = new Set(original.split('\n').map((line) => line.trimEnd()));
	const ownLineEnds = new Set([...ownLines].map((line) => line.trim()).filter((line) => /[,;:]$/.test(line)));
	// A mark the user wrote standing alone between words ("Use ? instead of unwrap", Rust's `?`) is theirs, not a
	// gap left by a dropped word: keyed by its neighbours, so the same words around it keep the space.
	const ownLoneMarks = new Set(
		[...original.matchAll(/(\S+)[ \t]+([,.;:!?])(?=[ \t]+(\S+))/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`),
	);
	const ownWords = new Set(original.split(/\s+/).filter((word) => /\w[,;:][,.;:!?]+\w/.test(word)));
	// A word the user wrote starting with a dot ("./empty.toml", ".env", "../src", ".\\build.ps1") is a path or a
	// file name, not a full stop a dropped word left: the space before it stays.
	// Compared without the marks after it ("./dist," in the draft, "./dist." in the fix).
	const bare = (word: string) => word.replace(/[,.;:!?]+$/, '');
	const ownDotWords = new Set(
		original
			.split(/\s+/)
			.filter((word) => /^\.+[^\s.,;:!?]/.test(word))
			.map(bare),
	);
	const dotWordIsOwn = (all: string, at: number) =>
		ownDotWords.has(bare(/^\.+\S*/.exec(all.slice(at))?.[0] ?? ''));
	const wordAround = (all: string, at: number, length: number) =>
		(/\S*$/.exec(all.slice(0, at))?.[0] ?? '') +
		all.slice(at, at + length) +
		(/^\S*/.exec(all.slice(at + length))?.[0] ?? '');
	const loneMarkIsOwn = (all: string, at: number, length: number, mark: string) => {
		const before = /(\S+)$/.exec(all.slice(0, at))?.[1];
		const after = /^[ \t]+(\S+)/.exec(all.slice(at + length))?.[1];
		return Boolean(before && after && ownLoneMarks.has(`${before} ${mark} ${after}`));
	};
	let out = text
		.replace(/[!?](?:[ \t]*[!?])+/g, (run) => (run.includes('?') ? '?' : '!'))
		// Leading stray punctuation, but not the dot of a word (".env", ".5 s") or a path ("./run.sh", "../src").
		.replace(/^(?:\s|[,;:!?]|\.(?![\p{L}\d_/\\]|\.+[/\\]))+/u, '')
		.replace(/([!?])[ \t]*\.(?!\.)/g, '$1')
		// ". ." or ".." left where a dropped word ended a sentence; never an ellipsis or a number range (1..5).
		.replace(/(?<![.\d])\.[ \t]*\.(?![.\d/\\])/g, '.')
		// A line left ending in a comma or colon ends its sentence, unless it is the draft's own line ending that
		// way above more text ("Hi team," "Steps:" "Thanks,"); the draft's last line always ends as a sentence.
		.replace(/[,;:][ \t]*$/gm, (mark, at: number, all: string) => {
			const line = all.slice(all.lastIndexOf('\n', at) + 1, at + 1).trim();
			const more = /\S/.test(all.slice(at + mark.length));
			// "You broke `x`:" above the code block it introduces keeps its colon when the sentence was reworded.
			const block = all.slice(at + mark.length).match(/^\s*\n\s*(\uE000\d+\uE001)/)?.[1];
			const introduces = block !== undefined && original.includes(`:\n\n${block}`);
			return more && (ownLineEnds.has(line) || (mark.trim() === ':' && introduces)) ? mark : '.';
		})
		.replace(/[ \t]+([,.;:!?])/g, (gap, mark: string, at: number, all: string) =>
			loneMarkIsOwn(all, at, gap.length, mark) || (mark === '.' && dotWordIsOwn(all, at + gap.length - 1))
				? gap
				: mark,
		)
		// A doubled mark a dropped word left ("fine, , thanks"), never one inside a word the user wrote as it is
		// typed: a Rust/C++ path ("ConfigError::Empty", "std::io") or a "host:port," is code, kept as written.
		.replace(/([,;:])[ \t]*([,.;:!?])/g, (run, _first: string, second: string, at: number, all: string) =>
			ownWords.has(wordAround(all, at, run.length)) ? run : second,
		)
		.replace(/(^|[.!?]\s+|\n)[,;:][ \t]*/g, '$1')
		.replace(/(?<=\S)[ \t]{2,}/g, ' ')
		// Indentation (a nested list item, an indented code line) stays where the line is the user's own.
		.replace(/^[ \t]+(.*)$/gm, (line, rest: string) => (ownLines.has(line.trimEnd()) ? line : rest))
		.replace(/[ \t]+$/gm, '');
	if (calmPunctuation) out = out.replace(/!(?=\s|$)/g, '.');
	// A sentence start gets its capital, in the lines the fix changed; a numbered list's "1. run it" is not one
	// (its number may be a placeholder), nor is an identifier written as it must be typed ("p99", "useEffect",
	// "config.yaml", "read_body"), nor a word after a mark standing alone ("Use ? instead").
	const capitalise = (line: string) =>
		line.replace(
			/(^\s*|(?<!^[ \t]*(?:\d{1,3}|\uE000\d+\uE001)|\s)[.!?]\s+)([a-z])(?!\w*(?:[\d_A-Z]|\.\w|\(\)))/gu,
			(_m, lead: string, c: string) => lead + c.toUpperCase(),
		);
	out = out
		.split('\n')
		.map((line) => (ownLines.has(line.trimEnd()) ? line : capitalise(line)))
		.join('\n');
	return out.replace(/\bi\b(?=['’\s,.!?]|$)/g, 'I').trim();
}

const OPINION_OPENERS =
	/^(?:I|I['’]\w+|We|My|Our|In my|Thanks?|Thank you|Please|Hi|Hello|Hey|Yes|No|Ok|Okay|Sure|Sorry|Lol|Well|Oh|Maybe|Perhaps|Why|What|How|Who|When|Where|Which|Is|Are|Do|Does|Can|Could|Would|Should|Will)\b/;
/**
 * Sentence starts after which "I think" reads as broken English ("I think but who…", "I think because he…") or
 * frames what is no claim (a greeting, an interjection, a conditional, an imperative).
 */
const NOT_A_CLAIM_START =
	/^(?:and|but|or|so|because|since|except|if|unless|when|whenever|while|although|though|as|nevertheless|however|nah|yeah|yes|no|wow|jeez|geez|ugh|hey|dude|man|please|let['’]?s?|don['’]?t|do|stop|go|look|just|never|better|speaking|to|with|for|like|than|then|there|here|sadly|anyway|also|plus|btw|o|<)\b/i;
const CLAIM_VERB =
	/^(?:[^\s,;:]+\s+){1,5}?(?:is|are|was|were|will|would|should|can|could|has|have|does|do|must)\b/i;

/** The openers of opinion framing: `hedge` writes "I think", the `argument` arms also "In my opinion,". */
export type OpinionOpener = 'I think' | 'In my opinion,';

/**
 * Frames a first sentence that is a plain claim ("Uniforms are a waste.") as the author's opinion ("I think
 * uniforms are a waste."): the "Missing Openness" fix of the paper's guidelines (template 'neutral' on a flagged
 * draft, and the offline `argument` arms). Questions, greetings, imperatives, sentences already in the first
 * person and sentences that start with a conjunction or an interjection are left alone.
 */
export function hedge(text: string, opener: OpinionOpener = 'I think'): string {
	const first = /^[^.!?\n]*[.!?]?/.exec(text)?.[0] ?? '';
	if (!/^[A-Z]/.test(first) || first.endsWith('?') || first.includes('\uE000')) return text;
	if (OPINION_OPENERS.test(first) || NOT_A_CLAIM_START.test(first)) return text;
	if (!CLAIM_VERB.test(first) || first.split(/\s+/).length < 4) return text;
	// An acronym keeps its capitals ("API returns…"); any other first word is lowered ("These PRs…" → "these PRs…").
	const lead = /^[A-Z][a-z’']/.test(first) ? first.charAt(0).toLowerCase() : first.charAt(0);
	return `${opener} ${lead}${first.slice(1)}${text.slice(first.length)}`;
}

/** The neutral statements fallbackStatement writes when nothing but the attack was left. */
export const FALLBACK_STATEMENTS = [
	"I don't follow the reasoning here.",
	"I'm frustrated with this.",
] as const;

/**
 * What to say when every word of the draft was an attack: `reframe` (the disagreement, about whoever the draft
 * attacked: fixer-reframe.ts reframeAttack) or a neutral statement of the concern (a question like "are you
 * stupid?" asks about reasoning), followed by any protected token the draft held.
 */
export function fallbackStatement(original: string, work: string, reframe?: string): string {
	if (/[\p{L}]/u.test(work.replace(/\uE000\d+\uE001/g, ''))) return work;
	const tokens = work.match(/\uE000\d+\uE001/g) ?? [];
	const question = /\?\s*$/.test(original.trim()) || /^\s*(?:are|r)\s+(?:you|u)\b/i.test(original);
	const statement = reframe ?? FALLBACK_STATEMENTS[question ? 0 : 1];
	return [statement, ...tokens].join(' ');
}

/** Words that carry no content on their own: a candidate made only of these ("It!", "And") says nothing. */
const FUNCTION_WORDS = new Set(
	(
		'a an the and but or nor so yet because since if then it its this that these those i me my you your he him ' +
		'his she her we us our they them their is are was were be am to of in on at by for with from up out not'
	).split(' '),
);
/** A determiner or possessive must be followed by its noun; "gives a, just…" or "kiss my." lost it. */
// Not before a dotfile or a dotted name ("the .env file", "the .gitignore"): a stop glued to a word is no end.
const DANGLING_DETERMINER = /\b(?:a|an|the|my|your|our|their|every|each)\s*(?:[.!?,;:](?![\p{L}\d_])|$)/iu;

/**
 * Whether a rewrite is a fragment that must not be offered: it starts with stray punctuation or a conjunction
 * with nothing after it, lost every content word, or left a determiner without its noun.
 */
export function isFragment(text: string): boolean {
	const trimmed = text.trim();
	// Not a dash or a quote mark: a list item or a quotation may start with one.
	if (/^['’,;:)\]]/u.test(trimmed)) return true;
	// "Yet, we…" and "So, …" are sentence adverbs; only a conjunction that ends the sentence dangles.
	if (/^(?:and|but|or|nor|so|yet|because)\s*(?:[.!?]|$)/iu.test(trimmed)) return true;
	const words = (trimmed.match(/[\p{L}'’]+/gu) ?? []).map((w) => w.toLowerCase());
	if (words.every((w) => FUNCTION_WORDS.has(w))) return true;
	return DANGLING_DETERMINER.test(trimmed);
}
