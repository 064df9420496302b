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
import { perTokenized, type Token, type Tokenized } from '../features/featurize.ts';
import { ATTACKS13_KEYS, ATTACKS13_PATTERNS, ATTACKS13_SETS } from './attacks13-frames.ts';
import { GROUP_PATTERNS, MISSES7_PATTERNS, MISSES7_SETS, MISSES7_THREATS } from './misses7-frames.ts';
import { MISSES8_KEYS, MISSES8_PATTERNS, MISSES8_SETS } from './misses8-frames.ts';
import { MISSES9_KEYS, MISSES9_MARKS, MISSES9_PATTERNS, MISSES9_SETS } from './misses9-frames.ts';
import { MISSES27_KEYS, MISSES27_PATTERNS, MISSES27_SETS } from './misses27-frames.ts';
import { SETS as FRAME_SETS, PATTERNS } from './put-down-frames.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, wordSentences } from './sentences.ts';
import { friendlyAfter } from './threats5-frames.ts';
import { VEILED_PATTERNS, VEILED_SETS, VEILED_THREATS } from './veiled-frames.ts';

const words = (s: string) => new Set(s.split(' '));
/** The named word sets of both pattern lists. */
const SETS: Record<string, Set<string>> = {
	...FRAME_SETS,
	...VEILED_SETS,
	...MISSES7_SETS,
	...MISSES8_SETS,
	...MISSES9_SETS,
	...ATTACKS13_SETS,
	...MISSES27_SETS,
};

/** One position of a pattern: the words it accepts (sets expanded) and whether it may be skipped. */
interface Slot {
	accepts: Set<string>;
	optional: boolean;
	/** `*`: any one word (misses8-frames.ts). */
	any: boolean;
	/** `!a|b`: the next word (if any) is none of `accepts`; consumes nothing (misses8-frames.ts). */
	not: boolean;
}
interface Pattern {
	clauseStart: boolean;
	unlessConditional: boolean;
	/** Only after a "me" earlier in the draft ("Go on, ban me. See what happens next."; misses7-frames.ts). */
	afterMe: boolean;
	/** Not when the writer takes the task on ("How hard can it be? Famous last words, I'll try"; misses8-frames.ts). */
	unlessSelfTaken: boolean;
	/** A group-exclusion frame: not in speech the writer reports without taking it up (misses8). */
	reportable: boolean;
	/**
	 * A misses8 or misses9 frame: tried only on a draft with one of its list's keys (MISSES8_KEYS, MISSES9_KEYS;
	 * each frame needs one of them).
	 */
	keys?: ReadonlySet<string>;
	/** The words such a frame is underlined on when it holds any (MISSES8_KEYS, MISSES9_MARKS); else the whole frame. */
	marks?: ReadonlySet<string>;
	/** Not in a draft that thanks or praises ("Wait, are you serious? That's amazing, thank you!"; misses9). */
	unlessPraise: boolean;
	/** A veiled threat: not when a friendly purpose or advice follows it in the sentence (session 19). */
	threat: boolean;
	clauseEnd: boolean;
	/** `-@set` (attacks13-frames.ts, session 27): not in a sentence that holds a word of the set anywhere. */
	unlessInSentence?: ReadonlySet<string>;
	slots: Slot[];
}
/** The veiled threats among the frames (veiled-frames.ts, misses7-frames.ts). */
const THREATS = new Set([...VEILED_THREATS, ...MISSES7_THREATS]);

/**
 * A keyed list of frames: the words one of them needs (none: tried on every draft), and the words its matches are
 * underlined on.
 */
interface Keyed {
	keys?: ReadonlySet<string>;
	marks: ReadonlySet<string>;
}

/** The markers a pattern may open with. */
const LEADING = new Set(['^', '~', '&', '%', '+']);

