import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldController } from './field-controller.ts';
import { fromClick, shadowPostTarget } from './nudge.ts';

afterEach(() => {
	document.body.innerHTML = '';
});

const at = (node: Element, r: DOMRect) => {
	node.getBoundingClientRect = () => r;
};
const warned = (el: HTMLElement, level = 'warn') =>
	({ verdict: { level }, editor: { el } }) as unknown as FieldController;

/** What the listener on the root sees of a click on `target` (the root's own listener gets the real path). */
const clickOn = (target: Element) => {
	const e = new MouseEvent('click', { bubbles: true, composed: true });
	vi.spyOn(e, 'composedPath').mockReturnValue([target]);
	return e;
};

/** A closed comment widget: a box, a toolbar above it, its Post button (a click handler, no form) under it. */
function widget(post = '<button>Post</button>') {
	document.body.innerHTML = '<x-comment></x-comment>';
	const root = (document.querySelector('x-comment') as Element).attachShadow({ mode: 'closed' });
	root.innerHTML = `<div class="tools"><button>Bold</button></div><div contenteditable="true" id="box"></div><div class="row">${post}<div role="button">Cancel</div></div>`;
	const box = root.getElementById('box') as HTMLElement;
	at(box, new DOMRect(10, 40, 500, 100));
	at(root.querySelector('.tools button') as Element, new DOMRect(10, 10, 40, 24));
	at(root.querySelector('.row > :first-child') as Element, new DOMRect(440, 148, 70, 28));
	at(root.querySelector('.row [role="button"]') as Element, new DOMRect(360, 148, 70, 28));
	return { root, box };
}

describe("the pre-submit nudge on a web component's Post button (no form, a click handler)", () => {
	it('stops a click on "Post" (a <button> or a role=button div) under a warned box in the same shadow root', () => {
		for (const post of ['<button>Post</button>', '<div role="button" aria-label="Post comment">➤</div>']) {
			const { root, box } = widget(post);
			const button = root.querySelector('.row > :first-child') as HTMLElement;
			const pending = fromClick(clickOn(button), undefined, [warned(box)]);
			expect(pending?.field.editor.el).toBe(box);
			const clicked = vi.fn();
			button.addEventListener('click', clicked);
			pending?.post();
			expect(clicked).toHaveBeenCalledOnce();
		}
	});

	it('lets other buttons, drafts not warned, and form submit buttons pass', () => {
		const { root, box } = widget();
		expect(
			fromClick(clickOn(root.querySelector('.tools button') as Element), undefined, [warned(box)]),
		).toBeNull();
		expect(
			fromClick(clickOn(root.querySelector('[role="button"]') as Element), undefined, [warned(box)]),
		).toBeNull();
		const post = root.querySelector('.row button') as Element;
		expect(fromClick(clickOn(post), undefined, [warned(box, 'caution')])).toBeNull();
		// A form's submit button: the submit event is what the nudge stops (session.ts listens on the root).
		const form = widget('<form><button>Post</button></form>');
		const submit = form.root.querySelector('form button') as Element;
		at(submit, new DOMRect(440, 148, 70, 28));
		expect(shadowPostTarget(submit, [{ el: form.box }])).toBeNull();
	});

	it("a light-DOM box's Post button inside a toolbar widget's shadow root counts; a far-off one does not", () => {
		document.body.innerHTML = '<div class="composer"><textarea></textarea><post-bar></post-bar></div>';
		const box = document.querySelector('textarea') as HTMLTextAreaElement;
		const bar = (document.querySelector('post-bar') as Element).attachShadow({ mode: 'closed' });
		bar.innerHTML = '<div><button>Reply</button></div>';
		const button = bar.querySelector('button') as Element;
		at(box, new DOMRect(10, 10, 500, 90));
		at(button, new DOMRect(430, 108, 80, 28));
		expect(shadowPostTarget(button, [{ el: box }])?.el).toBe(box);
		at(button, new DOMRect(430, 600, 80, 28));
		expect(shadowPostTarget(button, [{ el: box }])).toBeNull();
	});
});
