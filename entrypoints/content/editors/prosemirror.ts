/**
 * ProseMirror editors (Discourse's rich composer, Stack Exchange's Stacks-Editor rich mode). The root is
 * `.ProseMirror[contenteditable]`; ProseMirror observes DOM input and maps it into its own transaction and
 * history, so the shared write path is undo-safe. Its helper nodes (trailing breaks, separators) are skipped.
 */
import { richEditor } from './contenteditable.ts';
import { DEFAULT_SKIP } from './dom-text.ts';
import type { Editor } from './types.ts';

/** The ProseMirror root of an element, if it is inside one. */
export function prosemirrorRoot(el: Element): HTMLElement | null {
	return el.closest<HTMLElement>('.ProseMirror[contenteditable]');
}

/** Wraps a ProseMirror root. */
export function prosemirrorEditor(root: HTMLElement): Editor {
	return richEditor(root, 'prosemirror', `${DEFAULT_SKIP},.ProseMirror-separator,.ProseMirror-widget`);
}
