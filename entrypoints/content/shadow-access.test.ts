import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventRoot, findFields, focusedRoot } from './fields.ts';
import { fieldRootsIn } from './prefilled.ts';
import {
	deepActiveElement,
	knownShadowRootOf,
	lookupFrom,
	type RootLookup,
	selectionOf,
	shadowRootOf,
	useRootLookup,
} from './shadow-access.ts';

/** Closed roots the test made, as the browser's extension API would hand them back. */
const closed = new Map<Element, ShadowRoot>();
const extensionLookup: RootLookup = (el) => closed.get(el) ?? el.shadowRoot;
const attachClosed = (host: Element) => {
	const root = host.attachShadow({ mode: 'closed' });
	closed.set(host, root);
	return root;
};

afterEach(() => {
	document.body.innerHTML = '';
	closed.clear();
	useRootLookup(undefined);
	vi.restoreAllMocks();
});

describe('lookupFrom: the browser difference', () => {
	it("uses Chrome's chrome.dom.openOrClosedShadowRoot (or browser.dom, Chrome 148+) when there", () => {
		document.body.innerHTML = '<x-widget></x-widget>';
		const host = document.querySelector('x-widget') as HTMLElement;
		const root = host.attachShadow({ mode: 'closed' });
		const openOrClosedShadowRoot = vi.fn((el: HTMLElement) => (el === host ? root : null));
		expect(lookupFrom({ chrome: { dom: { openOrClosedShadowRoot } } }, null)?.(host)).toBe(root);
		expect(lookupFrom({ browser: { dom: { openOrClosedShadowRoot } } }, null)?.(host)).toBe(root);
		expect(openOrClosedShadowRoot).toHaveBeenCalledTimes(2);
	});

	it("uses Firefox's element.openOrClosedShadowRoot when the element has it, else there is no lookup", () => {
		const host = document.createElement('x-widget');
		const root = host.attachShadow({ mode: 'closed' });
		Object.defineProperty(host, 'openOrClosedShadowRoot', { value: root });
		const firefox = lookupFrom({ chrome: {} }, host);
		expect(firefox?.(host)).toBe(root);
		expect(lookupFrom({}, document.createElement('div'))).toBeNull();
		expect(lookupFrom({ chrome: { dom: {} } }, null)).toBeNull();
	});
});

describe('shadowRootOf', () => {
	it('gives open roots always, closed ones of custom elements through the lookup, none without an API', () => {
		document.body.innerHTML = '<div id="open"></div><x-closed></x-closed><div id="plain"></div>';
		const open = (document.getElementById('open') as HTMLElement).attachShadow({ mode: 'open' });
		const host = document.querySelector('x-closed') as Element;
		const root = attachClosed(host);
		useRootLookup(null);
		expect(shadowRootOf(document.getElementById('open') as Element)).toBe(open);
		expect(shadowRootOf(host)).toBeNull();
		const lookup = vi.fn(extensionLookup);
		useRootLookup(lookup);
		expect(shadowRootOf(host)).toBe(root);
		// Built-in elements are not asked (a call per <div> of a large page on each scan).
		expect(shadowRootOf(document.getElementById('plain') as Element)).toBeNull();
		expect(lookup).toHaveBeenCalledTimes(1);
	});

	it('keeps closed roots found for the repaint paths, which never ask the browser themselves', () => {
		document.body.innerHTML = '<x-closed></x-closed>';
		const host = document.querySelector('x-closed') as Element;
		const root = attachClosed(host);
		const lookup = vi.fn(extensionLookup);
		useRootLookup(lookup);
		expect(knownShadowRootOf(host)).toBeNull();
		expect(lookup).not.toHaveBeenCalled();
		expect(shadowRootOf(host)).toBe(root);
		expect(shadowRootOf(host)).toBe(root);
		expect(knownShadowRootOf(host)).toBe(root);
		expect(lookup).toHaveBeenCalledTimes(1);
	});

	it('treats a lookup that throws as no root, and says so once', () => {
		document.body.innerHTML = '<x-a></x-a><x-b></x-b>';
		const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
		useRootLookup(() => {
			throw new Error('no such API here');
		});
		expect(shadowRootOf(document.querySelector('x-a') as Element)).toBeNull();
		expect(shadowRootOf(document.querySelector('x-b') as Element)).toBeNull();
		expect(info).toHaveBeenCalledOnce();
	});
});

