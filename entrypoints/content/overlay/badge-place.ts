/**
 * Where the badge goes when the draft's text runs into its corner. The badge belongs to the field, so it sits in
 * the field's bottom-right corner (badgePosition in overlay.tsx), as Grammarly's and LanguageTool's buttons do.
 * A badge on top of the words the user is typing hides them, though, so when a line of text reaches under that
 * corner the badge steps just outside the field: beside its bottom-right corner, else under it, wherever the page
 * shows nothing of its own there (a "Comment" button under the corner stays uncovered). With no such room (a
 * field spanning the window, a control right under it) it stays in the corner, faded, so the text reads through
 * it; hovering or focusing it brings it back (styles.ts).
 */

/** The badge's size in CSS pixels. */
export const BADGE_SIZE = 22;
/** Gap between the field's border and a badge outside it. */
const OUTSIDE_GAP = 4;

/** A badge's place: its top-left corner in viewport pixels; `outside` the field's box; `faded` over text. */
export interface BadgeSpot {
	x: number;
	y: number;
	outside: boolean;
	faded: boolean;
}

/** What placing the badge looks at; the DOM side (views.ts) measures it. */
export interface BadgeRoom {
	/** The field's border box (a badge outside goes beyond its border and scrollbar). */
	outer: DOMRect;
	/** The badge's spot in the field's corner (badgePosition). */
	corner: { x: number; y: number };
	viewport: { width: number; height: number };
	/** The rects of the draft's lines around the corner, in viewport pixels. */
	text: readonly DOMRect[];
	/** Whether the user sees the field's own right and bottom edges (not cut by a scrolling pane or the window). */
	edges: { right: boolean; bottom: boolean };
	/** True when the page shows nothing of its own at `r`: only the blank space around the field. */
	free: (r: DOMRect) => boolean;
}

const square = (x: number, y: number) => new DOMRect(x, y, BADGE_SIZE, BADGE_SIZE);

/** True when `a` and `b` overlap by more than a pixel each way (a line's edge touching the badge is fine). */
const overlaps = (a: DOMRect, b: DOMRect) =>
	a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 1 && a.bottom > b.top + 1;

/** The badge's place for `room`. */
export function placeBadge(room: BadgeRoom): BadgeSpot {
	const { outer, corner, viewport, edges } = room;
	const inCorner = square(corner.x, corner.y);
	if (!room.text.some((line) => overlaps(line, inCorner))) return { ...corner, outside: false, faded: false };
	const inWindow = (r: DOMRect) =>
		r.left >= 0 && r.top >= 0 && r.right <= viewport.width && r.bottom <= viewport.height;
	const candidates = [
		// Beside the bottom-right corner, its bottom on the field's bottom edge.
		edges.right && square(outer.right + OUTSIDE_GAP, Math.min(outer.bottom, viewport.height) - BADGE_SIZE),
		// Under the corner.
		edges.bottom && square(corner.x, outer.bottom + OUTSIDE_GAP),
	];
	for (const spot of candidates) {
		if (spot && inWindow(spot) && room.free(spot))
			return { x: spot.x, y: spot.y, outside: true, faded: false };
	}
	return { ...corner, outside: false, faded: true };
}
