/**
 * The offline fixer in a tense thread (issue 4): what the derailment card advises, done to the fixed draft.
 * Blame aimed at the person becomes a statement about the problem or a shared "we" ("you broke the build" →
 * "this change broke the build", "you forgot the tests" → "we forgot the tests"), impatience markers go ("for the
 * third time"), and the reply opens by acknowledging the other side or inviting a question, from a small set of
 * written openers (one per arm, so the reward ranks the wordings). Deterministic; adds no claim about the code.
 * `calmBlame` runs inside fixOffline, where protected tokens are placeholders no rule can match.
 */
import { applyRules, type Rule } from './fixer-text.ts';
import type { Strategy, ThreadTension } from './types.ts';

/** The written openers: acknowledging ones where people are frustrated, else neutral or a question. */
export const THREAD_OPENERS = {
	acknowledge: ['I understand the frustration.', 'I see why this is frustrating.'],
	neutral: ['I hear you.', 'Let’s focus on the problem.'],
	question: ['Can we look at this together?', 'Could we step back for a moment?'],
} as const;

const THING =
	'(change|changes|commit|commits|PR|PRs|patch|patches|code|fix|refactor|approach|implementation|test|tests|branch|config|update|merge|script|migration|release|design|docs)';
/** Second-person blame → the problem, or "we". */
const DE_BLAME: Rule[] = [
	[/\bwhy\s+did\s+(?:you|u)\s+(?:even\s+)?(\p{L}+)\b/giu, 'what was the reason to $1'],
	// "Can't you read?" is a jab, not a question: it goes; "can't you add a test?" asks for something shared.
	[/\bcan['’]?t\s+(?:you|u)\s+(?:even\s+)?(?:read|see|count|understand)\s*\?+\s*/giu, ''],
	[/\bcan['’]?t\s+(?:you|u)\b/giu, 'could we'],
	[
		/\b(?:you|u)(?:['’]ve|\s+have)?\s+(broke|broken|removed|deleted|reverted|dropped|introduced)\b/giu,
		(verb) => `this change ${verb.toLowerCase() === 'broken' ? 'broke' : verb}`,
	],
	[/\b(?:you|u)\s+(forgot|missed|ignored|overlooked|skipped|messed\s+up)\b/giu, 'we $1'],
	[/\b(?:you|u)\s+(?:need|have|got)\s+to\b/giu, 'we need to'],
	[/\b(?:you|u)\s+(should|must)\b/giu, 'we $1'],
	[new RegExp(`\\byour\\s+${THING}\\b`, 'giu'), (thing) => `${/s$/.test(thing) ? 'these' : 'this'} ${thing}`],
];
/** Impatience that only raises the heat: "for the third time", "(yet) again and again", "already" at the end. */
const CALM: Rule[] = [
	[/,?\s*for\s+the\s+(?:\p{L}+|\d+(?:st|nd|rd|th))\s+time(?:\s+(?:now|today|this\s+week))?\b/giu, ''],
	[/\b(?:yet\s+)?again\s+and\s+again\b/giu, 'again'],
	[
		/\b(?:I(?:['’]ve|\s+have)?\s+)?(?:already\s+)?(?:told|asked)\s+(?:you|u)\s+(?:\p{L}+\s+times|twice|before)(?:\s+already)?\s*[:,]?\s*/giu,
		'as mentioned before, ',
	],
];

/** Which opener each arm writes: the lightest arm the shortest; the restating arms a question. */
function openerFor(strategy: Strategy, tension: ThreadTension): string {
	const set = tension.frustrated ? THREAD_OPENERS.acknowledge : THREAD_OPENERS.neutral;
	switch (strategy.template) {
		case 'minimal':
			return THREAD_OPENERS.neutral[0];
		case 'soften':
			return set[0];
		case 'restate':
			return THREAD_OPENERS.question[strategy.fewShot === 'argument' ? 1 : 0];
		default:
			return set[1];
	}
}

/** A reply that already opens by acknowledging or asking needs no second opener. */
const OPENS_CALMLY =
	/^(?:I\s+(?:understand|see|hear|get)|Thanks|Thank\s+you|Sorry|Can\s+we|Could\s+we|Let['’]s)\b/u;

/** Second-person blame and impatience reworded (fixOffline runs it in a tense thread, before its clean-up). */
export function calmBlame(text: string): string {
	return applyRules(applyRules(text, DE_BLAME), CALM);
}

/** A line that is no prose to start a sentence on: a quote, a code fence or indented code, a list item, a heading, a table row. */
const BLOCK_LINE = /^(?: {4}|\t| {0,3}(?:>|```|~~~|[-*+]\s|\d+[.)]\s|#{1,6}\s|\|))/;
/** Leading quote lines (what the reply answers) and the blank lines after them. */
const LEADING_QUOTES = /^(?:[ \t]*>[^\n]*(?:\n|$)|[ \t]*\n)*/;

/**
 * The arm's opener in front of a fixed reply in a tense thread. `fixed` is the offline fixer's output ('' stays
 * '': a fragment is never dressed up). A reply that starts by quoting what it answers keeps its quote first and
 * the opener goes before the reply's own words; before a code block, list or heading it is a paragraph of its own
 * (session 27, qa26: "I hear you. > It works…" ran the quote into the text, so every candidate on a reply that
 * opened with a quote or a code block was rejected and a tense thread's card had no suggestion).
 */
export function withOpener(fixed: string, strategy: Strategy, tension: ThreadTension): string {
	if (!tension.tense || fixed.trim() === '') return fixed;
	const at = LEADING_QUOTES.exec(fixed)?.[0].length ?? 0;
	const rest = fixed.slice(at);
	if (rest.trim() === '' || OPENS_CALMLY.test(rest)) return fixed;
	const opener = openerFor(strategy, tension);
	return `${fixed.slice(0, at)}${opener}${BLOCK_LINE.test(rest) ? '\n\n' : ' '}${rest}`;
}
