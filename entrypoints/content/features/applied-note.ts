/**
 * "Rewrite applied · Undo": after Apply the card closes once the rewritten draft reads fine, and a user who
 * regrets it did not see how to get their words back (qa20 #3). This keeps a small note in the overlay, beside the
 * field, for a while: its Undo is the card's Undo rewrite (rewrite-apply.ts `undoRewrite`, the one undo-safe path),
 * and the editor's own Ctrl+Z keeps working. The note goes when its time is up (not while the pointer or focus is
 * in it), when the draft is no longer the rewrite (the user typed on, Ctrl+Z) or when the field's card opens (the
 * card has Undo rewrite itself). An Undo that would lose the user's typing is refused and the note says so.
 */
import type { Editor } from '../editors/types.ts';
import { UNDO_REFUSED } from './rewrite-apply.ts';

/** How long the note stays once shown: long enough to read it and decide, short of lingering over the next words. */
export const APPLIED_NOTE_MS = 10_000;
/** How long a refused Undo's message stays (there is no button left to press, only words to read). */
export const REFUSED_NOTE_MS = 8_000;
/** What screen readers hear when the note appears (the overlay's own live region; overlay.tsx). */
export const APPLIED_ANNOUNCEMENT = 'Rewrite applied. Undo is beside the box, or press Ctrl+Z in it.';

/** What the overlay draws: the note for field `fieldId`, with Undo unless `message` says why it is gone. */
export interface AppliedNoteView {
	fieldId: number;
	/** The field's visible box, which the note sits beside (overlay/applied-toast.tsx places it). */
	field: DOMRect;
	/** Set after a refused Undo: why, in the draft-integrity words the card uses. */
	message?: string;
	onUndo?: () => void;
	dark: boolean;
}

/** The card's Undo rewrite for that Apply; resolves with why it was refused, if it was. */
export type UndoApplied = () => Promise<{ ok: true } | { ok: false; message: string }>;

/** `tidiedFrom`: not a new Apply, the editor's own change to the rewrite `tidiedFrom` the note was kept for. */
type AppliedListener = (editor: Editor, rewrite: string, undo?: UndoApplied, tidiedFrom?: string) => void;
const listeners = new Set<AppliedListener>();

/**
 * The rewrite section tells it: `editor` now holds `rewrite` after Apply, and `undo` takes it back (every session
 * hears it; the one watching the field keeps it).
 */
export function noteApplied(editor: Editor, rewrite: string, undo: UndoApplied): void {
	for (const listener of listeners) listener(editor, rewrite, undo);
}

/**
 * The editor changed the applied rewrite `written` to `now` on its own (its tidy, right after the write;
 * rewrite-apply.ts watchSettle): a note kept for `written` keeps its Undo for `now` (Undo rewrite takes back the text
 * the field holds), instead of going as if the user had typed on (session 23, draft10).
 */
export function noteTidied(editor: Editor, written: string, now: string): void {
	for (const listener of listeners) listener(editor, now, undefined, written);
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
	dark: boolean;
}

export interface AppliedNoteDeps {
	/** The session's own field for `editor` (null: another frame's, or gone). */
	fieldOf(editor: Editor): NoteField | null;
	repaint(): void;
	signal: AbortSignal;
	now?: () => number;
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
}

/** The note of one session (one frame): at most one, for the latest Apply. */
export function appliedNote(deps: AppliedNoteDeps) {
	const now = deps.now ?? Date.now;
	let note: Note | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let announce = '';
	const wakeAt = (at: number) => {
		clearTimeout(timer);
		timer = setTimeout(deps.repaint, Math.max(0, at - now()) + 20);
	};
	const drop = () => {
		note = null;
		clearTimeout(timer);
	};
	deps.signal.addEventListener('abort', drop, { once: true });
	onApplied((editor, rewrite, undo, tidiedFrom) => {
		if (!deps.fieldOf(editor)) return;
		if (tidiedFrom !== undefined) {
			// The same Apply, tidied: its clock and announcement stay.
			if (note?.editor === editor && note.rewrite === tidiedFrom) note.rewrite = rewrite;
			deps.repaint();
			return;
		}
		if (!undo) return;
		note = { editor, rewrite, undo };
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
					? { fieldId: field.id, field: field.box, message: current.refused.message, dark: field.dark }
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
			if (!current.announced) {
				current.announced = true;
				announce = APPLIED_ANNOUNCEMENT;
			}
			return { fieldId: field.id, field: field.box, onUndo: () => void undo(current), dark: field.dark };
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
