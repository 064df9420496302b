/**
 * Two kinds of firm writing that name no one to blame are not attacks (session 30, civil30b; issue 2): the toxic
 * head reads them as hostile from their strong words.
 * - A request to stop a behaviour, as a moderator or maintainer makes it: "Please stop pinging the maintainers on
 *   every issue, we read them all." 0.65, "Please stop posting the same stack trace in three channels, one place is
 *   enough." 0.74. Structural condition: a clause that opens (after "please", "kindly", "can we", "let's", "could
 *   everyone", …) on stop/quit + a verb in -ing, "refrain from", or "don't"/"do not" + a verb.
 * - A strong idiom said of a decision, a price or a policy: "The new pricing is a slap in the face for open source
 *   projects." 0.65, "The license change feels like a kick in the teeth for everyone who contributed …" 0.51.
 *   Structural condition: slap|smack|spit in the face, kick in the teeth, stab in the back, punch in the gut; the
 *   reader guard below keeps it off "you" and "your PR" (the idiom must be said of a thing).
 * Either is capped under the default threshold on both heads (FIRM_CAP, as help-pings.ts; held under the flag point
 * at every sensitivity: civil-hold.ts) only when the draft has
 * no insult, profanity, judging word or word naming the reader (prior-only.ts `hasJudgingWord`: "Stop pinging me,
 * you clueless leech.", "Your PR is a slap in the face to everyone who writes tests."), no contempt for the work, no
 * group of people named for who they are (put-down-frames.ts `identity`) and at most MAX_WORDS words. The rule floors after it (insult-at-others.ts, threats.ts, put-downs.ts, …) still apply.
 *
 * Draft scoring only, with no model run.
 */

import type { Token, Tokenized } from '../features/featurize.ts';
import { type CivilReading, capCivil, leansOver } from './civil-hold.ts';
import { hasJudgingWord } from './prior-only.ts';
import { SETS as PUT_DOWN_SETS } from './put-down-frames.ts';
import type { ScoreEntry } from './score-entry.ts';
import { CONTEMPT as WORK_CONTEMPT } from './work-insults.ts';

const words = (s: string) => new Set(s.split(' '));

/** Where a capped draft lands on each head: as help-pings.ts's HELP_PING_CAP. */
export const FIRM_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts: held under the flag point at every sensitivity). */
const FIRM_REQUEST_READING: CivilReading = {
	rule: 'firm-request',
	cap: FIRM_CAP,
	toxic: true,
	toReader: false,
};
/** A firm line is short: a long draft carries more than its request (the models' reading of the rest stays). */
const MAX_WORDS = 30;
/** Words that may open a request before its verb ("Please stop …", "Can we stop …", "Everyone, please stop …"). */
const OPENERS = words(
	"please kindly pls plz can could would we everyone everybody folks all let us let’s let's just need to " +
		'really guys team',
);
/** Contempt for the work or for a person's worth: more than a request, so the models' reading stays. */
const CONTEMPT = new Set([
	...WORK_CONTEMPT,
	...words(
		'waste wasting rubbish nonsense useless shame shameful disgrace idiotic stupid loser nobody cares',
	),
]);
/**
 * A group named for who they are: a request about what is said of a group is about the group, not a behaviour
 * (eval: a HateModerate validation row, "please stop saying all <group> …", was capped before this guard).
 */
const GROUPS = PUT_DOWN_SETS.identity as ReadonlySet<string>;
/** The idioms: [first word(s), preposition, body part]. */
const IDIOMS: readonly (readonly [ReadonlySet<string>, string, string])[] = [
	[words('slap smack spit'), 'in', 'face'],
	[words('kick'), 'in', 'teeth'],
	[words('stab'), 'in', 'back'],
	[words('punch'), 'in', 'gut'],
];

/** Whether tokens `a` and `b` are in the same clause (no sentence or clause punctuation between them). */
function sameClause(masked: string, a: Token, b: Token): boolean {
	return !/[.!?;:,()\u2013\u2014]/.test(masked.slice(a.end, b.start));
}

/** Whether the token at `i` opens its clause (first token, or after clause punctuation). */
function opensClause(masked: string, tokens: readonly Token[], i: number): boolean {
	const before = tokens[i - 1];
	return before === undefined || !sameClause(masked, before, tokens[i] as Token);
}

/** Whether a clause opens, after OPENERS, on a request to stop a behaviour ("stop pinging", "refrain from"). */
export function asksToStop({ tokens, masked }: Tokenized): boolean {
	for (let i = 0; i < tokens.length; i++) {
		if (!opensClause(masked, tokens, i)) continue;
		let j = i;
		while (j < tokens.length && OPENERS.has((tokens[j] as Token).word) && j - i < 4) j++;
		if (j > i && !sameClause(masked, tokens[j - 1] as Token, (tokens[j] ?? tokens[j - 1]) as Token)) continue;
		const verb = tokens[j]?.word ?? '';
		const next = tokens[j + 1]?.word ?? '';
		if ((verb === 'stop' || verb === 'quit') && next.length > 4 && next.endsWith('ing')) return true;
		if (verb === 'refrain' && next === 'from') return true;
		if ((verb === "don't" || verb === 'dont') && j > i && tokens[i]?.word === 'please') return true;
		if (verb === 'do' && next === 'not' && j > i && tokens[i]?.word === 'please') return true;
	}
	return false;
}

/** Whether the draft says a strong idiom (a slap in the face, …) with no reader word before it in its sentence. */
export function idiomAtDecision({ tokens }: Tokenized): boolean {
	for (let i = 0; i + 3 < tokens.length; i++) {
		const found = IDIOMS.some(
			([first, prep, part]) =>
				first.has((tokens[i] as Token).word) &&
				tokens[i + 1]?.word === prep &&
				(tokens[i + 2]?.word === 'the' || tokens[i + 2]?.word === 'my' || tokens[i + 2]?.word === 'our') &&
				tokens[i + 3]?.word === part,
		);
		if (found) return true;
	}
	return false;
}

/** Whether a draft is a firm request about behaviour or an idiom about a decision, aimed at no one (see above). */
export function firmNotPersonal(tokenized: Tokenized): boolean {
	const { tokens } = tokenized;
	if (tokens.length > MAX_WORDS) return false;
	if (tokens.some(({ word }) => CONTEMPT.has(word) || GROUPS.has(word))) return false;
	if (hasJudgingWord(tokenized)) return false;
	return asksToStop(tokenized) || idiomAtDecision(tokenized);
}

/**
 * Caps such a draft's toxic head and dimensions at FIRM_CAP. Call after the sentence pass, with help-pings.ts,
 * before the floors of insult-at-others.ts, sarcasm-at-others.ts, threats.ts and put-downs.ts.
 */
export function applyFirmNotPersonal(entry: ScoreEntry, tokenized: Tokenized): void {
	if (!leansOver(entry, FIRM_REQUEST_READING) || !firmNotPersonal(tokenized)) return;
	capCivil(entry, FIRM_REQUEST_READING, tokenized);
}
