import { describe, expect, it } from 'vitest';
import { onPageChange } from './page-changes.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('onPageChange', () => {
	it("reports the page's changes, not typing in the field or Tactful's own overlay", async () => {
		document.body.innerHTML =
			'<div id="thread"><p>first</p></div><div id="field" contenteditable="true">a</div>';
		const field = document.getElementById('field') as HTMLElement;
		let calls = 0;
		const stop = onPageChange(document, field, () => calls++);
		field.textContent = 'a reply being typed';
		await settle();
		expect(calls).toBe(0);
		const host = document.createElement('div');
		host.setAttribute('data-tactful-host', '');
		document.body.append(host);
		host.append(document.createElement('span'));
		await settle();
		expect(calls).toBe(0);
		document.getElementById('thread')?.insertAdjacentHTML('beforeend', '<p>a new comment</p>');
		await settle();
		expect(calls).toBe(1);
		stop();
		document.getElementById('thread')?.insertAdjacentHTML('beforeend', '<p>after stop</p>');
		await settle();
		expect(calls).toBe(1);
	});
});
