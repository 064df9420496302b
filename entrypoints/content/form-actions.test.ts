import { afterEach, describe, expect, it } from 'vitest';
import { formActionsBox, isActionOf, unionOf } from './form-actions.ts';

const field = new DOMRect(100, 100, 600, 100);

describe('isActionOf', () => {
	it('takes a button just under the field or level with it at its side', () => {
		expect(isActionOf(new DOMRect(600, 208, 90, 28), field)).toBe(true);
		expect(isActionOf(new DOMRect(710, 160, 80, 28), field)).toBe(true);
	});

	it('leaves out toolbars above the field, buttons inside it, far-away ones and hidden ones', () => {
		expect(isActionOf(new DOMRect(100, 60, 30, 30), field)).toBe(false);
		expect(isActionOf(new DOMRect(650, 170, 24, 24), field)).toBe(false);
		expect(isActionOf(new DOMRect(600, 400, 90, 28), field)).toBe(false);
		expect(isActionOf(new DOMRect(600, 208, 0, 0), field)).toBe(false);
	});
});

describe('unionOf', () => {
	it('spans every box, and is null for none', () => {
		const u = unionOf([new DOMRect(10, 10, 10, 10), new DOMRect(40, 5, 10, 30)]);
		expect([u?.left, u?.top, u?.right, u?.bottom]).toEqual([10, 5, 50, 35]);
		expect(unionOf([])).toBeNull();
	});
});

describe('formActionsBox', () => {
	afterEach(() => {
		document.body.innerHTML = '';
	});

	/** Lays out `el` at `r` (happy-dom has no layout). */
	const at = (el: Element, r: DOMRect) => {
		el.getBoundingClientRect = () => r;
	};

	it("finds a React editor's button row that has no <form> around it", () => {
		document.body.innerHTML =
			'<section><div class="editor"><textarea></textarea><div class="actions"><button type="button">Comment</button></div></div></section>';
		const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
		at(document.querySelector('button') as Element, new DOMRect(600, 208, 90, 28));
		const box = formActionsBox(textarea, field);
		expect([box?.left, box?.top, box?.width, box?.height]).toEqual([600, 208, 90, 28]);
	});

	it("finds the button row inside the field's shadow root (a comment web component), and one in a nested widget", () => {
		document.body.innerHTML = '<section><comment-box></comment-box></section>';
		const host = document.querySelector('comment-box') as Element;
		const shadow = host.attachShadow({ mode: 'open' });
		shadow.innerHTML =
			'<div class="editor"><textarea></textarea><div class="actions"><post-button></post-button></div></div>';
		const inner = (shadow.querySelector('post-button') as Element).attachShadow({ mode: 'open' });
		inner.innerHTML = '<button type="submit">Post</button>';
		at(inner.querySelector('button') as Element, new DOMRect(600, 208, 90, 28));
		const box = formActionsBox(shadow.querySelector('textarea') as Element, field);
		expect([box?.left, box?.top, box?.width, box?.height]).toEqual([600, 208, 90, 28]);
	});

	it("finds the page's button beside a shadow-root field's host", () => {
		document.body.innerHTML =
			'<div class="composer"><rich-field></rich-field><div class="row"><button>Reply</button></div></div>';
		const host = document.querySelector('rich-field') as Element;
		host.attachShadow({ mode: 'open' }).innerHTML = '<textarea></textarea>';
		at(document.querySelector('button') as Element, new DOMRect(600, 208, 90, 28));
		const box = formActionsBox(host.shadowRoot?.querySelector('textarea') as Element, field);
		expect(box?.top).toBe(208);
	});

	it("finds a light-DOM field's Post button inside a widget's shadow root (and a nested one), nearest first", () => {
		document.body.innerHTML =
			'<div class="page"><div class="composer"><textarea></textarea><post-bar></post-bar></div><button id="far">Far</button></div>';
		const bar = (document.querySelector('post-bar') as Element).attachShadow({ mode: 'open' });
		bar.innerHTML = '<span class="row"><send-button></send-button></span>';
		const inner = (bar.querySelector('send-button') as Element).attachShadow({ mode: 'open' });
		inner.innerHTML = '<button type="button">Post</button>';
		at(inner.querySelector('button') as Element, new DOMRect(600, 208, 90, 28));
		at(document.querySelector('#far') as Element, new DOMRect(100, 240, 60, 28));
		const box = formActionsBox(document.querySelector('textarea') as Element, field);
		expect([box?.left, box?.top, box?.width, box?.height]).toEqual([600, 208, 90, 28]);
	});

	it("stops at the field's own form: another form's buttons further up never count", () => {
		document.body.innerHTML =
			'<div id="outer"><form><textarea></textarea></form><button id="other">Other</button></div>';
		at(document.querySelector('#other') as Element, new DOMRect(600, 208, 90, 28));
		expect(formActionsBox(document.querySelector('textarea') as Element, field)).toBeNull();
	});
});
