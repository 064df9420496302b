/**
 * The optional pre-submit nudge (off by default): recognises that a warned draft is about to be posted — a
 * form submit, a site's non-form "Comment" button, or Ctrl/⌘+Enter — and says how to post it anyway.
 */
import type { FieldController } from './field-controller.ts';
import { isActionOf, unionOf } from './form-actions.ts';
import { parentOf } from './visibility.ts';

/** Elements that group a field with its submit button on sites without a <form>. */
const CONTAINER = 'form, [role="form"], shreddit-composer, #reply-control, .comment-form, .js-comment-form';

/** A warned draft about to be posted, and how to post it after all. */
export interface PendingPost {
	field: FieldController;
	post(): void;
}

const isWarned = (c: FieldController) => c.verdict?.level === 'warn';

/** For a submit event: the warned field inside the form being submitted. */
export function fromSubmit(e: SubmitEvent, fields: FieldController[]): PendingPost | null {
	const form = e.target;
	if (!(form instanceof HTMLFormElement)) return null;
	const field = fields.find((c) => isWarned(c) && form.contains(c.editor.el));
	const submitter = e.submitter as HTMLElement | null;
	return field ? { field, post: () => form.requestSubmit(submitter) } : null;
}

/** What can be a web component's Post button. */
const BUTTONS = 'button, [role="button"], input[type="button"], input[type="submit"]';
/** What a Post button says (its text, aria-label or value): the start of it. */
const POST_LABEL = /^\s*(post|comment|reply|send|submit|publish|add (a |your )?(comment|reply))\b/i;
/** How far up from the button the field may sit (as form-actions.ts walks up from the field). */
const MAX_DEPTH = 6;

/** True when `node` is `ancestor` or inside it, across shadow roots (closed ones too: the nodes are in hand). */
function composedContains(ancestor: Element, node: Element): boolean {
	for (let n: Element | null = node; n; n = parentOf(n)) if (n === ancestor) return true;
	return false;
}

/**
 * The field that `button` posts, when the button is a web component's Post button: a `<button>` or
 * `role="button"` element (not a form's submit: that arrives as a submit event) inside a shadow root, or beside a
 * field inside one, labelled like a post ("Post", "Reply", "Comment", "Send"), sitting under or beside the field
 * (form-actions.ts), the two sharing an ancestor at most MAX_DEPTH levels above the button. Such buttons post by
 * a click handler, which no site's submit selector names (the generic site has none).
 */
export function shadowPostTarget<T extends { el: Element }>(button: Element, fields: T[]): T | null {
	const control = button as HTMLButtonElement;
	const isFormSubmit =
		(button.tagName === 'BUTTON' || button.tagName === 'INPUT') &&
		control.form != null &&
		control.type === 'submit';
	if (isFormSubmit) return null;
	const label = `${button.getAttribute('aria-label') ?? ''} ${(button as HTMLInputElement).value ?? ''} ${button.textContent ?? ''}`;
	if (!POST_LABEL.test(label.trim()) && !POST_LABEL.test(button.textContent ?? '')) return null;
	const inShadow = (el: Element) => el.getRootNode().nodeType === 11; // a ShadowRoot of any realm (iframes)
	const candidates = fields.filter((f) => f.el.isConnected && (inShadow(button) || inShadow(f.el)));
	if (candidates.length === 0) return null;
	const box = button.getBoundingClientRect();
	let depth = 0;
	for (let node = parentOf(button); node && depth < MAX_DEPTH; node = parentOf(node), depth++) {
		if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
		const hit = candidates.find(
			(f) => composedContains(node, f.el) && isActionOf(box, f.el.getBoundingClientRect()),
		);
		if (hit) return hit;
	}
	return null;
}

/**
 * A generic page's light-DOM Post control (no site selector names it): besides buttons, a `<div>`/`<span>`/`<a>`
 * with a click handler, whose whole label is a post word (a long sentence starting "Reply …" is text, not a control).
 */
