/**
 * The words a flagged draft is rude with, for the underline (session 14, spans2). The toxic head's underline
 * comes from its per-word contributions, or, when a rule's floor lifted the draft, from that rule's frame; both
 * missed the word a reader would point at (tests/corpora/spans-culprits.txt, scripts/check-spans.ts):
 * - a floor's frame replaced everything else: "You clearly have no idea what you are doing, this is garbage
 *   code." underlined the put-down's "clearly/idea/doing" and not "garbage";
 * - a draft the models already score ≥ SEGMENT_FLOOR kept the contributions even where a rule names the
 *   culprit exactly ("Oh sure, because you obviously know better than everyone …" underlined "because",
 *   "everyone", "years");
 * - an insult word inside a quote, or in the writer's own "I made a stupid mistake", was underlined when the
 *   draft also insults the reader.
 * So, once the toxic head fires, the rules' frames (insults, put-downs, threats, sarcasm, endorsed quotes) and
 * the loaded words of a sentence that names the reader are culprits: always underlined, and in their sentence
 * they stand in for the weaker contribution words (decide.ts). Quoted insults and self-insults are excused:
 * never underlined. Scores and flags do not change: this only chooses words.
 */

import type { Token, Tokenized } from '../features/featurize.ts';
import { calmAttackWords } from './calm-attacks.ts';
import { forOnceWords } from './for-once.ts';
import { INSULT_ADJECTIVES, INSULT_NOUNS, insultsAtOthers, PERSON_ADJECTIVES } from './insult-at-others.ts';
import { selfFrame } from './insult-target.ts';
import { mockComparisonWords } from './mock-comparisons.ts';
import { paraphraseAttackWords } from './paraphrase-attacks.ts';
import { groupWords, putDownWords } from './put-downs.ts';
import { endorsedQuoteWords, QUOTED } from './quoted-mention.ts';
import { replyVerdictWords } from './reply-verdicts.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';
import { wordSentences } from './sentences.ts';
import { stayingContrastWords } from './staying-contrast.ts';
import { talksDownWords } from './talks-down.ts';
import { threatWords } from './threats.ts';
import { CONTEMPT } from './work-insults.ts';

const words = (s: string) => new Set(s.split(' '));

/** Profanity and slurs that insult whoever they are said to (after camouflage is undone: "f*cking", "a$$hole"). */
const PROFANITY = words(
	'fuck fucking fucked fuckin fucker fuckers motherfucker motherfuckers shit shitty bullshit crap crappy ' +
		'asshole assholes arsehole ass arse bastard bastards twat twats wanker wankers dickhead dickheads dick ' +
		'prick pricks jerk jerks goddamn damn bitch bitches cunt dipshit douche douchebag scumbag slob hell ' +
		'stoopid retard retarded',
);
/** Words that name the reader: a loaded word in their sentence is said to them. */
const READER = words("you you're youre your yours yourself yourselves u ur ya you've youve you'd you'll");
/** A negation just before a loaded word takes it back ("not garbage", "you aren't stupid"). */
const NEGATIONS = words(
	"not no never isn't aren't wasn't weren't don't doesn't didn't hardly nothing n't nobody",
);
/** Words just before a quote that make it said of the reader ('you're "an idiot"', 'I'd call you "a clown"'). */
const READER_IS = words("you're youre ur yourself");
/** Verbs that predicate a quote of a "you" just before them ('you are "…"', 'you look like "…"'). */
const PREDICATING = words('are were re look looks sound act seem like be');

/** Whether the words just before a quote aim it at the reader (as quoted-mention.ts reads them). */
function quoteAtReader(before: string[]): boolean {
	if (before.at(-1) === 'you' || before.some((w) => READER_IS.has(w))) return true;
	const you = before.indexOf('you');
	return you >= 0 && PREDICATING.has(before[you + 1] ?? '');
}
/** The writer's own slips ("I made a stupid mistake", "I asked a dumb question"): an insult word before one. */
const SLIPS = words(
	'mistake mistakes typo typos error errors question questions oversight move blunder slip',
);

/** Whether a word is loaded on its own: an insult, contempt, a person-insult adjective or profanity. */
export function loaded(w: string): boolean {
	return (
		INSULT_NOUNS.has(w) ||
		INSULT_ADJECTIVES.has(w) ||
		CONTEMPT.has(w) ||
		PROFANITY.has(w) ||
		PERSON_ADJECTIVES.has(w)
	);
}

