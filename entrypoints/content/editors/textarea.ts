/**
 * <textarea> fields (GitHub, Hacker News, Stack Exchange, Lemmy, Discourse's markdown composer). Geometry comes
 * from a mirror div; writes go through `execCommand('insertText')`, which updates React-controlled state and
 * keeps Ctrl+Z working (stack-findings §9).
 */
import { dropMirror, textareaRects } from '../overlay/mirror.ts';
import { clientBox, clipRects, type Editor, validRange } from './types.ts';

/** Wraps a textarea; `mirrorHost` is where Tactful may put its hidden measuring div (its shadow root). */
export function textareaEditor(el: HTMLTextAreaElement, mirrorHost: () => Node): Editor {
	return {
		kind: 'textarea',
		el,
		read: () => el.value,
		rects: (start, end) => clipRects(textareaRects(el, start, end, mirrorHost()), clientBox(el)),
		async replace(start, end, text, expected, caret) {
			if (el.value !== expected || !validRange(expected, start, end)) return false;
			const want = el.value.slice(0, start) + text + el.value.slice(end);
			el.focus();
			el.setSelectionRange(start, end);
			const ok = el.ownerDocument.execCommand('insertText', false, text);
			if (ok && el.value === want) {
				if (caret !== undefined) el.setSelectionRange(caret, caret);
				return true;
			}
			if (el.value !== expected) return el.value === want;
			// Fallback when execCommand is unavailable: native setter + input event (React follows, undo won't).
			const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
			setter?.call(el, want);
			el.dispatchEvent(
				new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }),
			);
			return el.value === want;
		},
		caret: () => el.selectionEnd,
		maxLength: () => (el.maxLength >= 0 ? el.maxLength : null),
		placeCaret(offset) {
			const at = Math.max(0, Math.min(offset, el.value.length));
			el.setSelectionRange(at, at);
		},
		dispose: () => dropMirror(el),
	};
}
