/** The delayed close of a hover-opened card, so the mouse can cross from the underline to the card. */

/** How long the mouse may be away from both the underline and the card before a hover-opened card closes. */
export const HOVER_CLOSE_MS = 400;

/** One pending close at a time; cancelled when the mouse comes back or when `signal` aborts. */
export interface HoverCloseTimer {
	cancel(): void;
	/** Starts the countdown to `close`, unless one is already running (the mouse keeps moving away). */
	start(close: () => void): void;
}

/** Creates the timer of one session's card. */
export function hoverCloseTimer(signal: AbortSignal): HoverCloseTimer {
	let pending: ReturnType<typeof setTimeout> | undefined;
	const cancel = () => {
		clearTimeout(pending);
		pending = undefined;
	};
	signal.addEventListener('abort', cancel);
	return {
		cancel,
		start(close) {
			if (pending) return;
			pending = setTimeout(() => {
				pending = undefined;
				close();
			}, HOVER_CLOSE_MS);
		},
	};
}
