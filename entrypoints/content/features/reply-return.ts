/**
 * The way back to the reply after the card pointed at a comment far up the thread (point-at-comment.ts): the
 * page scrolls away from the field, so where the user was (the window's scroll position, the field's selection)
 * is kept, the card stays open beside the pointed-at comment (card.ts), and "Back to your reply", Escape or a
 * second click on the same name scrolls back and puts focus and caret exactly where they were. The draft is
 * never written.
 */
import type { Editor } from '../editors/types.ts';
import { selectionOf } from '../shadow-access.ts';

/** Where the user was in a field before the card scrolled the page away from it. */
interface ReplyPlace {
	scrollX: number;
	scrollY: number;
	/** A textarea's selection (kept by the element while it is blurred). */
	range?: { start: number; end: number; direction: 'forward' | 'backward' | 'none' };
	/** A rich editor's selection, when it was still inside the field. */
	domRange?: Range;
	/** The comment the page scrolled to. */
	comment: Element;
}

const places = new WeakMap<HTMLElement, ReplyPlace>();
const listeners = new Set<() => void>();
const notify = () => {
	for (const listener of listeners) listener();
};

/** Subscribes to a field's "away" state changing (the card re-renders its "Back to your reply"). */
export function onReplyPlaceChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** The field's own selection now, if the field holds it. */
function selectionIn(el: HTMLElement): Pick<ReplyPlace, 'range' | 'domRange'> {
	if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
		const { selectionStart: start, selectionEnd: end, selectionDirection } = el;
		if (start === null || end === null) return {};
		return { range: { start, end, direction: selectionDirection ?? 'none' } };
	}
	const selection = selectionOf(el);
	const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
	return range && el.contains(range.startContainer) && el.contains(range.endContainer)
		? { domRange: range.cloneRange() }
		: {};
}

/**
 * Remembers where the user is in `editor` before the page scrolls to `comment`. Pointing at another comment
 * while already away keeps the first place: that is where the reply is.
 */
export function leaveReply(editor: Editor, comment: Element): void {
	const el = editor.el;
	const prior = places.get(el);
	if (prior) prior.comment = comment;
	else {
		const win = el.ownerDocument.defaultView ?? window;
		places.set(el, { scrollX: win.scrollX, scrollY: win.scrollY, ...selectionIn(el), comment });
	}
	notify();
}

/** The comment the page was scrolled to away from `editor`'s reply, or undefined when the user is not away. */
export function awayAt(editor: Editor): Element | undefined {
	return places.get(editor.el)?.comment;
}

/** Forgets the place without moving anything (the card closed on a click elsewhere: the user chose to stay). */
export function forgetReply(editor: Editor): void {
	if (places.delete(editor.el)) notify();
}

/**
 * Scrolls back to where the user was and gives the field focus with its selection as it was. Returns false
 * (and does nothing) when the user is not away from this field.
 */
export function returnToReply(editor: Editor): boolean {
	const el = editor.el;
	const place = places.get(el);
	if (!place) return false;
	places.delete(el);
	const win = el.ownerDocument.defaultView ?? window;
	const back = () => win.scrollTo({ left: place.scrollX, top: place.scrollY, behavior: 'instant' });
	back();
	// The smooth scroll to the comment may still be running (Escape right after the click): it can take one more
	// step after the jump back, so the jump is made again on the next frame.
	win.requestAnimationFrame(() => {
		if (Math.abs(win.scrollY - place.scrollY) > 1) back();
	});
	el.focus({ preventScroll: true });
	if (place.range && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) {
		el.setSelectionRange(place.range.start, place.range.end, place.range.direction);
	} else if (place.domRange?.startContainer.isConnected) {
		const selection = selectionOf(el);
		selection?.removeAllRanges();
		selection?.addRange(place.domRange);
	}
	// The page may have moved the field since (a comment loaded above it): never leave the user off their reply.
	const box = el.getBoundingClientRect();
	if (box.bottom < 0 || box.top > win.innerHeight) el.scrollIntoView({ block: 'center' });
	notify();
	return true;
}