describe('fields in closed shadow roots', () => {
	/** A closed widget holding a box, an open widget inside it holding another, and a closed one inside that. */
	const page = () => {
		document.body.innerHTML = '<x-thread></x-thread>';
		const outer = attachClosed(document.querySelector('x-thread') as Element);
		outer.innerHTML = '<textarea id="a"></textarea><x-editor></x-editor>';
		const mid = (outer.querySelector('x-editor') as Element).attachShadow({ mode: 'open' });
		mid.innerHTML = '<div id="b" contenteditable="true"><p>x</p></div><x-reply></x-reply>';
		const inner = attachClosed(mid.querySelector('x-reply') as Element);
		inner.innerHTML = '<textarea id="c"></textarea>';
		return { outer, mid, inner };
	};

	it('are found (open-in-closed, closed-in-open), each root reported for observing; none without the API', () => {
		const { outer, mid, inner } = page();
		useRootLookup(null);
		expect(findFields(document)).toEqual([]);
		useRootLookup(extensionLookup);
		const roots: ShadowRoot[] = [];
		const found = findFields(document, undefined, (r) => roots.push(r)).map((f) => f.id);
		expect(found.sort()).toEqual(['a', 'b', 'c']);
		expect(roots).toEqual([outer, mid, inner]);
	});

	it('a closed widget the page adds later: its boxes are found from the added node', () => {
		useRootLookup(extensionLookup);
		const host = document.createElement('x-late');
		const root = attachClosed(host);
		root.innerHTML = '<textarea id="late"></textarea>';
		document.body.append(host);
		const seen: ShadowRoot[] = [];
		expect(fieldRootsIn(host, undefined, (r) => seen.push(r)).map((f) => f.id)).toEqual(['late']);
		expect(seen).toEqual([root]);
	});

	it('the focused box inside a closed root is the event root and the focused root', () => {
		const { inner } = page();
		useRootLookup(extensionLookup);
		const box = inner.getElementById('c') as HTMLTextAreaElement;
		box.focus();
		// What the document's listener gets from a closed root: the outermost host as the target.
		const host = document.querySelector('x-thread') as Element;
		const e = new Event('input', { bubbles: true, composed: true });
		vi.spyOn(e, 'composedPath').mockReturnValue([host, document.body, document]);
		expect(deepActiveElement(document)).toBe(box);
		expect(eventRoot(e, window)).toBe(box);
		expect(focusedRoot(document, window)).toBe(box);
		useRootLookup(null);
		expect(eventRoot(e, window)).toBeNull();
	});
});

describe('selectionOf', () => {
	it("reads a shadow root's own selection where the browser has one (Chrome), else the document's", () => {
		document.body.innerHTML = '<x-box></x-box><p id="light">x</p>';
		const root = attachClosed(document.querySelector('x-box') as Element);
		root.innerHTML = '<div contenteditable="true">hi</div>';
		const own = {} as Selection;
		Object.defineProperty(root, 'getSelection', { value: () => own, configurable: true });
		expect(selectionOf(root.querySelector('div') as Element)).toBe(own);
		expect(selectionOf(document.getElementById('light') as Element)).toBe(document.getSelection());
		Object.defineProperty(root, 'getSelection', { value: undefined });
		expect(selectionOf(root.querySelector('div') as Element)).toBe(document.getSelection());
	});
});

describe('closed roots on built-in elements (<div>, <span>, <section> …): asked only when focus is on the host', () => {
	it.each(['div', 'section', 'span'])(
		'finds the box focused inside a closed root on a <%s>; scans and unfocused hosts cost no call',
		(tag) => {
			{
				document.body.innerHTML = `<${tag} id="host"></${tag}><div id="other"></div><input id="name">`;
				const host = document.getElementById('host') as HTMLElement;
				const root = attachClosed(host);
				root.innerHTML = '<textarea id="inner"></textarea>';
				attachClosed(document.getElementById('other') as HTMLElement).innerHTML = '<textarea></textarea>';
				const lookup = vi.fn(extensionLookup);
				useRootLookup(lookup);
				// Focus elsewhere: built-in hosts are not asked about (no extension call per <div> on a scan).
				(document.getElementById('name') as HTMLInputElement).focus();
				expect(deepActiveElement(document)?.id).toBe('name');
				expect(findFields(document).length).toBe(0);
				expect(lookup).not.toHaveBeenCalled();
				// Focus lands inside the closed root: document.activeElement is the host, which cannot hold focus itself.
				(root.getElementById('inner') as HTMLTextAreaElement).focus();
				expect(document.activeElement).toBe(host);
				expect(deepActiveElement(document)?.id, tag).toBe('inner');
				expect(lookup).toHaveBeenCalledTimes(1);
				// Found once, known from then on: no second call, and the scans and repaint paths see the root.
				expect(deepActiveElement(document)?.id).toBe('inner');
				expect(lookup).toHaveBeenCalledTimes(1);
				expect(knownShadowRootOf(host)).toBe(root);
				expect(shadowRootOf(host)).toBe(root);
				expect(findFields(document).map((f) => f.id)).toEqual(['inner']);
			}
		},
	);

	it('an event from inside the root (retargeted to the host) is traced to the focused box', () => {
		document.body.innerHTML = '<div id="host"></div>';
		const host = document.getElementById('host') as HTMLElement;
		const root = attachClosed(host);
		root.innerHTML = '<div contenteditable="true" id="inner">hi</div>';
		useRootLookup(extensionLookup);
		(root.getElementById('inner') as HTMLElement).focus();
		const e = new InputEvent('input', { bubbles: true, composed: true });
		vi.spyOn(e, 'composedPath').mockReturnValue([host, document.body, document]);
		expect((eventRoot(e, window) as Element | null)?.id).toBe('inner');
	});
});
