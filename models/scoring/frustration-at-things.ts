/**
 * Frustration said of software, not of a person (session 30, civil30; issue 2): "This is extremely annoying, the
 * popup comes back after every reload." 0.53, "It is very frustrating for us, our users complain every day." 0.89,
 * "Same. This is really frustrating, we can't upgrade because of it." 0.54. The toxic head reads the feeling word
 * ("annoying", "frustrating") as if it were said of someone.
 *
 * Structural condition: a frustration adjective (FRUSTRATING) predicated of a thing: after a copula whose subject
 * is it/this/that or a thing noun (insult-at-things.ts THING_PRONOUNS, `isThing`), with only filler between
 * ("This is (really) frustrating", "The sync dialog is infuriating"); or right before a thing noun ("annoying
 * bug"). Such a draft is capped under the default threshold on both heads (FRUSTRATION_CAP, as
 * impatient-reports.ts; held under the flag point at every sensitivity: civil-hold.ts) when, besides, it names no person (insult-at-things.ts
 * PEOPLE; the writer's own "our users" is allowed) and has no insult, profanity, word judging people or word
 * naming the reader (prior-only.ts `hasJudgingWord`: "This is extremely annoying, you never listen."). "hate" is
 * not a frustration adjective here: ToxiCR's rubric counts it toxic even about things (insult-at-things.ts).
 *
 * Draft scoring only, with no model run: a few set look-ups, and nothing at all for a draft under the cap.
 */

import type { Tokenized } from '../features/featurize.ts';
import { type CivilReading, capCivil, leansOver } from './civil-hold.ts';
import { FILLER, isThing, PEOPLE, THING_PRONOUNS } from './insult-at-things.ts';
import { hasJudgingWord } from './prior-only.ts';
import type { ScoreEntry } from './score-entry.ts';

const words = (s: string) => new Set(s.split(' '));

/** Where a capped draft lands on each head: as impatient-reports.ts's IMPATIENCE_CAP, and for the same reasons. */
export const FRUSTRATION_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts: held under the flag point at every sensitivity). */
const FRUSTRATION_READING: CivilReading = {
	rule: 'frustration-at-things',
	cap: FRUSTRATION_CAP,
	toxic: true,
	toReader: false,
};
/** Words for the feeling software gives its user. */
const FRUSTRATING = words(
	'frustrating annoying maddening infuriating irritating exasperating aggravating tiresome exhausting',
);
/** Copulas, alone or contracted onto a thing pronoun ("it's", "that's"). */
const COPULAS = words("is was are were been be seems feels gets it's that's this's");
/** Degree words that may stand before the feeling besides insult-at-things.ts's FILLER ("extremely annoying"). */
const DEGREE = words('extremely incredibly super mildly slightly somewhat increasingly');
/** Words that own a person word, making it the writer's side ("our users complain"). */
const WRITERS = words('our my');

/** Whether the frustration word at `i` is predicated of a thing or modifies one. */
function ofThing(ws: readonly string[], i: number): boolean {
	if (isThing(ws[i + 1] ?? '')) return true;
	let j = i - 1;
	while (j >= 0 && (FILLER.has(ws[j] as string) || DEGREE.has(ws[j] as string))) j--;
	const copula = ws[j];
	if (copula === undefined || !COPULAS.has(copula)) return false;
	if (copula.endsWith("'s")) return true;
	const subject = ws[j - 1] ?? '';
	return THING_PRONOUNS.has(subject) || isThing(subject);
}

/** Whether a draft says software frustrates its writer, naming no person and judging no one. */
export function frustrationAtThings(tokenized: Tokenized): boolean {
	const ws = tokenized.tokens.map((t) => t.word);
	const person = ws.some((w, i) => PEOPLE.has(w) && !WRITERS.has(ws[i - 1] ?? ''));
	if (person) return false;
	const said = ws.some((w, i) => FRUSTRATING.has(w) && ofThing(ws, i));
	return said && !hasJudgingWord(tokenized);
}

/**
 * Caps frustration at software at FRUSTRATION_CAP on the toxic head and dimensions. Call after the sentence pass,
 * with impatient-reports.ts, before the floors of insult-at-others.ts, sarcasm-at-others.ts, threats.ts and
 * put-downs.ts.
 */
export function applyFrustrationAtThings(entry: ScoreEntry, tokenized: Tokenized): void {
	if (!leansOver(entry, FRUSTRATION_READING) || !frustrationAtThings(tokenized)) return;
	capCivil(entry, FRUSTRATION_READING, tokenized);
}
