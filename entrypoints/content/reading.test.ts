import { afterEach, describe, expect, it } from 'vitest';
import { textAbove } from './reading.ts';

/** Lays out `el` at `r` (happy-dom has no layout). */
const at = (el: Element | null, r: DOMRect) => {
	if (el) el.getBoundingClientRect = () => r;
};
const field = new DOMRect(40, 406, 860, 110);
const LONG = 'I tried the branch on the staging box and the retry loop works for the first two attempts.';

afterEach(() => {
	document.body.innerHTML = '';
});

describe('textAbove', () => {
	it("finds the comment right above the reply box's form, past a short label", () => {
		document.body.innerHTML = `<main><div id="c">${LONG}</div><form><label id="l">Reply</label><textarea></textarea></form></main>`;
		at(document.getElementById('c'), new DOMRect(40, 193, 860, 203));
		at(document.getElementById('l'), new DOMRect(40, 380, 60, 20));
		const box = textAbove(document.querySelector('textarea') as Element, field, 720);
		expect([box?.top, box?.bottom]).toEqual([193, 396]);
	});

	it('clips it to the window, and finds nothing when the text above is far or out of view', () => {
		document.body.innerHTML = `<div id="c">${LONG}</div><textarea></textarea>`;
		const ta = document.querySelector('textarea') as Element;
		at(document.getElementById('c'), new DOMRect(40, -300, 860, 690));
		expect(textAbove(ta, field, 720)?.top).toBe(0);
		at(document.getElementById('c'), new DOMRect(40, 40, 860, 100));
		expect(textAbove(ta, field, 720)).toBeNull();
		at(document.getElementById('c'), new DOMRect(40, -400, 860, 300));
		expect(textAbove(ta, new DOMRect(40, -60, 860, 110), 720)).toBeNull();
	});

	it("reaches the box's 4th ancestor (old Reddit: the comment's entry beside the reply's .child; ui7, session 16)", () => {
		document.body.innerHTML = `<div class="thing"><div class="entry" id="c">${LONG}</div><div class="child"><form><div class="edit"><div class="md"><textarea></textarea></div></div></form></div></div>`;
		at(document.getElementById('c'), new DOMRect(8, 190, 1264, 34));
		expect(
			textAbove(document.querySelector('textarea') as Element, new DOMRect(8, 230, 182, 36), 720)?.top,
		).toBe(190);
	});
});
