/**
 * Where the badge goes when the draft's text runs into its corner. The badge belongs to the field, so it sits in
 * the field's bottom-right corner (badgePosition in overlay.tsx), as Grammarly's and LanguageTool's buttons do.
 * A badge on top of the words the user is typing hides them, though, so when a line of text reaches under that
 * corner the badge steps just outside the field: beside its bottom-right corner, else under it, else beside or
 * above its top-right corner, else before its bottom-left corner (session 15), wherever the page shows nothing of its own there (a "Comment" button under the corner stays uncovered). With no such room (a
 * field spanning the window, a control right under it) it stays in the corner, faded, so the text reads through
 * it; hovering or focusing it brings it back (styles.ts).
 */

/** The badge's size in CSS pixels. */
export const BADGE_SIZE = 22;
/** Gap between the field's border and a badge outside it. */
const OUTSIDE_GAP = 4;

/**
 * Which of the badge's places: the field's corner; outside the field beside its bottom-right corner, under it,
 * beside its top-right corner, above it, or before its bottom-left corner; or faded in the corner.
 */
export type BadgeWhere = 'corner' | 'beside' | 'under' | 'beside-top' | 'above' | 'before' | 'faded';
type Outside = Exclude<BadgeWhere, 'corner' | 'faded'>;
/** The places outside the field, in the order they are tried. */
const OUTSIDE: readonly Outside[] = ['beside', 'under', 'beside-top', 'above', 'before'];

/** A badge's place: its top-left corner in viewport pixels; `outside` the field's box; `faded` over text. */
export interface BadgeSpot {
	x: number;
	y: number;
	outside: boolean;
	faded: boolean;
	where: BadgeWhere;
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
	/** Whether the user sees the field's own edges (not cut by a scrolling pane or the window). */
	edges: { right: boolean; bottom: boolean; top: boolean; left: boolean };
	/** True when the page shows nothing of its own at `r`: only the blank space around the field. */
	free: (r: DOMRect) => boolean;
}

const square = (x: number, y: number) => new DOMRect(x, y, BADGE_SIZE, BADGE_SIZE);

/** True when `a` and `b` overlap by more than a pixel each way (a line's edge touching the badge is fine). */
const overlaps = (a: DOMRect, b: DOMRect) =>
	a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 1 && a.bottom > b.top + 1;

/** The square `where` (beside or under the corner) when it is in the window and the page shows nothing there. */
function outsideAt(room: Omit<BadgeRoom, 'text'>, where: Outside): DOMRect | null {
	const { outer, corner, viewport, edges } = room;
	const spots: Record<Outside, DOMRect | false> = {
		// Beside the bottom-right corner, its bottom on the field's bottom edge.
		beside:
			edges.right && square(outer.right + OUTSIDE_GAP, Math.min(outer.bottom, viewport.height) - BADGE_SIZE),
		// Under the corner.
		under: edges.bottom && square(corner.x, outer.bottom + OUTSIDE_GAP),
		// Beside the top-right corner, its top on the field's top edge (session 15: Hacker News' two-line box has
		// its "add comment" button beside its bottom half and the next comment right under it).
		'beside-top': edges.right && edges.top && square(outer.right + OUTSIDE_GAP, outer.top),
		// Above the top-right corner.
		above: edges.top && square(corner.x, outer.top - OUTSIDE_GAP - BADGE_SIZE),
		// Before the bottom-left corner, the last resort outside: the page's margin left of a box whose right side
		// and top are taken (Hacker News' two-line box at 1280 px: its button right of it, the story text above).
		before:
			edges.left &&
			square(outer.left - OUTSIDE_GAP - BADGE_SIZE, Math.min(outer.bottom, viewport.height) - BADGE_SIZE),
	};
	const spot = spots[where];
	const inWindow =
		spot && spot.left >= 0 && spot.top >= 0 && spot.right <= viewport.width && spot.bottom <= viewport.height;
	return spot && inWindow && room.free(spot) ? spot : null;
}

/**
 * The badge at `where` for `room`, or null when that place is no longer usable (off the window, the page shows
 * something there): for a badge kept where it went earlier (badge-hold.ts), whatever the text does now.
 */
export function spotAt(room: Omit<BadgeRoom, 'text'>, where: BadgeWhere): BadgeSpot | null {
	if (where === 'corner' || where === 'faded')
		return { ...room.corner, outside: false, faded: where === 'faded', where };
	const spot = outsideAt(room, where);
	return spot && { x: spot.x, y: spot.y, outside: true, faded: false, where };
}

/** The badge's place for `room`. */
export function placeBadge(room: BadgeRoom): BadgeSpot {
	const inCorner = square(room.corner.x, room.corner.y);
	if (!room.text.some((line) => overlaps(line, inCorner))) return spotAt(room, 'corner') as BadgeSpot;
	for (const where of OUTSIDE) {
		const spot = spotAt(room, where);
		if (spot) return spot;
	}
	return spotAt(room, 'faded') as BadgeSpot;
}
