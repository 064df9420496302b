import { afterEach, describe, expect, it, vi } from 'vitest';
import { codemirrorEditor } from './codemirror.ts';

/**
 * Session 18 (editorshw), measured in firefox-esr: an Apply whose write lands while the tab is hidden (the user
 * switched tabs during the write's quiet wait) went to CodeMirror with its selection never synced (a hidden tab has
 * no focus, and CodeMirror ignores the selection change), and the rewrite was appended after the draft ("...is
 * garbage.I have concerns about this patch"). Lexical and ProseMirror wrote correctly there. A hidden tab now
 * refuses CodeMirror's DOM write: the draft stays as it was and the card says the editor did not accept it.
 */
function mount(): HTMLElement {
	const content = document.createElement('div');
	content.className = 'cm-content';
	content.contentEditable = 'true';
	content.innerHTML = '<div class="cm-line">you are an idiot</div>';
	document.body.append(content);
	return content;
}

const DRAFT = 'you are an idiot';

describe('CodeMirror write in a hidden tab', () => {
	afterEach(() => {
		document.body.innerHTML = '';
		vi.restoreAllMocks();
		Reflect.deleteProperty(document, 'visibilityState');
	});

	it('refuses the write (execCommand never runs) while the document is hidden', async () => {
		const content = mount();
		const editor = codemirrorEditor(content, () => null);
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		const exec = vi.fn(() => true);
		Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
		expect(await editor.replace(11, 16, 'person', DRAFT)).toBe(false);
		expect(exec).not.toHaveBeenCalled();
		expect(editor.read()).toBe(DRAFT);
		editor.dispose();
	});

	it('writes through execCommand when the document is visible', async () => {
		const content = mount();
		const editor = codemirrorEditor(content, () => null);
		const exec = vi.fn(() => true);
		Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
		await editor.replace(11, 16, 'person', DRAFT);
		expect(exec).toHaveBeenCalledWith('insertText', false, 'person');
		editor.dispose();
	});
});
