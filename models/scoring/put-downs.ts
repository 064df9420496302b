/**
 * Dismissals and put-downs aimed at a person, found by their frame, for drafts the toxic head reads as civil.
 * They carry no insult noun, so neither the head nor insult-at-others.ts sees them (session 8: "Get lost." 0.06,
 * "Who let you in here?" 0.03, "Typical junior, thinks he knows everything." 0.01, "I'll get you fired" missed).
 * A frame below gives the draft a floor at the sentence rule's level (SEGMENT_FLOOR), underlined on the frame's
 * words, as threats.ts does for threats:
 * - dismissals told to the reader: "get lost", "shut up", "go back to your country", "do us all a favour and
 *   quit", "learn to read", "who invited you", "nobody asked you", "you don't belong here";
 * - put-downs of the reader's competence: "you have no idea what you're doing", "are you even a developer",
 *   "you're a failure", "you'll never be a real programmer", "what a loser";
 * - condescension: "let me explain this slowly for you", "I'll use small words", "so even you can follow";
 * - identity-based put-downs: "typical woman", "of course a boomer wrote this";
 * - career threats: "I'll get you fired", "you'll never work in this industry again";
 * - sexual remarks about a person: "slept your way into this job".
 * The same surface words in developer talk never count: a thing or the writer as the object ("shut up the
 * linter", "nobody asked for this feature", "I'll get fired if prod breaks"), a frame that goes on with a noun
 * ("learn to read stack traces", "get lost in the docs", "go away for the weekend"), or a non-imperative use
 * ("it's easy to get lost").
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, sentenceRanges } from './sentences.ts';

const words = (s: string) => new Set(s.split(' '));

/** Named word sets a pattern refers to as `@name`. */
const SETS: Record<string, Set<string>> = {
	you: words("you you're youre u"),
	// "you're" or "you are": what a put-down is predicated of.
	youAre: words("you're youre"),
	dont: words("don't dont"),
	filler: words(
		'a an such complete total totally absolute utter kind sort of just really so pretty truly honestly clearly obviously seriously literally',
	),
	adverb: words('clearly obviously really honestly simply just literally seriously still even'),
	role: words('developer dev programmer engineer coder maintainer contributor'),
	leave: words('quit leave stop uninstall go retire disappear unsubscribe resign delete'),
	intent: words("i'll i'm i'd ima we'll let's"),
	fired: words('fired banned sacked kicked blocked'),
	// Groups "typical X" and "of course a X" put down; roles ("typical junior mistake") are left out.
	identity: words(
		'woman women girl girls female females boomer boomers millennial millennials zoomer zoomers indian ' +
			'indians chinese russian russians foreigner foreigners immigrant immigrants muslim muslims jew jews ' +
			'mexican mexicans gay gays',
	),
	person: words('man guy person woman girl boy kid dude loser'),
	putDown: words(
		'pathetic trash garbage failure disgrace joke loser embarrassment worthless hopeless useless',
	),
};

/**
 * Frames as word patterns: `a|b` alternatives, `@set` a word of SETS, a trailing `?` an optional word, a
 * leading `^` the start of a clause (an imperative), a trailing `$` the end of a clause.
 */
const PATTERNS: readonly string[] = [
	// Dismissals: imperatives ending their clause ("Get lost.", not "get lost in the docs").
	'^ get lost $',
	'^ go away $',
	"^ go away and never|dont|don't come back",
	'^ piss|bugger|buzz|sod off $',
	'^ shut up $',
	'^ shut up and|already|you',
	'sit down and shut up',
	'shut your mouth|trap|face|piehole',
	'keep your mouth shut',
	'^ get out of here',
	'^ get a real? life|job $',
	'^ grow up $',
	'^ quit $',
	'^ give up $',
	'crawl back under|into your|a|the rock|hole|cave|basement',
	'go|going back to your own? country|countries',
	'go back to where @you came from',
	'^ go cry',
	'cry to your mommy|mom|mum|mama',
	'^ do us|everyone|everybody|the all? world? a favour|favor and @leave',
	'^ learn to read|code|program|spell $',
	'^ learn to read|code|program|spell before|first|and|then|already',
	"^ stop wasting everyone's|everybody's|my|our|people's time",
	"@you keep|are wasting everyone's|everybody's|my|our|people's time",
	'embarrassing yourself',
	// The reader is not wanted: "nobody asked you", "who invited you", "you don't belong here".
	'nobody|noone asked|cares|care|wants|likes|needs|invited|wanted @you',
	'no one asked|cares|care|wants|likes|needs|invited|wanted @you',
	'nobody|noone asked|cares|care|wants|likes|needs|invited|wanted for|about|what your|you',
	'no one asked|cares|care|wants|likes|needs|invited|wanted for|about|what your|you',
	'who even asked|invited|let|wanted you',
	'who asked|invited|wanted you $',
	'who let you in',
	'who do you think you are',
	'why are you even|still here',
	'@you @dont belong in this|the? community|industry|field|profession',
	'@you do not belong in this|the? community|industry|field|profession',
	'@you @dont belong here $',
	'@you do not belong here $',
	"your opinion|opinions|input|vote don't|doesn't|doesnt matter|count",
	'your opinion|opinions|input|vote does|do not matter|count',
	// The reader's competence: "you clearly have no idea what you're doing", "are you even a developer".
	"@you @adverb? have|got no idea|clue what you're|youre doing|talking",
	'@you @adverb? have|got no idea|clue what you are doing|talking',
	"@you @adverb? don't|dont know what you're|youre doing|talking",
	"@you @adverb? don't|dont know what you are doing|talking",
	"@you @adverb? do not know what you're|youre doing|talking",
	'@you @adverb? @dont know the first thing',
	'@you @adverb? do not know the first thing',
	'are you even a|an',
	'do|did you even know|read|understand|test|try|look|code|go|check|run|think',
	'can you not|even read $',
	"can't|cant you read $",
	'even your first language',
	'did your mom|mommy|mother|mum write|do|help',
	'@youAre way? in? way? over your head',
	'you are way? in? way? over your head',
	'never|not be? a real @role',
	'^ what a loser|losers $',
	'this|that|you|what a loser|losers $',
	'waste of space|oxygen|air',
	'@youAre @filler? @filler? @filler? @putDown',
	'you are|were @filler? @filler? @filler? @putDown',
	'@youAre @filler? waste of',
	'you are|were @filler? waste of',
	'pathetic|worthless|useless|hopeless|miserable little? @person',
	// Condescension: "let me explain this slowly for you", "so even you can follow".
	'slowly for you',
	'use|using small|smaller words',
	'dumb|dumbed it|this down for you',
	'so even you can|could',
	'bless your heart',
	// Identity-based put-downs: "typical woman", "of course a boomer wrote this".
	'typical @identity',
	'^ typical junior|newbie|noob|intern $',
	'of course a|the @identity',
	// Career threats: "I'll get you fired", "you'll never work in this industry again".
	'@intent going? to? get|have you @fired',
	'i will get|have you @fired',
	'@intent make sure you never',
	'@intent make sure you get|are @fired',
	'report you to your boss|manager|employer',
	'never work in this|the industry|field|town again',
	// Sexual remarks about a person.
	'slept|sleep|sleeping your|her|his way',
	'send me nudes',
];

