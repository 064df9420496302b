/**
 * Which elements are comment fields: finding them (through open shadow roots) and deciding which to skip.
 * Pure DOM reads, no listeners, so it is unit-tested on snapshot markup.
 */
import { codemirrorRoot, isCodeMirrorCode } from './editors/codemirror.ts';
import { deepActiveElement, eventTarget, shadowRootOf } from './shadow-access.ts';

/** Everything a person might type a comment into. */
export const FIELD_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/** Page opt-outs honoured on the field or any ancestor (Tactful's own, and Grammarly-style ones). */
export const OPT_OUT_SELECTOR =
	'[data-tactful="off"], [data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"]';

const SEARCH_HINT = /search|query|filter/i;

/**
 * The editing root for an event target or candidate: the textarea itself, or the top-most contenteditable
 * host (editors nest contenteditable islands). Null when the element is not editable text.
 */
export function editableRoot(target: Element | null): HTMLElement | null {
	if (!target) return null;
	if (target.tagName === 'TEXTAREA') return target as HTMLElement;
	let el = target as HTMLElement | null;
	if (!el?.isContentEditable) return null;
	while (el.parentElement?.isContentEditable) el = el.parentElement;
	return el;
}

/**
 * The editing root an event happened in (`composedPath()`: also inside open shadow roots; inside a closed one, the
 * focused element there), or null. `win` is the frame's own window: an about:blank iframe's nodes are not
 * instances of another realm's Element.
 */
export function eventRoot(e: Event, win: Window & typeof globalThis): HTMLElement | null {
	const target = eventTarget(e);
	return target instanceof win.Element ? editableRoot(target) : null;
}

/** The editing root holding keyboard focus (inside shadow roots, closed ones too), or null. */
export function focusedRoot(doc: Document, win: Window & typeof globalThis): HTMLElement | null {
	const active = deepActiveElement(doc);
	return active instanceof win.HTMLElement ? editableRoot(active) : null;
}

/** Walks up through shadow roots: `closest` that crosses shadow boundaries. */
function closestDeep(el: Element, selector: string): Element | null {
	let node: Element | null = el;
	while (node) {
		const hit = node.closest(selector);
		if (hit) return hit;
		const root = node.getRootNode() as ShadowRoot;
		node = root.host ?? null;
	}
	return null;
}

/** Why a field is skipped, or null when Tactful should watch it. */
export function skipReason(el: HTMLElement, extraSkip?: string): string | null {
	if (el.tagName === 'TEXTAREA') {
		const ta = el as HTMLTextAreaElement;
		if (ta.readOnly || ta.disabled) return 'read-only';
	}
	if (el.tagName === 'INPUT') return 'input';
	if (closestDeep(el, OPT_OUT_SELECTOR)) return 'opted out';
	if (extraSkip && closestDeep(el, extraSkip)) return 'site rule';
	const role = el.getAttribute('role');
	if (role === 'searchbox' || closestDeep(el, '[role="search"], form[role="search"]')) return 'search';
	const label = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('type') ?? ''}`;
	if (SEARCH_HINT.test(label)) return 'search';
	const cm = codemirrorRoot(el);
	if (cm && isCodeMirrorCode(cm)) return 'code';
	if (closestDeep(el, '.monaco-editor, .ace_editor, [data-code-editor], .CodeMirror, .js-code-editor'))
		return 'code';
	return null;
}

/** Tactful's own hosts (the overlay, a frame's card): their shadow roots are never searched for fields. */
export const OWN_HOSTS = '[data-tactful-host], [data-tactful-frame-card]';

/**
 * All candidate field roots under `root`, descending into shadow roots (closed ones too where the browser lets an
 * extension see them, shadow-access.ts). `onShadowRoot` hears each shadow root passed on the way, nested ones too
 * (prefilled.ts observes them).
 */
export function findFields(
	root: Document | ShadowRoot | Element,
	extraSkip?: string,
	onShadowRoot?: (shadow: ShadowRoot) => void,
): HTMLElement[] {
	const found = new Set<HTMLElement>();
	const visit = (scope: Document | ShadowRoot | Element) => {
		for (const el of scope.querySelectorAll<HTMLElement>(FIELD_SELECTOR)) {
			const editable = editableRoot(el);
			if (editable && !skipReason(editable, extraSkip)) found.add(editable);
		}
		for (const el of scope.querySelectorAll('*')) {
			const shadow = shadowRootOf(el);
			if (!shadow || el.matches(OWN_HOSTS)) continue;
			onShadowRoot?.(shadow);
			visit(shadow);
		}
	};
	visit(root);
	return [...found];
}
