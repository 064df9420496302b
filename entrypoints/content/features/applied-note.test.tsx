import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppliedToast, NOTE_HEIGHT, NOTE_WIDTH, noteKey, notePlace } from '../overlay/applied-toast.tsx';
import { fakeEditor, REWRITE_DRAFT, REWRITE_SUGGESTION } from '../testing/fake-editor.ts';
import {
	APPLIED_ANNOUNCEMENT,
	APPLIED_FOCUSED_ANNOUNCEMENT,
	APPLIED_NOTE_MS,
	type AppliedNoteView,
	appliedNote,
	noteApplied,
	noteTidied,
	REFUSED_NOTE_MS,
	type UndoApplied,
} from './applied-note.ts';
import { applyCandidate, UNDO_REFUSED, undoRewrite } from './rewrite-apply.ts';
import { rewriteStateFor } from './rewrite-state.ts';

const REWRITE = 'This is an unwise idea.';
const box = new DOMRect(10, 10, 300, 80);

function setUp() {
	const editor = fakeEditor(REWRITE);
	const stop = new AbortController();
	let t = 1000;
	const repaint = vi.fn();
	const note = appliedNote({
		fieldOf: (e) => (e === editor ? { id: 7, box, dark: false } : null),
		repaint,
		signal: stop.signal,
		now: () => t,
	});
	return { editor, note, stop, repaint, tick: (ms: number) => (t += ms) };
}

const undone: UndoApplied = async () => ({ ok: true });

describe('appliedNote', () => {
	const stops: AbortController[] = [];
	afterEach(() => {
		for (const s of stops) s.abort();
		vi.useRealTimers();
	});

	it('shows "Rewrite applied" with Undo beside the field after Apply, once the card is closed, and says it once', () => {
		const { editor, note, stop, repaint } = setUp();
		stops.push(stop);
		expect(note.view(null, false)).toBeNull();
		noteApplied(editor, REWRITE, undone);
		expect(repaint).toHaveBeenCalled();
		// The card still waits for the rewrite's verdict (or shows it with its own Undo rewrite): no note over it.
		expect(note.view(7, false)).toBeNull();
		const view = note.view(null, false);
		expect(view).toMatchObject({ fieldId: 7, field: box });
		expect(view?.onUndo).toBeTypeOf('function');
		expect(note.announcement()).toBe(APPLIED_ANNOUNCEMENT);
	});

	it("keeps its Undo when the editor tidies the rewrite it was kept for (draft10); the user's typing still ends it", () => {
		const { editor, note, stop } = setUp();
		stops.push(stop);
		noteApplied(editor, REWRITE, undone);
		expect(note.view(null, false)).not.toBeNull();
		const tidied = 'This is an unwise idea\u2026';
		editor.value = tidied;
		noteTidied(editor, 'another text', tidied); // not the rewrite it was kept for: no match
		expect(note.view(null, false)).toBeNull();
		noteApplied(editor, REWRITE, undone);
		editor.value = REWRITE;
		expect(note.view(null, false)).not.toBeNull();
		editor.value = tidied;
		noteTidied(editor, REWRITE, tidied);
		expect(note.view(null, false)?.onUndo).toBeTypeOf('function');
		editor.value = `${tidied} more`;
		expect(note.view(null, false)).toBeNull();
	});

	it('goes once its time is up, but not while the pointer or focus is in it', () => {
		const { editor, note, stop, tick } = setUp();
		stops.push(stop);
		noteApplied(editor, REWRITE, undone);
		expect(note.view(null, false)).not.toBeNull();
		tick(APPLIED_NOTE_MS - 1);
		expect(note.view(null, false)).not.toBeNull();
		tick(5);
		expect(note.view(null, true)).not.toBeNull();
		expect(note.view(null, false)).toBeNull();
		expect(note.has()).toBe(false);
	});

	it('goes when the user types on (or Ctrl+Z): the draft is no longer the rewrite', () => {
		const { editor, note, stop } = setUp();
		stops.push(stop);
		noteApplied(editor, REWRITE, undone);
		expect(note.view(null, false)).not.toBeNull();
		editor.value = `${REWRITE} Thanks`;
		expect(note.view(null, false)).toBeNull();
		expect(note.announcement()).toBe('');
	});

	it('Undo takes the note away; a refused Undo leaves the words why, for a while, with no button', async () => {
		const { editor, note, stop, tick } = setUp();
		stops.push(stop);
		noteApplied(editor, REWRITE, undone);
		note.view(null, false)?.onUndo?.();
		await vi.waitFor(() => expect(note.has()).toBe(false));

		noteApplied(editor, REWRITE, async () => ({ ok: false, message: UNDO_REFUSED }));
		note.view(null, false)?.onUndo?.();
		await vi.waitFor(() => expect(note.view(null, false)?.message).toBe(UNDO_REFUSED));
		expect(note.view(null, false)?.onUndo).toBeUndefined();
		expect(note.announcement()).toBe(UNDO_REFUSED);
		tick(REFUSED_NOTE_MS);
		expect(note.view(null, false)).toBeNull();
	});

	it("ignores an Apply in a field this session does not watch (another frame's)", () => {
		const { note, stop } = setUp();
		stops.push(stop);
		noteApplied(fakeEditor(REWRITE), REWRITE, undone);
		expect(note.has()).toBe(false);
	});

	it('stops hearing Applies when its session stops', () => {
		const { editor, note, stop } = setUp();
		stop.abort();
		noteApplied(editor, REWRITE, undone);
		expect(note.has()).toBe(false);
	});
});

