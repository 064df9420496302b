/**
 * Praise of the people the reader chose (session 20, civil7; issue 2): "Honestly, the engineers you recruited are
 * excellent." (toxic 0.66), "The developers you pay deserve a raise for this release." (0.81), "The people you put
 * in charge of releases have been great." (Inappropriateness 0.78), "Every contractor you have hired so far has
 * been solid." (0.70). The models learned the frame "the PEOPLE you VERB are …" from its insults (session 12's
 * insults-relative.txt: "… are incompetent", "… are a bunch of morons"), so the frame alone warns, whatever
 * follows it. A draft that names people by a relative clause on "you" ("the contractors you hired", "everyone you
 * invited") and says something good of them (PRAISE), with no insult, profanity, contempt, failing or mocking
 * word anywhere, and no other "you", is capped under the default threshold on both heads (CHOSEN_PRAISE_CAP; held
 * under the flag point at every sensitivity: civil-hold.ts).
 *
 * Draft scoring only, with no model run: a few set look-ups, and nothing for a draft under the cap.
 */

import type { Tokenized } from '../features/featurize.ts';
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import { type CivilReading, capCivil, leansOver } from './civil-hold.ts';
import { PERSON_ADJECTIVES } from './insult-at-others.ts';
import { hasInsult } from './insult-target.ts';
import type { ScoreEntry } from './score-entry.ts';
import { CONTEMPT } from './work-insults.ts';

const words = (s: string) => new Set(s.split(' '));

/** Where a capped draft lands on each head: as civil-dev-idioms.ts's CIVIL_IDIOM_CAP. */
export const CHOSEN_PRAISE_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts: held under the flag point at every sensitivity). */
const CHOSEN_PRAISE_READING: CivilReading = {
	rule: 'chosen-praise',
	cap: CHOSEN_PRAISE_CAP,
	toxic: true,
	toReader: true,
};

/** People a relative clause on "you" may name ("the engineers you recruited", "everyone you invited"). */
const PEOPLE = words(
	'people person folks guy guys engineer engineers developer developers dev devs contractor contractors ' +
		'intern interns hire hires tester testers reviewer reviewers architect architects designer designers ' +
		'consultant consultants staff team teams lead leads manager managers volunteer volunteers maintainer ' +
		'maintainers agency firm vendor vendors everyone everybody anyone anybody colleague colleagues',
);
/** How many words may stand between the people named and "you" ("the team lead you", "the QA folks you"). */
const HEAD_WINDOW = 2;
/** Something good said of them. */
const PRAISE = words(
	'great excellent solid good reliable thorough kind friendly quick helpful useful nicely clearly fantastic ' +
		'amazing wonderful brilliant outstanding superb professional responsive talented sharp capable ' +
		'competent skilled patient careful diligent deserve deserves deserved',
);
/** Failing, mocking and contempt words: a draft with one keeps the models' reading. */
const NEVER = new Set([
	...CAMOUFLAGE_LEXICON,
	...PERSON_ADJECTIVES,
	...CONTEMPT,
	...words(
		'never not no nothing nobody too incompetent clueless amateur amateurs idiot idiots moron morons ' +
			'hopeless sure totally usual usually always again yeah right oh wow genius geniuses except unless ' +
			'supposedly allegedly apparently somehow even fire fired firing quit break breaks breaking broke ' +
			'fail fails failed failing wrong worse worst your yours',
	),
]);

/** Whether a draft praises people it names by a relative clause on "you", and says nothing against anyone. */
export function chosenPeoplePraise({ tokens, masked }: Tokenized): boolean {
	const ws = tokens.map((t) => t.word.toLowerCase());
	const yous = ws.flatMap((w, i) => (w === 'you' ? [i] : []));
	if (yous.length !== 1 || masked.includes('?')) return false;
	const at = yous[0] as number;
	const head = ws.slice(Math.max(0, at - 1 - HEAD_WINDOW), at);
	if (!head.some((w) => PEOPLE.has(w))) return false;
	if (!ws.slice(at + 1).some((w) => PRAISE.has(w))) return false;
	return !ws.some((w) => NEVER.has(w)) && !hasInsult(tokens);
}

/** Caps such a draft's toxic head and dimensions at CHOSEN_PRAISE_CAP. Call with the other civil caps. */
export function applyChosenPeoplePraise(entry: ScoreEntry, tokenized: Tokenized): void {
	if (!leansOver(entry, CHOSEN_PRAISE_READING) || !chosenPeoplePraise(tokenized)) return;
	capCivil(entry, CHOSEN_PRAISE_READING, tokenized);
}
