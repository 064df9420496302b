/**
 * Sarcasm at a decision, for the sarcasm rule (sarcasm-at-others.ts; English only). Session 12, the shapes
 * session 11 left (its check misses): the words are all praise or plain questions, so the toxic head reads them
 * as civil (0.01–0.04):
 * - an eye-roll "so …" that says a practice is dropped: "Great, so the docs are optional now too", "Perfect, so
 *   now we just ignore the linter as well", "Great, so we're shipping without a QA pass again";
 * - a rhetorical "Who needs X anyway?": "Who needs error handling anyway?";
 * - praise as a closing tag: "Another Friday deploy, what a great idea.";
 * - "Ah yes, because X always fixes Y": a reason offered with an absolute it mocks.
 * Sincere look-alikes stay quiet: the same opener with thanks or agreement ("Great, so the docs are up to date
 * now, thanks!"), good news ("Great, so it doesn't crash anymore"), an answered question ("Who needs the old API
 * anyway? Nobody, so I removed it."), a tag that goes on with what it achieved ("…, what a great idea, it halved
 * the latency") or opens the draft ("What a great idea! Let me add it."), and an explanation that lands ("Ah
 * yes, because the lock was never released. That explains the hang.").
 */
import { type Sentence, words } from './sarcasm-quotes.ts';

/** Praise that opens an eye-roll "so …" ("Great, so …", "Cool, so …"). */
const OPENERS = words('great cool perfect wonderful awesome fantastic lovely excellent brilliant nice');
/** What says a practice was dropped ("optional now", "just a suggestion", "ignore the linter"). */
const DROPPED = words('optional suggestion anymore ignore ignoring skip skipping without');
/** Trouble words: a dropped trouble is good news ("so it builds without errors now", "doesn't crash anymore"). */
const TROUBLE = words(
	'error errors warning warnings issue issues problem problems crash crashes crashing fail fails failing ' +
		'failure failures bug bugs flaky flakiness hang hangs leak leaks downtime workaround workarounds hack ' +
		'hacks broken breaks outage',
);
/** Thanks or agreement anywhere in the draft: the praise is meant. */
const AGREEING = words(
	'thanks thank appreciate appreciated like liked agree agreed glad happy welcome congrats enjoy',
);
/** A closing-tag verdict ("what a great idea") and what it is about. */
const GREAT = words(
	'great brilliant fantastic wonderful genius smart excellent superb amazing clever lovely',
);
const IDEA = words('idea plan move decision choice call');
/** What a sincere tag goes on with, anywhere in the draft ("it worked", "it saves us money", "well done"). */
const ACHIEVED = words(
	'worked works working saves saved helped helps halved fixed done cut sped faster thanks thank welcome ' +
		'enjoy congrats appreciate',
);
/** An answer to "Who needs …?" opening the next sentence ("Nobody, so I removed it", "If you do, …"). */
const ANSWERS = words("nobody no none not we i i'll i'd if reply let me us anyone everyone someone ping");
/** Practices of the trade a rhetorical "Who needs X when …" mocks dropping (session 13). */
const PRACTICES = words(
	'review reviews tests testing test types checks linting linter docs documentation monitoring alerting ' +
		'backups backup staging ci qa validation changelog rollback rollbacks migrations logging security audits',
);
/** What a mocked reason calls easy or safe ("because a 2,000-line PR is so easy to review"; session 13). */
const GLOWING = words(
	'easy easier simple simpler safe safer realistic obvious clear readable maintainable intuitive reliable ' +
		'future-proof scalable',
);

/** Openers of a mocked reason ("Ah yes, because …", "Oh right, because …"). */
const INTERJECTIONS = words('ah oh');
const ASSENT = words('yes yeah right sure');
/** The absolute a mocked reason leans on ("always fixes", "never breaks"). */
const ABSOLUTES = words('always never clearly obviously definitely surely totally');
/** An explanation that lands: the reason was real ("That explains …", "Good catch", "I see it now"). */
const EXPLAINED = words('explains explained sense catch find found see thanks thank why');

