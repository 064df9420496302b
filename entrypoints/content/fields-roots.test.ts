import { afterEach, describe, expect, it } from 'vitest';
import { eventRoot, focusedRoot } from './fields.ts';

afterEach(() => {
	document.body.innerHTML = '';
});

describe('eventRoot and focusedRoot', () => {
	it("find the editing root of an event's target, also inside an open shadow root", () => {
		document.body.innerHTML = '<div id="host"></div><p>text</p>';
		const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
		shadow.innerHTML = '<div contenteditable="true"><p><b>x</b></p></div>';
		const bold = shadow.querySelector('b') as HTMLElement;
		let seen: HTMLElement | null = null;
		document.addEventListener('input', (e) => (seen = eventRoot(e, window)), { once: true });
		bold.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
		expect(seen).toBe(shadow.querySelector('[contenteditable]'));
		let none: HTMLElement | null | undefined;
		document.addEventListener('input', (e) => (none = eventRoot(e, window)), { once: true });
		document.querySelector('p')?.dispatchEvent(new Event('input', { bubbles: true }));
		expect(none).toBeNull();
	});

	it('find the field holding keyboard focus, and nothing when focus is elsewhere', () => {
		document.body.innerHTML = '<textarea></textarea><button>b</button>';
		const ta = document.querySelector('textarea') as HTMLTextAreaElement;
		ta.focus();
		expect(focusedRoot(document, window)).toBe(ta);
		(document.querySelector('button') as HTMLButtonElement).focus();
		expect(focusedRoot(document, window)).toBeNull();
	});
});
