/**
 * The caret line of a field and the band its text fills, so the warning card can keep clear of what the user is
 * writing (card-place.ts).
 */
import type { Editor } from './editors/types.ts';
import { selectionOf } from './shadow-access.ts';

/** The viewport rectangle of the caret's line in `editor`, or null when the caret is elsewhere or unknown. */
export function caretRect(editor: Editor): DOMRect | null {
	const el = editor.el;
	if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
		const end = el.selectionEnd;
		if (end === null) return null;
		const text = editor.read();
		// The character before the caret sits on its line, unless it is the line break that starts the line.
		const rects =
			end > 0 && text[end - 1] !== '\n'
				? editor.rects(end - 1, end)
				: editor.rects(end, Math.min(end + 1, text.length));
		return rects.at(-1) ?? null;
	}
	const selection = selectionOf(el);
	if (!selection?.rangeCount || !selection.focusNode || !el.contains(selection.focusNode)) return null;
	const range = selection.getRangeAt(0).cloneRange();
	range.collapse(false);
	const rect = range.getClientRects()[0] ?? null;
	if (rect && rect.height > 0) return rect;
	// A caret on an empty line has no rect of its own: its line's block does.
	const node = selection.focusNode;
	const block = node instanceof Element ? node : node.parentElement;
	const box = block && block !== el ? block.getBoundingClientRect() : null;
	return box && box.height > 0 ? box : null;
}

/**
 * The band of the field's visible box (`box`) that its text fills, from the first character's line to the last
 * one's; null for an empty field. Two measurements, whatever the draft's length.
 */
export function textBand(editor: Editor, box: DOMRect): DOMRect | null {
	const text = editor.read();
	const first = text.search(/\S/);
	if (first < 0) return null;
	const last = text.trimEnd().length;
	const top = editor.rects(first, first + 1)[0]?.top ?? box.top;
	const bottom = editor.rects(last - 1, last).at(-1)?.bottom ?? box.bottom;
	if (bottom <= top) return null;
	return new DOMRect(box.left, top, box.width, bottom - top);
}

/** How much of the draft's end is measured for the badge's corner (a few lines; one measurement). */
const TAIL = 400;

/** The draft's lines under the badge's corner, and its last line (null when none was measured). */
export interface CornerLines {
	under: DOMRect[];
	last: DOMRect | null;
}

/**
 * The rects of the draft's lines that reach into `spot` (the badge's corner), for overlay/badge-place.ts, and the
 * draft's last line (badge-hold.ts counts the rows left above the corner from it). The corner is at the bottom
 * of the field, where the draft's last lines are: only its tail is measured. When the rows from the corner down
 * are not all in that tail (a long draft scrolled up, or one too long to lay out on every frame), earlier text
 * may fill the corner: the spot itself is returned, as if a line ran under it.
 */
export function linesAt(editor: Editor, spot: DOMRect, huge = Number.POSITIVE_INFINITY): CornerLines {
	const text = editor.read();
	const end = text.trimEnd().length;
	if (end === 0) return { under: [], last: null };
	if (text.length > huge) return { under: [spot], last: null };
	const from = Math.max(0, end - TAIL);
	const rects = editor.rects(from, end);
	const whole = from === 0 || rects.some((r) => r.bottom <= spot.top);
	if (!whole) return { under: [spot], last: null };
	const under = rects.filter(
		(r) => r.left < spot.right && r.right > spot.left && r.top < spot.bottom && r.bottom > spot.top,
	);
	return { under, last: rects.at(-1) ?? null };
}
