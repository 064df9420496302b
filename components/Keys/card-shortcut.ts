/**
 * The card shortcut's CURRENT binding in this page (one content script per frame): what the badge's tooltip and
 * `aria-keyshortcuts`, the card and the screen-reader announcement name, and what the in-page fallback listens
 * for. Until the background has answered it is the manifest's suggestion; '' means the user removed it.
 */
import {
	ariaShortcut,
	CHROME_SHORTCUTS_URL,
	DEFAULT_CARD_SHORTCUT,
	formatShortcut,
	isMac,
	parseShortcut,
	type Shortcut,
} from '../../utils/shortcut.ts';

let raw = DEFAULT_CARD_SHORTCUT;
let where = CHROME_SHORTCUTS_URL;
let parsed: Shortcut | null = parseShortcut(raw, isMac());

/** Takes the binding the background reported; true when it changed (the overlay then repaints). */
export function setCardShortcut(next: string, nextWhere = where): boolean {
	if (next === raw && nextWhere === where) return false;
	raw = next;
	where = nextWhere;
	parsed = parseShortcut(raw, isMac());
	return true;
}

/** The binding, parsed (null: none set). */
export const cardShortcut = (): Shortcut | null => parsed;
/** The binding as people read it here ('⌥⇧T' on macOS), '' for none. */
export const cardShortcutLabel = (): string => formatShortcut(parsed, isMac());
/** For `aria-keyshortcuts` ('' for none: leave the attribute out). */
export const cardShortcutAria = (): string => ariaShortcut(parsed);
/** Where the user sets or changes it, in words. */
export const cardShortcutWhere = (): string => where;

/**
 * A clause naming the way to the card: '⌥⇧T in the text box opens the details' (no final stop). With no binding
 * it says so, and where to set one, rather than naming a key that does nothing.
 */
export function cardShortcutSentence(does: string): string {
	const label = cardShortcutLabel();
	return label
		? `${label} in the text box ${does}`
		: `No keyboard shortcut is set for Tactful's card: set one in ${where}`;
}