/** Whether the token sits inside an identifier, path or compound ("junk_filter", "idiot-proof"). */
function embedded(masked: string, token: Token): boolean {
	return (
		/[\w=/\\@#$<>_-]/.test(masked[token.start - 1] ?? ' ') || /[\w=/\\@#$<>_-]/.test(masked[token.end] ?? ' ')
	);
}

/**
 * Whether the loaded word at `i` of a sentence that names the reader is said to them: not negated, not part of
 * an identifier, and, for a person adjective with civil uses ("lazy loading", "useless variable", "sloppy
 * matching"), closing its clause ("Are you stupid or just lazy?").
 */
function saidToReader(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	const w = ws[i] ?? '';
	if (embedded(masked, toks[i] as Token)) return false;
	if (ws.slice(Math.max(0, i - 3), i).some((x) => NEGATIONS.has(x))) return false;
	if (selfFrame(ws, i)) return false;
	const strong =
		INSULT_NOUNS.has(w) ||
		INSULT_ADJECTIVES.has(w) ||
		PROFANITY.has(w) ||
		(CONTEMPT.has(w) && !PERSON_ADJECTIVES.has(w));
	if (strong) return true;
	const next = toks[i + 1];
	return next === undefined || /[,.;:!?]/.test(masked.slice((toks[i] as Token).end, next.start));
}

/** Whether the loaded word at `i` calls the writer's own slip stupid: "I made a stupid mistake". */
function ownSlip(ws: string[], i: number): boolean {
	if (!SLIPS.has(ws[i + 1] ?? '')) return false;
	return ws.slice(Math.max(0, i - 4), i).some((w) => w === 'i' || w === "i've" || w === 'my');
}

/** Culprit and excused token indices of a draft (see the module comment). */
export interface CulpritWords {
	culprits: ReadonlySet<number>;
	excused: ReadonlySet<number>;
	/** The draft excludes a group of people for who they are (put-downs.ts `groupWords`): the card says so. */
	aboutGroup: boolean;
}

/** The draft's culprit words (always underlined) and excused words (never), as indices into its tokens. */
export function culpritWords(tokenized: Tokenized): CulpritWords {
	const { masked, tokens } = tokenized;
	const culprits = new Set<number>([
		...insultsAtOthers(tokenized),
		...putDownWords(tokenized),
		...threatWords(tokenized),
		...sarcasmAtOthers(tokenized),
		...endorsedQuoteWords(tokenized),
		...replyVerdictWords(tokenized),
		...stayingContrastWords(tokenized),
		...calmAttackWords(tokenized),
		...talksDownWords(tokenized),
		// An order to the reader "for once" (session 30, civil30b): "Think for once."
		...forOnceWords(tokenized),
		// A mocking comparison and an author's put-down (session 30, edges30): "…, a toaster?".
		...mockComparisonWords(tokenized),
		// Where the sarcasm pass reads the draft, its words are the underline (the act, not the thing: "broke",
		// not "prod"); paraphrase-attacks.ts defers to it the same way.
		...(sarcasmAtOthers(tokenized).length > 0 ? [] : paraphraseAttackWords(tokenized)),
	]);
	const excused = new Set<number>();
	const group = groupWords(tokenized);
	for (const i of group) culprits.add(i);
	// Loaded words inside a double-quoted stretch not aimed at the reader are mentioned, not used.
	for (const m of masked.matchAll(QUOTED)) {
		const from = (m.index ?? 0) + 1;
		const to = (m.index ?? 0) + m[0].length - 1;
		const inside = tokens.flatMap((t, i) => (t.start >= from && t.end <= to ? [i] : []));
		const first = inside[0];
		if (first === undefined) continue;
		const before = tokens.slice(Math.max(0, first - 3), first).map((t) => t.word);
		if (quoteAtReader(before)) continue;
		for (const i of inside) if (loaded((tokens[i] as Token).word)) excused.add(i);
	}
	for (const { ws, toks, first } of wordSentences(tokenized)) {
		const toReader = ws.some((w) => READER.has(w));
		// In a sentence that excludes a group, the exclusion is the reason, not a "damn it" beside it (session 15).
		const excludes = group.some((g) => g >= first && g < first + toks.length);
		for (let i = 0; i < ws.length; i++) {
			if (!loaded(ws[i] ?? '')) continue;
			// The writer's own ("I made a stupid mistake", "silly me"): never the reason.
			if (selfFrame(ws, i) || ownSlip(ws, i)) excused.add(first + i);
			else if (toReader && !excused.has(first + i) && saidToReader(ws, toks, masked, i))
				culprits.add(first + i);
			else if (excludes && !culprits.has(first + i)) excused.add(first + i);
		}
	}
	for (const i of excused) culprits.delete(i);
	return { culprits, excused, aboutGroup: group.length > 0 };
}
