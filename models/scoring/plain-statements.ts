/**
 * Session 21 (civil8; issue 2): the Inappropriateness head alone on plain forum statements that speak to no one.
 * On civil forum talk outside software (cooking tips, match reports, policy disagreement, a factual correction,
 * true-crime facts) the appropriateness model reads 0.5–0.8 on lines the toxic head reads as clean ("I think the
 * policy is wrong, but I understand why people support it." 0.76, "The killer was never caught, and the case
 * went cold in 1987." 0.63), the reasons' dimensions lifted with the overall label: 18 of 108 civil8 dev lines.
 * Such a draft's dimensions are capped under the default threshold (PLAIN_CAP; held under the flag point at every sensitivity: civil-hold.ts)
 * when:
 * - the toxic head reads it as clean (< PLAIN_TOXIC_MAX) and Inappropriateness is its own reading, not the toxic
 *   head's folded in (`inappropriateFromToxic`);
 * - no emotional reason passes the default threshold (EMOTIONAL: Toxic Emotions, Excessive Intensity, Emotional
 *   Deception; the attack lines in the band mostly carry one, the plain ones only the argument dimensions);
 * - it names no reader and no form of address, and has no insult, profanity or word judging people
 *   (prior-only.ts `hasJudgingWord`): the attack lines only this head catches speak to the reader ("Hey champ,
 *   maybe read the guide", "Good luck with your career") or carry a judging word;
 * - it has no threat, menace or mockery word (MENACE: "Someone should teach them a lesson.", "Not everyone who
 *   crosses me gets a second chance.", "Yeah, because hardcoding the region is so future-proof.") and does not
 *   open on "go" ("Go learn the basics first, then talk."). The first version without "me", "yeah", "course",
 *   "better", "hurt", "someone", "explain", "learn" and the "go" opener lost 8 attack lines of older corpora
 *   (veiled threats of attacks7 and threats5, sarcasm of misses6, a command of misses7); with them none.
 * The rule floors that come after (insult-at-others.ts, threats.ts, sarcasm-at-others.ts, put-downs.ts) still
 * apply. Draft scoring only, no model run: set look-ups over the draft's words, only for drafts in the band.
 *
 * Session 22 (civil9): a generic "you" is no reader. Advice and how-things-go lines ("You just have to wait it
 * out, …", "If the cat stops eating, you need to take her to a vet.") read 0.55–0.67 on Inappropriateness alone.
 * When every "you" of the draft is generic by swearing-readings.ts's test (after "if/when/once …", or before a
 * modal of ability or need that does not go on with "be"/"stop"; any "your", "you're", "yourself" keeps the
 * reader), those "you" words no longer count as naming the reader; every other condition above still holds
 * (an insult, judging word or menace word anywhere keeps the models' reading).
 *
 * Session 23 (civil10): "talk" right after a negation ("do not talk", "don't talk") is a moderator's request,
 * not the dare MENACE lists it for.
 */
import type { Tokenized } from '../features/featurize.ts';
import { type CivilReading, capCivil } from './civil-hold.ts';
import { hasInsult } from './insult-target.ts';
import { hasJudgingWord } from './prior-only.ts';
import type { ScoreEntry } from './score-entry.ts';
import { GENERIC_YOU, swearingReading } from './swearing-readings.ts';

/** Where a capped draft lands on Inappropriateness: as civil-dev-idioms.ts's CIVIL_IDIOM_CAP. */
export const PLAIN_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts): the dimensions only, its toxic head already reads clean. */
const PLAIN_READING: CivilReading = {
	rule: 'plain-statement',
	cap: PLAIN_CAP,
	toxic: false,
	toReader: false,
};
/** The toxic head reads the draft as clean below this (the band civil7 found: toxic ≤ 0.1 … 0.3). */
export const PLAIN_TOXIC_MAX = 0.35;
/** The default decision point: only a draft Inappropriateness would flag needs the rule. */
const DECISION = 0.5;

