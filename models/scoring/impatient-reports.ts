/**
 * Impatience about an issue is not an attack on a person (session 13, issue 2). The toxic head learned from
 * GitHub threads where "still broken after two years" often comes with blame, so a frustrated but civil bug
 * report reads as toxic on its own ('Is this project still maintained? The last reply here was over a year
 * ago.' 0.74, 'Still broken after two years.' 0.51, 'Why is this still not fixed?' 0.57), and the
 * appropriateness head reads a ping as missing commitment ('Any chance this gets looked at soon? It has been
 * sitting untriaged for months.' 0.87).
 *
 * A draft that talks about the state of an issue (how long it has been broken, whether anything moved, what it
 * blocks) and names no one but its writer (or a role it waits on) is capped under the default threshold on both heads (IMPATIENCE_CAP;
 * held under the flag point at every sensitivity: civil-hold.ts). Not capped: a draft that names or addresses anyone else ("you",
 * "anyone", "the maintainers", "whoever", "people"), has an insult, profanity or contempt for the work in it ("this garbage", "a joke"), or says nothing
 * about an issue's state. The maintainers or the team may be named as those being waited on ("no response from
 * the maintainers"), not as the cause ("broken because the maintainers …"). Blame is carried by a person ("… because you people can't code", "Or is everyone here
 * too lazy to read bug reports?"), and the rule floors that come after it (insult-at-others.ts, threats.ts,
 * sarcasm-at-others.ts, put-downs.ts) still apply.
 *
 * Draft scoring only, with no model run: a few set look-ups over the draft's words.
 */

import type { Tokenized } from '../features/featurize.ts';
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import { type CivilReading, capCivil, leansOver } from './civil-hold.ts';
import { hasInsult } from './insult-target.ts';
import type { ScoreEntry } from './score-entry.ts';

const words = (s: string) => new Set(s.split(' '));

/**
 * Where a capped draft lands on each head: under the default threshold (0.5) and its "close to the line" band
 * (0.4, entrypoints/content/levels.ts: 0.45 still showed an amber badge on a civil report), over the threshold
 * of a sensitivity of 0.7 or more.
 */
export const IMPATIENCE_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts: held under the flag point at every sensitivity). */
const IMPATIENT_REPORT_READING: CivilReading = {
	rule: 'impatient-report',
	cap: IMPATIENCE_CAP,
	toxic: true,
	toReader: false,
};
/** Anyone but the writer (and their team: "we", "our") named by a pronoun or as people. */
const OTHERS = words(
	"you your yours yourself yourselves you're youre you've you'll ya u ur y'all yall anyone anybody everyone " +
		'everybody nobody someone somebody whoever he him his she her hers they them their theirs people guys ' +
		'folks',
);
/**
 * Roles the writer may name as those being waited on ("no response from the maintainers", "Can a maintainer
 * please respond?"), but not as the cause of the trouble (BLAME).
 */
const ROLES = words(
	'dev devs developer developers maintainer maintainers team author authors owner owners reviewer reviewers ' +
		'contributor contributors lead staff company',
);
/** Words that make what follows the cause: "broken because the maintainers …", "thanks to the team". */
const BLAME = words("because cause cuz 'cause thanks due");
/**
 * Swearing, slurs and minced oaths ("darn it", "holy cow"; the camouflage lexicon's profanity, which includes
 * "kill" and "die"), which are never impatience alone.
 */
const PROFANE = new Set([
	...CAMOUFLAGE_LEXICON,
	...words(
		'fuck fucking fucked fuckin shit shitty bullshit crap crappy damn damned goddamn hell ass wtf ffs bloody ' +
			'darn dang heck freaking frigging effing holy tf stfu gtfo sucked sucking',
	),
]);
/**
 * Contempt for the work or for someone, and violence, which are more than impatience ("this garbage", "a joke",
 * "unacceptable", "ignorant", "should be killed").
 */
const CONTEMPT = words(
	'garbage trash junk rubbish joke jokes ridiculous pathetic absurd nonsense useless worthless embarrassing ' +
		'disgrace disgraceful shameful shame unacceptable insane laughable clown clowns amateur amateurish sloppy ' +
		'ignorant lazy clueless arrogant rude dishonest liar liars hypocrite hypocrites killed killing dead murder',
);
/** Words about an issue's state or its cost to the writer. */
const ISSUE = words(
	'broken broke breaks breaking bug bugs issue issues crash crashes crashing regression fix fixed fixing ' +
		'release releases released version blocking blocked blocks blocker showstopper reproduce reproduces ' +
		'reproducible reproduced happening happens failing fails failed maintained untriaged triaged reply ' +
		'replied response responded update updates looked open opened upgrade ' +
		'deploy build workaround patch eta',
);
/** Words of time or persistence, and of asking after an issue. */
const WAITING = words(
	'still years year months month weeks week days ago since forever ages again anymore yet ping bump bumping ' +
		'following soon long update updates status progress eta news',
);

/** Whether a draft is impatience about an issue that names no one but its writer. */
export function impatientReport({ tokens }: Tokenized): boolean {
	let issue = false;
	let waiting = false;
	let role = false;
	let blame = false;
	for (const { word } of tokens) {
		if (OTHERS.has(word) || PROFANE.has(word) || CONTEMPT.has(word)) return false;
		if (ROLES.has(word)) role = true;
		if (BLAME.has(word)) blame = true;
		if (ISSUE.has(word)) issue = true;
		if (WAITING.has(word)) waiting = true;
	}
	return issue && waiting && !(role && blame) && !hasInsult(tokens);
}

/**
 * Caps an impatient report's toxic head and dimensions at IMPATIENCE_CAP. Call after the sentence pass and
 * before the floors of insult-at-others.ts, sarcasm-at-others.ts, threats.ts and put-downs.ts.
 */
export function applyImpatientReports(entry: ScoreEntry, tokenized: Tokenized): void {
	if (!leansOver(entry, IMPATIENT_REPORT_READING) || !impatientReport(tokenized)) return;
	capCivil(entry, IMPATIENT_REPORT_READING, tokenized);
}
