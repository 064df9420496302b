/**
 * CodeMirror 6 editors. The editable root is `.cm-content`, one `.cm-line` per line. Only prose modes are
 * watched: CodeMirror puts the language name in `data-language`, and a code language means a code-only field.
 * (CodeMirror renders only the visible lines of very long documents; comment drafts are short enough.)
 */
import { richEditor } from './contenteditable.ts';
import { DEFAULT_SKIP } from './dom-text.ts';
import type { Editor } from './types.ts';

/** Languages that are prose, not code. */
const PROSE_LANGUAGES = new Set(['markdown', 'gfm', 'commonmark', 'text', 'plaintext']);

/** The CodeMirror content root of an element, if it is inside one. */
export function codemirrorRoot(el: Element): HTMLElement | null {
	return el.closest<HTMLElement>('.cm-content');
}

/** True when the CodeMirror root edits code (any language other than a prose one). */
export function isCodeMirrorCode(root: HTMLElement): boolean {
	const lang = root.getAttribute('data-language');
	return lang !== null && !PROSE_LANGUAGES.has(lang.toLowerCase());
}

/** Wraps a CodeMirror 6 `.cm-content` root. */
export function codemirrorEditor(root: HTMLElement): Editor {
	return richEditor(root, 'codemirror', `${DEFAULT_SKIP},.cm-widgetBuffer,.cm-placeholder`);
}
