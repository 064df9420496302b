/**
 * What part of a field the user can actually see: its client box cut down by every ancestor that clips its
 * overflow (a scrolling comment pane, a modal body) and by the viewport, and whether another element (a sticky
 * header, a toolbar, a dialog) is painted over a given point of it. The overlay sits above the whole page, so
 * without this a field scrolled out of its pane, or under a sticky header, keeps its underlines and badge
 * floating over unrelated content.
 */
import { clientBox } from './editors/types.ts';

/** One ancestor's clip: its client box and which axes it clips. */
export interface Clip {
	box: DOMRect;
	x: boolean;
	y: boolean;
}

const clips = (overflow: string) => overflow !== 'visible';

/** The next ancestor in the flat tree (through open shadow roots to their host). */
export function parentOf(el: Element): Element | null {
	if (el.parentElement) return el.parentElement;
	const root = el.getRootNode();
	return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The clipping ancestors of `el`, nearest first. A fixed-position element escapes every ancestor's clip, so the
 * walk stops there (its containing block is the viewport).
 */
export function clipsOf(el: Element): Clip[] {
	const out: Clip[] = [];
	let fixed = getComputedStyle(el).position === 'fixed';
	for (let node = parentOf(el); node && !fixed; node = parentOf(node)) {
		if (node === node.ownerDocument.documentElement || node === node.ownerDocument.body) break;
		const cs = getComputedStyle(node);
		const x = clips(cs.overflowX);
		const y = clips(cs.overflowY);
		if ((x || y) && node instanceof HTMLElement) out.push({ box: clientBox(node), x, y });
		fixed = cs.position === 'fixed';
	}
	return out;
}

/** `box` cut down by each clip (on the axes it clips) and by the viewport; null when nothing is left. */
export function clipBox(
	box: DOMRect,
	ancestors: readonly Clip[],
	viewport: { width: number; height: number },
): DOMRect | null {
	let left = Math.max(box.left, 0);
	let top = Math.max(box.top, 0);
	let right = Math.min(box.right, viewport.width);
	let bottom = Math.min(box.bottom, viewport.height);
	for (const c of ancestors) {
		if (c.x) {
			left = Math.max(left, c.box.left);
			right = Math.min(right, c.box.right);
		}
		if (c.y) {
			top = Math.max(top, c.box.top);
			bottom = Math.min(bottom, c.box.bottom);
		}
	}
	if (right - left < 1 || bottom - top < 1) return null;
	return new DOMRect(left, top, right - left, bottom - top);
}

/** The part of `el` the user can see (client box, clipped by scrolling ancestors and the viewport), or null. */
export function visibleBox(el: HTMLElement): DOMRect | null {
	const doc = el.ownerDocument;
	const viewport = {
		width: doc.documentElement.clientWidth || innerWidth,
		height: doc.documentElement.clientHeight || innerHeight,
	};
	return clipBox(clientBox(el), clipsOf(el), viewport);
}

/**
 * True when the page paints something else over the point (x, y) of `el`: the topmost element there is neither
 * the field nor inside it. `ignore` is Tactful's own overlay host, which never counts as covering the field.
 */
export function isCovered(el: HTMLElement, x: number, y: number, ignore: Element | null): boolean {
	const root = el.getRootNode() as Document | ShadowRoot;
	let hit = root.elementFromPoint(x, y);
	if (hit && hit === ignore) hit = root.elementsFromPoint(x, y).find((e) => e !== ignore) ?? null;
	return !hit || !(hit === el || el.contains(hit));
}

/**
 * True when the page shows nothing of its own over `rect` next to field `el`: at its centre and corners the
 * topmost element is one that holds the field (its container's empty space, the page background), or the empty
 * part of a plain block beside it (a paragraph's blank end, `drawsNothingAt`); not the field, nor other content
 * or a control. `ignore` is Tactful's own overlay host.
 */
export function isBlankBeside(el: HTMLElement, rect: DOMRect, ignore: Element | null): boolean {
	const root = el.getRootNode() as Document | ShadowRoot;
	const points = [
		[rect.left + rect.width / 2, rect.top + rect.height / 2],
		[rect.left + 1, rect.top + 1],
		[rect.right - 1, rect.top + 1],
		[rect.left + 1, rect.bottom - 1],
		[rect.right - 1, rect.bottom - 1],
	];
	const plain = new Map<Element, boolean>();
	return points.every(([x = 0, y = 0]) => {
		let hit = root.elementFromPoint(x, y);
		if (hit && hit === ignore) hit = root.elementsFromPoint(x, y).find((e) => e !== ignore) ?? null;
		if (!hit || hit === el || el.contains(hit)) return false;
		for (let node = parentOf(el); node; node = parentOf(node)) if (node === hit) return true;
		let blank = plain.get(hit);
		if (blank === undefined) {
			blank = drawsNothingAt(hit, rect);
			plain.set(hit, blank);
		}
		return blank;
	});
}

/** Elements that are content or controls wherever their box is, whatever is drawn in it. */
const SOLID =
	'a,button,input,select,textarea,label,img,svg,video,audio,canvas,iframe,object,embed,[role],[tabindex],[contenteditable]';
/** More children than this and a block is taken as content (not worth measuring on a frame). */
const MAX_CHILDREN = 24;

/**
 * True when `hit`, the topmost element over `rect`, draws nothing there: a plain block (a paragraph, a comment's
 * wrapper) with no background, border or shadow of its own, none of whose text or child boxes reach into `rect`
 * (session 15: Reddit's one-line reply box between two full-width paragraphs; their blank right ends counted as
 * content and the badge faded over the words instead).
 */
function drawsNothingAt(hit: Element, rect: DOMRect): boolean {
	if (hit.matches(SOLID) || hit.childNodes.length > MAX_CHILDREN) return false;
	const view = hit.ownerDocument.defaultView;
	if (!view) return false;
	const cs = view.getComputedStyle(hit);
	const none = (v: string) => !v || v === 'none';
	const clear = (c: string) => !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
	if (!clear(cs.backgroundColor) || !none(cs.backgroundImage) || !none(cs.boxShadow)) return false;
	if (
		[cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth].some(
			(w) => parseFloat(w) > 0,
		)
	)
		return false;
	const meets = (r: DOMRect) =>
		r.width > 0 &&
		r.height > 0 &&
		r.left < rect.right &&
		r.right > rect.left &&
		r.top < rect.bottom &&
		r.bottom > rect.top;
	for (const child of hit.childNodes) {
		if (child.nodeType === Node.TEXT_NODE) {
			if (!child.textContent?.trim()) continue;
			const range = hit.ownerDocument.createRange();
			range.selectNodeContents(child);
			if ([...range.getClientRects()].some(meets)) return false;
		} else if (child instanceof view.Element && meets(child.getBoundingClientRect())) return false;
	}
	return true;
}

/** Elements the browser paints in its top layer, above every z-index: modal dialogs, open popovers, fullscreen. */
const TOP_LAYER = ['dialog:modal', ':popover-open', ':fullscreen'];

function inTopLayer(el: Element): boolean {
	return TOP_LAYER.some((selector) => {
		try {
			return el.matches(selector);
		} catch {
			return false; // a browser without that selector has no such top-layer element either
		}
	});
}

/**
 * The top-layer element (a modal <dialog>, an open popover) that holds `el`, or null. Tactful's overlay must
 * live inside it: anything outside is painted below it, and a modal dialog makes the rest of the page inert.
 */
export function topLayerOf(el: Element): Element | null {
	for (let node: Element | null = el; node; node = parentOf(node)) if (inTopLayer(node)) return node;
	return null;
}

/** Where the overlay lives: in the top layer holding the first of `fields` that is in one, else <html>. */
export function overlayHome(doc: Document, fields: readonly (Element | null | undefined)[]): Element {
	for (const el of fields) {
		const layer = el && topLayerOf(el);
		if (layer) return layer;
	}
	return doc.documentElement;
}
