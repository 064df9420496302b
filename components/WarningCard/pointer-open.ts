/**
 * Whether the card about to take focus was opened with a pointer (a click on the badge). Then it opens without
 * a focus ring, like any clicked control: the browser would draw one, because focus moves there by script from
 * a text box (which always shows focus). Opened from the keyboard (Alt+Shift+T, Enter on the badge) it shows one.
 */
let pointerOpenAt = Number.NEGATIVE_INFINITY;

/** A click opened the card: `detail` > 0 for a pointer, 0 when Enter or Space clicked a focused button. */
export function notePointerOpen(e: { detail: number }): void {
	pointerOpenAt = e.detail > 0 ? performance.now() : Number.NEGATIVE_INFINITY;
}

/** True once, when the badge was clicked with a pointer within the last second (the card renders a frame later). */
export function takePointerOpen(): boolean {
	const recent = performance.now() - pointerOpenAt < 1000;
	pointerOpenAt = Number.NEGATIVE_INFINITY;
	return recent;
}
