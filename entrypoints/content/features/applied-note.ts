/**
 * "Rewrite applied · Undo": after Apply the card closes once the rewritten draft reads fine, and a user who
 * regrets it did not see how to get their words back (qa20 #3). This keeps a small note in the overlay, beside the
 * field, for a while: its Undo is the card's Undo rewrite (rewrite-apply.ts `undoRewrite`, the one undo-safe path),
 * and the editor's own Ctrl+Z keeps working. The note goes when its time is up (not while the pointer or focus is
 * in it), when the draft is no longer the rewrite (the user typed on, Ctrl+Z) or when the field's card opens (the
 * card has Undo rewrite itself). An Undo that would lose the user's typing is refused and the note says so.
 *
 * The keyboard path (session 23): the note is drawn in the overlay at the end of the page, so Tab reached its Undo
 * only after every control of the page. An Apply pressed with the keyboard (Enter on the card's button) therefore
 * puts the focus on the note's Undo when the note appears, as the card's own Escape puts it back in the field: the
 * user was in Tactful's card, not typing, so nothing is taken from the draft. Only if no key was pressed since the
 * Apply and the focus is still in the field where the write left it; an Apply by pointer leaves the focus there.
 * From the Undo, Enter or Space undoes, as on any button (or Ctrl+Z, the same undo); Escape (closing the note) and
 * Tab / Shift+Tab go back to the field with the caret where it was; any other typing goes back to the field and
 * lands there. (Session 23 sent Space to the field as the next word; on a focused button it is a press, and a key
 * in the note is not typing in the field: the write's settle watch ignores it too, session 24.) WAI-ARIA's alerts never move focus; this note is not an alert but the
 * rest of the card's dialog, whose focus the user was in.
 */
import type { Editor } from '../editors/types.ts';
import { UNDO_REFUSED } from './rewrite-apply.ts';

/** How long the note stays once shown: long enough to read it and decide, short of lingering over the next words. */
export const APPLIED_NOTE_MS = 10_000;
/** How long a refused Undo's message stays (there is no button left to press, only words to read). */
export const REFUSED_NOTE_MS = 8_000;
/** What screen readers hear when the note appears (the overlay's own live region; overlay.tsx). */
export const APPLIED_ANNOUNCEMENT = 'Rewrite applied. Undo is beside the box, or press Ctrl+Z in it.';
/** What they hear when the note takes the focus after a keyboard Apply. */
export const APPLIED_FOCUSED_ANNOUNCEMENT =
	'Rewrite applied. Press Enter to undo it, or Escape to go back to the box, where Ctrl+Z undoes it too.';

/** What the overlay draws: the note for field `fieldId`, with Undo unless `message` says why it is gone. */
export interface AppliedNoteView {
	fieldId: number;
	/** The field's visible box, which the note sits beside (overlay/applied-toast.tsx places it). */
	field: DOMRect;
	/** The page's Post controls beside the field (card-view.ts `actionsBoxOf`), which the note keeps clear of. */
	actions?: DOMRect | null;
	/** Set after a refused Undo: why, in the draft-integrity words the card uses. */
	message?: string;
	/** The note's words and its button's, when not "Rewrite applied · Undo" (features/snoozed-note.ts). */
	label?: string;
	button?: string;
	onUndo?: () => void;
	dark: boolean;
	/** This draw puts the focus on the Undo (a keyboard Apply; see the module's comment). */
	takeFocus?: boolean;
	/** Back to the field with the caret where it was; `close`: the note goes too (Escape). */
	onLeave?: (close: boolean) => void;
}

/** The card's Undo rewrite for that Apply; resolves with why it was refused, if it was. */
export type UndoApplied = () => Promise<{ ok: true } | { ok: false; message: string }>;

/** How the Apply was pressed: `keyboard` when by a key (a click event with no pointer, `detail` 0). */
export interface ApplyHow {
	keyboard?: boolean;
}

/** `tidiedFrom`: not a new Apply, the editor's own change to the rewrite `tidiedFrom` the note was kept for. */
type AppliedListener = (
	editor: Editor,
	rewrite: string,
	undo: UndoApplied | undefined,
	how: ApplyHow,
	tidiedFrom?: string,
) => void;
const listeners = new Set<AppliedListener>();

/**
 * The rewrite section tells it: `editor` now holds `rewrite` after Apply, and `undo` takes it back (every session
 * hears it; the one watching the field keeps it).
 */
export function noteApplied(editor: Editor, rewrite: string, undo: UndoApplied, how: ApplyHow = {}): void {
	for (const listener of listeners) listener(editor, rewrite, undo, how);
}

/**
 * The editor changed the applied rewrite `written` to `now` on its own (its tidy, right after the write;
 * rewrite-apply.ts watchSettle): a note kept for `written` keeps its Undo for `now` (Undo rewrite takes back the text
 * the field holds), instead of going as if the user had typed on (session 23, draft10).
 */
export function noteTidied(editor: Editor, written: string, now: string): void {
	for (const listener of listeners) listener(editor, now, undefined, {}, written);
}

