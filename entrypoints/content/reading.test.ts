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

	it('another comment box above, holding a draft, is not the comment being answered (qa19, session 19)', () => {
		// React mirrors a controlled textarea's value into its text (defaultValue); a contenteditable draft is text too.
		for (const box of [`<textarea>${LONG}</textarea>`, `<div contenteditable="true">${LONG}</div>`]) {
			document.body.innerHTML = `<div id="c">${LONG}</div><div id="other">${box}<button>Comment</button></div><form><textarea id="f"></textarea></form>`;
			at(document.getElementById('c'), new DOMRect(40, 40, 860, 100));
			at(document.getElementById('other'), new DOMRect(40, 250, 860, 141));
			expect(textAbove(document.getElementById('f') as Element, field, 720)).toBeNull();
		}
		// A comment with a hidden part: its shown text still makes it the comment being answered.
		document.body.innerHTML = `<div id="c"><p>${LONG}</p><output hidden>x</output></div><form><textarea id="f"></textarea></form>`;
		at(document.getElementById('c'), new DOMRect(40, 250, 860, 141));
		expect(textAbove(document.getElementById('f') as Element, field, 720)?.top).toBe(250);
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
	it('narrows a whole thread above the box to its last comment (the GitHub heated demo: the discussion, 6 comments)', () => {
		const item = (i: number) =>
			`<div class="TimelineItem" id="t${i}"><div class="timeline-comment" id="c${i}"><div class="timeline-comment-header" id="h${i}">Owner lee-maint commented on May 3, 2025 · edited by lee-maint</div><div class="comment-body" id="b${i}"><p>${LONG}</p></div></div></div>`;
		document.body.innerHTML = `<div class="js-discussion" id="d">${item(0)}${item(1)}${item(2)}</div><div id="w"><form><textarea></textarea><button>Comment</button></form></div>`;
		at(document.getElementById('d'), new DOMRect(120, -400, 860, 1078));
		for (const i of [0, 1, 2]) {
			const top = -400 + i * 340;
			at(document.getElementById(`t${i}`), new DOMRect(120, top + 12, 860, 101 + 200));
			at(document.getElementById(`c${i}`), new DOMRect(121, top + 12, 858, 101 + 200));
			at(document.getElementById(`h${i}`), new DOMRect(121, top + 12, 858, 36));
			at(document.getElementById(`b${i}`), new DOMRect(121, top + 48, 858, 265));
		}
		// The last comment: 577-678, the box 690-800 at the window's bottom (1100x800).
		at(document.getElementById('t2'), new DOMRect(120, 577, 860, 101));
		at(document.getElementById('c2'), new DOMRect(121, 577, 858, 101));
		at(document.getElementById('h2'), new DOMRect(121, 577, 858, 36));
		at(document.getElementById('b2'), new DOMRect(121, 613, 858, 65));
		at(document.getElementById('d'), new DOMRect(120, -400, 860, 1078));
		const box = textAbove(
			document.querySelector('textarea') as Element,
			new DOMRect(120, 690, 860, 110),
			800,
		);
		// The whole last comment (its header and body: they differ, so it is one comment), not the thread.
		expect([box?.top, box?.bottom, box?.left]).toEqual([577, 678, 121]);
	});

	it("keeps a comment's paragraphs together, and passes items hidden or beside the box (Stack Exchange comments)", () => {
		document.body.innerHTML = `<div class="comments"><ul class="comments-list" id="l"><li class="comment" id="a"><span>What have you tried so far? Please show the code you ran.</span></li><li class="comment" id="b"><div class="comment-body" id="bb"><p id="p1">${LONG}</p><p id="p2">${LONG}</p></div></li><li class="comment" id="hidden">${LONG}</li></ul><form><textarea></textarea></form></div>`;
		at(document.getElementById('l'), new DOMRect(48, 100, 1044, 66));
		at(document.getElementById('a'), new DOMRect(48, 100, 1044, 20));
		at(document.getElementById('b'), new DOMRect(48, 120, 1044, 46));
		at(document.getElementById('bb'), new DOMRect(48, 120, 1044, 46));
		at(document.getElementById('p1'), new DOMRect(48, 120, 1044, 23));
		at(document.getElementById('p2'), new DOMRect(48, 143, 1044, 23));
		const ta = document.querySelector('textarea') as Element;
		const box = textAbove(ta, new DOMRect(48, 200, 1044, 36), 720);
		expect([box?.top, box?.bottom]).toEqual([120, 166]);
	});

	it('keeps the whole block when its last text is unlike the rest (a "load more" row under a thread)', () => {
		document.body.innerHTML = `<div id="d"><article class="post" id="a">${LONG}</article><article class="post" id="b">${LONG}</article><div class="more" id="m">Show 12 more replies from this conversation, sorted by date</div></div><textarea></textarea>`;
		at(document.getElementById('d'), new DOMRect(40, 100, 860, 300));
		at(document.getElementById('a'), new DOMRect(40, 100, 860, 120));
		at(document.getElementById('b'), new DOMRect(40, 220, 860, 140));
		at(document.getElementById('m'), new DOMRect(40, 360, 860, 40));
		const box = textAbove(document.querySelector('textarea') as Element, field, 720);
		expect([box?.top, box?.bottom]).toEqual([100, 400]);
	});

	it('takes a short comment right above the box as the one being answered ("No. Read the docs."), not the one before', () => {
		// A short comment like the comments before it (same tag and class) is a comment, not a label or a tab row:
		// the user answers what they see right above the box, and the card must not cover it.
		document.body.innerHTML = `<ul class="comments-list" id="l"><li class="comment" id="a">${LONG}</li><li class="comment" id="b">No. Read the docs.</li></ul><form><textarea></textarea></form>`;
		at(document.getElementById('l'), new DOMRect(48, 100, 1044, 80));
		at(document.getElementById('a'), new DOMRect(48, 100, 1044, 50));
		at(document.getElementById('b'), new DOMRect(48, 150, 1044, 30));
		const ta = document.querySelector('textarea') as Element;
		const inList = textAbove(ta, new DOMRect(48, 200, 1044, 36), 720);
		expect([inList?.top, inList?.bottom]).toEqual([150, 180]);
		// The comments as the box's own earlier siblings.
		document.body.innerHTML = `<div class="c" id="a">${LONG}</div><div class="c" id="b">No. Read the docs.</div><form><textarea></textarea></form>`;
		at(document.getElementById('a'), new DOMRect(40, 193, 860, 150));
		at(document.getElementById('b'), new DOMRect(40, 346, 860, 50));
		const siblings = textAbove(document.querySelector('textarea') as Element, field, 720);
		expect([siblings?.top, siblings?.bottom]).toEqual([346, 396]);
	});

	it('still passes short text unlike the comments above (a tab row, a hint) to the comment before it', () => {
		document.body.innerHTML = `<div class="c" id="a">${LONG}</div><div class="tabs" id="t">Write Preview</div><form><textarea></textarea></form>`;
		at(document.getElementById('a'), new DOMRect(40, 193, 860, 150));
		at(document.getElementById('t'), new DOMRect(40, 366, 860, 30));
		const box = textAbove(document.querySelector('textarea') as Element, field, 720);
		expect([box?.top, box?.bottom]).toEqual([193, 343]);
	});
});
