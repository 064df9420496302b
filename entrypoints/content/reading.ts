/**
 * The text the user is answering: the comment right above the reply box. The open card keeps clear of it when it
 * can (overlay/card-place.ts `Avoid.reading`): on a short window (1280x720) the card above a reply hid the ends of
 * that comment's long lines while the user wrote about them.
 */
import { parentOf } from './visibility.ts';

/** The text being answered ends at most this far above the field's top. */
const NEAR = 160;
/**
 * Less text than this is a label, a tab row or a toolbar ("Write Preview", "Your comment"), not a comment, unless it
 * is like the comment before it (`shortComment`).
 */
const MIN_TEXT = 40;
/** The walk goes up at most this many ancestors of the field (its form, wrapper, composer, reply block). */
const MAX_UP = 4;
/** The walk down into the block found goes at most this many levels (thread, item, comment, body…). */
const MAX_DOWN = 12;
/** Earlier items of a list looked at for one like its last (a thread's comments, between them events). */
const MAX_ALIKE = 8;
/** A comment's own text blocks: the comment is the block holding them, never one of them. */
const PROSE = new Set(['P', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'TEXTAREA']);

/**
 * The viewport box of the text right above field `el` (its visible part), given the field's box: the nearest
 * earlier sibling of the field or of one of its nearest ancestors that shows at least MIN_TEXT characters and ends
 * at most NEAR px above the field, narrowed to the comment in it that is being answered (`answered`). Null when
 * there is none (nothing close above, or it is out of the window).
 */
export function textAbove(el: Element, field: DOMRect, vh: number): DOMRect | null {
	return readingAbove(el, field, vh)?.box ?? null;
}

/** Text nodes looked at for the answered text's body under its title: a longer body is never covered anyway. */
const MAX_BODY_NODES = 200;
const HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * `textAbove`'s box, and `end`: the box of its body's lines in the window when it opens with a title (a post: a
 * heading, then its text), which the card keeps clear of when it must cover the title (card-place.ts
 * `Avoid.readingEnd`); null for text without a title (a comment's lines are never covered: firefox-card-place).
 */
export function readingAbove(
	el: Element,
	field: DOMRect,
	vh: number,
): { box: DOMRect; end: DOMRect | null } | null {
	let node: Element | null = el;
	// The box itself, then its MAX_UP nearest ancestors (the loop stopped one short: on old Reddit the comment being
	// answered is the sibling of the reply's 4th ancestor, `.child`, so the card was drawn over it; ui7, session 16).
	for (let depth = 0; node && depth <= MAX_UP; depth++, node = parentOf(node)) {
		let short: { el: Element; box: DOMRect } | null = null;
		for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
			const r = sib.getBoundingClientRect();
			if (r.width === 0 || r.height === 0 || r.bottom > field.top + 1) continue; // hidden, or beside the field
			if (field.top - r.bottom > NEAR) return null;
			if (!hasText(sib)) {
				short ??= someText(sib) ? { el: sib, box: r } : null;
				continue;
			}
			const found = shortComment(short?.el, sib) && short ? short : answered(sib, r, field);
			const a = found.box;
			const top = Math.max(0, a.top);
			const bottom = Math.min(vh, a.bottom);
			if (bottom <= top) return null;
			return { box: new DOMRect(a.left, top, a.width, bottom - top), end: lastLines(found.el, field, vh) };
		}
	}
	return null;
}

/**
 * Another comment box's draft is not text being answered: React mirrors a controlled textarea's value into its
 * text, so a draft in the box above (GitHub's two editors) was taken for the comment, and the card, keeping clear
 * of it, opened cut to the room above that box, its suggestion hidden (qa19, session 19). Hidden parts are not read.
 */
const NOT_READ = 'textarea, [contenteditable]:not([contenteditable="false"]), [hidden]';

/** The element's text as read on the page, up to `enough` characters after trimming (more is never needed). */
function shownText(el: Element, enough: number): string {
	if (el.matches(NOT_READ)) return '';
	if (!el.querySelector(NOT_READ)) return (el.textContent ?? '').trim();
	const walk = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
		acceptNode: (n) =>
			n.nodeType === Node.ELEMENT_NODE && (n as Element).matches(NOT_READ)
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	let text = '';
	for (let n = walk.nextNode(); n && text.trim().length < enough; n = walk.nextNode())
		if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue ?? '';
	return text.trim();
}

const hasText = (el: Element): boolean => shownText(el, MIN_TEXT).length >= MIN_TEXT;
const someText = (el: Element): boolean => shownText(el, 1).length > 0;

