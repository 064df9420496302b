/**
 * A moderate toxic score with no word to point at is the model's prior, not a reading (session 19, civil6; issue 2).
 *
 * Short, plain developer lines ("Triaged: priority medium, assigned to the storage team." 0.61, "Does 3pm UTC
 * work for everyone?" 0.62) warned with nothing rude in them: the toxic graph gates them to the GitHub-incivility
 * expert, whose calibrated output on short neutral lines sits at 0.3–0.6 (scripts/civil-why.ts), so a few
 * ordinary words tip it over 0.5. Their strongest word adds ≤ 0.5 logit;
 * every insult, profanity or contempt word in tests/corpora/civil19-hostile-dev.txt adds ≥ 1 (EXPLAINED_WORD_FLOOR,
 * the bar session 11 set for "this word is a reason"; insults add 3.8–6.8).
 *
 * So a draft whose toxic head is under SEGMENT_FLOOR (no clear toxicity and no rule floor), that the toxic graph
 * gates mostly to its developer experts (ToxiCR, GitHub incivility, STRUDEL: read as developer talk, not as a
 * tweet or hate speech, where a group named with no loaded word is often the point), that no rule names a culprit
 * in (culprit-words.ts: insults, profanity, contempt, put-downs, threats, sarcasm) and that has no insult word,
 * word judging people (JUDGING) or word naming the reader (READER) at all, and whose every word
 * adds under EXPLAINED_WORD_FLOOR to the toxic logit, is capped at PRIOR_ONLY_CAP on the toxic head, and on the
 * dimensions the toxic fold lifted from it. It generalises short-drafts.ts ("a draft of few words flags only with a
 * word to point at") from length to evidence. A high sensitivity still flags it (its threshold is under the cap):
 * session 31 (strict31) left it out of civil-hold.ts on purpose, since it reads no evidence in a score band, not
 * civil words.
 *
 * Drafts of at most MAX_WORDS own words only: the shorter the line, the more of its score is prior. At 16 words the
 * rule also capped 5 Ferreira validation positives of 11–16 words (models/README.md, "Session 19: civil6"). Draft
 * scoring only (`wholeDraft` untouched): a gate run, and the toxic head's contribution run (which the span pass
 * would have made to underline them) only for short drafts in the band.
 *
 * Session 28 (civil28): the card's "Close to the line" band ([NEAR, DECISION) at the default sensitivity) is read
 * too, for drafts up to MAX_NEAR_WORDS (a cap there moves no default flag), and a word naming the reader no longer
 * keeps the models' reading when every sentence naming them is a plain request or question to them
 * (readerOnlyAsked: "Can you send me the exact version and the error you get?" read 0.485 on the GitHub expert's
 * prior); a sneer word, a quiz after "you" or a form of address still keeps it, and so does a group of people named
 * by who they are (namesGroup).
 */
import type { Tokenized } from '../features/featurize.ts';
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import { culpritWords } from './culprit-words.ts';
import { PERSON_ADJECTIVES } from './insult-at-others.ts';
import { hasInsult } from './insult-target.ts';
import { MISSES7_SETS } from './misses7-frames.ts';
import type { OrtModels, Prepared } from './ort-models.ts';
import type { ScoreEntry } from './score-entry.ts';
import { EXPLAINED_WORD_FLOOR, SEGMENT_FLOOR, wordSentences } from './sentences.ts';
import { wordsOfMasked } from './short-drafts.ts';
import { CONTEMPT } from './work-insults.ts';

/** Where a draft whose toxic score is prior only lands: as civil-dev-idioms.ts's CIVIL_IDIOM_CAP. */
export const PRIOR_ONLY_CAP = 0.35;
/** Longest draft (own words, quotes and code blanked) the rule reads: one short line, where the prior dominates. */
export const MAX_WORDS = 10;
/** The toxic graph's developer experts: a draft it reads as developer talk gates mostly to these. */
const DEVELOPER_EXPERTS = ['toxic/toxicr', 'toxic/gh-incivility', 'toxic/strudel'];
/** Share of the gate the developer experts must hold. */
export const MIN_DEVELOPER_SHARE = 0.5;
/**
 * Profanity, and words that judge people (or their work) even where no rule aims them: a draft with one keeps the
 * models' reading,
 * since a short sneer can carry its insult in a word of praise or ability ("Is anyone competent working on this?").
 */
export const JUDGING = new Set([
	// Profanity and its usual company: with the swearing opt-in off (the default), swearing at a thing warns.
	...CAMOUFLAGE_LEXICON,
	...'goddamn damned crappy wtf ffs bloody freaking frigging'.split(' '),
	...PERSON_ADJECTIVES,
	...CONTEMPT,
	...'competent incompetent incompetence capable incapable qualified unqualified skilled smart smarter intelligent genius geniuses expert experts clue clueless brain brains brainless'.split(
		' ',
	),
]);

