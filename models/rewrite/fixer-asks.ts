/**
 * The questions and requests a draft makes ("Can we use `parseISO` instead?", "Please reopen it."): a fix that
 * loses them loses what the user wanted done. Rhetorical attacks dressed as questions ("Are you blind?", "Who
 * hired you?", "how hard is it to …?") are not asks; the fixer drops or restates those on purpose.
 */
import { MOCK_QUESTION } from './fixer-condescend.ts';
import { STOP_BEING_FRAME } from './fixer-stop-being.ts';

/** A question mark, "please", or "can/could/would/should we/you". */
const ASK = /\?|\bplease\b|\b(?:can|could|would|should)\s+(?:we|you|someone|anyone)\b/iu;
/** Question shapes that attack rather than ask. */
const RHETORICAL = new RegExp(
	[
		'^(?:\\W*\\p{L}+,\\s+)?(?:are|r)\\s+(?:you|u)\\b',
		'^who\\s+(?:the\\s+(?:hell|heck|fuck)\\s+)?(?:wrote|hired|approved|thought|merged|made|designed|asked)\\b',
		'\\bwhat\\s+(?:kind|sort|type)\\s+of\\b',
		'\\bhow\\s+hard\\s+(?:is|can)\\b',
		'^why\\s+(?:is|are)\\s+(?:this|it|that|these)\\s+still\\b',
		'\\bwhat\\s+the\\s+(?:hell|heck|fuck)\\b',
		'^(?:seriously|really|wtf)\\?',
		"^(?:can['’]?t|cannot|don['’]?t|do|can)\\s+(?:you|u)\\s+(?:even\\s+)?(?:read|see|understand|google|search|follow|listen)\\b",
		// "How dumb can one person be?", "How can anyone be this incompetent?": contempt, not a question.
		'^(?:\\W*\\p{L}+,\\s+)?how\\s+\\p{L}+\\s+(?:can|could|must)\\s+(?:one\\s+person|a\\s+person|you|u|anyone|someone|people|they|he|she)\\s+(?:possibly\\s+|even\\s+|really\\s+)?be\\b',
		'^(?:\\W*\\p{L}+,\\s+)?how\\s+(?:can|could)\\s+(?:one\\s+person|a\\s+person|you|u|anyone|someone|people|they|he|she)\\s+(?:possibly\\s+|even\\s+|really\\s+)?be\\s+(?:this|that|so)\\b',
		// Jabs at someone's reading or English (fixer-jabs.ts), wherever an oath puts them: "For God's sake, can you not
		// read?", "Is English not your first language?", "Are you physically unable to read?" (session 12).
		"\\b(?:can|can['’]?t|cannot)\\s+(?:you|u)\\s+(?:even\\s+|not\\s+|just\\s+)?read(?:\\s+english)?\\s*\\?",
		'\\b(?:is|was)\\s+english\\s+(?:not\\s+)?(?:ever\\s+)?your\\b|\\b(?:speak|read|understand)\\s+english\\s*\\?|\\breading\\s+comprehension\\b',
		'\\bare\\s+(?:you|u)\\s+(?:\\p{L}+\\s+){0,2}?(?:incapable\\s+of|unable\\s+to|illiterate)\\b',
		// "Did you even read the docs?": the fixer asks it anew ("Did you get a chance to…") or states the fact.
		'^(?:did|do|does|have|has)\\s+(?:you|u|anyone|anybody)\\s+(?:even|ever\\s+even|actually)\\b',
		// "Can you stop being an idiot for once?", "Please stop being such a moron.": only the attack (session 24);
		// "Can you stop being such a baby about the naming?" too, whose topic fixer-stop-being.ts keeps (session 26).
		`${STOP_BEING_FRAME}(?:\\s+(?:about|with|over|on|regarding)\\s+[^.!?\\n]+?)?(?:\\s+for\\s+once)?\\W*$`,
	].join('|'),
	'iu',
);

/** The draft's sentences: a stop ends one only before white space ("1.2", "a.b()" do not); a line break too. */
function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => /\p{L}/u.test(s));
}

/** The sentences of `text` that ask a real question or make a request. */
export function genuineAsks(text: string): string[] {
	return sentences(text).filter((s) => ASK.test(s) && !RHETORICAL.test(s) && !MOCK_QUESTION.test(s));
}

/** Whether `rewrite` still asks something when `draft` did (always true when the draft asked nothing). */
export function keepsAsk(draft: string, rewrite: string): boolean {
	return genuineAsks(draft).length === 0 || ASK.test(rewrite);
}
