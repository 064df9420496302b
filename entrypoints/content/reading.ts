/**
 * The text the user is answering: the comment right above the reply box. The open card keeps clear of it when it
 * can (overlay/card-place.ts `Avoid.reading`): on a short window (1280x720) the card above a reply hid the ends of
 * that comment's long lines while the user wrote about them.
 */
import { parentOf } from './visibility.ts';

/** The text being answered ends at most this far above the field's top. */
const NEAR = 160;
/** Less text than this is a label, a tab row or a toolbar ("Write Preview", "Your comment"), not a comment. */
const MIN_TEXT = 40;
/** The walk goes up at most this many ancestors of the field (its form, wrapper, composer, reply block). */
const MAX_UP = 4;

/**
 * The viewport box of the text right above field `el` (its visible part), given the field's box: the nearest
 * earlier sibling of the field or of one of its nearest ancestors that shows at least MIN_TEXT characters and ends
 * at most NEAR px above the field. Null when there is none (nothing close above, or it is out of the window).
 */
export function textAbove(el: Element, field: DOMRect, vh: number): DOMRect | null {
	let node: Element | null = el;
	// The box itself, then its MAX_UP nearest ancestors (the loop stopped one short: on old Reddit the comment being
	// answered is the sibling of the reply's 4th ancestor, `.child`, so the card was drawn over it; ui7, session 16).
	for (let depth = 0; node && depth <= MAX_UP; depth++, node = parentOf(node)) {
		for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
			const r = sib.getBoundingClientRect();
			if (r.width === 0 || r.height === 0 || r.bottom > field.top + 1) continue; // hidden, or beside the field
			if (field.top - r.bottom > NEAR) return null;
			if ((sib.textContent ?? '').trim().length < MIN_TEXT) continue;
			const top = Math.max(0, r.top);
			const bottom = Math.min(vh, r.bottom);
			return bottom > top ? new DOMRect(r.left, top, r.width, bottom - top) : null;
		}
	}
	return null;
}
