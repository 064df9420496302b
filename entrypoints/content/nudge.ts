/**
 * The optional pre-submit nudge (off by default): recognises that a warned draft is about to be posted — a
 * form submit, a site's non-form "Comment" button, or Ctrl/⌘+Enter — and says how to post it anyway.
 */
import type { FieldController } from './field-controller.ts';

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

/** For a click on a site's submit button that is not a form button (form submits arrive as submit events). */
export function fromClick(
	e: MouseEvent,
	submitSelector: string,
	fields: FieldController[],
): PendingPost | null {
	const target = e.composedPath()[0];
	const button = target instanceof Element ? target.closest<HTMLElement>(submitSelector) : null;
	if (!button || (button as HTMLButtonElement).form) return null;
	const scope = button.closest(CONTAINER);
	const field = fields.find((c) => isWarned(c) && scope?.contains(c.editor.el));
	return field ? { field, post: () => button.click() } : null;
}

/** For Ctrl/⌘+Enter in a warned field (GitHub, Discourse and others submit on it). */
export function fromShortcut(e: KeyboardEvent, field: FieldController): PendingPost | null {
	if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !isWarned(field)) return null;
	const form = field.editor.el.closest('form');
	return { field, post: () => form?.requestSubmit() };
}
