/**
 * The field's own form actions: the row of buttons right under or beside a comment field that post, reply, save
 * or cancel it ("Comment", "add comment", "Post", "Reply"). The open card keeps clear of them (card-place.ts), so a
 * user who read the warning and posts anyway, or posts the rewrite, need not close the card first. Found
 * generically, on every site: the nearest ancestor of the field (its <form>, or the <div> around a React editor
 * that has no form) holding visible buttons that sit just under the field or level with it at its side. Toolbars
 * above the field and buttons drawn inside it are not its actions. A field inside a web component's shadow root
 * (and so its Post button, often inside a nested widget's own shadow root) is searched through open shadow roots
 * too; a light-DOM field keeps the cheap light-DOM search (this runs on every repaint while the card is open).
 */
import { knownShadowRootOf } from './shadow-access.ts';
import { parentOf } from './visibility.ts';

/** What counts as a button. */
const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';
/** An action row starts at most this far under the field's bottom edge (GitHub: 8 px; Lemmy, HN: ~20-40 px). */
const BELOW = 96;
/** A button beside the field starts at most this far from its side. */
const BESIDE = 160;
/** The walk up from the field stops after this many ancestors: farther up, buttons belong to something else. */
const MAX_DEPTH = 6;

/** True when button box `b` is one of field box `field`'s actions: under it or beside it, not above, not inside. */
export function isActionOf(b: DOMRect, field: DOMRect): boolean {
	if (b.width <= 0 || b.height <= 0) return false;
	const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
	const inside = x >= field.left && x <= field.right && y >= field.top && y <= field.bottom;
	const under = b.top >= field.bottom - 1 && b.top <= field.bottom + BELOW;
	const level = y >= field.top && y <= field.bottom + BELOW;
	const across = b.right >= field.left - BESIDE && b.left <= field.right + BESIDE;
	const besideField = level && (b.left >= field.right || b.right <= field.left);
	return !inside && across && (under || besideField);
}

/** The smallest box holding every box in `boxes`; null for none. */
export function unionOf(boxes: DOMRect[]): DOMRect | null {
	if (boxes.length === 0) return null;
	const left = Math.min(...boxes.map((b) => b.left));
	const top = Math.min(...boxes.map((b) => b.top));
	const right = Math.max(...boxes.map((b) => b.right));
	const bottom = Math.max(...boxes.map((b) => b.bottom));
	return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * The buttons in `scope`, and in the shadow roots inside it when `deep`: open ones, and closed ones the field scan
 * already found (this runs on every repaint while the card is open: no extension call per element here).
 */
function buttonsIn(scope: Element | ShadowRoot, deep: boolean): Element[] {
	const found = [...scope.querySelectorAll(BUTTONS)];
	if (!deep) return found;
	const own = scope instanceof Element ? knownShadowRootOf(scope) : null;
	if (own) found.push(...buttonsIn(own, true));
	for (const host of scope.querySelectorAll('*')) {
		const shadow = knownShadowRootOf(host);
		if (shadow) found.push(...buttonsIn(shadow, true));
	}
	return found;
}

/** The open shadow roots of `scope` and of the elements inside it (not inside those roots: buttonsIn goes on). */
function shadowRootsUnder(scope: Element, into: ShadowRoot[]): void {
	const own = knownShadowRootOf(scope);
	if (own) into.push(own);
	for (const host of scope.querySelectorAll('*')) {
		const shadow = knownShadowRootOf(host);
		if (shadow) into.push(shadow);
	}
}

/**
 * The box of field `el`'s form actions (viewport pixels), given the field's visible box; null when it has none.
 * The nearest ancestor holding any such button wins, so a page's other forms never count. A light-DOM field's
 * Post button may sit in a widget's shadow root (`<post-bar>` beside the box, QA session 12): the open shadow
 * roots met on the walk up are searched too, each part of the page's tree looked at once per call.
 */
export function formActionsBox(el: Element, field: DOMRect): DOMRect | null {
	let depth = 0;
	const deep = el.getRootNode() instanceof ShadowRoot;
	/** Light-DOM field: the open shadow roots under the ancestors walked so far. */
	const shadows: ShadowRoot[] = [];
	let below: Element = el;
	for (let node = parentOf(el); node && depth < MAX_DEPTH; node = parentOf(node), depth++) {
		if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
		if (!deep) {
			for (const child of node.children) if (child !== below) shadowRootsUnder(child, shadows);
			below = node;
		}
		const buttons = buttonsIn(node, deep);
		for (const shadow of shadows) buttons.push(...buttonsIn(shadow, true));
		const boxes = buttons
			.filter((b) => !el.contains(b))
			.map((b) => b.getBoundingClientRect())
			.filter((b) => isActionOf(b, field));
		if (boxes.length > 0) return unionOf(boxes);
		if (node.tagName === 'FORM') break; // the field's own form has no such buttons: none beyond it count
	}
	return null;
}