/**
 * The reader, and forms of address (sarcasm-at-others.ts's mock and friendly names): a short jab at the reader
 * carries its edge in ordinary words ("Another day, another broken deploy from you. Bravo.", "Hey champ, maybe
 * read the contributing guide …" read 0.5–0.8 with no word over 1 logit), so a line that speaks to or about the
 * reader keeps the models' reading.
 */
const READER = new Set(
	"you you're youre your yours yourself yourselves u ur you've you'd you'll genius einstein sherlock hotshot sweetheart sweetie smartypants champ buddy pal hero professor chief sport kiddo".split(
		' ',
	),
);

/** Whether a draft has an insult word, a word judging people (JUDGING) or a word naming the reader (READER). */
export function hasJudgingWord(tokenized: Tokenized): boolean {
	return (
		hasInsult(tokenized.tokens) || tokenized.tokens.some((t) => JUDGING.has(t.word) || READER.has(t.word))
	);
}

/** The reader as a pronoun (READER's first words): the only reader words a request to the reader may hold. */
const YOU = new Set("you you're youre your yours yourself yourselves u ur you've you'd you'll".split(' '));
/**
 * Words that open a request or a yes/no question to the reader even without its "?" ("Can you …", "Would you mind
 * …", "Did you run …"); not "what" or "when", which also open statements ("What you wrote breaks …").
 */
const ASKING_OPENERS = new Set(
	'can could would will do does did are were have has is mind please'.split(' '),
);
/**
 * Words that turn a question to the reader into a jab ("Did you even test this?", "Can you actually read?", "Could
 * you be any slower?", "Why would you do that?", "Do you know what a test is?", "Can you stop breaking main?"): a
 * sentence with one keeps the models' reading.
 */
const SNEER = new Set(
	(
		'even ever actually really seriously honestly bother bothered possibly once again still basic basics simple ' +
		'learn read understand idea realize realise aware obviously clearly surely why stop just not never no ' +
		"don't didn't doesn't can't cannot won't wouldn't couldn't isn't aren't wasn't weren't haven't hasn't " +
		'hard difficult supposed expect expected wrong fault blame'
	).split(' '),
);

/** Verbs that quiz the reader right after "you" ("Do you know what a test is?", "Did you think about it?"). */
const QUIZ = new Set('know knew think thought understand understood realize realise'.split(' '));

/**
 * Session 28 (civil28): whether every sentence of the draft that names the reader is a plain request or question
 * to them: it asks ("?"), says "please", or opens on a request or question word, and holds no SNEER word and no
 * form of address (READER beyond the pronouns). "Can you send me the exact version and the error you get?" read
 * 0.485 ("Close to the line"), gated to the GitHub-incivility expert with no word over 0.3 logit; such a line
 * speaks to the reader because it asks them for something.
 */
export function readerOnlyAsked(tokenized: Tokenized): boolean {
	for (const s of wordSentences(tokenized)) {
		if (!s.ws.some((w) => READER.has(w))) continue;
		if (s.ws.some((w) => READER.has(w) && !YOU.has(w))) return false;
		const jab = s.ws.some(
			(w, i) =>
				SNEER.has(w) || (QUIZ.has(w) && YOU.has(s.ws[i - 1] ?? '')) || (w === 'any' && s.ws[i - 1] === 'be'),
		);
		if (jab) return false;
		const from = s.toks[0]?.start ?? 0;
		const asks =
			tokenized.masked.slice(from, s.to).includes('?') ||
			s.ws.includes('please') ||
			ASKING_OPENERS.has(s.ws[0] ?? '');
		if (!asks) return false;
	}
	return true;
}

/**
 * Whether a draft names a group of people by who they are (misses7-frames.ts: "muslims", "women", "Black guys",
 * "old developers"): statements about a group carry no single strong word, so they keep the models' reading
 * (session 19 measured that on HateModerate and HateXplain; session 28's near band found "I don't take code
 * reviews from Black guys." at 0.415).
 */
export function namesGroup({ tokens }: Tokenized): boolean {
	const { groupAdj, groupNoun, people } = MISSES7_SETS as Record<string, Set<string>>;
	return tokens.some(
		(t, i) =>
			groupNoun?.has(t.word) === true ||
			(groupAdj?.has(t.word) === true && people?.has(tokens[i + 1]?.word ?? '') === true),
	);
}

/**
 * Whether a draft keeps the models' reading: an insult word or a word judging people, a group of people named
 * (namesGroup), or a word naming the reader outside a plain request or question to them (readerOnlyAsked).
 */
export function keepsModelReading(tokenized: Tokenized): boolean {
	if (hasInsult(tokenized.tokens) || tokenized.tokens.some((t) => JUDGING.has(t.word))) return true;
	if (namesGroup(tokenized)) return true;
	if (!tokenized.tokens.some((t) => READER.has(t.word))) return false;
	return !readerOnlyAsked(tokenized);
}

