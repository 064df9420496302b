/**
 * Sarcasm aimed at someone, found by its frame, for drafts the toxic head reads as civil: the head is a bag of
 * n-grams and mocking is made of polite words ('Thanks for the "help", genius.' scored 0.13, 'You are a real
 * "expert".' 0.43). Mocking is uncivil (GitHub incivility's Mocking and Irony), so a draft with one of these
 * frames gets the sentence rule's floor (SEGMENT_FLOOR), underlined on the words that make it mocking:
 * - a mock form of address: "genius", "Einstein", "Sherlock", "hotshot", "sweetheart" set off by commas
 *   ('Nice going, Einstein, …'); the friendlier "champ", "buddy", "pal", "hero", "professor" only in a draft
 *   that also blames the reader or says it is sarcastic ('Nice going, buddy, you just leaked the keys');
 * - praise or a role in scare quotes said of the reader ('your "refactor"', 'you're a real "expert"',
 *   'Thanks for the "help"', 'our resident "architect" strikes again');
 * - set phrases of mock thanks ("thanks for nothing", "bless your heart", "captain obvious", "real smooth",
 *   "slow clap", "must be nice to … without …") and a trailing "/s" in a draft aimed at someone;
 * - praise that opens a sentence with the reader's failure after it ('Bravo, you managed to break …',
 *   'Congrats on breaking prod again').
 * Not mocking: the same words used sincerely or about things ("genius idea", "the buddy allocator", 'the "expert
 * mode" toggle', "thanks for nothing breaking", "Thanks, buddy, see you at standup", "the breaking change").
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on.
 */
import { perTokenized, type Token, type Tokenized } from '../features/featurize.ts';
import { conditionalMockPraise } from './conditional-praise.ts';
import { decisionSarcasm } from './decision-sarcasm.ts';
import { drySarcasm } from './dry-sarcasm.ts';
import { misses6Sarcasm } from './mock-praise.ts';
import { passiveAggressive } from './passive-aggressive.ts';
import { putDownWords } from './put-downs.ts';
import { eyeRollOpens, sarcasmFrames } from './sarcasm-frames.ts';
import { READER, type Sentence, scareQuotes, words } from './sarcasm-quotes.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, wordSentences } from './sentences.ts';
import { mockedPraise } from './sincere-praise.ts';
import { threatWords } from './threats.ts';

/** Forms of address that are put-downs whenever they are one. */
const MOCK_NAMES = words('genius einstein sherlock hotshot sweetheart sweetie smartypants');
/** Forms of address that are friendly too ("Thanks, buddy"): put-downs only beside blame or "/s". */
const FRIENDLY_NAMES = words('champ buddy pal hero professor chief sport kiddo');
/** The reader's failures, for praise that is really blame ('Bravo, you managed to break …'). */
const FAILURES = words(
	'break breaks broke breaking deleted deleting leaked leaking wasted wasting crashed crashing nuked ' +
		'slower slowest uglier worse untested forgot failing',
);
/** What the reader may have achieved for a mock name to be praise ("Way to go, genius, you found the race"). */
const ACHIEVED = words('found fixed solved nailed cracked figured caught saved spotted rescued');
/** Words that take an achievement back ("you fixed nothing", "you never found it"). */
const UNDONE = words("nothing not never no didn't didnt none");

/**
 * Whether the sentence credits the reader with an achievement ("you found …", "you fixed …") and the draft names
 * no failure at all (session 12: "Way to go, genius, you found the race condition nobody else could." is praise;
 * "… you fixed it by deleting the tests" and "you fixed nothing" are not).
 */
function achieved(ws: string[], draft: readonly Sentence[]): boolean {
	const credited = ws.some((w, k) => READER.has(w) && ACHIEVED.has(ws[k + 1] ?? ''));
	if (!credited || ws.some((w) => UNDONE.has(w))) return false;
	return !draft.some((s) => s.ws.some((w) => FAILURES.has(w)));
}

/** Words that attribute a failure after them to something else ('you found what broke it'). */
const NOT_READERS = words("that which what why how when where it it's who from of about");
/** Determiners: a failure "-ing" word after one describes a thing ('you fixed the failing test'). */
const DETERMINERS = words('the a an this that these those every all my our');
/** Sentence openers that praise. */
const PRAISE_OPENERS = words(
	'nice great bravo kudos congrats congratulations thanks gee wow amazing impressive brilliant stellar ' +
		'fantastic wonderful awesome excellent',
);
/** Two-word sentence openers that praise. */
const PRAISE_OPENER_PAIRS = new Set([
	'good job',
	'well done',
	'way to',
	'thank you',
	'hats off',
	'gold star',
]);
/** Set phrases of mock thanks or mock admiration. */
const PHRASES = [
	['thanks', 'for', 'nothing'],
	['bless', 'your', 'heart'],
	['bless', 'your', 'little', 'heart'],
	['captain', 'obvious'],
	['real', 'smooth'],
	['slow', 'clap'],
	['alert', 'the', 'press'],
	['alert', 'the', 'media'],
];
/** The first words of PHRASES. */
const PHRASE_STARTS = new Set(PHRASES.map((p) => p[0]));
/** A negation after "must be nice to": envy of someone's shortcuts ('Must be nice to never test'). */
const NEGATIONS = words("never without not no zero don't doesn't didn't isn't aren't can't won't");

