import { describe, expect, it } from 'vitest';
import { offsetOf, positionAt, rangeFor, readDom } from './dom-text.ts';

function root(html: string): HTMLElement {
	const div = document.createElement('div');
	div.innerHTML = html;
	return div;
}

describe('readDom', () => {
	it('reads paragraphs with one newline between them, and empty paragraphs as blank lines', () => {
		const el = root('<p><span>you are</span> <b>an idiot</b></p><p><br></p><p>ok</p>');
		expect(readDom(el).text).toBe('you are an idiot\n\nok');
	});
	it('puts one newline before a block unless the text already ends a line (text "\\n", <br>, nested blocks)', () => {
		expect(readDom(root('<div><div>a</div><div>b</div></div>')).text).toBe('a\nb');
		expect(readDom(root('a\n<p>b</p>')).text).toBe('a\nb');
		expect(readDom(root('a<br><p>b</p>')).text).toBe('a\nb');
		expect(readDom(root('<p></p><p>a</p>')).text).toBe('a');
		expect(readDom(root('<ul><li>a</li><li><p>b</p></li></ul>')).text).toBe('a\nb');
	});
	it('reads a draft of a thousand paragraphs whole', () => {
		const html = Array.from({ length: 1000 }, (_, i) => `<div>line ${i}</div>`).join('');
		const text = readDom(root(html)).text;
		expect(text.split('\n')).toHaveLength(1000);
		expect(text.endsWith('line 999')).toBe(true);
	});
	it('skips widgets and placeholders', () => {
		const el = root('<p>hi<span contenteditable="false">[widget]</span> there</p>');
		expect(readDom(el).text).toBe('hi there');
	});
	it('maps offsets back to a DOM range across nodes', () => {
		const el = root('<p><span>you are</span> <b>an idiot</b></p><p>second line</p>');
		const model = readDom(el);
		const at = model.text.indexOf('idiot');
		expect(rangeFor(model, at, at + 5)?.toString()).toBe('idiot');
		const sec = model.text.indexOf('second');
		expect(rangeFor(model, sec, sec + 6)?.toString()).toBe('second');
		expect(rangeFor(model, 4, 11)?.toString()).toBe('are an ');
	});
	it('maps a caret (a DOM position) to its text offset and back, in a text node or between elements', () => {
		const el = root('<p><span>you are</span> <b>an idiot</b></p><p>second<br></p>');
		const model = readDom(el);
		const b = el.querySelector('b')?.firstChild as Text;
		expect(offsetOf(model, b, 3)).toBe(model.text.indexOf('idiot'));
		const second = el.querySelectorAll('p')[1] as HTMLElement;
		expect(offsetOf(model, second, 1)).toBe(model.text.indexOf('second') + 6); // after "second", before <br>
		// The end of the root: after the last text (a trailing <br>'s synthetic line break is not text to type after).
		expect(offsetOf(model, el, el.childNodes.length)).toBe(model.text.trimEnd().length);
		const [node, at] = positionAt(model, model.text.length, 'end') ?? [];
		expect(node && offsetOf(model, node, at ?? 0)).toBe(model.text.trimEnd().length);
	});
});
