/**
 * The "Rewrite applied · Undo" note (features/applied-note.ts), or "Snoozed here for 1 hour · Resume"
 * (features/snoozed-note.ts), as drawn in the overlay: beside the field, below it
 * where the window has room, else above it, else over the field's bottom edge; never in the page's DOM.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AppliedNoteView } from '../features/applied-note.ts';

/** The note's size as placed (its words are short; a refusal's message wraps within the width). */
export const NOTE_WIDTH = 300;
export const NOTE_HEIGHT = 34;
const GAP = 6;
const MARGIN = 4;

/** Whether two boxes overlap (touching edges do not). */
const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: DOMRect) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the note goes for a field's visible box, in viewport pixels: below the field where the window has room,
 * else above it, else over the field's bottom edge. `actions`: the page's Post controls beside the field. Sites put
 * them right under the box, where the note goes (qa28: on Hacker News it hid "add comment" for its 10 s, and longer
 * while the pointer rested on it), so a note that would cover them goes to their right on that row, else under
 * them, else above the field.
 */
export function notePlace(
	field: DOMRect,
	viewport: { width: number; height: number },
	height = NOTE_HEIGHT,
	actions?: DOMRect | null,
): { left: number; top: number } {
	const left = Math.max(MARGIN, Math.min(field.left, viewport.width - NOTE_WIDTH - MARGIN));
	const fits = (top: number) => top >= MARGIN && top + height <= viewport.height - MARGIN;
	const clear = (l: number, top: number) =>
		!actions || !overlaps({ left: l, top, right: l + NOTE_WIDTH, bottom: top + height }, actions);
	const below = field.bottom + GAP;
	const above = field.top - GAP - height;
	if (fits(below) && clear(left, below)) return { left, top: below };
	if (actions && fits(below)) {
		const beside = actions.right + GAP;
		if (beside + NOTE_WIDTH <= viewport.width - MARGIN && clear(beside, below))
			return { left: beside, top: below };
		const under = actions.bottom + GAP;
		if (fits(under) && clear(left, under)) return { left, top: under };
	}
	if (fits(above) && clear(left, above)) return { left, top: above };
	if (fits(below)) return { left, top: below };
	if (above >= MARGIN) return { left, top: above };
	return { left, top: Math.max(MARGIN, Math.min(field.bottom, viewport.height) - height - GAP) };
}

/** Keys that edit or move in a text: pressed on the note, they belong to the draft (see `noteKey`). */
const EDITING = new Set([
	'Backspace',
	'Delete',
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Home',
	'End',
]);

/**
 * What a key pressed in the note does: 'undo' (Ctrl/Cmd+Z: the undo the user reached for), 'close' (Escape: the
 * note goes, back to the field), 'leave' (Tab or Shift+Tab: back to the field, the note stays; a typed character or
 * an editing key: back to the field, where the key then lands), or null (Enter, Space and the rest keep their
 * default: both press Undo, as on any button). Space pressed on a focused button is a press, not the next word: it
 * went into the draft as a typed space (session 24: the keyboard path's Space counted as typing in the field).
 */
export function noteKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) {
	if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z') return 'undo';
	if (e.key === 'Escape') return 'close';
	if (e.key === 'Tab') return 'tab';
	if (e.ctrlKey || e.metaKey || e.altKey || e.key === ' ') return null;
	return e.key.length === 1 || EDITING.has(e.key) ? 'type' : null;
}

/** The note's Undo: takes the focus after a keyboard Apply, and gives it back to the field if it goes with it. */
function UndoButton({ note }: { note: AppliedNoteView }) {
	const undo = useRef<HTMLButtonElement>(null);
	const leave = useRef(note.onLeave);
	leave.current = note.onLeave;
	// A keyboard Apply: the focus goes to Undo as the note appears (features/applied-note.ts says when).
	useLayoutEffect(() => {
		if (note.takeFocus) undo.current?.focus({ preventScroll: true });
	}, [note.takeFocus]);
	// The Undo going while it holds the focus (a refusal's words replace it, the draft changed under it): the focus
	// goes back to the field, not to the page's body. (An unmount's cleanup runs while the button is still there.)
	useLayoutEffect(() => {
		const button = undo.current;
		return () => {
			const root = button?.getRootNode() as ShadowRoot | Document | undefined;
			if (button && root?.activeElement === button) leave.current?.(false);
		};
	}, []);
	return (
		<button type="button" data-tactful="applied-undo" ref={undo} onClick={() => note.onUndo?.()}>
			{note.button ?? 'Undo'}
		</button>
	);
}

export function AppliedToast({
	note,
	viewport,
}: {
	note: AppliedNoteView;
	viewport: { width: number; height: number };
}) {
	const { left, top } = notePlace(
		note.field,
		viewport,
		note.message ? NOTE_HEIGHT * 2 : NOTE_HEIGHT,
		note.actions,
	);
	const onKeyDown = (e: KeyboardEvent) => {
		const what = noteKey(e);
		if (!what) return;
		// Kept from the page's own key handlers: these are the note's keys.
		e.stopPropagation();
		if (what === 'undo') {
			e.preventDefault();
			note.onUndo?.();
		} else if (what === 'type') {
			// Not prevented: with the focus back in the field before the key's default action, the key lands there.
			note.onLeave?.(false);
		} else {
			e.preventDefault();
			note.onLeave?.(what === 'close');
		}
	};
	return (
		<div class={`tf-app${note.dark ? ' tf-dark' : ''}`}>
			{/* biome-ignore lint/a11y/useSemanticElements: a small labelled group of a sentence and one button, not a fieldset */}
			<div
				class="tf-applied"
				role="group"
				aria-label={note.label ?? 'Rewrite applied'}
				data-tactful="applied"
				style={{ left: `${left}px`, top: `${top}px`, maxWidth: `${NOTE_WIDTH}px` }}
				onKeyDown={onKeyDown}
			>
				{note.message ? (
					<span data-tactful="applied-message">{note.message}</span>
				) : (
					<>
						<span>{note.label ?? 'Rewrite applied'}</span>
						<span aria-hidden="true"> · </span>
						<UndoButton note={note} />
					</>
				)}
			</div>
		</div>
	);
}