function compile(source: string, reportable: boolean, keyed: Keyed | undefined): Pattern {
	const all = source.split(' ');
	// `-@set` parts (anywhere) name words that cancel the frame in its sentence; the rest are slots and markers.
	const guards = all.filter((p) => p.startsWith('-@'));
	const parts = all.filter((p) => !p.startsWith('-@'));
	// Leading markers may combine ("^ ~ go back to …"); a lone one is the older lists' form.
	let lead = 0;
	while (lead < parts.length && LEADING.has(parts[lead] ?? '')) lead++;
	const leading = new Set(parts.slice(0, lead));
	const clauseStart = leading.has('^');
	const unlessConditional = leading.has('~');
	const afterMe = leading.has('&');
	const unlessSelfTaken = leading.has('%');
	const unlessPraise = leading.has('+');
	const clauseEnd = parts[parts.length - 1] === '$';
	const unlessInSentence =
		guards.length > 0 ? new Set(guards.flatMap((g) => [...(SETS[g.slice(2)] ?? [])])) : undefined;
	const slots = parts
		.filter((p) => p !== '^' && p !== '$' && p !== '~' && p !== '&' && p !== '%' && p !== '+')
		.map((p) => {
			const optional = p.endsWith('?');
			const not = p.startsWith('!');
			const body = (optional ? p.slice(0, -1) : p).slice(not ? 1 : 0);
			const any = body === '*';
			const alternatives = any ? [] : body.split('|');
			const accepts = new Set(
				alternatives.flatMap((a) => (a.startsWith('@') ? [...(SETS[a.slice(1)] ?? [])] : [a])),
			);
			return { accepts, optional, any, not };
		});
	return {
		clauseStart,
		unlessConditional,
		afterMe,
		unlessSelfTaken,
		unlessPraise,
		threat: THREATS.has(source),
		reportable,
		keys: keyed?.keys,
		marks: keyed?.marks,
		clauseEnd,
		unlessInSentence,
		slots,
	};
}

/**
 * The patterns by the words they may start with, so each word of a draft tries only the few that can match
 * there (trying all of them at every word cost ~2 ms per 1,000 characters). No pattern starts optional.
 */
function byFirstWord(
	sources: readonly string[],
	reportable = new Set<string>(),
	keyed = new Map<string, Keyed>(),
): Map<string, Pattern[]> {
	const index = new Map<string, Pattern[]>();
	for (const pattern of sources.map((s) => compile(s, reportable.has(s), keyed.get(s))))
		for (const w of pattern.slots[0]?.accepts ?? []) index.set(w, [...(index.get(w) ?? []), pattern]);
	return index;
}
/**
 * The group-exclusion frames of misses7-frames.ts that a put-down frame does not share ("go back to your country"
 * is both, and counts as said to the reader whoever reports it).
 */
const REPORTABLE = new Set(GROUP_PATTERNS.filter((p) => !PATTERNS.includes(p)));
const MISSES8: Keyed = { keys: MISSES8_KEYS, marks: MISSES8_KEYS };
const MISSES9: Keyed = { keys: MISSES9_KEYS, marks: MISSES9_MARKS };
/** attacks13's frames name no label to underline: a match is underlined whole (no mark among its words). */
const ATTACKS13: Keyed = { keys: ATTACKS13_KEYS, marks: new Set() };
/** misses27's superlative put-downs are underlined whole too ("stupidest patch I have ever seen"). */
const MISSES27: Keyed = { keys: MISSES27_KEYS, marks: new Set() };
/**
 * Session 27 (misses27): base frames underlined on what a reader blames, not on their glue. "You clearly have no
 * idea what you are doing. Did you even run the tests" underlined "clearly", "idea", "doing", "Did", "even", "run"
 * and the card said "Mostly because of clearly, idea, doing, Did": the competence put-down is underlined on "no
 * idea what you are doing" (one phrase: decide.ts joins a frame's adjacent words), the "did you even" sneer on
 * "even", not on the auxiliary and the verb it asks about. Session 30 (civil30b): the "did you even" sneer is
 * underlined whole again ("Did you even run", one phrase now that decide.ts joins adjacent culprits and drops the
 * function words at its edges: "Do you even test" → "even test"); "even" alone did not say what was sneered at.
 */
const NOT_KNOWING: Keyed = {
	marks: new Set(
		"no idea clue don't dont do not know what you're youre you are doing talking the first thing".split(' '),
	),
};
const PHRASE_MARKS = new Map<string, Keyed>([
	...PATTERNS.filter((p) => p.startsWith('@you @adverb? ')).map((p): [string, Keyed] => [p, NOT_KNOWING]),
]);
const BY_FIRST_WORD = byFirstWord(
	[
		...PATTERNS,
		...VEILED_PATTERNS,
		...MISSES7_PATTERNS,
		...GROUP_PATTERNS,
		...MISSES8_PATTERNS,
		...MISSES9_PATTERNS,
		...ATTACKS13_PATTERNS,
		...MISSES27_PATTERNS,
	],
	REPORTABLE,
	new Map([
		...PHRASE_MARKS,
		...MISSES8_PATTERNS.map((p): [string, Keyed] => [p, MISSES8]),
		...MISSES9_PATTERNS.map((p): [string, Keyed] => [p, MISSES9]),
		...ATTACKS13_PATTERNS.map((p): [string, Keyed] => [p, ATTACKS13]),
		...MISSES27_PATTERNS.map((p): [string, Keyed] => [p, MISSES27]),
	]),
);
/** The frames that exclude a group of people for who they are (misses7-frames.ts): the card names a group. */
const GROUP_BY_FIRST_WORD = byFirstWord(GROUP_PATTERNS, REPORTABLE);

