/**
 * Why the offline fixer had no rewrite to offer for a draft: one category per miss, from the rejected candidates
 * alone (scripts/rewrite-misses.ts counts them on ParaDetox). Categories are checked in the order listed.
 */
import type { FixerLexicon } from './fixer-learned.ts';
import { FALLBACK_STATEMENTS } from './fixer-text.ts';
import { handWrittenWords } from './lexicon.ts';
import type { RewriteCandidate } from './types.ts';

/** The categories, in the order they are tested, with what each means. */
export const MISS_CATEGORIES = {
	'not-flagged': 'the scorer does not flag the draft and no rule changed it (the extension would not ask)',
	'whole-insult':
		'the draft was all attack: only the fallback statement was left (no one named to disagree with), and it was rejected',
	fragment: 'the fragment guard withdrew a candidate (it would have been broken English)',
	'known-word-kept':
		'still flagged, and its most civil candidate still holds a word some rule knows (a guard, its context or the rule order kept it)',
	'still-flagged':
		'still flagged, and its most civil candidate holds no word any rule knows: unknown vocabulary, or rude as a whole',
	unchanged: 'flagged, but no rule matched anything in it (unknown vocabulary)',
	other: 'rejected for another reason (protected token changed, unrelated, too long)',
} as const;

/** One of MISS_CATEGORIES. */
export type MissCategory = keyof typeof MISS_CATEGORIES;

const HAND_WRITTEN = handWrittenWords();

/** Whether `text` still holds a word (or learned phrase) that a hand-written or learned rule changes. */
export function holdsKnownWord(text: string, lexicon: FixerLexicon | null): boolean {
	const words =
		text
			.toLowerCase()
			.replace(/’/g, "'")
			.match(/[\p{L}*']+/gu) ?? [];
	for (let i = 0; i < words.length; i++)
		for (let n = 1; n <= 3 && i + n <= words.length; n++) {
			const phrase = words.slice(i, i + n).join(' ');
			if (HAND_WRITTEN.has(phrase) || lexicon?.learnedFirst.byPhrase.has(phrase)) return true;
		}
	return false;
}

/** The category of a draft that got no accepted candidate. */
export function missCategory(
	draft: string,
	draftFlagged: boolean,
	rejected: readonly RewriteCandidate[],
	lexicon: FixerLexicon | null,
): MissCategory {
	const reasons = new Set(rejected.map((r) => r.rejected));
	if (rejected.every((r) => r.rejected === 'unchanged')) return draftFlagged ? 'unchanged' : 'not-flagged';
	if (rejected.some((r) => (FALLBACK_STATEMENTS as readonly string[]).includes(r.rewrite.trim())))
		return 'whole-insult';
	if (reasons.has('empty')) return 'fragment';
	// Judged on the most civil attempt: the lightest arm keeps rude words on purpose.
	const best = rejected
		.filter((r) => r.rejected === 'still flagged')
		.sort((a, b) => b.appropriate - a.appropriate)[0];
	if (best) return holdsKnownWord(best.rewrite, lexicon) ? 'known-word-kept' : 'still-flagged';
	return draft.trim() === '' ? 'unchanged' : 'other';
}
