/**
 * Keeps the badge steady while the user types. Placed afresh on every frame (badge-place.ts), it stepped out of
 * the field each time a line ran under its corner and back in as soon as that line wrapped, once per line typed.
 * Once it has left its corner (or faded there) for a field, it stays so until there is a reason to go back: the
 * field changed width (a resized window, a layout change), the draft was cleared, or the draft got shorter and
 * its text no longer reaches the corner's row (lines deleted). A badge faded in its corner does not move when
 * it comes back, so once the draft is shorter it stays faded only while text still runs under it. The decisions here are pure; badge-spot.ts
 * measures. Kept badges also spare the frame the measuring of the draft's last lines.
 */
import type { BadgeWhere } from './badge-place.ts';

/** A field's badge kept out of its corner: where it went, and the field's width and draft length then. */
export interface BadgeHold {
	where: Exclude<BadgeWhere, 'corner'>;
	width: number;
	length: number;
}

/** The field as it is now: its border box's width and its draft's length (0 when blank). */
export interface FieldNow {
	width: number;
	length: number;
}

/**
 * What to do with `hold` now: 'keep' it without measuring (the draft only grew), 'recheck' whether the text
 * still reaches the corner's row (it got shorter), or 'drop' it (cleared, or the field's width changed, which
 * rewraps every line).
 */
export function judgeHold(hold: BadgeHold, now: FieldNow): 'keep' | 'recheck' | 'drop' {
	if (now.length === 0 || Math.abs(now.width - hold.width) > 1) return 'drop';
	return now.length >= hold.length ? 'keep' : 'recheck';
}

/** True when the draft's last line (`last`) still reaches down into the row of the badge's corner (`spot`). */
export function reachesRow(last: DOMRect | null, spot: DOMRect): boolean {
	return last !== null && last.bottom > spot.top + 1;
}

/**
 * Whether a badge kept at `where` stays so after the draft got shorter (judgeHold's 'recheck'): `under` is
 * whether a line still runs under the corner, `reaches` whether the last line still comes down into its row.
 * A badge outside the field stays out while the text reaches that row (no move per line deleted); a faded one
 * unfades in place, so it stays faded only over text (QA, session 11: a badge faded at 30 % over blank space
 * after the words under it were deleted, the warning easy to miss).
 */
export function holdStays(where: BadgeHold['where'], under: boolean, reaches: boolean): boolean {
	return under || (where !== 'faded' && reaches);
}

/**
 * The last measurement of a field's draft that found its text clear of the badge's corner: the draft then, the
 * field's geometry then (`key`), and how many whole rows were left between its last line and the corner's row.
 */
export interface ReachMemo {
	text: string;
	key: string;
	rows: number;
}

/** Whole rows of `last`'s height between the bottom of the draft's last line and the top of the corner `spot`. */
export function rowsAbove(last: DOMRect, spot: DOMRect): number {
	if (last.height <= 0) return 0;
	return Math.max(0, Math.floor((spot.top - last.bottom) / last.height));
}

/**
 * True when `text` cannot have reached the corner since `memo` was measured, so it need not be measured again:
 * same field geometry, and `text` is the memo's draft with fewer characters added at its end than rows were
 * left. One added character starts at most one new line (a line break, a word wrapping), so the last line has
 * moved down by fewer rows than separated it from the corner; the spare row covers a taller glyph's line.
 */
export function cannotReach(memo: ReachMemo, text: string, key: string): boolean {
	return memo.key === key && text.length - memo.text.length < memo.rows && text.startsWith(memo.text);
}
