/**
 * Plain contenteditable fields, and the shared read/measure/write path that the rich editors (Lexical,
 * ProseMirror, CodeMirror) reuse with their own skip rules.
 */

import { selectionOf } from '../shadow-access.ts';
import { DEFAULT_SKIP, offsetOf, positionAt, rangeFor, readDom } from './dom-text.ts';
import {
	acrossBlankLines,
	clientBox,
	clipRects,
	type Editor,
	type EditorKind,
	modifierOnly,
	nextFrame,
	sameBlocks,
	selectionSynced,
	typedOn,
	typedOnBlocks,
	validRange,
} from './types.ts';

/**
 * How long the field must have been free of input before a write. ProseMirror's and CodeMirror's histories merge
 * changes under 500 ms apart into one undo step, so an Apply clicked right after typing was undone together
 * with the typing: one Ctrl+Z emptied the field instead of restoring the draft.
 */
export const QUIET_BEFORE_WRITE_MS = 550;

/** How many microtask turns the Lexical paste path waits for the editor's commit (it commits in one). */
const PASTE_COMMIT_TURNS = 8;

/**
 * Builds an Editor over a contenteditable root. Writes select the DOM range, wait until the editor has synced
 * its own selection from `selectionchange`, then `execCommand('insertText')`, which fires `beforeinput`/`input`
 * so the editor applies the change to its own model and undo history.
 */
export function richEditor(
	el: HTMLElement,
	kind: EditorKind = 'contenteditable',
	skip = DEFAULT_SKIP,
): Editor {
	const read = () => readDom(el, skip).text;
	let lastInput = 0;
	const noteInput = () => {
		lastInput = performance.now();
	};
	el.addEventListener('input', noteInput, true);
	const caretAt = (): number | null => {
		const selection = selectionOf(el);
		const node = selection?.focusNode;
		if (!selection || !node || !el.contains(node)) return null;
		return offsetOf(readDom(el, skip), node, selection.focusOffset);
	};
	const place = (offset: number) => {
		const model = readDom(el, skip);
		const at = positionAt(model, Math.max(0, Math.min(offset, model.text.length)), 'end');
		if (at) selectionOf(el)?.collapse(at[0], at[1]);
	};
	return {
		kind,
		el,
		read,
		rects(start, end) {
			const range = rangeFor(readDom(el, skip), start, end);
			return range ? clipRects(range.getClientRects(), clientBox(el)) : [];
		},
		async replace(start, end, text, expected, caret) {
			const wait = lastInput + QUIET_BEFORE_WRITE_MS - performance.now();
			if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
			const model = readDom(el, skip);
			if (model.text !== expected || !validRange(expected, start, end)) return false;
			const range = rangeFor(model, start, end);
			if (!range) return false;
			const want = expected.slice(0, start) + text + expected.slice(end);
			el.focus();
			const selection = selectionOf(el);
			if (!selection) return false;
			const userAt = caretAt();
			const synced = selectionSynced(el.ownerDocument);
			selection.removeAllRanges();
			selection.addRange(range);
			// A key pressed while the editor syncs the write's selection replaced the selected words ("okhis code…",
			// session 21's stress run): the user's caret goes back before the key acts, and the write is called off.
			// A modifier alone (the Shift or Ctrl of a chord) edits nothing: the write goes on (draft9, session 22).
			let keyed = false;
			const giveBack = (event: KeyboardEvent) => {
				if (keyed || modifierOnly(event)) return;
				keyed = true;
				place(userAt ?? expected.length);
			};
			el.ownerDocument.addEventListener('keydown', giveBack, { capture: true });
			try {
				await synced;
			} finally {
				el.ownerDocument.removeEventListener('keydown', giveBack, { capture: true });
			}
			if (keyed || read() !== expected) return false; // the user typed meanwhile: leave their text alone
			// A hidden tab (the user switched away during the quiet wait): CodeMirror never took the new selection (the
			// tab has no focus) and firefox-esr's insertText appended the rewrite after the draft (session 18). Refused:
			// the draft stays, the card says the editor did not accept it. Lexical and ProseMirror wrote right there.
			if (kind === 'codemirror' && el.ownerDocument.visibilityState === 'hidden') return false;
			if (kind === 'lexical' && text.includes('\n')) {
				// Lexical drops newlines from execCommand('insertText'); its own paste handler makes paragraphs
				// and records one history entry, so Ctrl+Z still restores the draft.
				const data = new DataTransfer();
				data.setData('text/plain', text);
				el.dispatchEvent(
					new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
				);
				// Lexical commits the paste to the DOM in a microtask: the caret goes back in this same task once it has,
				// not a frame later (a key pressed in that frame landed at the end of the pasted stretch: session 21's
				// open case 4, draft9). Its paragraphs read back with other blank lines, so the caret is carried over.
				for (let turn = 0; turn < PASTE_COMMIT_TURNS && !sameBlocks(read(), want); turn++)
					await Promise.resolve();
				const pasted = read();
				if (caret !== undefined && sameBlocks(pasted, want)) place(acrossBlankLines(want, caret, pasted));
				await nextFrame();
				const now = read();
				return sameBlocks(now, want) || typedOnBlocks(now, want, caret);
			}
			el.ownerDocument.execCommand('insertText', false, text);
			if (caret !== undefined && read() === want) place(caret);
			await nextFrame();
			const now = read();
			return now === want || typedOn(now, want, caret);
		},
		caret: caretAt,
		placeCaret: (offset) => place(offset),
		dispose() {
			el.removeEventListener('input', noteInput, true);
		},
	};
}
