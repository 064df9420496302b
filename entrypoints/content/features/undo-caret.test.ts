import { describe, expect, it, vi } from 'vitest';
import { fakeEditor } from '../testing/fake-editor.ts';
import { caretAfterHistory, rememberWrite, type WriteRecord, watchUndoCaret } from './undo-caret.ts';

const record: WriteRecord = {
	before: 'This stupid patch broke it.',
	caretBefore: 27,
	after: 'This patch broke it.',
	caretAfter: 20,
};

describe('caretAfterHistory', () => {
	it('puts the caret back where the user had it when Ctrl+Z restores the text before the write', () => {
		expect(caretAfterHistory(record, 'historyUndo', record.before)).toBe(27);
	});
	it('uses the end of the draft when the caret was not in the field before the write', () => {
		expect(caretAfterHistory({ ...record, caretBefore: null }, 'historyUndo', record.before)).toBe(27);
	});
	it('puts the caret after the rewrite when Ctrl+Shift+Z brings the write back', () => {
		expect(caretAfterHistory(record, 'historyRedo', record.after)).toBe(20);
	});
	it("leaves the user's own undo steps and typing alone", () => {
		expect(caretAfterHistory(record, 'historyUndo', 'This patch broke')).toBeNull();
		expect(caretAfterHistory(record, 'insertText', record.before)).toBeNull();
	});
});

/** A fake field holding the text before the write, its textarea holding it too with `[start, end)` selected. */
function fieldAfterUndo(start: number, end: number) {
	const editor = { ...fakeEditor(record.before), placeCaret: vi.fn() };
	const textarea = editor.el as HTMLTextAreaElement;
	textarea.value = record.before;
	textarea.setSelectionRange(start, end);
	return editor;
}

describe('watchUndoCaret', () => {
	it('collapses the selection an undo of the write left, until the field stops', () => {
		const editor = fieldAfterUndo(5, 11);
		const stop = new AbortController();
		watchUndoCaret(editor, stop.signal);
		rememberWrite(editor, record);
		editor.el.dispatchEvent(new InputEvent('input', { inputType: 'historyUndo' }));
		expect(editor.placeCaret).toHaveBeenCalledWith(27);
		stop.abort();
		editor.el.dispatchEvent(new InputEvent('input', { inputType: 'historyUndo' }));
		expect(editor.placeCaret).toHaveBeenCalledTimes(1);
	});
	it("leaves a collapsed caret alone (the user's own typing undone back to the same text)", () => {
		const editor = fieldAfterUndo(8, 8);
		watchUndoCaret(editor, new AbortController().signal);
		rememberWrite(editor, record);
		editor.el.dispatchEvent(new InputEvent('input', { inputType: 'historyUndo' }));
		expect(editor.placeCaret).not.toHaveBeenCalled();
	});
	it('puts the caret back after a redo of the write, which leaves it collapsed inside the rewrite', () => {
		// Session 20 QA (Chromium textarea): Apply, Ctrl+Z, Ctrl+Shift+Z left the caret before the rewrite's final
		// "." (the end of the re-inserted stretch), so " Thanks" typed on read "…write this Thanks.".
		const editor = { ...fakeEditor(record.after), placeCaret: vi.fn() };
		const textarea = editor.el as HTMLTextAreaElement;
		textarea.value = record.after;
		textarea.setSelectionRange(19, 19);
		watchUndoCaret(editor, new AbortController().signal);
		rememberWrite(editor, record);
		editor.el.dispatchEvent(new InputEvent('input', { inputType: 'historyRedo' }));
		expect(editor.placeCaret).toHaveBeenCalledWith(20);
	});
});
