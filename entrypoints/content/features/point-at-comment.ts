/**
 * Shows the user which comment on the page the thread warning means: an outline on the comment (while the
 * pointer rests on its name in the card, or for a moment after a click, which also scrolls it into view).
 * Only the comment's inline outline is touched, and it is put back as it was; the page's text never changes.
 */

/** How long a clicked comment stays outlined after it scrolled into view. */
export const POINT_MS = 2500;

const OUTLINE = '3px solid #d97706';
/** Comments outlined now, with the inline outline they had before (restored when the last user lets go). */
const held = new Map<HTMLElement, { outline: string; offset: string; holders: number }>();

/** Outlines `el` until the returned function is called. */
export function outlineComment(el: Element): () => void {
	const target = el as HTMLElement;
	if (!target.style) return () => undefined;
	const prior = held.get(target);
	if (prior) prior.holders++;
	else {
		held.set(target, { outline: target.style.outline, offset: target.style.outlineOffset, holders: 1 });
		target.style.outline = OUTLINE;
		target.style.outlineOffset = '2px';
	}
	let released = false;
	return () => {
		const entry = held.get(target);
		if (released || !entry) return;
		released = true;
		if (--entry.holders > 0) return;
		held.delete(target);
		target.style.outline = entry.outline;
		target.style.outlineOffset = entry.offset;
	};
}

/** Scrolls `el` to the middle of the view and outlines it for POINT_MS. */
export function pointAtComment(el: Element): void {
	const win = el.ownerDocument?.defaultView ?? globalThis;
	// Someone who asked for less motion gets the comment at once, without the glide across the page.
	const still = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
	el.scrollIntoView?.({ block: 'center', behavior: still ? 'instant' : 'smooth' });
	setTimeout(outlineComment(el), POINT_MS);
}
