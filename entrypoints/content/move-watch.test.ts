import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMoves } from './move-watch.ts';

function fieldAt(top: number) {
	const el = document.createElement('textarea');
	document.body.append(el);
	const box = { top };
	el.getBoundingClientRect = () => new DOMRect(10, box.top, 400, 90);
	return { el, box };
}

describe('watchMoves', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		document.body.replaceChildren();
	});

	it('repaints when a decorated field moves with no scroll or resize (a banner inserted above it)', () => {
		const onMove = vi.fn();
		const watch = watchMoves(window, new AbortController().signal, onMove);
		const { el, box } = fieldAt(100);
		watch.drawn([el]);
		vi.advanceTimersByTime(1000);
		expect(onMove).not.toHaveBeenCalled();
		box.top = 220;
		vi.advanceTimersByTime(300);
		expect(onMove).toHaveBeenCalled();
	});

	it('repaints when a decorated field leaves the page (an SPA navigation swapped the body)', () => {
		const onMove = vi.fn();
		const watch = watchMoves(window, new AbortController().signal, onMove);
		const { el } = fieldAt(100);
		watch.drawn([el]);
		document.body.replaceChildren();
		vi.advanceTimersByTime(300);
		expect(onMove).toHaveBeenCalled();
	});

	it('does not poll while nothing is drawn, nor after the session ends', () => {
		const onMove = vi.fn();
		const stop = new AbortController();
		const watch = watchMoves(window, stop.signal, onMove);
		const { el, box } = fieldAt(100);
		watch.drawn([el]);
		watch.drawn([]);
		box.top = 220;
		vi.advanceTimersByTime(1000);
		expect(onMove).not.toHaveBeenCalled();
		watch.drawn([el]);
		stop.abort();
		box.top = 300;
		vi.advanceTimersByTime(1000);
		expect(onMove).not.toHaveBeenCalled();
	});
});
