/**
 * A word the writer only mentions inside double quotes insults no one (issue 2: quoting an error message, a UI
 * string, a flag name or an issue title is mentioning, not using). The toxic head is a bag of n-grams, so
 * 'The error message says "stupid input" and we should reword it.' reads as toxic as the insult itself. When
 * the draft's only insult words sit inside short double-quoted spans ("…", “…”), the draft is scored again with
 * those spans blanked (offsets kept) and each head keeps the lower of the two scores, as self-insult.ts does;
 * the quoted words are never underlined nor floored by insult-at-others.ts. Reported speech ('He called me
 * "an idiot" in the review.') is the writer reporting, so it is excused too.
 *
 * Not excused: an insult word anywhere outside the quotes ('Great "review", moron.'), scare quotes with no
 * insult inside ('You are a real "expert".': no span qualifies, the models' score stands), a quote aimed at
 * the reader ('you are "a total idiot"', 'I'd call you "a clown"') and a quote that is most of the draft.
 *
 * Session 22 (civil9): a swear word named in quotes as a topic ('The word "fuck" was in the dictionary for
 * centuries', 'the subtitles replaced every "shit" with "shoot"') is a mention too: a quote of at most
 * MAX_NAMED_SWEAR_WORDS words holding a swear word (SWEAR) is blanked like a quoted insult, but only when the
 * writer's own words name no reader at all (not even "if you …") and swear at nothing themselves
 * ('Fuck you and your word games about "fuck"', 'Say "shit" again and I'll make you eat it' keep their score).
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on. The extra model run is spent only on drafts with a quoted insult word.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import { hasInsult } from './insult-target.ts';
import { loadedWords, type MentionSpan, mentionSpans } from './mention-spans.ts';
import type { OrtModels } from './ort-models.ts';
import { DESCRIBES_PERSON, endorsedOutputWords } from './output-endorse.ts';
import { scoreProbabilities } from './probability-pass.ts';
import type { ScoreEntry } from './score-entry.ts';
import { lowerScores } from './self-insult.ts';
import { SEGMENT_FLOOR } from './sentences.ts';
import { threatWords } from './threats.ts';

/**
 * A double-quoted span on one line, straight or curly quotes, that opens before a word and closes after one
 * (a closing quote followed by text, as in CSV-escaped or unbalanced quotes, opens nothing).
 */
