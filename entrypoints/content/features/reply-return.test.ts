import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '../editors/types.ts';
import { awayAt, forgetReply, leaveReply, onReplyPlaceChange, returnToReply } from './reply-return.ts';

const DRAFT = 'Thanks, I will look at the parser tomorrow.';

function textareaEditor(): { editor: Editor; area: HTMLTextAreaElement; comment: HTMLElement } {
	document.body.innerHTML = '<div id="c">An earlier comment</div><textarea></textarea>';
	const area = document.querySelector('textarea') as HTMLTextAreaElement;
	area.value = DRAFT;
	area.focus();
	area.setSelectionRange(7, 12);
	const editor = { kind: 'textarea', el: area, read: () => area.value } as unknown as Editor;
	return { editor, area, comment: document.getElementById('c') as HTMLElement };
}

afterEach(() => vi.restoreAllMocks());

describe('reply-return', () => {
	it('is not away before the card pointed anywhere, and going back does nothing then', () => {
		const { editor } = textareaEditor();
		expect(awayAt(editor)).toBeUndefined();
		expect(returnToReply(editor)).toBe(false);
	});

	it('goes back to the scroll position, focus and selection the user left, without writing the draft', () => {
		const { editor, area, comment } = textareaEditor();
		const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
		vi.spyOn(window, 'scrollY', 'get').mockReturnValue(1800);
		leaveReply(editor, comment);
		expect(awayAt(editor)).toBe(comment);
		// The user tabbed around the card meanwhile: focus and selection moved.
		area.blur();
		area.setSelectionRange(0, 0);
		expect(returnToReply(editor)).toBe(true);
		expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 1800 }));
		expect(document.activeElement).toBe(area);
		expect([area.selectionStart, area.selectionEnd]).toEqual([7, 12]);
		expect(area.value).toBe(DRAFT);
		expect(awayAt(editor)).toBeUndefined();
	});

	it('pointing at a second comment keeps the first place: that is where the reply is', () => {
		const { editor, area, comment } = textareaEditor();
		vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
		leaveReply(editor, comment);
		area.setSelectionRange(1, 1);
		const other = document.createElement('p');
		document.body.prepend(other);
		leaveReply(editor, other);
		expect(awayAt(editor)).toBe(other);
		returnToReply(editor);
		expect([area.selectionStart, area.selectionEnd]).toEqual([7, 12]);
	});

	it('forgetting the place moves nothing and tells the card', () => {
		const { editor, comment } = textareaEditor();
		const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
		const changed = vi.fn();
		const stop = onReplyPlaceChange(changed);
		leaveReply(editor, comment);
		forgetReply(editor);
		stop();
		expect(changed).toHaveBeenCalledTimes(2);
		expect(awayAt(editor)).toBeUndefined();
		expect(scrollTo).not.toHaveBeenCalled();
	});
});
