import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '../editors/types.ts';
import { DRAFT_EMPTY_CHECK_MS, DRAFT_SAVE_DEBOUNCE_MS, draftKey, keepDrafts } from './draft-keeper.ts';

/** A minimal editor over a textarea: the keeper only reads. */
function editorOn(el: HTMLTextAreaElement): Editor {
	return {
		kind: 'textarea',
		el,
		read: () => el.value,
		rects: () => [],
		replace: async () => false,
		dispose: () => undefined,
	};
}

function setup(enabled = true) {
	document.body.innerHTML = '<form id="f"><textarea id="reply"></textarea></form><textarea></textarea>';
	const el = document.getElementById('reply') as HTMLTextAreaElement;
	const deps = {
		enabled: vi.fn(async () => enabled),
		save: vi.fn(async (_key: string, _text: string) => undefined),
		discard: vi.fn(async (_key: string) => undefined),
	};
	const stop = new AbortController();
	const editor = editorOn(el);
	keepDrafts(editor, stop.signal, deps);
	const type = (text: string) => {
		el.value = text;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	};
	return { el, deps, stop, type, editor };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('keepDrafts', () => {
	it('saves after a typing pause, once, with the latest text', async () => {
		const { deps, type, editor } = setup();
		type('I was writing');
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS / 2);
		type('I was writing something long');
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
		expect(deps.save).toHaveBeenCalledOnce();
		expect(deps.save).toHaveBeenCalledWith(draftKey(editor), 'I was writing something long');
	});

	it('saves nothing without the opt-in', async () => {
		const { deps, type } = setup(false);
		type('private words');
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS * 2);
		expect(deps.save).not.toHaveBeenCalled();
	});

	it('forgets the draft when the user clears the field or the page empties it after posting', async () => {
		const a = setup();
		a.type('a reply');
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
		a.type('');
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
		expect(a.deps.discard).toHaveBeenCalledOnce();
		a.stop.abort();

		const b = setup();
		b.type('another reply');
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
		b.el.value = ''; // the site clears the field itself: no input event
		await vi.advanceTimersByTimeAsync(DRAFT_EMPTY_CHECK_MS);
		expect(b.deps.discard).toHaveBeenCalledOnce();
	});

	it('saves the last words when the page goes away mid-pause, and forgets a submitted draft instead', async () => {
		const a = setup();
		a.type('typed just before closing the tab');
		window.dispatchEvent(new Event('pagehide'));
		await vi.advanceTimersByTimeAsync(0);
		expect(a.deps.save).toHaveBeenCalledWith(expect.any(String), 'typed just before closing the tab');
		a.stop.abort();

		const b = setup();
		b.type('posted reply');
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
		document.getElementById('f')?.dispatchEvent(new Event('submit', { bubbles: true }));
		window.dispatchEvent(new Event('pagehide'));
		await vi.advanceTimersByTimeAsync(0);
		expect(b.deps.discard).toHaveBeenCalledOnce();
	});

	it("forgets a draft posted from a form inside a web component's shadow root (submit does not leave the root)", async () => {
		document.body.innerHTML = '<reply-box></reply-box>';
		const shadow = (document.querySelector('reply-box') as Element).attachShadow({ mode: 'open' });
		shadow.innerHTML = '<form><textarea></textarea></form>';
		const el = shadow.querySelector('textarea') as HTMLTextAreaElement;
		const deps = {
			enabled: vi.fn(async () => true),
			save: vi.fn(async (_key: string, _text: string) => undefined),
			discard: vi.fn(async (_key: string) => undefined),
		};
		const stop = new AbortController();
		keepDrafts(editorOn(el), stop.signal, deps);
		el.value = 'posted from the widget';
		el.dispatchEvent(new Event('input', { bubbles: true }));
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
		// A real submit event is not composed: it stops at the shadow root.
		shadow.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, composed: false }));
		window.dispatchEvent(new Event('pagehide'));
		await vi.advanceTimersByTimeAsync(0);
		expect(deps.discard).toHaveBeenCalledOnce();
		stop.abort();
	});

	it("forgets a draft posted by a Post button with a click handler inside a closed shadow root; other buttons don't count", async () => {
		document.body.innerHTML = '<reply-box></reply-box>';
		// Closed: the page keeps the root; clicks reach the document as clicks on <reply-box>.
		const shadow = (document.querySelector('reply-box') as Element).attachShadow({ mode: 'closed' });
		shadow.innerHTML =
			'<div><textarea></textarea><div class="row"><span role="button">Bold</span><button>Post</button></div></div>';
		const el = shadow.querySelector('textarea') as HTMLTextAreaElement;
		const at = (node: Element, r: DOMRect) => {
			node.getBoundingClientRect = () => r;
		};
		at(el, new DOMRect(10, 10, 400, 80));
		at(shadow.querySelector('button') as Element, new DOMRect(340, 98, 60, 24));
		at(shadow.querySelector('span') as Element, new DOMRect(10, 98, 50, 24));
		const deps = {
			enabled: vi.fn(async () => true),
			save: vi.fn(async (_key: string, _text: string) => undefined),
			discard: vi.fn(async (_key: string) => undefined),
		};
		const stop = new AbortController();
		keepDrafts(editorOn(el), stop.signal, deps);
		el.value = 'posted from the widget';
		el.dispatchEvent(new Event('input', { bubbles: true }));
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
		(shadow.querySelector('span') as HTMLElement).click();
		window.dispatchEvent(new Event('pagehide'));
		await vi.advanceTimersByTimeAsync(0);
		expect(deps.discard).not.toHaveBeenCalled();
		(shadow.querySelector('button') as HTMLElement).click();
		window.dispatchEvent(new Event('pagehide'));
		await vi.advanceTimersByTimeAsync(0);
		expect(deps.discard).toHaveBeenCalledOnce();
		stop.abort();
	});

	it("a generic page's light-DOM Send <div> with a click handler counts as posted (only where the site asks for it)", async () => {
		for (const clickPosts of [false, true]) {
			document.body.innerHTML =
				'<div class="chat"><textarea></textarea><div class="row"><div class="emoji">☺</div><div class="send">Send</div></div></div>';
			const el = document.querySelector('textarea') as HTMLTextAreaElement;
			const at = (node: Element, r: DOMRect) => {
				node.getBoundingClientRect = () => r;
			};
			at(el, new DOMRect(10, 10, 400, 80));
			at(document.querySelector('.send') as Element, new DOMRect(340, 98, 60, 24));
			at(document.querySelector('.emoji') as Element, new DOMRect(10, 98, 30, 24));
			const deps = {
				enabled: vi.fn(async () => true),
				save: vi.fn(async (_key: string, _text: string) => undefined),
				discard: vi.fn(async (_key: string) => undefined),
			};
			const stop = new AbortController();
			keepDrafts(editorOn(el), stop.signal, deps, { clickPosts });
			el.value = 'sent from the chat box';
			el.dispatchEvent(new Event('input', { bubbles: true }));
			await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS);
			(document.querySelector('.emoji') as HTMLElement).click();
			window.dispatchEvent(new Event('pagehide'));
			await vi.advanceTimersByTimeAsync(0);
			expect(deps.discard).not.toHaveBeenCalled();
			(document.querySelector('.send') as HTMLElement).click();
			window.dispatchEvent(new Event('pagehide'));
			await vi.advanceTimersByTimeAsync(0);
			expect(deps.discard).toHaveBeenCalledTimes(clickPosts ? 1 : 0);
			stop.abort();
		}
	});

	it('stops with its signal', async () => {
		const { deps, type, stop } = setup();
		type('half');
		stop.abort();
		await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DEBOUNCE_MS * 2);
		expect(deps.save).not.toHaveBeenCalled();
	});
});

describe('draftKey', () => {
	it('names the field by id, else by its position among fields of its kind', () => {
		document.body.innerHTML =
			'<textarea id="body"></textarea><textarea></textarea><div contenteditable></div>';
		const [named, second] = [...document.querySelectorAll('textarea')];
		const ce = document.querySelector('div') as HTMLElement;
		const key = (el: HTMLElement) => draftKey({ ...editorOn(named as HTMLTextAreaElement), el });
		expect(key(named as HTMLElement)).toMatch(/#body$/);
		expect(key(second as HTMLElement)).toMatch(/#textarea-1$/);
		expect(key(ce)).toMatch(/#div-0$/);
	});
});
