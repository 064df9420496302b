/**
 * Lexical editors (Reddit's comment composer). The root carries `data-lexical-editor="true"`; text lives in
 * `span[data-lexical-text]` inside block elements. Lexical handles `beforeinput` itself, so the shared
 * select-then-insertText write path updates its EditorState and history.
 */
import { richEditor } from './contenteditable.ts';
import { DEFAULT_SKIP } from './dom-text.ts';
import type { Editor } from './types.ts';

/** The Lexical root of an element, if it is inside one. */
export function lexicalRoot(el: Element): HTMLElement | null {
	return el.closest<HTMLElement>('[data-lexical-editor="true"]');
}

/** Wraps a Lexical root (decorator nodes are contenteditable=false and skipped). */
export function lexicalEditor(root: HTMLElement): Editor {
	return richEditor(root, 'lexical', `${DEFAULT_SKIP},[data-lexical-decorator="true"]`);
}