/** Hears each Apply until `signal` aborts. */
export function onApplied(listener: AppliedListener, signal: AbortSignal): void {
	if (signal.aborted) return;
	listeners.add(listener);
	signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/** A field as the note needs it: its id, whether it is ours, its visible box (null when scrolled away). */
export interface NoteField {
	id: number;
	box: DOMRect | null;
	/** The page's Post controls beside the box (null or absent: none found). */
	actions?: DOMRect | null;
	dark: boolean;
}

export interface AppliedNoteDeps {
	/** The session's own field for `editor` (null: another frame's, or gone). */
	fieldOf(editor: Editor): NoteField | null;
	repaint(): void;
	signal: AbortSignal;
	now?: () => number;
	/** The session's document: its keys tell whether the user went on after a keyboard Apply (then no focus move). */
	doc?: Document;
}

interface Note {
	editor: Editor;
	rewrite: string;
	undo: UndoApplied;
	/** When it was first drawn: the clock starts then, not while the card still waited for the rewrite's verdict. */
	shownAt?: number;
	refused?: { message: string; at: number };
	/** The announcement is made once per note. */
	announced?: boolean;
	/** Applied with the keyboard, and the document's key count then: the note may take the focus (once). */
	keyboard?: { keys: number };
	/** Where the caret was in the field when the note took the focus: put back there on the way out. */
	caret?: number | null;
}

/** The focus is on `el` or inside it (through open shadow roots), in a document that has the focus. */
function focusIn(el: HTMLElement): boolean {
	const doc = el.ownerDocument;
	if (!doc.hasFocus()) return false;
	let active = doc.activeElement;
	while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
	return active !== null && (active === el || el.contains(active));
}

/** The note of one session (one frame): at most one, for the latest Apply. */
export function appliedNote(deps: AppliedNoteDeps) {
	const now = deps.now ?? Date.now;
	let note: Note | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let announce = '';
	/** Keys pressed in the session's document (any): a key after the Apply means the user went on. */
	let keys = 0;
	deps.doc?.addEventListener('keydown', () => keys++, { capture: true, signal: deps.signal });
	const wakeAt = (at: number) => {
		clearTimeout(timer);
		timer = setTimeout(deps.repaint, Math.max(0, at - now()) + 20);
	};
	const drop = () => {
		note = null;
		clearTimeout(timer);
	};
	deps.signal.addEventListener('abort', drop, { once: true });
	onApplied((editor, rewrite, undo, how, tidiedFrom) => {
		if (!deps.fieldOf(editor)) return;
		if (tidiedFrom !== undefined) {
			// The same Apply, tidied: its clock and announcement stay.
			if (note?.editor === editor && note.rewrite === tidiedFrom) note.rewrite = rewrite;
			deps.repaint();
			return;
		}
		if (!undo) return;
		note = { editor, rewrite, undo, ...(how.keyboard ? { keyboard: { keys } } : {}) };
		announce = '';
		deps.repaint();
	}, deps.signal);

	const undo = async (current: Note) => {
		// The field no longer holds the rewrite this note was kept for (typed on before the repaint, or a change with
		// no key the settle watch took for the editor's): Undo rewrite would take that edit away too (session 23).
		const answer =
			current.editor.read() === current.rewrite
				? await current.undo()
				: ({ ok: false, message: UNDO_REFUSED } as const);
		if (note !== current) return;
		if (answer.ok) drop();
		else {
			current.refused = { message: answer.message, at: now() };
			wakeAt(now() + REFUSED_NOTE_MS);
		}
		deps.repaint();
	};

	/** Back in the field, the caret where it was (focus() alone puts it at the start of a contenteditable). */
	const leave = (current: Note, close: boolean) => {
		const { editor } = current;
		if (editor.el.isConnected) {
			editor.el.focus({ preventScroll: true });
			if (typeof current.caret === 'number') editor.placeCaret?.(current.caret);
		}
		if (close && note === current) drop();
		deps.repaint();
	};
	/** The note may take the focus now: a keyboard Apply, no key since, the focus still in the field. */
	const mayTakeFocus = (current: Note): boolean => {
		if (!current.keyboard || current.keyboard.keys !== keys) return false;
		current.keyboard = undefined; // once: a later draw never takes it
		return focusIn(current.editor.el);
	};

	return {
		/**
		 * The note to draw now, or null. `cardOn`: the field whose card is open (its Undo rewrite is there);
		 * `holding`: the pointer or the focus is in the note, so it does not time out under them.
		 */
		view(cardOn: number | null, holding: boolean): AppliedNoteView | null {
			const current = note;
			if (!current) return null;
			const field = deps.fieldOf(current.editor);
			if (!field) {
				drop();
				return null;
			}
			const t = now();
			if (current.refused) {
				if (t >= current.refused.at + REFUSED_NOTE_MS && !holding) {
					drop();
					return null;
				}
				return field.box
					? {
							fieldId: field.id,
							field: field.box,
							actions: field.actions,
							message: current.refused.message,
							dark: field.dark,
							onLeave: (close) => leave(current, close),
						}
					: null;
			}
			// Typed on, Ctrl+Z, the card's Undo: the draft is no longer the rewrite, so there is nothing to undo here.
			if (current.editor.read() !== current.rewrite) {
				drop();
				return null;
			}
			if (cardOn === field.id || !field.box) return null;
			if (current.shownAt === undefined) {
				current.shownAt = t;
				wakeAt(t + APPLIED_NOTE_MS);
			}
			if (t >= current.shownAt + APPLIED_NOTE_MS) {
				if (!holding) {
					drop();
					return null;
				}
				wakeAt(t + 1000);
			}
			const takeFocus = mayTakeFocus(current);
			if (takeFocus) current.caret = current.editor.caret?.() ?? null;
			if (!current.announced) {
				current.announced = true;
				announce = takeFocus ? APPLIED_FOCUSED_ANNOUNCEMENT : APPLIED_ANNOUNCEMENT;
			}
			return {
				fieldId: field.id,
				field: field.box,
				actions: field.actions,
				onUndo: () => void undo(current),
				dark: field.dark,
				onLeave: (close) => leave(current, close),
				...(takeFocus ? { takeFocus } : {}),
			};
		},
		/** What the overlay's note live region says (the appearance, said once; a refusal says its reason). */
		announcement(): string {
			if (!note) return '';
			return note.refused ? note.refused.message : announce;
		},
		/** For tests: whether a note is kept. */
		has: () => note !== null,
	};
}
