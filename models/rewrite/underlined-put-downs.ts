/**
 * The draft's put-down as the scorer found it (session 30, rank30). rank28 rejected a candidate that kept a
 * condescending clause only for the phrasings fixer-condescend.ts knows; a model that reworded around another
 * put-down ("Some of us actually read the RFC.", "Is reading the error message too much to ask?") and kept it was
 * offered whenever the scorer read the candidate as civil. Here the put-down is what a rule floor of the scorer
 * underlined on the draft: a rule names its words with full weight (every word 1; the model's word attributions
 * give only their strongest word 1), and a phrase of two or more words is a put-down's wording, not a context word
 * ("doc", "mess") that leastAttack weighs. A candidate that still holds the phrase's words in order, in one
 * sentence, with at most a few words between, keeps the put-down, whichever phrasing it was. (A candidate that
 * fires the same floor is flagged, and rejected as still flagged before this is asked.)
 */
import type { ScoreResult } from '../scoring/types.ts';
import { protectedRanges } from './protected.ts';

/** A rule floor's weight (culprit and floor words are named with 1). */
const FLOOR_WEIGHT = 0.99;
/** Words that do not make a phrase by themselves. */
const GLUE = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or']);
/** Words a floor leaves out between the words it names ("Some [of] us"). */
const GAP_WORDS = new Set([
	...GLUE,
	'for',
	'in',
	'on',
	'with',
	'your',
	'my',
	'you',
	'this',
	'that',
	'it',
	'is',
]);
/** Words a candidate may put between the phrase's words and still say it ("too much to ask" → "too much to even ask"). */
const SLACK = 3;

const tokens = (text: string) =>
	(text.match(/\p{L}[\p{L}'’]*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '');
const same = (a: string, b: string) => a === b || (a.length > 3 && b.length > 3 && stem(a) === stem(b));

/** The phrases a rule floor underlined on the draft, as their words (glue words left out), two or more each. */
export function underlinedPutDowns(draft: string, score: ScoreResult | undefined): string[][] {
	if (!score) return [];
	// Code, links, quotes and numbers are kept verbatim by every candidate: never the put-down ('closed #877 as
	// "won't fix"' had the quoted status underlined, and the restatement keeps it).
	const shielded = protectedRanges(draft);
	const spans = score.spans
		.filter((s) => s.head !== 'inappropriate' && s.weight >= FLOOR_WEIGHT)
		.filter((s) => !shielded.some((r) => r.start < s.end && s.start < r.end))
		.sort((a, b) => a.start - b.start);
	const groups: [number, number][] = [];
	for (const s of spans) {
		const last = groups.at(-1);
		const gap = last ? draft.slice(last[1], s.start) : '';
		const gapWords = tokens(gap);
		if (
			last &&
			/^[^.!?;:,\n]*$/u.test(gap) &&
			gapWords.length <= 2 &&
			gapWords.every((w) => GAP_WORDS.has(w))
		)
			last[1] = Math.max(last[1], s.end);
		else groups.push([s.start, s.end]);
	}
	return groups
		.map(([start, end]) => tokens(draft.slice(start, end)).filter((w) => !GLUE.has(w)))
		.filter((words) => words.length >= 2);
}

/** Whether `words` occur in order in `sentence`'s words, spread over at most twice their number plus SLACK. */
function holdsInOrder(sentence: string[], words: readonly string[]): boolean {
	for (let i = 0; i < sentence.length; i++) {
		if (!same(sentence[i] ?? '', words[0] ?? '')) continue;
		let at = i;
		let ok = true;
		for (const w of words.slice(1)) {
			let next = at + 1;
			while (next < sentence.length && !same(sentence[next] ?? '', w)) next++;
			if (next >= sentence.length) {
				ok = false;
				break;
			}
			at = next;
		}
		if (ok && at - i + 1 <= words.length * 2 + SLACK) return true;
	}
	return false;
}

/**
 * The draft's underlined put-downs (underlinedPutDowns) that `rewrite` still says, joined as words; empty when it
 * keeps none or the draft had none. Quote lines (the other person's words) are not the candidate's own.
 */
export function keptUnderlinedPutDowns(
	draft: string,
	draftScore: ScoreResult | undefined,
	rewrite: string,
): string[] {
	const phrases = underlinedPutDowns(draft, draftScore);
	if (phrases.length === 0) return [];
	const own = rewrite
		.split('\n')
		.filter((line) => !/^\s*>/.test(line))
		.join('\n');
	const sentences = own.split(/[.!?;\n]+/).map(tokens);
	return phrases
		.filter((words) => sentences.some((sentence) => holdsInOrder(sentence, words)))
		.map((words) => words.join(' '));
}
