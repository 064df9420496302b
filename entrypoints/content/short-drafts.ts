/**
 * Drafts too short to judge. The models see a comment just begun ("Hi everyone,", "Dear all", "No") with almost
 * nothing to go on, and their score there is mostly prior: "Hi everyone" scored 0.64 (an underline under
 * "everyone"), "Dear all" 0.52, "Hi all" 0.41 (caution). A user pausing after a greeting was warned about a
 * greeting. The CLI's scores stay the model's; this is only what the page shows while a draft is this short.
 */
import { maskNonAuthored } from '../../models/text/mask.ts';

/** Fewer words of the writer's own than this is a draft just begun: no caution, and no warning without a word to point at. */
export const MIN_WORDS_TO_JUDGE = 3;

/** Greetings, salutations and thanks: a draft made only of these has nothing in it to warn about. */
const COURTESY = new Set(
	(
		'hi hello hey heya hiya dear welcome greetings morning afternoon evening good great nice thanks thank ' +
		'cheers congrats congratulations all everyone everybody folks team guys people friends there work job ' +
		'catch lgtm regards best kind sir madam'
	).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words the writer typed themselves (quotes and code blanked), lowercased. */
export function ownWords(text: string): string[] {
	return (maskNonAuthored(text).text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** How a draft's length limits what the page may show about it: 'calm', 'no-caution', or 'any'. */
export function shortDraftLimit(text: string, hasSpans: boolean): 'calm' | 'no-caution' | 'any' {
	const words = ownWords(text);
	if (words.length > 0 && words.every((w) => COURTESY.has(w))) return 'calm';
	if (words.length >= MIN_WORDS_TO_JUDGE) return 'any';
	return hasSpans ? 'no-caution' : 'calm';
}