/**
 * Whether `short` (text under MIN_TEXT, nearer the field than `comment`) is a comment too: an item like the comment
 * before it (same tag and class, as a thread's comments are), not prose. Session 18: a reply right under "No. Read
 * the docs." took the longer comment before it as the one being answered, so the card could cover the short one.
 */
function shortComment(short: Element | undefined, comment: Element): boolean {
	return (
		short !== undefined &&
		short.tagName === comment.tagName &&
		short.getAttribute('class') === comment.getAttribute('class') &&
		!PROSE.has(short.tagName) &&
		!inline(short)
	);
}

/**
 * The comment being answered inside `block` (its box `box`), the text block found right above the field: the block
 * itself, or, when it is a whole thread (session 17: on the GitHub heated demo it was the discussion of six comments,
 * its top clipped to the window's, so the card kept clear of everything above the field and opened ~107 px tall, its
 * reason 0 px), its last comment. Goes down to the last child with text (shown, ended above the field) while the block
 * only wraps that child, or lists it among items like it (same tag and class: the thread's comments, a list's
 * replies); it stops at a block of different parts (a comment's header and body) or of prose (paragraphs).
 */
function answered(block: Element, box: DOMRect, field: DOMRect): { el: Element; box: DOMRect } {
	let r = box;
	for (let down = 0; down < MAX_DOWN; down++) {
		let last: Element | null = null;
		let lastBox: DOMRect | null = null;
		let other: Element | null = null;
		let alike = false;
		let seen = 0;
		let short: { el: Element; box: DOMRect } | null = null;
		for (let kid = block.lastElementChild; kid && seen <= MAX_ALIKE; kid = kid.previousElementSibling) {
			const k = kid.getBoundingClientRect();
			if (k.width === 0 || k.height === 0 || k.bottom > field.top + 1) continue;
			if (!hasText(kid)) {
				if (!last) short ??= someText(kid) ? { el: kid, box: k } : null;
				continue;
			}
			if (!last) {
				[last, lastBox] = [kid, k];
				continue;
			}
			other ??= kid;
			seen++;
			if (kid.tagName === last.tagName && kid.getAttribute('class') === last.getAttribute('class')) {
				alike = true;
				break;
			}
		}
		if (!last || !lastBox || PROSE.has(last.tagName) || inline(last)) break;
		// The last item is a short comment like the one before it: that is the one being answered.
		if (short && shortComment(short.el, last)) return short;
		if (other && !alike) break; // one comment's parts, or its text
		[block, r] = [last, lastBox];
	}
	return { el: block, box: r };
}

/**
 * The box of the shown lines of `el`'s text after its last heading (read from its last text node backwards), null
 * when it has no heading, or a body longer than MAX_BODY_NODES text nodes.
 */
function lastLines(el: Element, field: DOMRect, vh: number): DOMRect | null {
	const doc = el.ownerDocument;
	const walk = doc.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
		acceptNode: (n) =>
			n.nodeType === Node.ELEMENT_NODE && (n as Element).matches(NOT_READ)
				? NodeFilter.FILTER_REJECT
				: n.nodeType === Node.TEXT_NODE
					? NodeFilter.FILTER_ACCEPT
					: NodeFilter.FILTER_SKIP,
	});
	const range = doc.createRange();
	let box: { left: number; top: number; right: number; bottom: number } | null = null;
	let n: Node | null = null;
	for (let c: Node | null = walk.lastChild(); c; c = walk.lastChild()) n = c;
	for (let seen = 0; n; n = walk.previousNode()) {
		if (!(n.nodeValue ?? '').trim()) continue;
		// The title reached: the body's lines are the ones kept clear.
		if (n.parentElement?.closest(HEADING) && el.contains(n.parentElement.closest(HEADING))) break;
		if (++seen > MAX_BODY_NODES) return null;
		range.selectNodeContents(n);
		for (const r of range.getClientRects()) {
			if (r.width === 0 || r.height === 0 || r.bottom > field.top + 1 || r.bottom <= 0 || r.top >= vh)
				continue;
			box = box
				? {
						left: Math.min(box.left, r.left),
						top: Math.min(box.top, r.top),
						right: Math.max(box.right, r.right),
						bottom: Math.max(box.bottom, r.bottom),
					}
				: { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		}
	}
	if (!n) return null; // no title
	return box ? new DOMRect(box.left, box.top, box.right - box.left, box.bottom - box.top) : null;
}

function inline(el: Element): boolean {
	const view = el.ownerDocument.defaultView;
	return (view?.getComputedStyle(el).display ?? 'block').startsWith('inline');
}
