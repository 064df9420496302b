import { afterEach, describe, expect, it, vi } from 'vitest';
import { richEditor } from './contenteditable.ts';
import { acrossBlankLines, modifierOnly, typedOnBlocks } from './types.ts';

/**
 * Session 22 (draft9): two of the cases session 21 left in the rich editors' write (contenteditable.ts `replace`).
 * A modifier pressed alone while the write's selection is synced called the write off as if the user had typed; and
 * Lexical's paste path (a rewrite with a line break) put the caret back only a frame after the paste, so a key
 * pressed in between landed at the end of the pasted stretch.
 */
const DRAFT = 'you are an idiot';

function mount(html: string): HTMLElement {
	const el = document.createElement('div');
	el.contentEditable = 'true';
	el.innerHTML = html;
	document.body.append(el);
	return el;
}

/** execCommand('insertText') as the browser runs it: the selected range becomes the text. */
function fakeInsertText() {
	const exec = vi.fn((_command: string, _ui: boolean, text: string) => {
		const range = document.getSelection()?.getRangeAt(0);
		if (!range) return false;
		range.deleteContents();
		range.insertNode(document.createTextNode(text));
		range.startContainer.parentElement?.normalize();
		return true;
	});
	Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
	return exec;
}

describe('the write while the editor syncs its selection: a modifier alone is not typing', () => {
	afterEach(() => {
		document.body.innerHTML = '';
		Reflect.deleteProperty(document, 'execCommand');
	});

	it.each(['Shift', 'Control', 'Alt', 'Meta'])('%s alone: the write goes on', async (key) => {
		const el = mount(DRAFT);
		const exec = fakeInsertText();
		const editor = richEditor(el);
		const written = editor.replace(11, 16, 'person', DRAFT, 17);
		document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
		expect(await written).toBe(true);
		expect(exec).toHaveBeenCalledTimes(1);
		expect(editor.read()).toBe('you are an person');
		editor.dispose();
	});

	it.each([
		{ key: 'A', shiftKey: true },
		{ key: 'z', ctrlKey: true },
	])('a real key with a modifier ($key) still calls the write off', async (init) => {
		const el = mount(DRAFT);
		const exec = fakeInsertText();
		const editor = richEditor(el);
		const written = editor.replace(11, 16, 'person', DRAFT, 17);
		document.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
		expect(await written).toBe(false);
		expect(exec).not.toHaveBeenCalled();
		expect(editor.read()).toBe(DRAFT);
		editor.dispose();
	});

	it('modifierOnly', () => {
		expect(modifierOnly(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true }))).toBe(true);
		expect(modifierOnly(new KeyboardEvent('keydown', { key: 'Z', shiftKey: true, ctrlKey: true }))).toBe(
			false,
		);
	});
});

describe("Lexical's paste path puts the caret back in the write's own task", () => {
	afterEach(() => {
		document.body.innerHTML = '';
	});

	it('a key pressed in the task after the paste finds the caret where the user had it, not at the end of the paste', async () => {
		const el = mount('<p>you are an idiot</p>');
		el.setAttribute('data-lexical-editor', 'true');
		// Lexical: takes the paste, commits it to the DOM in a microtask as paragraphs (blank lines between), and
		// leaves its selection at the end of the pasted text.
		el.addEventListener('paste', (event) => {
			event.preventDefault();
			queueMicrotask(() => {
				el.innerHTML = '<p>you are</p><p><br></p><p>a person</p>';
				const last = el.lastElementChild?.firstChild as Text;
				document.getSelection()?.collapse(last, last.data.length);
			});
		});
		const editor = richEditor(el, 'lexical');
		const want = 'you are\na person';
		// The user's caret was after "you" (offset 3): it belongs there after the write too.
		const written = editor.replace(7, 16, '\na person', DRAFT, 3);
		// The first task after the paste: where a key pressed then would land.
		const paste = new Promise<void>((resolve) =>
			el.addEventListener('paste', () => setTimeout(() => resolve(), 0), { once: true }),
		);
		await paste;
		const caretForKey = editor.caret?.();
		expect(await written).toBe(true);
		expect(editor.read().replace(/\n+/g, '\n')).toBe(want);
		expect(caretForKey).toBe(3);
		editor.dispose();
	});

	it('acrossBlankLines and typedOnBlocks', () => {
		expect(acrossBlankLines('ab\ncd', 3, 'ab\n\ncd')).toBe(4);
		expect(acrossBlankLines('ab\ncd', 2, 'ab\n\ncd')).toBe(2);
		expect(acrossBlankLines('ab\ncd', 5, 'ab\n\ncd')).toBe(6);
		expect(typedOnBlocks('ab\n\ncd ok', 'ab\ncd', 5)).toBe(true);
		expect(typedOnBlocks('ab\n\ncXd', 'ab\ncd', 5)).toBe(false);
	});
});
