/**
 * One press of the card shortcut must open (or close) the card once. It can reach a page twice: as the browser's
 * command (background → `openCard`) and as a keydown the in-page fallback sees (Playwright, a browser that let the
 * key through to the page as well; Firefox hands pages the keydown before its own shortcut). The first to arrive
 * acts; the other kind, arriving within `windowMs`, is the same press and is dropped. Two presses of one kind are
 * two presses.
 */
export type PressSource = 'key' | 'command';

export interface PressGate {
	/** True when this arrival should act; false when it is the other half of a press that already acted. */
	claim(source: PressSource): boolean;
}

/**
 * `windowMs`: how long after one kind the other still counts as the same press. The command's round trip may
 * wake a stopped service worker first (hundreds of ms on a busy machine), so it is generous; nobody means to
 * open and close the card within a second by two different routes.
 */
export function pressGate(now: () => number = () => performance.now(), windowMs = 1500): PressGate {
	let last: { source: PressSource; at: number } | null = null;
	return {
		claim(source) {
			const t = now();
			if (last && last.source !== source && t - last.at < windowMs) {
				last = null; // each press has two halves at most
				return false;
			}
			last = { source, at: t };
			return true;
		},
	};
}