/** A chore one no longer has to do: "(never) have to", "(no) longer need to", "having to". */
const CHORE = words('have having need needing');
/** Whether `ws` at `k` reads "have to …" or "longer have to …" (after a negation). */
const relievedAt = (ws: string[], k: number) =>
	(CHORE.has(ws[k] ?? '') && ws[k + 1] === 'to') ||
	(ws[k] === 'longer' && CHORE.has(ws[k + 1] ?? '') && ws[k + 2] === 'to');
const THANKS = words('thanks thank thx appreciate appreciated grateful');
/** Thanks that are meant: "thanks", "thank you", "appreciate it"; not "thanks a lot" nor "thanks for nothing". */
function thanks(sentences: readonly Sentence[]): boolean {
	const meant = (ws: string[], k: number) =>
		!(ws[k + 1] === 'a' && ws[k + 2] === 'lot') && !(ws[k + 1] === 'for' && ws[k + 2] === 'nothing');
	return sentences.some((s) => s.ws.some((w, k) => THANKS.has(w) && meant(s.ws, k)));
}

/** What someone gets away "with no …" ("must be nice to just ship it with no review"). */
const UNACCOUNTABLE = words(
	'consequences consequence repercussions accountability review reviews tests testing effort',
);
/** What turns "kind of you to …" into blame ("not" is left out: 'Nice of you to not merge before the freeze'). */
const SNIDE = words('never zero finally');
/** Kindness that "… of you to" credits the reader with. */
const KIND = words('thoughtful kind nice considerate generous sweet good');

/** What separates the tokens at `a` and `a + 1` ('' past the end). */
const gapAfter = (masked: string, toks: Token[], a: number) =>
	toks[a + 1] ? masked.slice((toks[a] as Token).end, (toks[a + 1] as Token).start) : '';

/**
 * Whether the word at `i` is a form of address: set off by punctuation, or after "hey"/"dear"/"thanks", in a
 * sentence that says something more ("Genius!" alone is an exclamation).
 */
function vocative(masked: string, s: Sentence, i: number): boolean {
	if (s.ws.length < 2) return false;
	const before = i === 0 || /[,:;!?.]\s*$/.test(gapAfter(masked, s.toks, i - 1));
	const opened = before || ['hey', 'dear', 'thanks'].includes(s.ws[i - 1] ?? '');
	const next = gapAfter(masked, s.toks, i);
	return opened && (s.toks[i + 1] === undefined || /^\s*[,.!?:;]/.test(next));
}

/** Whether "genius"/"Einstein" at `i` names whoever did something ('the genius who decided …', 'some genius'). */
function mockSubject(ws: string[], i: number): boolean {
	if (!['genius', 'einstein'].includes(ws[i] ?? '')) return false;
	return (
		['the', 'some', 'which', 'what', 'whatever'].includes(ws[i - 1] ?? '') &&
		['who', 'that'].includes(ws[i + 1] ?? '')
	);
}

/** Whether `phrase` is the words of `ws` from `i` (a loop: no closure per phrase tried). */
function wordsAt(ws: readonly string[], i: number, phrase: readonly string[]): boolean {
	for (let k = 0; k < phrase.length; k++) if (ws[i + k] !== phrase[k]) return false;
	return true;
}

/** No phrase at a word (shared: this is asked at every word of every draft). */
const NO_PHRASE: readonly number[] = [];

/** The phrase words starting at `i`, or none; "thanks for nothing breaking" is sincere. */
function phraseAt(masked: string, s: Sentence, i: number, thanked = false): readonly number[] {
	// Only a phrase's first word can start one (session 15: every phrase was tried at every word of every draft).
	if (PHRASE_STARTS.has(s.ws[i] ?? ''))
		for (const p of PHRASES) {
			if (!wordsAt(s.ws, i, p)) continue;
			const last = i + p.length - 1;
			if (p[2] === 'nothing' && s.toks[last + 1] && /^\s+$/.test(gapAfter(masked, s.toks, last)))
				return NO_PHRASE;
			return p.map((_, k) => i + k);
		}
	// 'How thoughtful of you to leave zero comments', 'Nice of you to finally show up'.
	if (s.ws[i + 1] === 'of' && s.ws[i + 2] === 'you' && s.ws[i + 3] === 'to' && KIND.has(s.ws[i] ?? '')) {
		if (s.ws.slice(i + 4).some((w) => SNIDE.has(w))) return [i, i + 1, i + 2];
	}
	if (s.ws[i] === 'must' && s.ws[i + 1] === 'be' && s.ws[i + 2] === 'nice') {
		const rest = s.ws.slice(i + 3);
		// "with no null pointers" describes a thing; "with no consequences" is still someone's shortcut.
		const thingWith = (k: number) => rest[k - 1] === 'with' && !UNACCOUNTABLE.has(rest[k + 1] ?? '');
		const shortcut = rest.some((w, k) => NEGATIONS.has(w) && !(w === 'no' && thingWith(k)));
		// Relief from a chore, in a draft that thanks for it, is sincere ('Must be nice to never have to restart
		// the server anymore, thank you!'); 'Must be nice to never have to write tests' without thanks is not.
		if (thanked && rest.some((w, k) => NEGATIONS.has(w) && relievedAt(rest, k + 1))) return NO_PHRASE;
		if (['to', 'living', 'being'].includes(rest[0] ?? '') && shortcut) return [i, i + 1, i + 2];
	}
	return NO_PHRASE;
}

