/**
 * The keyboard way to Tactful's card, said where people learn how Tactful works (the popup, the welcome page).
 * The badge sits in an overlay at the end of the page, so Tab from a text box never reaches it: the shortcut is
 * the way (card.ts). Alt+Shift+T clashes with no shortcut GitHub, Discourse or Reddit take in a comment box.
 */

/** The shortcut that opens (and closes) the card from a watched text box. */
export const CARD_SHORTCUT = 'Alt+Shift+T';

/** One muted line; `data-testid="keyboard-hint"`. */
export function KeyboardHint() {
	return (
		<p class="tf-note tf-keys" data-testid="keyboard-hint">
			<kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>T</kbd> in a text box opens Tactful’s card; <kbd>Esc</kbd> goes
			back to your text.
		</p>
	);
}
