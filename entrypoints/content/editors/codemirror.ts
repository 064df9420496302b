/**
 * CodeMirror 6 editors. The editable root is `.cm-content`, one `.cm-line` per line. Only prose modes are
 * watched: CodeMirror puts the language name in `data-language`, and a code language means a code-only field.
 *
 * CodeMirror renders only the lines near its viewport: in a long draft the far lines are `.cm-gap` placeholders
 * and the DOM holds part of the text (session 15: an insult 80 lines down read "no concerns"). Then the whole
 * document comes from the editor's own state through the MAIN-world bridge (cm-bridge.ts): it is scored whole,
 * underlines are drawn on the rendered lines only (the others when they scroll into view), and writes go
 * through the view's own `dispatch` (one undo step). Without the bridge (a page where the MAIN-world script
 * cannot run) the rendered text is all there is, and `partial()` says so.
 */
import { askCodeMirror, type CmSnapshot } from './cm-bridge.ts';
import { richEditor } from './contenteditable.ts';
import { DEFAULT_SKIP, rangeFor, readDom } from './dom-text.ts';
import { clientBox, clipRects, type Editor, validRange } from './types.ts';

/** Languages that are prose, not code. */
const PROSE_LANGUAGES = new Set(['markdown', 'gfm', 'commonmark', 'text', 'plaintext']);

const SKIP = `${DEFAULT_SKIP},.cm-widgetBuffer,.cm-placeholder,.cm-gap`;

/** The CodeMirror content root of an element, if it is inside one. */
export function codemirrorRoot(el: Element): HTMLElement | null {
	return el.closest<HTMLElement>('.cm-content');
}

/** True when the CodeMirror root edits code (any language other than a prose one). */
export function isCodeMirrorCode(root: HTMLElement): boolean {
	const lang = root.getAttribute('data-language');
	return lang !== null && !PROSE_LANGUAGES.has(lang.toLowerCase());
}

/** 1-based line number of `offset` in `text`. */
export function lineNumberAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** Wraps a CodeMirror 6 `.cm-content` root. `ask` is the bridge (a stand-in in unit tests). */
export function codemirrorEditor(root: HTMLElement, ask = askCodeMirror): Editor {
	const dom = richEditor(root, 'codemirror', SKIP);
	/** The editor's own view of a draft that is not all rendered; null: the DOM holds it all (or no bridge). */
	const whole = (lines = false): CmSnapshot | null => {
		const snap = ask(root, { op: 'read', lines });
		return snap && !snap.full && typeof snap.text === 'string' ? snap : null;
	};
	return {
		...dom,
		read: () => whole()?.text ?? dom.read(),
		rects(start, end) {
			const snap = whole(true);
			if (!snap) return dom.rects(start, end);
			const out: DOMRect[] = [];
			const box = clientBox(root);
			const lines = root.querySelectorAll<HTMLElement>('.cm-line');
			if (snap.lines?.length !== lines.length) return out;
			lines.forEach((line, i) => {
				const from = snap.lines?.[i] ?? -1;
				if (from < 0 || from > end) return;
				const model = readDom(line, SKIP);
				const to = from + model.text.length;
				if (to < start || snap.text.slice(from, to) !== model.text) return; // not this line, or not in sync
				const a = Math.max(start, from);
				const b = Math.min(end, to);
				const range = b > a ? rangeFor(model, a - from, b - from) : null;
				if (range) out.push(...clipRects(range.getClientRects(), box));
			});
			return out;
		},
		async replace(start, end, text, expected, caret) {
			const snap = whole();
			if (!snap) return dom.replace(start, end, text, expected, caret);
			if (snap.text !== expected || !validRange(expected, start, end)) return false;
			const answer = ask(root, { op: 'write', from: start, to: end, insert: text, expected });
			// No bridge answer, or the editor refused: nothing was written (the MAIN side checks `expected` first).
			if (!answer?.ok) return false;
			const want = expected.slice(0, start) + text + expected.slice(end);
			return (whole()?.text ?? dom.read()) === want;
		},
		caret() {
			const snap = whole();
			return snap ? snap.head : (dom.caret?.() ?? null);
		},
		placeCaret(offset) {
			const snap = whole();
			if (!snap) return dom.placeCaret?.(offset);
			ask(root, { op: 'select', pos: Math.max(0, Math.min(offset, snap.text.length)) });
		},
		partial() {
			// Gaps stand for unrendered lines: without the bridge, what read() gives is only the rendered part.
			return root.querySelector(':scope > .cm-gap') !== null && ask(root, { op: 'read' }) === null;
		},
		locate(offset) {
			// Also for a short draft scrolled out of a fixed-height editor, when the editor's text is the DOM's.
			const snap = ask(root, { op: 'read', where: true });
			if (!snap || (snap.full && snap.text !== dom.read())) return null;
			if (offset >= snap.top && offset < snap.bottom) return null;
			return { line: lineNumberAt(snap.text, offset), where: offset < snap.top ? 'above' : 'below' };
		},
		frame: () => root.closest<HTMLElement>('.cm-editor'),
		reveal(offset) {
			return ask(root, { op: 'show', pos: offset })?.ok === true;
		},
		dispose() {
			// A "Show me" still correcting its scroll in the page's world ends with this field (an extension update, a
			// disabled site): it must not outlive the content script that started it.
			ask(root, { op: 'stop' });
			dom.dispose();
		},
	};
}
