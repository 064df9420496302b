/**
 * Where the caret goes when the user takes back a Tactful write (Apply, "Undo rewrite") with the editor's own
 * Ctrl+Z / Ctrl+Shift+Z. The browser re-selects the stretch its undo restored: text the user never selected,
 * since Tactful wrote it, so the next key they type would replace half their draft. When the field reads
 * exactly as before (undo) or after (redo) Tactful's last write, the caret goes back, collapsed, to where the
 * user had it then.
 */
import type { Editor } from '../editors/types.ts';
import { selectionOf } from '../shadow-access.ts';

/** A write Tactful made into a field: the text and caret on either side of it. */
export interface WriteRecord {
	before: string;
	/** The user's caret before the write; null when it was not in the field (then: the end of the draft). */
	caretBefore: number | null;
	after: string;
	caretAfter: number;
}

const lastWrite = new WeakMap<Editor, WriteRecord>();

/** Remembers Tactful's latest write into `editor`, for the undo/redo that may take it back. */
export function rememberWrite(editor: Editor, record: WriteRecord): void {
	lastWrite.set(editor, record);
}

/**
 * The caret for a field that now reads `text` after a history step (`inputType` of its `input` event), or null
 * when the step did not land on either side of Tactful's write (the user's own typing being undone).
 */
export function caretAfterHistory(record: WriteRecord, inputType: string, text: string): number | null {
	if (inputType === 'historyUndo' && text === record.before) return record.caretBefore ?? text.length;
	if (inputType === 'historyRedo' && text === record.after) return record.caretAfter;
	return null;
}

/** True when the field holds a selection rather than a caret (what the browser leaves after undoing a write). */
function hasSelection(el: HTMLElement): boolean {
	if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
		return el.selectionStart !== el.selectionEnd;
	const selection = selectionOf(el);
	return Boolean(selection && !selection.isCollapsed && el.contains(selection.anchorNode));
}

/**
 * Watches `editor` for undo/redo of Tactful's writes until `signal` aborts. An undo is corrected only when it left
 * a selection: undoing the user's own typing back to the same text leaves their caret where the browser put it.
 * A redo that brings the write back is always corrected: Chromium leaves a collapsed caret at the end of the
 * re-inserted stretch, which for a minimal edit is inside the rewrite (before its final "."), and no typing of the
 * user's redoes to exactly the rewritten text.
 */
export function watchUndoCaret(editor: Editor, signal: AbortSignal): void {
	editor.el.addEventListener(
		'input',
		(event) => {
			const record = lastWrite.get(editor);
			const inputType = (event as InputEvent).inputType;
			if (!record || typeof inputType !== 'string') return;
			if (inputType !== 'historyRedo' && !hasSelection(editor.el)) return;
			const caret = caretAfterHistory(record, inputType, editor.read());
			if (caret !== null) editor.placeCaret?.(caret);
		},
		{ signal },
	);
}
