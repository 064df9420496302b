/** Which underline the mouse is over: the hover path to opening a card. */
import type { FieldView } from './overlay/overlay.tsx';

/** Pixels above an underline's line that still count as over it (the underlined word's height). */
const ABOVE = 18;
/** Pixels below the line that still count (the underline's own thickness plus a little slack). */
const BELOW = 3;

/** The field whose underline is at (x, y), with the box the card anchors to; null over none. */
export function underlineAt(
	views: readonly FieldView[],
	x: number,
	y: number,
): { fieldId: number; anchor: DOMRect } | null {
	for (const f of views) {
		for (const u of f.underlines) {
			if (x >= u.x && x <= u.x + u.w && y >= u.y - ABOVE && y <= u.y + BELOW)
				return { fieldId: f.id, anchor: new DOMRect(u.x, u.y - ABOVE, u.w, ABOVE + BELOW) };
		}
	}
	return null;
}