/** Dimensions that name an emotional reason: one past the threshold keeps the models' reading. */
const EMOTIONAL = ['Toxic Emotions', 'Excessive Intensity', 'Emotional Deception'] as const;

/** Threat, menace and mockery words: a draft with one keeps the models' reading. */
const MENACE = new Set(
	(
		"should shouldn't must deserve deserves deserved lesson shame careful regret pay watch know where " +
		'hope hopefully luck wish wow great bravo congrats congratulations thanks thank nice obviously clearly ' +
		'surely sure again yet another me yeah course funny better hurt hurts hurting someone somebody explain ' +
		'learn talk'
	).split(' '),
);

/** Adverbs between a generic "you" and its verb (as swearing-readings.ts's, and "kind of"'s words). */
const ADVERBS = new Set(
	'just even really still always never sometimes only actually literally basically kind of'.split(' '),
);
/** Verbs that, without "to" after them, make "you" own something rather than have to do it. */
const POSSESSING = new Set(['have', 'got', 'has']);

/**
 * Whether a draft has an insult, a judging word or names the reader, a generic "you" not counting as the reader
 * (session 22; the insult test reads the whole draft, so "you" next to an insult word is never dropped from it).
 */
function judging(tokenized: Tokenized): boolean {
	if (!hasJudgingWord(tokenized)) return false;
	const { masked, tokens } = tokenized;
	const read = swearingReading(
		tokens.map((t) => t.word.toLowerCase()),
		tokens,
		masked,
	);
	if (!read.includes(GENERIC_YOU) || hasInsult(tokens)) return true;
	// "you have" is generic only as "you have to …": "Lovely house you have on Elm Street", "You have a family,
	// right?" own something (veiled threats that lost their warning without this).
	const words = read.filter((w) => !ADVERBS.has(w));
	if (words.some((w, k) => w === GENERIC_YOU && POSSESSING.has(words[k + 1] ?? '') && words[k + 2] !== 'to'))
		return true;
	return hasJudgingWord({ ...tokenized, tokens: tokens.filter((_t, k) => read[k] !== GENERIC_YOU) });
}

/** Words that, right before "talk", ask someone not to talk (a certain way): "Please do not talk to people …". */
const NEGATIONS = new Set(['not', "don't", 'dont', 'never']);

/** Whether a draft is a plain statement the rule may cap (word test only; the caller checks the scores). */
export function plainStatement(tokenized: Tokenized): boolean {
	if (judging(tokenized)) return false;
	const ws = tokenized.tokens.map((t) => t.word.toLowerCase());
	if (ws[0] === 'go') return false;
	// Session 23 (civil10): "talk" is menace as a dare ("… then talk."), not in a moderator's "do not talk to people
	// like that" (the qa22 reply under a quoted insult; the quote is masked, the reply alone read 0.50).
	return !ws.some((w, k) => MENACE.has(w) && !(w === 'talk' && NEGATIONS.has(ws[k - 1] ?? '')));
}

/** Caps the dimensions of a plain statement the toxic head reads as clean (see the module comment). */
export function applyPlainStatements(entry: ScoreEntry, tokenized: Tokenized): void {
	const inap = entry.dimensions.Inappropriateness;
	if (inap < DECISION || entry.toxic >= PLAIN_TOXIC_MAX || entry.inappropriateFromToxic) return;
	// Session 22: words quoted-mention.ts took out as mentions ('the word "fuck"') are not the writer's own.
	const mentioned = entry.mentionedWords;
	const own = mentioned
		? { ...tokenized, tokens: tokenized.tokens.filter((_t, k) => !mentioned.has(k)) }
		: tokenized;
	if (EMOTIONAL.some((d) => entry.dimensions[d] >= DECISION) || !plainStatement(own)) return;
	capCivil(entry, PLAIN_READING, own);
}
