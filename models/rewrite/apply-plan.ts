/**
 * Decides whether a rewrite may replace the draft. Pure: the content script's editor strategy does the actual
 * write (execCommand('insertText') / beforeinput, so the editor's undo works). A rewrite is only applied to the
 * exact text it was made for; if the user typed since, it is refused and the card must ask again.
 */

/** The outcome: the text to write, or why not. */
export type ApplyPlan =
	| { ok: true; text: string }
	| { ok: false; reason: 'draft-changed' | 'empty-rewrite' | 'no-change' }
	| { ok: false; reason: 'too-long'; length: number; maxLength: number };

/** Line endings and trailing whitespace differ between editors and are not edits by the user. */
function normalise(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\u00a0]+$/gm, '')
		.replace(/\n+$/, '');
}

/**
 * Plans replacing the draft: refuses when `currentText` is no longer `sourceAtSuggestion`, and a rewrite longer
 * than the field's `maxLength` (the browser would write only what fits: a rewrite cut off mid-sentence).
 */
export function applyPlan(
	sourceAtSuggestion: string,
	currentText: string,
	rewrite: string,
	maxLength?: number | null,
): ApplyPlan {
	if (normalise(currentText) !== normalise(sourceAtSuggestion)) return { ok: false, reason: 'draft-changed' };
	if (rewrite.trim() === '') return { ok: false, reason: 'empty-rewrite' };
	if (normalise(rewrite) === normalise(currentText)) return { ok: false, reason: 'no-change' };
	if (typeof maxLength === 'number' && rewrite.length > maxLength)
		return { ok: false, reason: 'too-long', length: rewrite.length, maxLength };
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
	'too-long':
		'The suggestion is longer than this box allows, so it was not applied (the site would have cut it off). Shorten the draft by hand or ask again.',
};

/** The card's message for a refusal; a too-long one says by how much, so the draft can be shortened by hand. */
export function refusalMessage(plan: Exclude<ApplyPlan, { ok: true }>): string {
	if (plan.reason !== 'too-long') return APPLY_REFUSALS[plan.reason];
	return `The rewrite is ${plan.length} characters; this box takes ${plan.maxLength}. It was not applied (the site would have cut it off): shorten the draft by hand or ask again.`;
}

/** One replacement in the field: [start, end) of the current text becomes `text`. */
export interface Edit {
	start: number;
	end: number;
	text: string;
}

const SPACE = /\s/;
const NEWLINES = /\n/g;
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);
const isLow = (c: string | undefined) => c !== undefined && c >= '\udc00' && c <= '\udfff';

/** End (exclusive) of the whitespace run starting at `i` walking by `step` (+1 forward, -1 backward), within `stop`. */
function runEnd(s: string, i: number, step: 1 | -1, stop: number): number {
	let k = i;
	while (k !== stop && isSpace(s[step === 1 ? k : k - 1])) k += step;
	return k;
}
const newlines = (s: string) => (s.match(NEWLINES) ?? []).length;

/**
 * The single smallest edit that turns `from` into `to`: what both share at the start and at the end stays in
 * the field as it is. Applying a rewrite as one whole-field replacement made rich editors drop everything that
 * is not plain text (a mention chip, an emoji image, bold, a link, a list) even where the rewrite changed nothing.
 * Whitespace runs with the same line breaks count as equal (the rewriter tidies spacing: around a mention chip
 * the draft reads "Hey  thanks"). The edit never splits a surrogate pair and never writes an empty text (a pure
 * deletion takes one shared character with it), so every editor can write it as one undoable insert.
 */
export function minimalEdit(from: string, to: string): Edit {
	let i = 0;
	let j = 0;
	while (i < from.length && j < to.length) {
		if (isSpace(from[i]) && isSpace(to[j])) {
			const a = runEnd(from, i, 1, from.length);
			const b = runEnd(to, j, 1, to.length);
			if (newlines(from.slice(i, a)) !== newlines(to.slice(j, b))) break;
			i = a;
			j = b;
		} else if (from[i] === to[j]) {
			i++;
			j++;
		} else break;
	}
	let k = from.length;
	let l = to.length;
	while (k > i && l > j) {
		if (isSpace(from[k - 1]) && isSpace(to[l - 1])) {
			const a = runEnd(from, k, -1, i);
			const b = runEnd(to, l, -1, j);
			if (newlines(from.slice(a, k)) !== newlines(to.slice(b, l))) break;
			k = a;
			l = b;
		} else if (from[k - 1] === to[l - 1]) {
			k--;
			l--;
		} else break;
	}
	// Both texts agree up to i, so a low surrogate at i means the pair's high half is in the shared prefix.
	if (isLow(from[i]) || isLow(to[j])) {
		i--;
		j--;
	}
	if (isLow(from[k]) || isLow(to[l])) {
		k++;
		l++;
	}
	if (j === l && k < from.length) {
		const n = isLow(from[k + 1]) ? 2 : 1;
		return { start: i, end: k + n, text: from.slice(k, k + n) };
	}
	if (j === l && i > 0) {
		const n = isLow(from[i - 1]) ? 2 : 1;
		return { start: i - n, end: k, text: from.slice(i - n, i) };
	}
	return { start: i, end: k, text: to.slice(j, l) };
}

const WORD = /[\p{L}\p{N}_'’]/u;

/**
 * Where the caret belongs once `edit` turned a draft into `next`: the same place in the text around the edit
 * (the end of the draft when it was there, or when unknown: the usual case, the user was typing at the end).
 * A caret inside the changed stretch goes after the new words there, never inside a word: a minimal edit can
 * end mid-word ("…garbage." → "…code." shares "e."), and the browser leaves its caret right there.
 */
export function caretAfterEdit(edit: Edit, caret: number | null, next: string): number {
	const grown = edit.text.length - (edit.end - edit.start);
	if (caret === null || caret >= edit.end)
		return caret === null ? next.length : Math.min(caret + grown, next.length);
	if (caret <= edit.start) return caret;
	let at = edit.start + edit.text.length;
	while (at < next.length && at > 0 && WORD.test(next[at] ?? '') && WORD.test(next[at - 1] ?? '')) at++;
	return at;
}