/** One position of a pattern: the words it accepts (or a set) and whether it may be skipped. */
interface Slot {
	accepts: (w: string) => boolean;
	optional: boolean;
}
interface Pattern {
	clauseStart: boolean;
	clauseEnd: boolean;
	slots: Slot[];
}

function compile(source: string): Pattern {
	const parts = source.split(' ');
	const clauseStart = parts[0] === '^';
	const clauseEnd = parts[parts.length - 1] === '$';
	const slots = parts
		.filter((p) => p !== '^' && p !== '$')
		.map((p) => {
			const optional = p.endsWith('?');
			const alternatives = (optional ? p.slice(0, -1) : p).split('|');
			const accepts = (w: string) =>
				alternatives.some((a) => (a.startsWith('@') ? (SETS[a.slice(1)]?.has(w) ?? false) : a === w));
			return { accepts, optional };
		});
	return { clauseStart, clauseEnd, slots };
}

const COMPILED = PATTERNS.map(compile);

/** Words that may open an imperative ("just get lost", "maybe learn to read", "go learn to read"). */
const OPENERS = words('just go please pls plz and so now then honestly seriously maybe oh');
/** Punctuation that ends a clause ("Get lost, nobody …", "Seriously: shut up."). */
const CLAUSE_BREAK = /[,;:.!?()\-–—]/;

/** Whether only a clause break (or the sentence's end) follows the word at `i`. */
function clauseEndsAfter(toks: readonly Token[], masked: string, to: number, i: number): boolean {
	const here = toks[i] as Token;
	const next = toks[i + 1];
	return CLAUSE_BREAK.test(masked.slice(here.end, next ? next.start : to)) || next === undefined;
}

/** Whether word `i` opens a clause: the sentence's first word or after a clause break, openers aside. */
function clauseStartsAt(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	let k = i;
	while (k > 0 && OPENERS.has(ws[k - 1] ?? '')) k--;
	if (k === 0) return true;
	return CLAUSE_BREAK.test(masked.slice((toks[k - 1] as Token).end, (toks[k] as Token).start));
}

/** The end (exclusive) of `pattern` matched from slot `s` at word `i`, or -1; optional slots tried both ways. */
function matchFrom(p: Pattern, s: number, ws: string[], i: number, endsAt: (k: number) => boolean): number {
	if (s === p.slots.length) return !p.clauseEnd || (i > 0 && endsAt(i - 1)) ? i : -1;
	const slot = p.slots[s] as Slot;
	if (i < ws.length && slot.accepts(ws[i] ?? '')) {
		const end = matchFrom(p, s + 1, ws, i + 1, endsAt);
		if (end >= 0) return end;
	}
	return slot.optional ? matchFrom(p, s + 1, ws, i, endsAt) : -1;
}

/** Indices (into tokens) of the words of every dismissal or put-down frame aimed at a person in the draft. */
export function putDownWords({ masked, tokens }: Tokenized): number[] {
	const found: number[] = [];
	let t = 0;
	for (const [, to] of sentenceRanges(masked)) {
		const first = t;
		while (t < tokens.length && (tokens[t] as Token).start < to) t++;
		const toks = tokens.slice(first, t);
		const ws = toks.map((k) => k.word);
		const endsAt = (k: number) => clauseEndsAfter(toks, masked, to, k);
		for (let i = 0; i < ws.length; i++) {
			let end = -1;
			for (const p of COMPILED) {
				if (p.clauseStart && !clauseStartsAt(ws, toks, masked, i)) continue;
				end = Math.max(end, matchFrom(p, 0, ws, i, endsAt));
			}
			if (end <= i) continue;
			for (let k = i; k < end; k++) found.push(first + k);
			i = end - 1;
		}
	}
	return found;
}

/**
 * Gives a draft with a dismissal or put-down aimed at a person a toxic floor at SEGMENT_FLOOR, underlined on
 * the frame's words; a draft the models already score that high keeps its own score and underlines. Call
 * after the sentence pass (it starts from the draft's `toxic`).
 */
export function applyPutDowns(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	// A frame only mentioned in quotes is aimed at no one (quoted-mention.ts).
	const found = putDownWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