/** "Great, so the docs are optional now too", "Perfect, so now we just ignore the linter as well". */
function droppedPractice(s: Sentence, agreeing: boolean, found: number[]): void {
	const ws = s.ws;
	if (agreeing || !OPENERS.has(ws[0] ?? '') || ws[1] !== 'so') return;
	const dropped = ws.findIndex((w, k) => k >= 2 && DROPPED.has(w));
	if (dropped < 0 || ws.some((w) => TROUBLE.has(w))) return;
	found.push(s.first, s.first + 1, s.first + dropped);
}

/** "Who needs error handling anyway?", "Who needs tests when you have users, right?". */
function whoNeeds(s: Sentence, next: Sentence | undefined, found: number[]): void {
	const ws = s.ws;
	const who = ws[0] === 'who' ? 0 : -1;
	const needs = ws[who + 1] === 'even' ? who + 2 : who + 1;
	if (who < 0 || ws[needs] !== 'needs') return;
	if (ANSWERS.has(next?.ws[0] ?? '')) return;
	// Only "anyway" makes it rhetorical. "Who needs an alarm when you have a bird outside your window?" (a
	// civil Davidson validation row the first version flagged) is a joke about a thing, so "when you have …"
	// and a closing "right?" are not counted.
	const tag = ws.indexOf('anyway');
	if (tag > needs) found.push(s.first + who, s.first + needs, s.first + tag);
	// Session 13: "Who needs code review when you have production, right?" is rhetorical when what is not needed
	// is a practice of the trade (the Davidson joke's "an alarm" is not one).
	const when = ws.indexOf('when');
	const practice = ws.findIndex((w, k) => k > needs && k < when && PRACTICES.has(w));
	if (tag < 0 && practice > 0) found.push(s.first + who, s.first + needs, s.first + practice);
}

/** "Another Friday deploy, what a great idea." (the tag closes the sentence, after what it judges). */
function praiseTag(s: Sentence, achieved: boolean, found: number[]): void {
	const ws = s.ws;
	const n = ws.length;
	if (achieved || n < 5 || !IDEA.has(ws[n - 1] ?? '') || !GREAT.has(ws[n - 2] ?? '')) return;
	if (!['a', 'an'].includes(ws[n - 3] ?? '') || ws[n - 4] !== 'what') return;
	found.push(s.first + n - 4, s.first + n - 2, s.first + n - 1);
}

/** "Ah yes, because disabling the tests always fixes flakiness." */
function mockedReason(s: Sentence, explained: boolean, found: number[]): void {
	const ws = s.ws;
	if (explained) return;
	if (INTERJECTIONS.has(ws[0] ?? '') && ASSENT.has(ws[1] ?? '') && ws[2] === 'because') {
		const absolute = ws.findIndex((w, k) => k > 2 && ABSOLUTES.has(w));
		if (absolute > 0) found.push(s.first, s.first + 1, s.first + 2, s.first + absolute);
	}
	// Session 13: "Oh yes, because nine nested callbacks are so easy to read", "Sure, because one giant commit is so
	// much easier to revert": an assent, "because", and "so (much) easy/safe/…".
	const because = ASSENT.has(ws[0] ?? '')
		? 1
		: INTERJECTIONS.has(ws[0] ?? '') && ASSENT.has(ws[1] ?? '')
			? 2
			: -1;
	if (because < 0 || ws[because] !== 'because') return;
	const so = ws.findIndex(
		(w, k) =>
			k > because &&
			(w === 'so' || w === 'totally' || w === 'perfectly') &&
			(GLOWING.has(ws[k + 1] ?? '') || (ws[k + 1] === 'much' && GLOWING.has(ws[k + 2] ?? ''))),
	);
	if (so > 0) found.push(s.first, s.first + because, s.first + so, s.first + so + 1);
}

/** Token indices of the words that make the draft mock a decision; empty when none. */
export function decisionSarcasm(sentences: readonly Sentence[]): number[] {
	const found: number[] = [];
	const has = (set: Set<string>) => sentences.some((s) => s.ws.some((w) => set.has(w)));
	const agreeing = has(AGREEING);
	const achieved = has(ACHIEVED);
	const explained = has(EXPLAINED);
	sentences.forEach((s, k) => {
		droppedPractice(s, agreeing, found);
		whoNeeds(s, sentences[k + 1], found);
		praiseTag(s, achieved, found);
		mockedReason(s, explained, found);
	});
	return found;
}
