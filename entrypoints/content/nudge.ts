/**
 * The optional pre-submit nudge (off by default): recognises that a warned draft is about to be posted — a
 * form submit, a site's non-form "Comment" button, or Ctrl/⌘+Enter — and says how to post it anyway.
 */
import type { FieldController } from './field-controller.ts';
import { isActionOf } from './form-actions.ts';
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

/** The Post-like button an event's target is, or is inside (null for anything else). */
export function buttonAt(target: EventTarget | null | undefined): HTMLElement | null {
	return (target as Node | null)?.nodeType === 1 ? (target as Element).closest<HTMLElement>(BUTTONS) : null;
}

/**
 * For a click on a site's submit button that is not a form button (form submits arrive as submit events), or on
 * a web component's Post button inside a shadow root (`shadowPostTarget`). The nudge listens on the shadow roots
 * holding watched fields too (session.ts): a click inside a closed root reaches the document retargeted to its
 * host, so only a listener on the root sees the button.
 */
export function fromClick(
	e: MouseEvent,
	submitSelector: string | undefined,
	fields: FieldController[],
): PendingPost | null {
	const target = e.composedPath()[0];
	const button =
		submitSelector && target instanceof Element ? target.closest<HTMLElement>(submitSelector) : null;
	if (button && !(button as HTMLButtonElement).form) {
		const scope = button.closest(CONTAINER);
		const field = fields.find((c) => isWarned(c) && scope?.contains(c.editor.el));
		if (field) return { field, post: () => button.click() };
	}
	const post = buttonAt(target);
	if (!post) return null;
	const warned = fields.filter(isWarned).map((c) => ({ el: c.editor.el, c }));
	const hit = shadowPostTarget(post, warned);
	return hit ? { field: hit.c, post: () => post.click() } : null;
}

/** For Ctrl/⌘+Enter in a warned field (GitHub, Discourse and others submit on it). */
export function fromShortcut(e: KeyboardEvent, field: FieldController): PendingPost | null {
	if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !isWarned(field)) return null;
	const form = field.editor.el.closest('form');
	return { field, post: () => form?.requestSubmit() };
}
