/**
 * Drafts too short to judge. The models see a comment just begun ("Hi everyone,", "Dear all", "No") with almost
 * nothing to go on, and their score there is mostly prior: "Hi everyone" scored 0.64 (an underline under
 * "everyone"), "Dear all" 0.52, "Hi all" 0.41 (caution). A user pausing after a greeting was warned about a
 * greeting. The rule lives with the scorer so the CLI and the page agree: a draft made only of courtesy words
 * scores like one with nothing written (decide.ts `unwrittenScore`), and one of fewer than MIN_WORDS_TO_JUDGE
 * words flags only with a word to point at. The page also keeps such a draft from "caution" (levels.ts).
 * Thread comments scored whole (`ScoreOptions.wholeDraft`) keep the models' output.
 */
import { maskNonAuthored } from '../text/mask.ts';

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

/** The words of a draft whose quotes and code are already blanked (`Tokenized.masked`), lowercased. */
export function wordsOfMasked(masked: string): string[] {
	return (masked.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The words the writer typed themselves (quotes and code blanked), lowercased. */
export function ownWords(text: string): string[] {
	return wordsOfMasked(maskNonAuthored(text).text);
}

/** What a draft's own words allow: 'courtesy' (nothing to judge), 'few' (judge only with a word to point at), 'any'. */
export type ShortDraft = 'courtesy' | 'few' | 'any';

/** Classifies a draft by its own words (`ownWords` / `wordsOfMasked`). */
export function shortDraftOf(words: readonly string[]): ShortDraft {
	if (words.length > 0 && words.every((w) => COURTESY.has(w))) return 'courtesy';
	return words.length < MIN_WORDS_TO_JUDGE ? 'few' : 'any';
}

/** How a draft's length limits what the page may show about it: 'calm', 'no-caution', or 'any'. */
export function shortDraftLimit(text: string, hasSpans: boolean): 'calm' | 'no-caution' | 'any' {
	const kind = shortDraftOf(ownWords(text));
	if (kind === 'courtesy') return 'calm';
	if (kind === 'any') return 'any';
	return hasSpans ? 'no-caution' : 'calm';
}