/** Words that may open an imperative ("just get lost", "maybe learn to read", "go learn to read"). */
const OPENERS = words('just go please pls plz and so now then honestly seriously maybe oh');

/**
 * Whether `masked` between `from` and `to` holds punctuation that ends a clause ("Get lost, nobody …", "Seriously:
 * shut up."): `/[,;:.!?()\-–—]/` tested on the slice, without the slice and the regex call (session 20).
 */
export function hasClauseBreak(masked: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const c = masked.charCodeAt(k);
		// , ; : . ! ? ( ) - – —
		if (
			c === 44 ||
			c === 59 ||
			c === 58 ||
			c === 46 ||
			c === 33 ||
			c === 63 ||
			c === 40 ||
			c === 41 ||
			c === 45 ||
			c === 0x2013 ||
			c === 0x2014
		)
			return true;
	}
	return false;
}

/** Whether only a clause break (or the sentence's end) follows the word at `i`. */
function clauseEndsAfter(toks: readonly Token[], masked: string, to: number, i: number): boolean {
	const here = toks[i] as Token;
	const next = toks[i + 1];
	return hasClauseBreak(masked, here.end, next ? next.start : to) || next === undefined;
}

/** Whether word `i` opens a clause: the sentence's first word or after a clause break, openers aside. */
function clauseStartsAt(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	let k = i;
	while (k > 0 && OPENERS.has(ws[k - 1] ?? '')) k--;
	if (k === 0) return true;
	return hasClauseBreak(masked, (toks[k - 1] as Token).end, (toks[k] as Token).start);
}

/** The end (exclusive) of `pattern` matched from slot `s` at word `i`, or -1; optional slots tried both ways. */
function matchFrom(p: Pattern, s: number, ws: string[], i: number, endsAt: (k: number) => boolean): number {
	if (s === p.slots.length) return !p.clauseEnd || (i > 0 && endsAt(i - 1)) ? i : -1;
	const slot = p.slots[s] as Slot;
	if (slot.not) return slot.accepts.has(ws[i] ?? '') ? -1 : matchFrom(p, s + 1, ws, i, endsAt);
	if (i < ws.length && (slot.any || slot.accepts.has(ws[i] ?? ''))) {
		const end = matchFrom(p, s + 1, ws, i + 1, endsAt);
		if (end >= 0) return end;
	}
	return slot.optional ? matchFrom(p, s + 1, ws, i, endsAt) : -1;
}

/** `f`, called at most once. */
function once(f: () => boolean): () => boolean {
	let value: boolean | undefined;
	return () => {
		value ??= f();
		return value;
	};
}
/** Verbs that report what someone else said or wrote (session 16, misses8). */
const REPORTING = words(
	'said says told tells claimed claims wrote writes posted posts tweeted commented argued argues insisted ' +
		'insists announced declared replied shouted yelled messaged',
);
/** Who, just before a reporting verb, makes it the writer's own saying ("I said it before: …"), or an agreeing "like/as". */
const OWN_SAYING = words("i we i've we've i'd i'll like as always");
/**
 * Whether the frame at word `i` of a sentence is someone else's saying reported by the writer: a reporting verb
 * earlier in the sentence whose subject is not the writer ("My friend said there's no place for women here";
 * not "I said it before: …", "Like my dad always says, …").
 */
