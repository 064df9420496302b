/**
 * A draft whose last word is still being typed ("You are a com" on the way to "You are a competent reviewer"):
 * the model reads the fragment as a word, and a pause inside it flashed a warning that the next letter cleared
 * (0.65 on "You are a com", session 16), counted in the history as a warning shown. FieldController holds such a
 * verdict (field-controller.ts: `LONG_PAUSE_MS`); this module only finds the fragment. Pure, tested without a browser.
 */

/** A character between words: the debounce's word boundaries (field-controller.ts) and opening brackets. */
export const WORD_END = /[\s.,!?;:()"'[\]]/;

/**
 * Where the unfinished last word of `text` starts, or -1 when the text ends at a word boundary (space,
 * punctuation, line break) or is blank. `text.slice(0, start)` is the draft without the fragment: what was
 * scored at the last boundary pause.
 */
export function fragmentStart(text: string): number {
	if (!text || WORD_END.test(text.charAt(text.length - 1))) return -1;
	for (let i = text.length - 1; i >= 0; i--) if (WORD_END.test(text.charAt(i))) return i + 1;
	return 0;
}