describe("the note's Undo is the card's Undo rewrite", () => {
	const deps = { rewrite: vi.fn(), recordOutcome: vi.fn() };
	it('restores the exact draft when the field still holds the rewrite', async () => {
		const editor = fakeEditor(REWRITE_DRAFT);
		rewriteStateFor(editor).suggestion = REWRITE_SUGGESTION;
		const [candidate] = REWRITE_SUGGESTION.candidates;
		expect(await applyCandidate(editor, candidate as never, deps as never)).toBe(true);
		expect(editor.value).toBe(REWRITE);
		expect(await undoRewrite(editor)).toBe(true);
		expect(editor.value).toBe(REWRITE_DRAFT);
		expect(deps.recordOutcome).toHaveBeenLastCalledWith(REWRITE_SUGGESTION, candidate, 'reject');
	});
	it('refuses, with the draft-integrity words, when the user typed since: their typing stays', async () => {
		const editor = fakeEditor(REWRITE_DRAFT);
		rewriteStateFor(editor).suggestion = REWRITE_SUGGESTION;
		const [candidate] = REWRITE_SUGGESTION.candidates;
		await applyCandidate(editor, candidate as never, deps as never);
		editor.value = `${REWRITE} And more.`;
		expect(await undoRewrite(editor)).toBe(false);
		expect(editor.value).toBe(`${REWRITE} And more.`);
		expect(rewriteStateFor(editor).error).toBe(UNDO_REFUSED);
	});
});

describe('notePlace', () => {
	const viewport = { width: 1000, height: 700 };
	it('below the field, at its left edge, where the window has room', () => {
		expect(notePlace(new DOMRect(100, 100, 600, 100), viewport)).toEqual({ left: 100, top: 206 });
	});
	it('above the field when it reaches the window bottom, over its bottom edge when neither fits', () => {
		expect(notePlace(new DOMRect(100, 500, 600, 190), viewport)).toEqual({
			left: 100,
			top: 500 - 6 - NOTE_HEIGHT,
		});
		expect(notePlace(new DOMRect(100, 0, 600, 700), viewport)).toEqual({
			left: 100,
			top: 700 - NOTE_HEIGHT - 6,
		});
	});
	it('kept inside the window on the right', () => {
		expect(notePlace(new DOMRect(900, 100, 100, 50), viewport).left).toBe(1000 - NOTE_WIDTH - 4);
	});
	it('never over the page\'s Post button under the field (qa28: Hacker News\' "add comment")', () => {
		const field = new DOMRect(85, 50, 665, 125);
		// A button on the right, clear of the note: the note stays where it always was.
		const right = new DOMRect(888, 181, 92, 28);
		expect(notePlace(field, viewport, NOTE_HEIGHT, right)).toEqual({ left: 85, top: 181 });
		// "add comment" right under the box at its left edge: the note goes to its right on that row.
		const addComment = new DOMRect(85, 181, 97, 21);
		expect(notePlace(field, viewport, NOTE_HEIGHT, addComment)).toEqual({ left: 182 + 6, top: 181 });
		// A row of buttons too wide to sit beside: under them.
		const row = new DOMRect(85, 181, 700, 28);
		expect(notePlace(field, viewport, NOTE_HEIGHT, row)).toEqual({ left: 85, top: 209 + 6 });
		// No room under them either: above the field.
		const low = new DOMRect(85, 520, 665, 125);
		const lowRow = new DOMRect(85, 651, 700, 28);
		expect(notePlace(low, viewport, NOTE_HEIGHT, lowRow)).toEqual({ left: 85, top: 520 - 6 - NOTE_HEIGHT });
	});
});