/** Whether the sentence opens with praise. */
const praiseOpens = (ws: string[]) =>
	PRAISE_OPENERS.has(ws[0] ?? '') || PRAISE_OPENER_PAIRS.has(`${ws[0]} ${ws[1]}`) || eyeRollOpens(ws);

/** A failure word at `i` that is the reader's: shortly after "you", or a gerund after "for"/"on". */
function readersFailure(ws: string[], i: number): boolean {
	const w = ws[i] ?? '';
	if (!FAILURES.has(w) || (w === 'breaking' && /^changes?$/.test(ws[i + 1] ?? ''))) return false;
	if (w.endsWith('ing') && ['for', 'on'].includes(ws[i - 1] ?? '')) return true;
	if (w.endsWith('ing') && DETERMINERS.has(ws[i - 1] ?? '')) return false;
	for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
		if (NOT_READERS.has(ws[j] ?? '')) return false;
		if (READER.has(ws[j] ?? '')) return true;
	}
	return false;
}

/** Indices (into `tokenized.tokens`) of the words that make the draft mock someone; empty when it does not. */
export const sarcasmAtOthers = perTokenized(findSarcasmAtOthers);

function findSarcasmAtOthers(tokenized: Tokenized): number[] {
	const { masked, tokens } = tokenized;
	const sentences: readonly Sentence[] = wordSentences(tokenized);
	const found = new Set<number>([
		...scareQuotes(masked, tokens, sentences),
		...sarcasmFrames(sentences),
		...passiveAggressive(sentences),
		...drySarcasm(sentences, masked),
		...decisionSarcasm(sentences),
		...misses6Sarcasm(sentences, masked),
		...mockedPraise(tokens.map((k) => k.word)),
		...conditionalMockPraise(sentences, masked),
	]);
	const friendly: number[] = [];
	let blamed = false;
	const thanked = thanks(sentences);
	for (const s of sentences) {
		const opensWithPraise = praiseOpens(s.ws);
		for (let i = 0; i < s.ws.length; i++) {
			const w = s.ws[i] ?? '';
			if (MOCK_NAMES.has(w) && (vocative(masked, s, i) || mockSubject(s.ws, i)) && !achieved(s.ws, sentences))
				found.add(s.first + i);
			if (FRIENDLY_NAMES.has(w) && vocative(masked, s, i)) friendly.push(s.first + i);
			// Indexed, not for-of: no iterator allocated at every word (session 24).
			const phrase = phraseAt(masked, s, i, thanked);
			for (let n = 0; n < phrase.length; n++) found.add(s.first + (phrase[n] as number));
			if (readersFailure(s.ws, i)) {
				blamed = true;
				if (opensWithPraise) for (const k of [0, i]) found.add(s.first + k);
			}
		}
	}
	// "/s" closing the draft marks it sarcastic; it mocks someone when the sentence before it names them.
	// The regex only where the draft ends in "/s" (trimEnd drops the same white space as \s): on any other draft it
	// tried a match at every space (session 15).
	const sarcastic = masked.trimEnd().endsWith('/s') && /(?:^|\s)\/s\s*$/.test(masked);
	const last = sentences.filter((s) => s.ws.length > 0 && s.first < tokens.length - 1).at(-1);
	const named = last?.ws.some((w) => READER.has(w) || w === 'whoever') ?? false;
	if (sarcastic && (named || friendly.length > 0 || found.size > 0)) found.add(tokens.length - 1);
	if (blamed || sarcastic || found.size > 0) for (const i of friendly) found.add(i);
	return [...found].sort((a, b) => a - b);
}

/**
 * Gives a draft that mocks someone a toxic floor at SEGMENT_FLOOR, underlined on the mocking words; a draft
 * the models already score that high keeps its own score and underlines. Call after the sentence pass.
 */
export function applySarcasmAtOthers(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	const found = sarcasmAtOthers(tokenized);
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	// The card names sarcasm (ScoreResult.mocking) unless the draft also threatens or puts someone down, whose
	// floors this one pre-empts (they apply only below SEGMENT_FLOOR).
	entry.mocking = threatWords(tokenized).length === 0 && putDownWords(tokenized).length === 0;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
