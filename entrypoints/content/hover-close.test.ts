import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_CLOSE_MS, hoverCloseTimer } from './hover-close.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hoverCloseTimer', () => {
	it('closes after the delay, once, however often it is started meanwhile', () => {
		const timer = hoverCloseTimer(new AbortController().signal);
		let closed = 0;
		timer.start(() => closed++);
		vi.advanceTimersByTime(HOVER_CLOSE_MS - 100);
		timer.start(() => closed++); // the mouse is still away: the first countdown keeps running
		vi.advanceTimersByTime(100);
		expect(closed).toBe(1);
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		expect(closed).toBe(1);
	});

	it('does not close when cancelled (the mouse came back) or after the session stopped', () => {
		const stop = new AbortController();
		const timer = hoverCloseTimer(stop.signal);
		let closed = 0;
		timer.start(() => closed++);
		timer.cancel();
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		timer.start(() => closed++);
		stop.abort();
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		expect(closed).toBe(0);
	});
});
