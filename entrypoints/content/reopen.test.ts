import { describe, expect, it } from 'vitest';
import { startPerOpening } from './reopen.ts';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('startPerOpening', () => {
	it('starts again, with a fresh lifetime, when the document loses its root element (document.open)', async () => {
		const doc = document.implementation.createHTMLDocument('frame');
		const outer = new AbortController();
		const lives: AbortSignal[] = [];
		startPerOpening(doc, outer.signal, (s) => lives.push(s));
		expect(lives).toHaveLength(1);
		// What document.open() then write() do to the document's children.
		const html = doc.documentElement;
		doc.removeChild(html);
		doc.appendChild(doc.createElement('html'));
		await flush();
		expect(lives).toHaveLength(2);
		expect(lives[0]?.aborted).toBe(true);
		expect(lives[1]?.aborted).toBe(false);
		outer.abort();
		expect(lives[1]?.aborted).toBe(true);
	});

	it('does not restart for edits inside the page, nor after its own lifetime ended', async () => {
		const doc = document.implementation.createHTMLDocument('frame');
		const outer = new AbortController();
		let starts = 0;
		startPerOpening(doc, outer.signal, () => starts++);
		doc.body.appendChild(doc.createElement('div'));
		doc.body.remove();
		await flush();
		expect(starts).toBe(1);
		outer.abort();
		doc.removeChild(doc.documentElement);
		await flush();
		expect(starts).toBe(1);
	});
});
