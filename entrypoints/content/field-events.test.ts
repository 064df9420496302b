import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldController } from './field-controller.ts';
import { routeFieldEvents } from './field-events.ts';
import { listenerFor } from './listen.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;
afterEach(() => {
	controller?.abort();
	document.body.innerHTML = '';
});

/** A stand-in controller recording the calls the routing makes. */
function fakeField(verdict: unknown = null) {
	return {
		verdict,
		onInput: vi.fn(),
		compositionStart: vi.fn(),
		compositionEnd: vi.fn(),
		schedule: vi.fn(),
	};
}

function setup(field: ReturnType<typeof fakeField> | null) {
	document.body.innerHTML = '<textarea></textarea>';
	controller = new AbortController();
	const calls = { focused: 0, blurred: 0, repaint: 0 };
	routeFieldEvents(document, window, listenerFor(controller.signal), {
		fieldOf: () => field as unknown as FieldController | null,
		focused: () => calls.focused++,
		blurred: () => calls.blurred++,
		repaint: () => calls.repaint++,
		perf: null,
		signal: controller.signal,
	});
	return { calls, ta: document.querySelector('textarea') as HTMLTextAreaElement };
}

describe('routeFieldEvents', () => {
	it('hands typing and IME composition to the field, and repaints after a keystroke', () => {
		const field = fakeField();
		const { calls, ta } = setup(field);
		ta.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
		expect(field.onInput).toHaveBeenCalledWith('a', 'insertText', false);
		expect(calls.repaint).toBe(1);
		ta.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
		ta.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
		expect(field.compositionStart).toHaveBeenCalledOnce();
		expect(field.compositionEnd).toHaveBeenCalledOnce();
	});

	it('scores a field at once when focus reaches it with no verdict yet, not when it has one', () => {
		const fresh = fakeField();
		const first = setup(fresh);
		first.ta.focus();
		expect(first.calls.focused).toBe(1);
		expect(fresh.schedule).toHaveBeenCalledWith(0);
		controller.abort();
		const scored = fakeField({ level: 'ok' });
		setup(scored).ta.focus();
		expect(scored.schedule).not.toHaveBeenCalled();
	});

	it('ignores events outside watched fields, and reports focus leaving only once it has settled', async () => {
		const { calls, ta } = setup(null);
		ta.focus();
		expect(calls.focused).toBe(0);
		ta.blur();
		expect(calls.blurred).toBe(0);
		await wait(0);
		expect(calls.blurred).toBe(1);
	});

	it('reports nothing when focus settles after the session stopped', async () => {
		const { calls, ta } = setup(null);
		ta.focus();
		ta.blur();
		controller.abort();
		await wait(0);
		expect(calls.blurred).toBe(0);
	});
});
