import { describe, expect, it } from 'vitest';
import { caretRect, linesAt, textBand } from './caret.ts';
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

/** An editor whose text lays out as fixed lines of `perLine` characters, 8 px a character, 20 px a line. */
function linedEditor(value: string, perLine: number, calls: [number, number][] = []): Editor {
	const el = document.createElement('textarea');
	el.value = value;
	return {
		kind: 'textarea',
		el,
		read: () => el.value,
		rects: (start, end) => {
			calls.push([start, end]);
			const out: DOMRect[] = [];
			for (let i = start; i < end; ) {
				const line = Math.floor(i / perLine);
				const stop = Math.min(end, (line + 1) * perLine);
				out.push(new DOMRect((i % perLine) * 8, line * 20, (stop - i) * 8, 20));
				i = stop;
			}
			return out;
		},
		replace: async () => false,
		dispose: () => {},
	};
}

describe('linesAt', () => {
	const corner = new DOMRect(300, 42, 22, 22); // the third line's right end, x 300..322

	it('is the lines of the draft that reach under the corner, measuring only its tail', () => {
		const calls: [number, number][] = [];
		const { under: full, last } = linesAt(linedEditor('x'.repeat(120), 40, calls), corner);
		expect(full).toHaveLength(1);
		expect(full[0]?.top).toBe(40);
		expect(last?.top).toBe(40);
		expect(calls).toEqual([[0, 120]]);
		expect(linesAt(linedEditor('x'.repeat(100), 40), corner).under).toEqual([]); // the last line ends at x 160
	});

	it('is nothing for an empty draft or one of spaces', () => {
		expect(linesAt(linedEditor('', 40), corner)).toEqual({ under: [], last: null });
		expect(linesAt(linedEditor('   \n ', 40), corner)).toEqual({ under: [], last: null });
	});

	it('a draft whose tail does not reach up to the corner (scrolled up, or huge): assumes text is under it', () => {
		const long = linedEditor('x'.repeat(5000), 40);
		expect(linesAt(long, corner).under).toEqual([corner]);
		expect(linesAt(linedEditor('x'.repeat(120), 40), corner, 100).under).toEqual([corner]);
	});
});
