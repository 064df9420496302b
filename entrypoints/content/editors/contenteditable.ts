/**
 * Plain contenteditable fields, and the shared read/measure/write path that the rich editors (Lexical,
 * ProseMirror, CodeMirror) reuse with their own skip rules.
 */
import { DEFAULT_SKIP, rangeFor, readDom } from './dom-text.ts';
import { clientBox, clipRects, type Editor, type EditorKind, nextFrame, validRange } from './types.ts';

/**
 * Builds an Editor over a contenteditable root. Writes select the DOM range, give the editor a frame to sync
 * its own selection from `selectionchange`, then `execCommand('insertText')`, which fires `beforeinput`/`input`
 * so the editor applies the change to its own model and undo history.
 */
export function richEditor(
	el: HTMLElement,
	kind: EditorKind = 'contenteditable',
	skip = DEFAULT_SKIP,
): Editor {
	const read = () => readDom(el, skip).text;
	return {
		kind,
		el,
		read,
		rects(start, end) {
			const range = rangeFor(readDom(el, skip), start, end);
			return range ? clipRects(range.getClientRects(), clientBox(el)) : [];
		},
		async replace(start, end, text, expected) {
			const model = readDom(el, skip);
			if (model.text !== expected || !validRange(expected, start, end)) return false;
			const range = rangeFor(model, start, end);
			if (!range) return false;
			const want = expected.slice(0, start) + text + expected.slice(end);
			el.focus();
			const selection = el.ownerDocument.getSelection();
			if (!selection) return false;
			selection.removeAllRanges();
			selection.addRange(range);
			await nextFrame();
			if (read() !== expected) return false; // the user typed meanwhile: leave their text alone
			el.ownerDocument.execCommand('insertText', false, text);
			await nextFrame();
			return read() === want;
		},
		dispose() {},
	};
}
