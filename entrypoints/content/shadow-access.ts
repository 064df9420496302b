/**
 * Shadow roots as an extension sees them. A page's script cannot reach a closed shadow root (`mode: 'closed'`,
 * common in design systems' web components), but a content script can: Chrome 88+ has
 * `chrome.dom.openOrClosedShadowRoot(el)`, Firefox gives content scripts `el.openOrClosedShadowRoot`. The browser
 * difference lives here and nowhere else; with neither API (unit tests, an older browser) closed roots are treated
 * as no root, as before.
 *
 * Events from inside a closed root reach the document retargeted to its host (`composedPath()` stops there) and
 * `document.activeElement` is that host: `deepActiveElement` and `eventTarget` look through it. A selection inside a
 * shadow root is read from the root where the browser keeps it (`selectionOf`): Chrome's `document.getSelection()`
 * reports only the host's position there, its non-standard `ShadowRoot.getSelection()` the real nodes; Firefox's
 * document selection already holds them.
 */

/** The shadow root (open or closed) an element hosts, as the browser's extension API reports it. */
export type RootLookup = (el: HTMLElement) => ShadowRoot | null | undefined;

interface DomApi {
	dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null };
}

/**
 * The lookup of closed roots in a browser whose extension globals are `g` (Chrome: `chrome.dom`, also under
 * `browser` since Chrome 148), else Firefox's `openOrClosedShadowRoot` property when `probe` has it; null when
 * neither exists.
 */
export function lookupFrom(
	g: { chrome?: DomApi; browser?: DomApi },
	probe: Element | null,
): RootLookup | null {
	const dom = g.chrome?.dom ?? g.browser?.dom;
	const chromeLookup = dom?.openOrClosedShadowRoot;
	if (typeof chromeLookup === 'function') return (el) => chromeLookup.call(dom, el);
	if (probe && 'openOrClosedShadowRoot' in probe)
		return (el) =>
			(el as HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
	return null;
}

/** undefined: not looked for yet (done on first use, in the content script's own realm). */
let lookup: RootLookup | null | undefined;
let failed = false;

/** Sets the lookup (tests; null = a browser without the API); `undefined` finds the browser's own again. */
export function useRootLookup(fn: RootLookup | null | undefined): void {
	lookup = fn;
	failed = false;
	found = new WeakMap();
}

const currentLookup = (): RootLookup | null => {
	if (lookup === undefined)
		lookup = lookupFrom(
			globalThis as { chrome?: DomApi; browser?: DomApi },
			typeof document === 'undefined' ? null : document.documentElement,
		);
	return lookup;
};

/**
 * Only custom elements are asked for a closed root: they are what attaches one in practice (a component), and
 * asking the extension API about every <div> of a large page on each scan would cost a call per element. Built-in
 * elements' open roots are still found (`el.shadowRoot`).
 */
const mayHostClosed = (el: Element) => el.localName.includes('-');

/** The built-in elements HTML lets attach a shadow root (`attachShadow`), <body> aside. */
const BUILT_IN_HOSTS = new Set([
	'article',
	'aside',
	'blockquote',
	'div',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'main',
	'nav',
	'p',
	'section',
	'span',
]);

/**
 * A built-in element (a `<div>`, `<span>`, `<section>` …) is asked for a closed root only when it holds focus in
 * its document or root and is not editable itself: then the focus is inside a shadow root it hosts (a closed one,
 * or `el.shadowRoot` would have answered). That is one extension call when focus lands on such a host, found roots
 * kept; a scan of the page never asks about built-in elements, whose thousands would cost ~35 µs each.
 */
const holdsFocusOfRoot = (el: Element) =>
	BUILT_IN_HOSTS.has(el.localName) &&
	!el.hasAttribute('contenteditable') && // a rich editor's own root (the usual focused <div>): no style read
	(el.getRootNode() as Document | ShadowRoot).activeElement === el;

/**
 * Closed roots found so far (a root never leaves its host, so a hit is kept; a miss is not: a component may
 * attach its root after it was looked at). Read by `knownShadowRootOf`.
 */
let found = new WeakMap<Element, ShadowRoot>();

/**
 * The shadow root `el` hosts, open or (where the browser lets an extension see it) closed; null for none. Asking
 * the browser costs an extension call per custom element (Chrome's chrome.dom: ~35 µs each, measured on this
 * loaded machine over 2,506 custom elements, 87 ms per pass; `el.shadowRoot` over 5,023 elements: 0.2 ms), so
 * paths run on every repaint use `knownShadowRootOf` instead. `focused` (the focus paths below): a built-in element
 * holding focus it cannot take itself is asked too (`holdsFocusOfRoot`); a root found so is known everywhere after.
 */
export function shadowRootOf(el: Element, focused = false): ShadowRoot | null {
	if (el.shadowRoot) return el.shadowRoot;
	const known = found.get(el);
	if (known) return known;
	if (!mayHostClosed(el) && !(focused && holdsFocusOfRoot(el))) return null;
	const find = currentLookup();
	if (!find || !(el instanceof (el.ownerDocument.defaultView?.HTMLElement ?? HTMLElement))) return null;
	try {
		const root = find(el) ?? null;
		if (root) found.set(el, root);
		return root;
	} catch (error) {
		if (!failed) console.info('[tactful] closed shadow roots are out of reach here:', error);
		failed = true;
		return null;
	}
}

/** The shadow root `el` hosts: an open one, or a closed one already found by `shadowRootOf` (no browser call). */
export function knownShadowRootOf(el: Element): ShadowRoot | null {
	return el.shadowRoot ?? found.get(el) ?? null;
}

/** The element focused inside the shadow roots `el` hosts (nested ones too), or `el` itself. */
function focusedWithin(el: Element): Element {
	let inner = el;
	for (;;) {
		const next = shadowRootOf(inner, true)?.activeElement;
		if (!next || next === inner) return inner;
		inner = next;
	}
}

/** The element holding keyboard focus, looked for inside shadow roots (closed ones too); null for none. */
export function deepActiveElement(doc: Document): Element | null {
	return doc.activeElement && focusedWithin(doc.activeElement);
}

/**
 * Where an event happened: its composed target, or, when that is the host of a shadow root the event came out of
 * (a closed one hides its inside from `composedPath()`), the element with focus inside it. Keyboard, input,
 * composition and focus events happen where the focus is.
 */
export function eventTarget(e: Event): EventTarget | null {
	const target = e.composedPath()[0] ?? e.target;
	return (target as Node | null)?.nodeType === 1 ? focusedWithin(target as Element) : target;
}

/** The selection that holds positions inside `el` (its shadow root's in Chrome, else the document's). */
export function selectionOf(el: Node): Selection | null {
	const root = el.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
	if (root.nodeType === 11 && typeof (root as { getSelection?: unknown }).getSelection === 'function')
		return (root as { getSelection(): Selection | null }).getSelection();
	return (el.ownerDocument ?? (el as Document)).getSelection?.() ?? null;
}