export const QUOTED =
	/(?<![\p{L}\d"])"([^"\s](?:[^"\n]{0,118}[^"\s])?)"|“([^”\s](?:[^”\n]{0,118}[^”\s])?)”/gu;
/** The most words a mention may have: a message, a label, a title; a longer quote is the writer's own text. */
const MAX_QUOTED_WORDS = 8;
/** The fewest words the draft must say outside its mentions (a draft that is only a quote is not mentioning). */
const MIN_OUTSIDE_WORDS = 3;
/** The reader: named just after a naming verb, a quoted insult is a name for them ('I'd call you "a clown"'). */
const AT_READER = new Set(['you', "you're", 'youre', 'your', 'u', 'ur', 'yourself']);
/** Words that make the reader the subject of what follows: 'you're "an idiot"', 'you are "a clown"'. */
const READER_IS = new Set(["you're", 'youre', 'ur', 'yourself']);
/** Verbs that predicate what follows of a "you" just before them ('you are', 'you look like'). */
const PREDICATING = new Set(['are', 'were', 're', 'look', 'looks', 'sound', 'act', 'seem', 'like', 'be']);
/** Words before a "you" that make it anyone ("when you run it", "if you mistype it"). */
const GENERIC = new Set(['when', 'whenever', 'if', 'once', 'until', 'unless', 'after', 'before']);
/** Verbs of naming ("name" is left out: "the legacy name"). */
const CALLING = new Set(['call', 'calls', 'calling', 'called']);
/**
 * Swear words a quote may name as a topic (session 22): the camouflage list's swear words (its insults and
 * violent words are handled as insults and threats) and common regional ones.
 */
const SWEAR = new Set([
	...CAMOUFLAGE_LEXICON.filter(
		(w) => !['kill', 'die', 'hate', 'suck', 'sucks', 'trash', 'garbage'].includes(w),
	),
	...'shite dammit goddamn goddammit damned bloody bollocks bugger arse arsehole wanker tosser feck frick'.split(
		' ',
	),
]);
/**
 * Words just before a quoted swear word that predicate it of someone ('He is a "bastard"', 'such a "dick"'):
 * then the quote is a name for a person, not a word named as a topic (lead, session 22).
 */
const NAMES_A_PERSON = new Set([
	'a',
	'an',
	'is',
	'are',
	'was',
	'were',
	'be',
	'being',
	'been',
	"he's",
	"she's",
	"they're",
	"it's",
	'such',
	'real',
	'total',
	'complete',
	'absolute',
	'utter',
	'proper',
	'him',
	'her',
	'them',
	'us',
	'me',
]);
/** The most words a quote naming a swear word may have: the word, or the word and its article. */
const MAX_NAMED_SWEAR_WORDS = 2;
/** Any form of the reader: a draft naming one keeps its quoted swear word's score. */
const ANY_READER = new Set([
	"you're",
	'youre',
	'your',
	'yours',
	'yourself',
	'yourselves',
	'you',
	'u',
	'ur',
	"you've",
	"you'd",
	"you'll",
	'ya',
]);
/** How many words before a quote may aim it at the reader. */
const AIM_WINDOW = 3;
/** The most words an unquoted message or log line may have (mention-spans.ts); a longer one is prose. */
const MAX_MESSAGE_WORDS = 16;
/**
 * Words that take a quote up as the writer's own (session 13): agreeing with it ("he's right", "I agree",
 * "couldn't have said it better", "spot on") or saying it of someone ("fits you", "describes you", "about you").
 */
const ENDORSING = [
	/\b(?:he|she|they|it)(?:'s| is| are|'re) (?:so |absolutely |totally |completely |dead )?(?:right|correct)\s*(?:[.,!?;]|$)/,
	/\bi (?:fully |totally |completely |100% )?agree(?: with (?:it|him|her|them|that|this|every word))?\s*(?:[.,!?;]|$)/,
	/\bcould(?:n't|nt| not) have said it better\b/,
	/\b(?:spot on|so true)\b/,
	/\b(?:fits|describes|suits|sums up|matches) (?:you|him|her|them)\b/,
	/\b(?:about you|that's you)\b/,
	// Session 14 (civil3), taking a program's message up: "… and I couldn't agree more", "…, which is what you
	// are", "…, and it's accurate", "… and honestly so should you", "…, and you do", "a fair description of".
	/\bcould(?:n't|nt| not) agree more\b/,
	/\bwhich is (?:exactly )?(?:what|who) (?:you|he|she|they) (?:are|is|were)\b/,
	/\bwhich is exactly who\b/,
	/\b(?:it's|its|it is|that's|thats|which is) (?:so |pretty |very )?(?:accurate|fitting|fair|true|deserved)\b/,
	/,\s*(?:fitting|accurate|fair enough)\s*(?:[.!]|$)/,
	/\bso (?:should|can|could|do|are|will) you\b/,
	/\band (?:you|he|she|they) (?:do|are|is|did)\s*(?:[.,!?;]|$)/,
	// Session 16 (misses8): "a fair description of the bug / of this check / of what it does" describes a thing,
	// not a person (civil4-output-endorse: "The installer says stupid user when …, a fair description of the bug
	// would be a missing check." still warned); "of the reviewer" and "of his work" still take it up.
	/\b(?:fair|accurate) description\b(?!\s+(?:of|for)\s+(?:the|this|that|what|its|a|an)\b)/,
	DESCRIBES_PERSON,
	/\b(?:talking|talks) (?:to|about) you\b/,
	// Session 15 (civil4): not when the writer says not to ("please don't take it personally").
	/(?<!\b(?:don't|dont|do not|not|nobody|no one|never|shouldn't|won't|doesn't|didn't)\s+(?:[\w']+\s+)?)\btake (?:it|that) personally\b/,
];
/** Whether the writer's own words (the draft with its quotes blanked) take a quote up as their own. */
const endorses = (own: string) => {
	const text = own.toLowerCase().replace(/[‘’]/g, "'");
	return ENDORSING.some((e) => e.test(text));
};

/** Whether the words just before a quote make it said of the reader ('you are "a total idiot"', 'you "idiot"'). */
function aimedAtReader(before: string[]): boolean {
	if (before.at(-1) === 'you' || before.some((w) => READER_IS.has(w))) return true;
	const you = before.indexOf('you');
	return you >= 0 && PREDICATING.has(before[you + 1] ?? '');
}

/**
 * The draft with its quoted insult mentions blanked (characters replaced by spaces, so offsets stay) and the
 * indices of the tokens taken out; undefined when it has none, or when anything says the quote is an attack.
 */
export function withoutQuotedMentions(
	tokenized: Tokenized,
): { rest: Tokenized; dropped: Set<number> } | undefined {
	const { masked, tokens } = tokenized;
	// Most drafts have no quote, label, log line or identifier, and most of the rest nothing loaded in them.
	const quoted = masked.includes('"') || masked.includes('“');
	const unquoted = mentionSpans(masked);
	if (!quoted && unquoted.length === 0) return undefined;
	const insult = hasInsult(tokens);
	const swearing = quoted && tokens.some((t) => SWEAR.has(t.word.toLowerCase()));
	if (!insult && !swearing && !loadedWords(tokens, 'identifier')) return undefined;
	// A quoted threat is mentioned too ('The error is "I'm going to kill you" from their test double').
	const threats = new Set(threatWords(tokenized));
	const spans: { from: number; to: number; kind: MentionSpan['kind'] | 'quote' }[] = [];
	if (quoted)
		for (const m of masked.matchAll(QUOTED))
			spans.push({ from: (m.index ?? 0) + 1, to: (m.index ?? 0) + m[0].length - 1, kind: 'quote' });
	spans.push(...unquoted);
	const dropped = new Set<number>();
	let output = false;
	let namedSwear = false;
	for (const { from, to, kind } of spans) {
		const inside: number[] = [];
		tokens.forEach((t, i) => {
			if (t.start >= from && t.end <= to) inside.push(i);
		});
		if (inside.length === 0 || inside.length > (kind === 'quote' ? MAX_QUOTED_WORDS : MAX_MESSAGE_WORDS))
			continue;
		const words = inside.map((i) => tokens[i] as Token);
		const named =
			kind === 'quote' &&
			inside.length <= MAX_NAMED_SWEAR_WORDS &&
			words.some((t) => SWEAR.has(t.word.toLowerCase())) &&
			!NAMES_A_PERSON.has((tokens[(inside[0] as number) - 1]?.word ?? '').toLowerCase());
		const loaded =
			named ||
			hasInsult(words) ||
			inside.some((i) => threats.has(i)) ||
			(kind !== 'quote' && loadedWords(words, kind));
		if (!loaded) continue;
		if (named) namedSwear = true;
		const first = inside[0] as number;
		const before = tokens.slice(Math.max(0, first - AIM_WINDOW), first).map((t) => t.word);
		if (aimedAtReader(before)) return undefined;
		for (const i of inside) dropped.add(i);
		if (kind === 'output') output = true;
	}
	if (dropped.size === 0) return undefined;
	const outside = tokens.filter((_t, i) => !dropped.has(i));
	// An insult outside the quotes is used, whatever the quotes hold; so is a quote named as the reader's name.
	if (outside.length < MIN_OUTSIDE_WORDS || hasInsult(outside)) return undefined;
	const words = outside.map((t) => t.word);
	// A named swear word is a topic only in a draft that speaks to no one and swears at nothing itself.
	if (namedSwear && words.some((w) => ANY_READER.has(w.toLowerCase()) || SWEAR.has(w.toLowerCase())))
		return undefined;
	// A program's message with the reader named in the writer's own words is turned on them ("…, which is what
	// you are", "… and so can you"); "when you …" and "if you …" are anyone (session 14, civil3).
	if (output && words.some((w, i) => AT_READER.has(w) && !GENERIC.has(words[i - 1] ?? ''))) return undefined;
	if (words.some((w, i) => CALLING.has(w) && words.slice(i + 1, i + 3).some((v) => AT_READER.has(v))))
		return undefined;
	const parts: string[] = [];
	let at = 0;
	for (const i of [...dropped].sort((a, b) => a - b)) {
		const t = tokens[i] as Token;
		parts.push(masked.slice(at, t.start), ' '.repeat(t.end - t.start));
		at = t.end;
	}
	parts.push(masked.slice(at));
	const rest = parts.join('');
	// A quote the writer agrees with is the writer's own ('He said "you are an idiot" and he's right').
	if (endorses(rest)) return undefined;
	return { rest: { masked: rest, tokens: outside }, dropped };
}

/** Lowers a draft's cache entry to its score without its quoted insult mentions, where it has any. */
export class QuotedMentionPass {
	constructor(private readonly models: OrtModels) {}

	/**
	 * Call after the self-insult pass and before the sentence pass; returns what the sentence pass should
	 * score (the draft with its mentions blanked, or the draft as it was).
	 */
	async apply(entry: ScoreEntry, tokenized: Tokenized): Promise<Tokenized> {
		const without = withoutQuotedMentions(tokenized);
		if (!without) return tokenized;
		const { entry: rest } = await scoreProbabilities(this.models, entry.text, without.rest);
		const lower = lowerScores(entry, rest);
		if (lower.dimensions.Inappropriateness < entry.dimensions.Inappropriateness) {
			if (rest.inappropriateFromToxic) entry.inappropriateFromToxic = true;
			else delete entry.inappropriateFromToxic;
		}
		// The self-insult pass may have kept the models' own dimensions already: never overwrite them.
		entry.wholeDimensions ??= entry.dimensions;
		entry.toxic = lower.toxic;
		entry.dimensions = lower.dimensions;
		entry.mentionedWords = without.dropped;
		return without.rest;
	}
}

/**
 * The insult words of double-quoted spans the writer takes up as their own ('Quote from the reviewer: "this
 * author is incompetent". Couldn't have said it better.', 'The assert says "you moron" and it was written about
 * you.'): quoting lets the models read the insult as a mention, and endorsing it makes it the writer's. Empty
 * when the draft has no quoted insult or does not endorse it.
 */
export function endorsedQuoteWords({ masked, tokens }: Tokenized): number[] {
	if (!masked.includes('"') && !masked.includes('“')) return [];
	const found: number[] = [];
	let own = masked;
	for (const m of masked.matchAll(QUOTED)) {
		const from = (m.index ?? 0) + 1;
		const to = (m.index ?? 0) + m[0].length - 1;
		own = own.slice(0, from) + ' '.repeat(to - from) + own.slice(to);
		const inside: number[] = [];
		tokens.forEach((t, i) => {
			if (t.start >= from && t.end <= to) inside.push(i);
		});
		if (inside.length === 0 || inside.length > MAX_QUOTED_WORDS) continue;
		const words = inside.map((i) => tokens[i] as Token);
		if (hasInsult(words)) found.push(...inside.filter((i) => hasInsult([tokens[i] as Token])));
	}
	return found.length > 0 && endorses(own) ? found : [];
}

/**
 * Gives a draft that endorses a quoted insult the sentence rule's floor (SEGMENT_FLOOR), underlined on the
 * quoted insult words, as insult-at-others.ts does for an insult said outright. Call after the sentence pass.
 */
export function applyEndorsedQuotes(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	// A program's unquoted message turned on a person gets the same floor (output-endorse.ts, session 15).
	const quoted = endorsedQuoteWords(tokenized);
	const found = quoted.length > 0 ? quoted : endorsedOutputWords(tokenized);
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
