import { afterEach, describe, expect, it, vi } from 'vitest';
import { richEditor } from './editors/contenteditable.ts';
import { textareaEditor } from './editors/textarea.ts';
import { onSilentTextChange, TEXTAREA_POLL_MS } from './text-watch.ts';

afterEach(() => {
	vi.useRealTimers();
	document.body.replaceChildren();
});

describe('onSilentTextChange', () => {
	it('hears a rich editor rewriting its own DOM (an undo or paste it handled, no input event)', async () => {
		const el = document.createElement('div');
		el.contentEditable = 'true';
		el.innerHTML = '<p>you stupid moron</p>';
		document.body.append(el);
		const stop = new AbortController();
		const heard = vi.fn();
		onSilentTextChange(richEditor(el), stop.signal, heard);
		(el.firstChild as HTMLElement).textContent = 'Thanks for the patch.';
		await Promise.resolve();
		expect(heard).toHaveBeenCalled();
		stop.abort();
		heard.mockClear();
		el.textContent = '';
		await Promise.resolve();
		expect(heard).not.toHaveBeenCalled();
	});

	it('hears a textarea value set by the page, not typing (which has its input event)', () => {
		vi.useFakeTimers();
		const el = document.createElement('textarea');
		document.body.append(el);
		el.value = 'you idiot';
		const heard = vi.fn();
		onSilentTextChange(
			textareaEditor(el, () => document.body),
			new AbortController().signal,
			heard,
		);
		el.value = 'you idiot!';
		el.dispatchEvent(new InputEvent('input', { bubbles: true }));
		vi.advanceTimersByTime(TEXTAREA_POLL_MS * 2);
		expect(heard).not.toHaveBeenCalled();
		el.value = ''; // the page emptied the box after posting
		vi.advanceTimersByTime(TEXTAREA_POLL_MS);
		expect(heard).toHaveBeenCalledTimes(1);
	});

	it('shares one watcher per field between listeners, and stops when the last one leaves', () => {
		vi.useFakeTimers();
		const el = document.createElement('textarea');
		const editor = textareaEditor(el, () => document.body);
		const a = new AbortController();
		const b = new AbortController();
		const heardA = vi.fn();
		const heardB = vi.fn();
		onSilentTextChange(editor, a.signal, heardA);
		onSilentTextChange(editor, b.signal, heardB);
		el.value = 'quoted reply';
		vi.advanceTimersByTime(TEXTAREA_POLL_MS);
		expect([heardA.mock.calls.length, heardB.mock.calls.length]).toEqual([1, 1]);
		a.abort();
		el.value = 'quoted reply, edited';
		vi.advanceTimersByTime(TEXTAREA_POLL_MS);
		expect([heardA.mock.calls.length, heardB.mock.calls.length]).toEqual([1, 2]);
		b.abort();
		expect(vi.getTimerCount()).toBe(0);
	});
});