describe('the keyboard path (session 23): a keyboard Apply puts the focus on the Undo, and every way out goes back', () => {
	const stops: AbortController[] = [];
	afterEach(() => {
		for (const s of stops) s.abort();
		document.body.replaceChildren();
	});

	/** A note over a real textarea in the document, focused with the caret in it as the write leaves it. */
	function focusedSetUp() {
		const editor = fakeEditor(REWRITE);
		const el = editor.el as HTMLTextAreaElement;
		el.value = REWRITE;
		document.body.append(el);
		el.focus();
		el.setSelectionRange(7, 7);
		const placed: number[] = [];
		Object.assign(editor, {
			caret: () => el.selectionEnd,
			placeCaret: (at: number) => {
				placed.push(at);
				el.setSelectionRange(at, at);
			},
		});
		const stop = new AbortController();
		stops.push(stop);
		const note = appliedNote({
			fieldOf: (e) => (e === editor ? { id: 7, box, dark: false } : null),
			repaint: vi.fn(),
			signal: stop.signal,
			doc: document,
		});
		return { editor, el, note, placed };
	}

	it('takes the focus on its first draw after a keyboard Apply, once, and says how to go back', () => {
		const { editor, note } = focusedSetUp();
		noteApplied(editor, REWRITE, undone, { keyboard: true });
		expect(note.view(7, false)).toBeNull(); // the card still waits for its verdict
		expect(note.view(null, false)?.takeFocus).toBe(true);
		expect(note.announcement()).toBe(APPLIED_FOCUSED_ANNOUNCEMENT);
		expect(note.view(null, false)?.takeFocus).toBeUndefined();
	});

	it('never after a pointer Apply, a key pressed since the Apply, or with the focus gone from the field', () => {
		const a = focusedSetUp();
		noteApplied(a.editor, REWRITE, undone, { keyboard: false });
		expect(a.note.view(null, false)?.takeFocus).toBeUndefined();
		expect(a.note.announcement()).toBe(APPLIED_ANNOUNCEMENT);

		noteApplied(a.editor, REWRITE, undone, { keyboard: true });
		a.el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
		expect(a.note.view(null, false)?.takeFocus).toBeUndefined();

		noteApplied(a.editor, REWRITE, undone, { keyboard: true });
		a.el.blur();
		expect(a.note.view(null, false)?.takeFocus).toBeUndefined();
	});

	it('onLeave puts the focus back in the field with the caret where it was; Escape (close) also takes the note away', () => {
		const { editor, el, note, placed } = focusedSetUp();
		noteApplied(editor, REWRITE, undone, { keyboard: true });
		const view = note.view(null, false);
		expect(view?.takeFocus).toBe(true);
		el.blur();
		view?.onLeave?.(false);
		expect(document.activeElement).toBe(el);
		expect(placed).toEqual([7]);
		expect(note.has()).toBe(true);
		el.blur();
		note.view(null, false)?.onLeave?.(true);
		expect(document.activeElement).toBe(el);
		expect(note.has()).toBe(false);
	});

	it("the drawn note focuses its Undo; its keys: Escape and Tab go back, typing goes back unprevented, Ctrl+Z undoes, Enter and Space are the button's", () => {
		const { el } = focusedSetUp();
		const host = document.createElement('div');
		document.body.append(host);
		const root = host.attachShadow({ mode: 'open' });
		const onLeave = vi.fn();
		const onUndo = vi.fn();
		const view: AppliedNoteView = { fieldId: 7, field: box, dark: false, onUndo, onLeave, takeFocus: true };
		render(<AppliedToast note={view} viewport={{ width: 1000, height: 700 }} />, root);
		const button = root.querySelector<HTMLButtonElement>('[data-tactful="applied-undo"]');
		expect(root.activeElement).toBe(button);
		const press = (key: string, mods: KeyboardEventInit = {}) => {
			const e = new KeyboardEvent('keydown', {
				key,
				bubbles: true,
				cancelable: true,
				composed: true,
				...mods,
			});
			button?.dispatchEvent(e);
			return e.defaultPrevented;
		};
		expect(press('Escape')).toBe(true);
		expect(onLeave).toHaveBeenLastCalledWith(true);
		expect(press('Tab', { shiftKey: true })).toBe(true);
		expect(onLeave).toHaveBeenLastCalledWith(false);
		// Space is the button's press (its default, kept), not the next word typed into the field (session 24).
		expect(press(' ')).toBe(false);
		expect(onLeave).toHaveBeenCalledTimes(2);
		expect(press('T')).toBe(false);
		expect(onLeave).toHaveBeenCalledTimes(3);
		expect(press('z', { ctrlKey: true })).toBe(true);
		expect(onUndo).toHaveBeenCalledTimes(1);
		expect(press('Enter')).toBe(false);
		expect(onLeave).toHaveBeenCalledTimes(3);
		// The Undo replaced by a refusal's words while it holds the focus: back to the field, not the page's body.
		render(
			<AppliedToast
				note={{ ...view, takeFocus: false, message: 'refused' }}
				viewport={{ width: 1000, height: 700 }}
			/>,
			root,
		);
		expect(onLeave).toHaveBeenCalledTimes(4);
		render(null, root);
		void el;
	});

	it('noteKey: modifiers other than Ctrl/Cmd+Z leave the key alone', () => {
		const k = (key: string, m: Partial<KeyboardEvent> = {}) =>
			noteKey({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...m });
		expect(k('z', { metaKey: true })).toBe('undo');
		expect(k('Z', { ctrlKey: true, shiftKey: true })).toBeNull();
		expect(k('c', { ctrlKey: true })).toBeNull();
		expect(k('Backspace')).toBe('type');
		expect(k('Enter')).toBeNull();
		expect(k(' ')).toBeNull(); // a press of the focused Undo, as Enter
		expect(k('F6')).toBeNull();
	});
});