const LIGHT_CONTROLS = `${BUTTONS}, a, div, span`;
const WHOLE_POST_LABEL =
	/^(post|comment|reply|send|submit|publish)( (it|now|comment|reply|message))?$|^add (a |your )?(comment|reply)$/i;
/** One comment of a thread: a "Reply" inside another comment than the box's answers that comment, not this box. */
const ITEM = 'article, li, [role="article"], [role="comment"], [role="listitem"]';
/** How far up from the click's target the control may be (an icon or a label span inside it). */
const CONTROL_DEPTH = 3;

const labelOf = (el: Element) =>
	(el.getAttribute('aria-label') || (el as HTMLInputElement).value || el.textContent || '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * True when `el` may be a light-DOM Post control: a button-like element labelled like a post, or a small
 * `<div>`/`<span>`/`<a>` whose whole label is one. Not: a form's submit (its submit event is what is stopped), a
 * toggle that opens something ("Reply" with aria-expanded / aria-controls / aria-haspopup), a link to another
 * page (Hacker News' "reply" opens a reply page), a disabled control, anything editable.
 */
function isLightControl(el: Element): boolean {
	const control = el as HTMLButtonElement;
	if (
		(el.tagName === 'BUTTON' || el.tagName === 'INPUT') &&
		control.form != null &&
		control.type === 'submit'
	)
		return false;
	if (
		el.hasAttribute('aria-expanded') ||
		el.hasAttribute('aria-controls') ||
		el.hasAttribute('aria-haspopup')
	)
		return false;
	if (
		control.disabled ||
		el.getAttribute('aria-disabled') === 'true' ||
		(el as HTMLElement).isContentEditable
	)
		return false;
	const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '').trim() : '';
	if (href && !href.startsWith('#') && !/^javascript:/i.test(href)) return false;
	if (el.matches(BUTTONS)) return POST_LABEL.test(labelOf(el));
	return el.childElementCount <= 3 && WHOLE_POST_LABEL.test(labelOf(el));
}

/** The light-DOM control a click on `target` pressed: it, or an ancestor a few levels up (an icon's, a label's). */
function lightControlAt(target: Element): Element | null {
	let el: Element | null = target;
	for (let depth = 0; el && depth <= CONTROL_DEPTH; el = el.parentElement, depth++) {
		if (el === el.ownerDocument.body) break;
		if (el.matches(LIGHT_CONTROLS) && isLightControl(el)) return el;
	}
	return null;
}

/**
 * The field that a click on `target` posts, when `target` is (inside) a generic page's light-DOM Post control
 * with a click handler (`isLightControl`). The control must be the field's own: walking up from the field (at most
 * MAX_DEPTH levels), the first ancestor holding any Post-like control under or beside the field
 * (form-actions.ts `isActionOf`) must hold this one, and it must not sit in another comment of the thread (ITEM).
 * So a box's "Send" counts, and the next comment's "Reply" link right under the box does not.
 */
export function lightPostTarget<T extends { el: Element }>(target: Element, fields: T[]): T | null {
	if (target.getRootNode() !== target.ownerDocument) return null;
	const control = lightControlAt(target);
	if (!control) return null;
	for (const f of fields) {
		if (!f.el.isConnected || f.el.getRootNode() !== f.el.ownerDocument || f.el.contains(control)) continue;
		const item = control.closest(ITEM);
		if (item && !item.contains(f.el)) continue;
		const box = f.el.getBoundingClientRect();
		let depth = 0;
		for (let node = f.el.parentElement; node && depth < MAX_DEPTH; node = node.parentElement, depth++) {
			if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
			const own = [...node.querySelectorAll(LIGHT_CONTROLS)].filter(
				(c) =>
					!f.el.contains(c) &&
					isLightControl(c) &&
					!(c.closest(ITEM) && !c.closest(ITEM)?.contains(f.el)) &&
					isActionOf(c.getBoundingClientRect(), box),
			);
			if (own.length === 0) continue;
			if (own.some((c) => c === control || c.contains(control) || control.contains(c))) return f;
			break;
		}
	}
	return null;
}

/**
 * The box of light-DOM field `el`'s own click-handler Post controls (`isLightControl`: a "Post" `<div>`, a "Send"
 * `<span>`) under or beside its visible box `field`, found as `lightPostTarget` finds them (the first ancestor
 * holding any); null for none or a field in a shadow root. The open card keeps clear of them as of the form's
 * buttons (card-view.ts; session 15: the nudge card opened over the "Post" `<div>` it had just stopped). Runs on
 * each repaint while a generic site's card is open: geometry before labels, so most elements cost a rect.
 */
export function lightActionsBox(el: Element, field: DOMRect): DOMRect | null {
	if (el.getRootNode() !== el.ownerDocument) return null;
	let depth = 0;
	for (let node = el.parentElement; node && depth < MAX_DEPTH; node = node.parentElement, depth++) {
		if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
		const boxes: DOMRect[] = [];
		for (const c of node.querySelectorAll(LIGHT_CONTROLS)) {
			if (el.contains(c) || c.contains(el)) continue;
			const box = c.getBoundingClientRect();
			if (!isActionOf(box, field) || !isLightControl(c)) continue;
			const item = c.closest(ITEM);
			if (item && !item.contains(el)) continue;
			boxes.push(box);
		}
		if (boxes.length > 0) return unionOf(boxes);
	}
	return null;
}

/** The Post-like button an event's target is, or is inside (null for anything else). */
export function buttonAt(target: EventTarget | null | undefined): HTMLElement | null {
	return (target as Node | null)?.nodeType === 1 ? (target as Element).closest<HTMLElement>(BUTTONS) : null;
}

/**
 * For a click on a site's submit button that is not a form button (form submits arrive as submit events), or on
 * a web component's Post button inside a shadow root (`shadowPostTarget`). The nudge listens on the shadow roots
 * holding watched fields too (session.ts): a click inside a closed root reaches the document retargeted to its
 * host, so only a listener on the root sees the button. With `lightPosts` (the generic site, which has no submit
 * selector for such things) also on a page's own light-DOM control posting by a click handler (`lightPostTarget`).
 */
export function fromClick(
	e: MouseEvent,
	submitSelector: string | undefined,
	fields: FieldController[],
	lightPosts = false,
): PendingPost | null {
	const target = e.composedPath()[0];
	const button =
		submitSelector && target instanceof Element ? target.closest<HTMLElement>(submitSelector) : null;
	if (button && !(button as HTMLButtonElement).form) {
		const scope = button.closest(CONTAINER);
		const field = fields.find((c) => isWarned(c) && scope?.contains(c.editor.el));
		if (field) return { field, post: () => button.click() };
	}
	const warned = fields.filter(isWarned).map((c) => ({ el: c.editor.el, c }));
	if (warned.length === 0) return null;
	const post = buttonAt(target);
	const hit = post && shadowPostTarget(post, warned);
	if (post && hit) return { field: hit.c, post: () => post.click() };
	// A generic page's own light-DOM control (no submit selector can name a click-handler <div>).
	const el = (target as Node | null)?.nodeType === 1 ? (target as Element) : null;
	const light = lightPosts && el ? lightPostTarget(el, warned) : null;
	const control = light && el && lightControlAt(el);
	return light && control ? { field: light.c, post: () => (control as HTMLElement).click() } : null;
}

/** For Ctrl/⌘+Enter in a warned field (GitHub, Discourse and others submit on it). */
export function fromShortcut(e: KeyboardEvent, field: FieldController): PendingPost | null {
	if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !isWarned(field)) return null;
	const form = field.editor.el.closest('form');
	return { field, post: () => form?.requestSubmit() };
}
