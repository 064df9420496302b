/**
 * Decides whether a rewrite may replace the draft. Pure: the content script's editor strategy does the actual
 * write (execCommand('insertText') / beforeinput, so the editor's undo works). A rewrite is only applied to the
 * exact text it was made for; if the user typed since, it is refused and the card must ask again.
 */

/** The outcome: the text to write, or why not. */
export type ApplyPlan =
	| { ok: true; text: string }
	| { ok: false; reason: 'draft-changed' | 'empty-rewrite' | 'no-change' };

/** Line endings and trailing whitespace differ between editors and are not edits by the user. */
function normalise(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\u00a0]+$/gm, '')
		.replace(/\n+$/, '');
}

/** Plans replacing the draft: refuses when `currentText` is no longer `sourceAtSuggestion`. */
export function applyPlan(sourceAtSuggestion: string, currentText: string, rewrite: string): ApplyPlan {
	if (normalise(currentText) !== normalise(sourceAtSuggestion)) return { ok: false, reason: 'draft-changed' };
	if (rewrite.trim() === '') return { ok: false, reason: 'empty-rewrite' };
	if (normalise(rewrite) === normalise(currentText)) return { ok: false, reason: 'no-change' };
	return { ok: true, text: rewrite };
}

/** Plans "Undo rewrite": restore the original only if the field still holds the applied rewrite. */
export function undoPlan(original: string, appliedRewrite: string, currentText: string): ApplyPlan {
	if (normalise(currentText) !== normalise(appliedRewrite)) return { ok: false, reason: 'draft-changed' };
	return { ok: true, text: original };
}

/** The card's message for a refusal. */
export const APPLY_REFUSALS: Record<Exclude<ApplyPlan, { ok: true }>['reason'], string> = {
	'draft-changed':
		'Your draft changed since this suggestion was made, so it was not applied. Ask again for a fresh one.',
	'empty-rewrite': 'The suggestion is empty, so it was not applied.',
	'no-change': 'The suggestion is the same as your draft.',
};
