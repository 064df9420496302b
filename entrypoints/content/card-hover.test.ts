import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardHoverEnv, cardHover, type HoverCard } from './card-hover.ts';
import { HOVER_CLOSE_MS } from './hover-close.ts';
import type { FieldView } from './overlay/overlay.tsx';

/** Fields 1 and 2, each with one underline: x 100..160 on the line at y 200, and at y 400. */
const view = (id: number, y: number): FieldView => ({
	id,
	level: 'warn',
	summary: '',
	count: 1,
	badge: null,
	underlines: [{ x: 100, y, w: 60, level: 'warn' }],
	dark: false,
});
const VIEWS = [view(1, 200), view(2, 400)];
const host = {} as HTMLElement;
const field = {} as HTMLElement;
/** An event at (x, y) whose composed path holds `path` (the card's host, a field or nothing of ours). */
const at = (x: number, y: number, path: unknown[] = [], type = 'mousemove') =>
	({ type, clientX: x, clientY: y, composedPath: () => path }) as unknown as MouseEvent;
const press = (path: unknown[]) => at(0, 0, path, 'pointerdown');

let stop: AbortController;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	stop.abort();
	vi.useRealTimers();
});

/** The rules over a card state of their own; `open` starts as the card given. */
function setup(open: HoverCard | null = null) {
	stop = new AbortController();
	const state = { open, closed: 0 };
	const env: CardHoverEnv = {
		open: () => state.open,
		openHover: (id) => {
			state.open = { id, via: 'hover' };
		},
		close: () => {
			state.open = null;
			state.closed++;
		},
		fieldEl: (id) => (id === 1 ? field : undefined),
		signal: stop.signal,
	};
	return { hover: cardHover(env), state };
}

describe('cardHover', () => {
	it('opens the card of the underline under the mouse and switches to another underline’s field', () => {
		const { hover, state } = setup();
		hover.onMouseMove(at(120, 195), host, VIEWS);
		expect(state.open).toEqual({ id: 1, via: 'hover' });
		expect(hover.transient()).toBe(true);
		hover.onMouseMove(at(120, 398), host, VIEWS);
		expect(state.open?.id).toBe(2);
	});

	it('closes a hover card once the mouse stayed away from the underlines and the card for the delay', () => {
		const { hover, state } = setup();
		hover.onMouseMove(at(120, 195), host, VIEWS);
		hover.onMouseMove(at(600, 600), host, VIEWS);
		vi.advanceTimersByTime(HOVER_CLOSE_MS - 50);
		hover.onMouseMove(at(120, 300, [host]), host, VIEWS); // reached the card: the close is called off
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		expect(state.open?.id).toBe(1);
		hover.onMouseMove(at(600, 600), host, VIEWS);
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		expect(state.open).toBeNull();
	});

	it('pins a hover card the user clicks or focuses into: the mouse leaving and other underlines leave it', () => {
		for (const type of ['pointerdown', 'focusin']) {
			const { hover, state } = setup();
			hover.onMouseMove(at(120, 195), host, VIEWS);
			hover.onMouseMove(at(600, 600), host, VIEWS);
			hover.onInteract(at(120, 300, [host], type), host);
			expect(state.open?.pinned).toBe(true);
			expect(hover.transient()).toBe(false);
			vi.advanceTimersByTime(HOVER_CLOSE_MS); // the countdown started before the click is cancelled
			hover.onMouseMove(at(120, 398), host, VIEWS);
			expect(state.open?.id).toBe(1);
			stop.abort();
		}
	});

	it('leaves a card opened from the badge or the keyboard to the mouse: no hover opens, no delayed close', () => {
		const { hover, state } = setup({ id: 1, via: 'badge' });
		expect(hover.transient()).toBe(false);
		hover.onMouseMove(at(120, 398), host, VIEWS);
		hover.onMouseMove(at(600, 600), host, VIEWS);
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		expect(state.open).toEqual({ id: 1, via: 'badge' });
		hover.onInteract(press([host]), host); // a click in it: nothing to pin
		expect(state.open?.pinned).toBeUndefined();
	});

	it('closes on a click elsewhere on the page, but not on one in the card’s own field, and never a nudge', () => {
		const badge = setup({ id: 1, via: 'badge' });
		badge.hover.onInteract(press([field]), host);
		badge.hover.onInteract(at(0, 0, [], 'focusin'), host); // focus moving is no click
		expect(badge.state.closed).toBe(0);
		badge.hover.onInteract(press([]), host);
		expect(badge.state.closed).toBe(1);
		stop.abort();
		const nudge = setup({ id: 1, via: 'nudge' });
		nudge.hover.onInteract(press([]), host);
		expect(nudge.state.open).not.toBeNull();
	});

	it('closes the card when focus moves into another field, unless it is a nudge waiting for an answer', () => {
		const { hover, state } = setup({ id: 1, via: 'keyboard' });
		hover.onFieldFocus(1);
		expect(state.open).not.toBeNull();
		hover.onFieldFocus(2);
		expect(state.open).toBeNull();
		stop.abort();
		const nudge = setup({ id: 1, via: 'nudge' });
		nudge.hover.onFieldFocus(2);
		expect(nudge.state.open).not.toBeNull();
	});

	it('drops a pending close when the session stops', () => {
		const { hover, state } = setup();
		hover.onMouseMove(at(120, 195), host, VIEWS);
		hover.onMouseMove(at(600, 600), host, VIEWS);
		stop.abort();
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		expect(state.closed).toBe(0);
	});
});
