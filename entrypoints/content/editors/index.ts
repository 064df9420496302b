/** Picks the right Editor for a field element. */
import { codemirrorEditor, codemirrorRoot } from './codemirror.ts';
import { richEditor } from './contenteditable.ts';
import { lexicalEditor, lexicalRoot } from './lexical.ts';
import { prosemirrorEditor, prosemirrorRoot } from './prosemirror.ts';
import { textareaEditor } from './textarea.ts';
import type { Editor } from './types.ts';

export type { Editor, EditorKind } from './types.ts';

/**
 * Wraps `el` (a textarea or a contenteditable root) in the strategy for its editor library. `mirrorHost` is
 * called only when a textarea is first measured, so pages where nobody types get no overlay at all.
 */
export function editorFor(el: HTMLElement, mirrorHost: () => Node): Editor {
	if (el.tagName === 'TEXTAREA') {
		return textareaEditor(el as HTMLTextAreaElement, mirrorHost);
	}
	const lexical = lexicalRoot(el);
	if (lexical) return lexicalEditor(lexical);
	const pm = prosemirrorRoot(el);
	if (pm) return prosemirrorEditor(pm);
	const cm = codemirrorRoot(el);
	if (cm) return codemirrorEditor(cm);
	return richEditor(el);
}