/** The toxic head's default decision point. */
const DECISION = 0.5;
/**
 * The card's "Close to the line" point at the default sensitivity (entrypoints/content/levels.ts: flagPoint(0.5)
 * − CAUTION_MARGIN). Session 28 (civil28): a draft in [NEAR, DECISION) shows "Close to the line" with no word to
 * point at, for the same reason a draft over DECISION warned (the GitHub expert's prior on a plain line).
 */
export const NEAR = 0.4;
/**
 * Longest draft (own words) whose near-the-line score, under DECISION, the rule reads (session 28). Capping there
 * moves no flag at the default sensitivity, so the reason MAX_WORDS is 10 (validation positives of 11–16 words
 * capped under the decision point) does not apply; over DECISION a draft still needs MAX_WORDS.
 */
export const MAX_NEAR_WORDS = 24;

/**
 * Whether the rule may look at a draft: toxic in [DECISION, SEGMENT_FLOOR) and short (MAX_WORDS), or in
 * [NEAR, DECISION) and at most MAX_NEAR_WORDS long. No model run.
 */
export function priorOnlyCandidate(entry: ScoreEntry, tokenized: Tokenized): boolean {
	if (entry.toxic < NEAR || entry.toxic >= SEGMENT_FLOOR) return false;
	const own = wordsOfMasked(tokenized.masked).length;
	return own > 0 && own <= (entry.toxic < DECISION ? MAX_NEAR_WORDS : MAX_WORDS);
}

/** The gate weight the toxic graph gives the developer experts (`experts`: manifest `mixture.experts`). */
export function developerShare(gate: Float32Array, experts: readonly string[]): number {
	let share = 0;
	for (const [i, name] of experts.entries()) if (DEVELOPER_EXPERTS.includes(name)) share += gate[i] ?? 0;
	return share;
}

/** The strongest positive contribution of any word to the toxic logit (0 when none). */
export function strongestContribution(words: Float32Array): number {
	let max = 0;
	for (const c of words) if (c > max) max = c;
	return max;
}

/**
 * Caps a candidate draft (priorOnlyCandidate) read as developer talk (`devShare` ≥ MIN_DEVELOPER_SHARE) whose
 * toxic words (`entry.toxicWords`, already explained) hold no reason and in which no rule names a culprit.
 * Returns whether it capped.
 */
export function applyPriorOnly(entry: ScoreEntry, tokenized: Tokenized, devShare: number): boolean {
	if (!entry.toxicWords || !priorOnlyCandidate(entry, tokenized)) return false;
	if (devShare < MIN_DEVELOPER_SHARE) return false;
	if (strongestContribution(entry.toxicWords) >= EXPLAINED_WORD_FLOOR) return false;
	if (culpritWords(tokenized).culprits.size > 0 || keepsModelReading(tokenized)) return false;
	entry.toxic = Math.min(entry.toxic, PRIOR_ONLY_CAP);
	if (entry.inappropriateFromToxic) {
		// The fold lifted Inappropriateness and Toxic Emotions from the toxic head: they fall with it.
		const dimensions = { ...entry.dimensions };
		dimensions.Inappropriateness = Math.min(dimensions.Inappropriateness, PRIOR_ONLY_CAP);
		dimensions['Toxic Emotions'] = Math.min(dimensions['Toxic Emotions'], PRIOR_ONLY_CAP);
		entry.wholeDimensions ??= entry.dimensions;
		entry.dimensions = dimensions;
	}
	return true;
}

/** The contribution run (shared with the span pass) and the gate run a candidate draft needs. */
export interface PriorOnlyDeps {
	models: OrtModels;
	explainToxic: (entry: ScoreEntry) => Promise<void>;
}

/** Applies the rule to a draft after the other draft rules; no model run unless the draft is a candidate. */
export async function priorOnlyPass(
	deps: PriorOnlyDeps,
	entry: ScoreEntry,
	tokenized: Tokenized,
	prepared: Prepared | undefined,
): Promise<void> {
	if (!priorOnlyCandidate(entry, tokenized) || keepsModelReading(tokenized)) return;
	if (culpritWords(tokenized).culprits.size > 0) return;
	const model = deps.models.model('toxic');
	const experts = model.mixture?.experts;
	if (!experts) return;
	const out = await deps.models.runOutputs(model, prepared ?? deps.models.prepare(model, tokenized), [
		'gate',
	]);
	const share = out.gate ? developerShare(out.gate, experts) : 0;
	if (share < MIN_DEVELOPER_SHARE) return;
	if (!entry.toxicWords) await deps.explainToxic(entry);
	applyPriorOnly(entry, tokenized, share);
}