function reportedAt(ws: string[], i: number): boolean {
	for (let k = 1; k < i; k++) {
		if (ws[k - 1] === 'like' || ws[k - 1] === 'as' || ws[0] === 'like' || ws[0] === 'as') return false;
		if (REPORTING.has(ws[k] ?? '') && !OWN_SAYING.has(ws[k - 1] ?? '')) return true;
	}
	return false;
}
/** The writer takes a reported saying up ("…, and he's right", "and I agree", "Spot on."). */
const ENDORSES_REPORT =
	/\b(?:(?:he|she|they|he's|she's|they're|is|are)\s+(?:\w+\s+)?(?:right|correct)|i\s+(?:\w+\s+)?agree|spot on|so true|exactly right|said it better|not wrong)\b/i;
const endorsesReport = (masked: string) => ENDORSES_REPORT.test(masked.replace(/[‘’]/g, "'"));
/** The writer takes the task on ("I'll try", "let me", "famous last words"): "how hard can it be" is not a jab. */
const SELF_TAKEN = words("i'll ill i'm let famous");
const WILL = words('will can could might');
const takesOn = (tokens: readonly Token[]) =>
	tokens.some((k, i) => SELF_TAKEN.has(k.word) || (k.word === 'i' && WILL.has(tokens[i + 1]?.word ?? '')));
/** Thanks or praise in the draft: "are you serious?" is delight there, not a sneer (misses9). */
const PRAISE = words(
	'thank thanks thx ty amazing awesome wonderful fantastic brilliant incredible love loving congrats ' +
		'congratulations kudos neat cool perfect stellar superb',
);
const praises = (tokens: readonly Token[]) => tokens.some((k) => PRAISE.has(k.word));

/** Indices (into tokens) of the words of every dismissal or put-down frame aimed at a person in the draft. */
export const putDownWords = perTokenized((tokenized: Tokenized) => frameWords(tokenized, BY_FIRST_WORD));

/** Indices (into tokens) of the words of every frame that excludes a group of people ("Black people don't belong"). */
export function groupWords(tokenized: Tokenized): number[] {
	return frameWords(tokenized, GROUP_BY_FIRST_WORD);
}

/** A word no pattern starts with (shared: a fresh empty array per word was most of this pass's garbage). */
const NO_PATTERNS: readonly Pattern[] = [];

function frameWords(tokenized: Tokenized, index: Map<string, Pattern[]>): number[] {
	const { masked, tokens } = tokenized;
	const found: number[] = [];
	const firstMe = tokens.findIndex((k) => k.word === 'me');
	// The misses8, misses9 and attacks13 frames each need a word of their list's keys: most drafts have none and
	// skip them.
	const keyed8 = tokens.some((k) => MISSES8_KEYS.has(k.word));
	const keyed9 = tokens.some((k) => MISSES9_KEYS.has(k.word));
	// Looked for only once an attacks13 frame's first word is found ("who", "or", "you" start most of them).
	const keyed13 = once(() => tokens.some((k) => ATTACKS13_KEYS.has(k.word)));
	const keyed27 = once(() => tokens.some((k) => MISSES27_KEYS.has(k.word)));
	const hasKeys = (keys: ReadonlySet<string>) =>
		keys === MISSES8_KEYS
			? keyed8
			: keys === MISSES9_KEYS
				? keyed9
				: keys === MISSES27_KEYS
					? keyed27()
					: keyed13();
	// Looked at only when a pattern that needs them matches its first word (most drafts never do).
	const selfTaken = once(() => takesOn(tokens));
	const endorsed = once(() => endorsesReport(masked));
	const praised = once(() => praises(tokens));
	for (const { ws, toks, first, to } of wordSentences(tokenized)) {
		const endsAt = (k: number) => clauseEndsAfter(toks, masked, to, k);
		const firstIf = ws.indexOf('if');
		for (let i = 0; i < ws.length; i++) {
			let end = -1;
			// The words the longest match is underlined on when it is a keyed frame's (misses8/9).
			let marks: ReadonlySet<string> | undefined;
			const patterns = index.get(ws[i] ?? '') ?? NO_PATTERNS;
			// Indexed, not for-of: this runs at every word, and the iterator was allocated at each (session 24).
			for (let n = 0; n < patterns.length; n++) {
				const p = patterns[n] as Pattern;
				// Every check here is pure: the cheap ones first, the clause start only once the words match
				// (session 20: it sliced the draft and ran a regex for most words).
				if (p.unlessConditional && firstIf >= 0 && firstIf < i) continue;
				if (p.afterMe && (firstMe < 0 || firstMe >= first + i)) continue;
				if (p.keys && !hasKeys(p.keys)) continue;
				const at = matchFrom(p, 0, ws, i, endsAt);
				if (at <= i) continue;
				if (p.clauseStart && !clauseStartsAt(ws, toks, masked, i)) continue;
				// The draft-wide checks only once a pattern has matched (most never do).
				if (p.unlessSelfTaken && selfTaken()) continue;
				if (p.reportable && reportedAt(ws, i) && !endorsed()) continue;
				if (p.unlessPraise && praised()) continue;
				const guard = p.unlessInSentence;
				if (guard && ws.some((w) => guard.has(w))) continue;
				// "I know where you work, we met at the conference!", "…, so please turn on two-factor auth".
				if (p.threat && friendlyAfter(ws, at)) continue;
				if (at > end) marks = p.marks;
				end = Math.max(end, at);
			}
			if (end <= i) continue;
			// A misses8 frame is underlined on its key words ("joke", "garbage", "hard", "even bother"), a misses9
			// frame on its label ("buffoon", "pathetic excuse"), not on the reader's work it names ("Your test suite
			// is a joke": spans-culprits marks "joke").
			const keys = marks ? ws.slice(i, end).filter((w) => marks?.has(w)).length : 0;
			for (let k = i; k < end; k++) if (keys === 0 || marks?.has(ws[k] ?? '')) found.push(first + k);
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
