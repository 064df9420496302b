/**
 * A ping asking an indefinite someone to help, review, answer or merge is not an attack (session 30, civil30; issue
 * 2). The toxic head reads these pings, often in non-native English, as hostile: "Please somebody review my PR, it
 * is open since one month and nobody answer." 0.77, "Can somebody please look at my pull request? It is open since
 * 20 days." 0.57, "Can anyone help me please? I try everything and still not working." 0.57, "Please someone
 * answer, my boss is asking me every day about this." (Inappropriateness 0.66). impatient-reports.ts caps pings
 * about an issue's state, but never one that names "someone", "anyone" or "nobody": there they are the person
 * asked, not a person blamed.
 *
 * Structural condition: an indefinite pronoun (someone, somebody, anyone, anybody, nobody, no one) with a verb of
 * help or review (help, review, look, check, merge, answer, reply, respond, approve, …) after it in the same
 * clause, within a few words ("Can someone with merge rights take a look", "nobody has replied"). Such a draft is
 * capped under the default threshold on both heads (HELP_PING_CAP, as impatient-reports.ts; held under the
 * flag point at every sensitivity: civil-hold.ts) when, besides, it names no other person (you, he, they, people, everyone, whoever, …), has no
 * insult, profanity or word judging people (prior-only.ts `hasJudgingWord`: "Can anyone help me understand why the
 * maintainers are such lazy clowns?"), no sneer ("Can anyone here even review code?") and no verb of punishment
 * ("Can somebody ban …"), no someone described by what they understand or wished for instead ("I'd rather have
 * someone who understands caching look at this."), no contempt for the work ("What a waste of space this project is. Nobody answers …") and
 * at most MAX_WORDS words. The rule floors after it (insult-at-others.ts, threats.ts, sarcasm-at-others.ts,
 * put-downs.ts) still apply.
 *
 * Draft scoring only, with no model run: a few set look-ups, and nothing at all for a draft under the cap.
 */

import type { Token, Tokenized } from '../features/featurize.ts';
import { type CivilReading, capCivil, leansOver } from './civil-hold.ts';
import { hasJudgingWord } from './prior-only.ts';
import type { ScoreEntry } from './score-entry.ts';
import { CONTEMPT as WORK_CONTEMPT } from './work-insults.ts';

const words = (s: string) => new Set(s.split(' '));

/** Where a capped draft lands on each head: as impatient-reports.ts's IMPATIENCE_CAP, and for the same reasons. */
export const HELP_PING_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts: held under the flag point at every sensitivity). */
const HELP_PING_READING: CivilReading = {
	rule: 'help-ping',
	cap: HELP_PING_CAP,
	toxic: true,
	toReader: false,
};
/** The person asked, unnamed ("no one" is two words: "one" after "no"). */
const INDEFINITE = words('someone somebody anyone anybody nobody noone');
/** What the writer asks of them: help, a review, an answer, a merge. */
const ASKED = words(
	'help helps helped review reviews reviewed look looks looked check checks checked merge merges merged answer ' +
		'answers answered reply replies replied respond responds responded approve approves approved triage ' +
		'triaged confirm confirms confirmed test tested',
);
/** How many words after the pronoun its verb may come ("Could someone with merge rights take a look"). */
const MAX_GAP = 5;
/** Anyone else named by pronoun or as people: a ping names no one but the writer and the one it asks. */
const OTHERS = words(
	"he he's him his himself she she's her hers herself they they're them their theirs themselves people guys " +
		'folks everyone everybody whoever',
);
/** Words that turn a request into a jab ("Can anyone here even review code?", "Does anybody actually test this?"). */
const SNEER = words('even actually ever seriously literally competent bother bothered');
/**
 * Contempt for the project or the work beside the ping ("What a waste of space this project is. Nobody answers, …"):
 * more than a ping, so the models' reading stays (work-insults.ts's words, and these).
 */
const CONTEMPT = new Set([
	...WORK_CONTEMPT,
	...words(
		'waste rubbish ridiculous absurd nonsense useless unacceptable insane shame shameful disgrace dead',
	),
]);
/** A ping is short: a long draft carries more than its request (the models' reading of the rest stays). */
const MAX_WORDS = 30;
/**
 * A someone described by what they understand, or wished for instead, is a comparison with the reader, not a ping
 * ("I'd rather have someone who understands caching look at this.", a calm put-down of session 30's putdown30 set).
 */
const KNOWING = words('understands understand knows know gets grasps groks');
const INSTEAD = words('rather instead');
/** Verbs of punishment: a request to act against a person, not for the writer ("Can somebody ban this guy?"). */
const PUNISH = words('ban banned kick block mute silence fire remove shut report stop');

/** Whether tokens `a` and `b` are in the same clause (no sentence or clause punctuation between them). */
function sameClause(masked: string, a: Token, b: Token): boolean {
	return !/[.!?;:,()\u2013\u2014]/.test(masked.slice(a.end, b.start));
}

/** Whether the draft holds an indefinite pronoun with a verb of help or review after it in its clause. */
function asksSomeone({ tokens, masked }: Tokenized): boolean {
	for (const [i, t] of tokens.entries()) {
		const pronoun = INDEFINITE.has(t.word) || (t.word === 'one' && tokens[i - 1]?.word === 'no');
		if (!pronoun) continue;
		const relative = tokens[i + 1]?.word === 'who' || tokens[i + 1]?.word === 'that';
		if (relative && KNOWING.has(tokens[i + 2]?.word ?? '')) return false;
		for (let j = i + 1; j <= i + MAX_GAP && j < tokens.length; j++) {
			const next = tokens[j] as Token;
			if (!sameClause(masked, t, next)) break;
			if (ASKED.has(next.word)) return true;
		}
	}
	return false;
}

/** Whether a draft is a civil ping asking an indefinite someone for help, a review or an answer. */
export function helpPing(tokenized: Tokenized): boolean {
	const { tokens } = tokenized;
	if (tokens.length > MAX_WORDS) return false;
	const refuses = (w: string) =>
		OTHERS.has(w) || SNEER.has(w) || PUNISH.has(w) || CONTEMPT.has(w) || INSTEAD.has(w);
	if (tokens.some(({ word }) => refuses(word))) return false;
	return asksSomeone(tokenized) && !hasJudgingWord(tokenized);
}

/**
 * Caps a help ping's toxic head and dimensions at HELP_PING_CAP. Call after the sentence pass, with
 * impatient-reports.ts, before the floors of insult-at-others.ts, sarcasm-at-others.ts, threats.ts and put-downs.ts.
 */
export function applyHelpPings(entry: ScoreEntry, tokenized: Tokenized): void {
	if (!leansOver(entry, HELP_PING_READING) || !helpPing(tokenized)) return;
	capCivil(entry, HELP_PING_READING, tokenized);
}
