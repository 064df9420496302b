/**
 * Notices decorated fields that move without any event Tactful hears: a banner inserted above pushes the field
 * down, a sidebar opens beside it, an accordion above it expands. Nothing scrolls or resizes the window, and the
 * field keeps its size (so its ResizeObserver stays quiet), yet underlines and the badge would stay behind.
 * While something is drawn, the decorated fields' boxes are compared every `everyMs`; a change repaints.
 */

const boxKey = (el: Element) => {
	const r = el.getBoundingClientRect();
	return `${r.left},${r.top},${r.width},${r.height}`;
};

/** The watcher; `drawn` is told after every paint which fields carry decorations now. */
export interface MoveWatch {
	drawn(fields: readonly Element[]): void;
}

/** Starts watching; polls only while some field is decorated, and stops for good when `signal` aborts. */
export function watchMoves(win: Window, signal: AbortSignal, onMove: () => void, everyMs = 250): MoveWatch {
	let boxes = new Map<Element, string>();
	let timer = 0;
	const stop = () => {
		win.clearInterval(timer);
		timer = 0;
	};
	const tick = () => {
		for (const [el, key] of boxes) {
			// A field taken out of the page (an SPA swapped the body) repaints too, so its decorations go.
			if (!el.isConnected || boxKey(el) !== key) {
				onMove();
				return;
			}
		}
	};
	signal.addEventListener('abort', stop, { once: true });
	return {
		drawn(fields) {
			boxes = new Map(fields.map((el) => [el, boxKey(el)]));
			if (fields.length === 0) stop();
			else if (!timer && !signal.aborted) timer = win.setInterval(tick, everyMs);
		},
	};
}
