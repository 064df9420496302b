import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldController } from './field-controller.ts';
import { fromClick, lightActionsBox, lightPostTarget, shadowPostTarget } from './nudge.ts';

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

/**
 * A generic page's own light-DOM Post control posting by a click handler (no form): a <div>/<span>/<a> saying
 * "Post"/"Send"/"Reply", or an <input type=submit> outside any form, right under or beside the warned box.
 */
describe('the pre-submit nudge on a light-DOM Post control of a generic page (a click handler, no form)', () => {
	/** A composer: a box, a toolbar above it, and `row` (its own controls) under it. */
	function composer(row: string, after = '') {
		document.body.innerHTML = `<div class="composer"><div class="tools"><span>Comment</span></div><textarea></textarea><div class="row">${row}</div></div>${after}`;
		const box = document.querySelector('textarea') as HTMLTextAreaElement;
		at(box, new DOMRect(10, 40, 500, 100));
		at(document.querySelector('.tools span') as Element, new DOMRect(10, 10, 80, 24));
		const row0 = [...(document.querySelector('.row') as Element).children];
		row0.forEach((el, i) => {
			at(el, new DOMRect(440 - i * 80, 148, 70, 28));
		});
		return { box, row: row0 as [HTMLElement, ...HTMLElement[]] };
	}

	it('stops a click on a <div>, <span>, <a href="#"> or an <input type=submit> outside a form saying Post/Send/Reply', () => {
		for (const control of [
			'<div class="btn">Post</div>',
			'<span class="btn"> Send </span>',
			'<a href="#" class="btn">Reply</a>',
			'<input type="submit" value="Send">',
			'<button type="button">Post comment</button>',
		]) {
			const { box, row } = composer(control);
			const pending = fromClick(clickOn(row[0]), undefined, [warned(box)], true);
			expect(pending?.field.editor.el, control).toBe(box);
			const clicked = vi.fn();
			row[0].addEventListener('click', clicked);
			pending?.post();
			expect(clicked).toHaveBeenCalledOnce();
		}
	});

	it('a click on the text inside the control (an icon and a label span) counts as the control', () => {
		const { box, row } = composer('<div class="btn"><i></i><span>Post</span></div>');
		const label = row[0].querySelector('span') as HTMLElement;
		at(label, new DOMRect(460, 152, 40, 20));
		expect(fromClick(clickOn(label), undefined, [warned(box)], true)?.field.editor.el).toBe(box);
	});

	it('lets pass: a draft not warned, a site with its own submit selector, the toolbar above, Cancel, a long sentence', () => {
		const { box, row } = composer(
			'<div>Post</div><div>Cancel</div><span>Reply to this thread and tell everyone</span>',
		);
		expect(fromClick(clickOn(row[0]), undefined, [warned(box, 'caution')], true)).toBeNull();
		expect(fromClick(clickOn(row[0]), undefined, [warned(box)], false)).toBeNull();
		expect(fromClick(clickOn(row[1] as HTMLElement), undefined, [warned(box)], true)).toBeNull();
		expect(fromClick(clickOn(row[2] as HTMLElement), undefined, [warned(box)], true)).toBeNull();
		const tools = document.querySelector('.tools span') as Element;
		expect(fromClick(clickOn(tools), undefined, [warned(box)], true)).toBeNull();
	});

	it('a "Reply" that opens a box is no submit: a toggle (aria-expanded), a link to a reply page, another comment\'s link', () => {
		for (const control of [
			'<a href="#" aria-expanded="false">Reply</a>',
			'<span role="button" aria-controls="box2">Reply</span>',
			'<a href="/reply?id=42">reply</a>',
		]) {
			const { box, row } = composer(control);
			expect(fromClick(clickOn(row[0]), undefined, [warned(box)], true), control).toBeNull();
		}
		// The box has no Post control of its own (it posts on Ctrl+Enter); the next comment's Reply link sits right
		// under it, in that comment's own <article>.
		document.body.innerHTML =
			'<div class="thread"><article><p>First</p><textarea></textarea></article><article><p>Second</p><div><a href="#">Reply</a></div></article></div>';
		const box = document.querySelector('textarea') as HTMLTextAreaElement;
		const link = document.querySelector('a') as HTMLElement;
		at(box, new DOMRect(10, 40, 500, 100));
		at(link, new DOMRect(10, 180, 50, 20));
		expect(fromClick(clickOn(link), undefined, [warned(box)], true)).toBeNull();
	});

	it("the box's own Post is nearer than the next comment's Reply: only the box's own control posts it", () => {
		document.body.innerHTML =
			'<div class="thread"><div class="c"><p>First</p><div class="reply"><textarea></textarea><div class="row"><span>Send</span></div></div></div><div class="c"><p>Second</p><a href="#">Reply</a></div></div>';
		const box = document.querySelector('textarea') as HTMLTextAreaElement;
		const send = document.querySelector('.row span') as HTMLElement;
		const next = document.querySelector('a') as HTMLElement;
		at(box, new DOMRect(10, 40, 500, 100));
		at(send, new DOMRect(440, 148, 60, 28));
		at(next, new DOMRect(10, 200, 50, 20));
		expect(fromClick(clickOn(send), undefined, [warned(box)], true)?.field.editor.el).toBe(box);
		expect(fromClick(clickOn(next), undefined, [warned(box)], true)).toBeNull();
	});

	it('a form submit control is left to the submit event', () => {
		document.body.innerHTML = '<form><textarea></textarea><input type="submit" value="Post"></form>';
		const box = document.querySelector('textarea') as HTMLTextAreaElement;
		const submit = document.querySelector('input') as HTMLElement;
		at(box, new DOMRect(10, 40, 500, 100));
		at(submit, new DOMRect(440, 148, 60, 28));
		expect(lightPostTarget(submit, [{ el: box }])).toBeNull();
	});
});

describe('lightActionsBox (the card keeps clear of these)', () => {
	it("is the box of the field's own light-DOM Post controls; not Preview, not the next comment's Reply", () => {
		document.body.innerHTML =
			'<div class="thread"><div class="c"><p>First</p><div class="reply"><textarea></textarea><div class="row"><span>Preview</span><span>Send</span></div></div></div><article><p>Second</p><a href="#">Reply</a></article></div>';
		const box = document.querySelector('textarea') as HTMLTextAreaElement;
		const [preview, send] = [...document.querySelectorAll('.row span')] as HTMLElement[];
		at(box, new DOMRect(10, 40, 500, 100));
		at(preview as HTMLElement, new DOMRect(360, 148, 60, 28));
		at(send as HTMLElement, new DOMRect(440, 148, 60, 28));
		at(document.querySelector('a') as Element, new DOMRect(10, 200, 50, 20));
		expect(lightActionsBox(box, box.getBoundingClientRect())).toEqual(new DOMRect(440, 148, 60, 28));
	});

	it('is null with no such control, and for a field in a shadow root', () => {
		document.body.innerHTML = '<div><textarea></textarea><div class="row"><span>Cancel</span></div></div>';
		const box = document.querySelector('textarea') as HTMLTextAreaElement;
		at(box, new DOMRect(10, 40, 500, 100));
		at(document.querySelector('span') as Element, new DOMRect(440, 148, 60, 28));
		expect(lightActionsBox(box, box.getBoundingClientRect())).toBeNull();
		const { box: inRoot } = widget('<div>Post</div>');
		expect(lightActionsBox(inRoot, inRoot.getBoundingClientRect())).toBeNull();
	});
});
