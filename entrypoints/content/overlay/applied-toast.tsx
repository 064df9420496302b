/**
 * The "Rewrite applied · Undo" note (features/applied-note.ts) as drawn in the overlay: beside the field, below it
 * where the window has room, else above it, else over the field's bottom edge; never in the page's DOM.
 */
import type { AppliedNoteView } from '../features/applied-note.ts';

/** The note's size as placed (its words are short; a refusal's message wraps within the width). */
export const NOTE_WIDTH = 300;
export const NOTE_HEIGHT = 34;
const GAP = 6;
const MARGIN = 4;

/** Where the note goes for a field's visible box, in viewport pixels. */
export function notePlace(
	field: DOMRect,
	viewport: { width: number; height: number },
	height = NOTE_HEIGHT,
): { left: number; top: number } {
	const left = Math.max(MARGIN, Math.min(field.left, viewport.width - NOTE_WIDTH - MARGIN));
	const below = field.bottom + GAP;
	if (below + height <= viewport.height - MARGIN) return { left, top: below };
	const above = field.top - GAP - height;
	if (above >= MARGIN) return { left, top: above };
	return { left, top: Math.max(MARGIN, Math.min(field.bottom, viewport.height) - height - GAP) };
}

export function AppliedToast({
	note,
	viewport,
}: {
	note: AppliedNoteView;
	viewport: { width: number; height: number };
}) {
	const { left, top } = notePlace(note.field, viewport, note.message ? NOTE_HEIGHT * 2 : NOTE_HEIGHT);
	return (
		<div class={`tf-app${note.dark ? ' tf-dark' : ''}`}>
			{/* biome-ignore lint/a11y/useSemanticElements: a small labelled group of a sentence and one button, not a fieldset */}
			<div
				class="tf-applied"
				role="group"
				aria-label="Rewrite applied"
				data-tactful="applied"
				style={{ left: `${left}px`, top: `${top}px`, maxWidth: `${NOTE_WIDTH}px` }}
			>
				{note.message ? (
					<span data-tactful="applied-message">{note.message}</span>
				) : (
					<>
						<span>Rewrite applied</span>
						<span aria-hidden="true"> · </span>
						<button type="button" data-tactful="applied-undo" onClick={() => note.onUndo?.()}>
							Undo
						</button>
					</>
				)}
			</div>
		</div>
	);
}
