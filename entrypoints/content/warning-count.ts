/**
 * When a warning counts as a new `shown` event in the history ("warned" on the history page). The rule (README,
 * History): one field's draft episode runs from its first words until the field is emptied (posted, cleared, or
 * every word deleted). Within an episode, every draft text a warning stood over is remembered; a warning that
 * appears counts only when the text it is about is not one of them. So:
 * - Apply a rewrite, then Ctrl+Z (or the card's Undo, or the editor's history): the insult comes back word for
 *   word, and the warning over it was already counted: not counted again (session 15 counted it twice);
 * - the checker going down and back up over the same words: not counted again;
 * - the user fixes the insult, then writes a different one in the same draft: a new warning, counted;
 * - the field is emptied (the comment was posted) and the same words are typed again: a new episode, counted.
 * Within the page this is all; across a reload of the same draft (the site restores it), the `shown` event
 * carries the episode's hashes and the background counts it once (warning-episodes.ts, session 18). Texts are kept as 32-bit hashes, at most
 * `MAX_TEXTS` per field (oldest forgotten first), so a long draft typed under a warning costs a few KB at most.
 */

/** The most warned-over texts remembered per field. */
export const MAX_TEXTS = 500;

/** FNV-1a over the text with runs of whitespace as one space (an editor's trailing newline is the same draft). */
function key(text: string): number {
	const t = text.replace(/\s+/g, ' ').trim();
	let h = 0x811c9dc5;
	for (let i = 0; i < t.length; i++) {
		h ^= t.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) ^ t.length;
}

/**
 * The same hash as text, for the background's episodes across reloads (utils/background/warning-episodes.ts):
 * what leaves the page is a hash, never the draft or the page's address.
 */
export const textHash = (text: string): string => key(text).toString(16);

/** The warned-over texts of each field's current draft episode. */
export interface WarningCount {
	/**
	 * A warning appeared over `text` in field `id`: true when it is a new warning to count (and from now on `text`
	 * is remembered), false when this episode already counted a warning over the same text.
	 */
	appeared(id: number, text: string): boolean;
	/** A warning still stands over `text` (the user typed on under it): remembered, never counted. */
	stands(id: number, text: string): void;
	/** Field `id` was emptied: its episode is over, and the next warning there counts. */
	emptied(id: number): void;
}

export function warningCount(max = MAX_TEXTS): WarningCount {
	const episodes = new Map<number, Set<number>>();
	const remember = (id: number, text: string): boolean => {
		let seen = episodes.get(id);
		if (!seen) {
			seen = new Set();
			episodes.set(id, seen);
		}
		const k = key(text);
		if (seen.has(k)) return false;
		seen.add(k);
		if (seen.size > max) {
			const oldest = seen.values().next().value;
			if (oldest !== undefined) seen.delete(oldest);
		}
		return true;
	};
	return {
		appeared: remember,
		stands(id, text) {
			remember(id, text);
		},
		emptied(id) {
			episodes.delete(id);
		},
	};
}
