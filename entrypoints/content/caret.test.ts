import { describe, expect, it } from 'vitest';
import { caretRect, textBand } from './caret.ts';
import type { Editor } from './editors/types.ts';

function textareaEditor(value: string, caret: number, calls: [number, number][]): Editor {
	const el = document.createElement('textarea');
	el.value = value;
	document.body.append(el);
	el.setSelectionRange(caret, caret);
	return {
		kind: 'textarea',
		el,
		read: () => el.value,
		rects: (start, end) => {
			calls.push([start, end]);
			return [new DOMRect(start * 8, 10, (end - start) * 8, 18)];
		},
		replace: async () => false,
		dispose: () => {},
	};
}

describe('caretRect', () => {
	it("is the rect of the character before a textarea's caret", () => {
		const calls: [number, number][] = [];
		const r = caretRect(textareaEditor('hello world', 5, calls));
		expect(calls).toEqual([[4, 5]]);
		expect(r?.left).toBe(32);
	});

	it('at the start of a line it measures the next character, not the line break before it', () => {
		const calls: [number, number][] = [];
		caretRect(textareaEditor('one\ntwo', 4, calls));
		expect(calls).toEqual([[4, 5]]);
	});

	it('is null for a contenteditable whose selection is elsewhere', () => {
		const el = document.createElement('div');
		el.contentEditable = 'true';
		document.body.append(el);
		const editor = {
			kind: 'contenteditable',
			el,
			read: () => '',
			rects: () => [],
			replace: async () => false,
			dispose: () => {},
		} as Editor;
		expect(caretRect(editor)).toBeNull();
	});
});

describe('textBand', () => {
	it('spans the first to the last line of text across the field box; null for a blank field', () => {
		const box = new DOMRect(0, 0, 300, 200);
		const editor = textareaEditor('  hi\nthere  ', 0, []);
		const band = textBand(editor, box);
		expect([band?.left, band?.top, band?.width, band?.bottom]).toEqual([0, 10, 300, 28]);
		expect(textBand(textareaEditor('   ', 0, []), box)).toBeNull();
	});
});
