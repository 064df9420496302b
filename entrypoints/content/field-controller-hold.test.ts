import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScoreResult } from '../../models/scoring/types.ts';
import { BOUNDARY_MS, FieldController, LONG_PAUSE_MS, PAUSE_MS } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';

/**
 * A scorer that, like the real model on "You are a com" (0.65, session 16), reads some half-typed words as rude:
 * a draft ending in "com" or "idio" warns, with a span on the fragment; whole insults warn as fakeScore says.
 */
function score(text: string): ScoreResult {
	const m = /\b(com|idio)$/.exec(text);
	if (!m) return fakeScore(text);
	const flagged = fakeScore('you idiot');
	return { ...flagged, text, spans: [{ start: m.index, end: text.length, weight: 1, head: 'toxic' }] };
}

/** A textarea-like editor with the caret at the end of its text (where a typist's caret is). */
function typist() {
	const ed = {
		kind: 'textarea' as const,
		el: document.createElement('textarea'),
		text: '',
		caretAt: null as number | null,
		read: () => ed.text,
		caret: () => ed.caretAt ?? ed.text.length,
		rects: () => [],
		replace: async () => false,
		dispose() {},
	};
	return ed;
}

function setup() {
	const ed = typist();
	const scored: string[] = [];
	const levels: string[] = [];
	const c = new FieldController(1, ed, {
		score: async (t) => {
			scored.push(t);
			return score(t);
		},
		options: () => ({ sensitivity: 0.5 }),
		changed() {
			levels.push(c.verdict?.level ?? 'none');
		},
		signal: new AbortController().signal,
	});
	/** Types `s` one character at a time, `gap` ms apart, as input events would tell the controller. */
	const type = async (s: string, gap = 60) => {
		for (const ch of s) {
			ed.text += ch;
			c.onInput(ch, 'insertText');
			await vi.advanceTimersByTimeAsync(gap);
		}
	};
	return { ed, c, scored, levels, type };
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('a pause inside a half-typed word (issue 2)', () => {
	it('holds a warning the fragment alone brings, then the finished sentence never warns', async () => {
		const { c, levels, type } = setup();
		await type('You are a ');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		expect(c.verdict?.level).toBe('ok');
		await type('com');
		await vi.advanceTimersByTimeAsync(PAUSE_MS + 200); // the pause: scored, the fragment would warn
		expect(c.verdict?.level).toBe('ok'); // held: the verdict of "You are a "
		expect(c.settled).toBe(false); // a held fragment is pending until the long pause
		await type('petent reviewer.');
		await vi.advanceTimersByTimeAsync(LONG_PAUSE_MS + 100);
		expect(c.verdict?.result.text).toBe('You are a competent reviewer.');
		expect(c.verdict?.level).toBe('ok');
		expect(c.settled).toBe(true);
		expect(levels).not.toContain('warn'); // never shown, so never counted (card-announce counts what is shown)
	});

	it('shows the held warning after the long pause (the user may have stopped on a whole word)', async () => {
		const { c, type } = setup();
		await type('You are a ');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		await type('com');
		await vi.advanceTimersByTimeAsync(PAUSE_MS + 50);
		expect(c.verdict?.level).toBe('ok');
		await vi.advanceTimersByTimeAsync(LONG_PAUSE_MS);
		expect(c.verdict?.level).toBe('warn');
		expect(c.verdict?.result.text).toBe('You are a com');
		expect(c.settled).toBe(true);
	});

	it('a finished insult with no space after it warns on the long pause; with a space, on the boundary', async () => {
		const { c, type } = setup();
		await type('You are an idiot');
		const typed = Date.now();
		let warnedAt = 0;
		for (let t = 0; t < 3000 && !warnedAt; t += 50) {
			await vi.advanceTimersByTimeAsync(50);
			if (c.verdict?.level === 'warn') warnedAt = Date.now() - typed;
		}
		expect(warnedAt).toBeGreaterThanOrEqual(LONG_PAUSE_MS - 100);
		expect(warnedAt).toBeLessThanOrEqual(LONG_PAUSE_MS + 100);

		const other = setup();
		await other.type('You are an idiot ');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		expect(other.c.verdict?.level).toBe('warn');
	});

	it('a half-typed insult ("You are an idio") is held like any fragment, and warns once finished', async () => {
		const { c, type } = setup();
		await type('You are an ');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		await type('idio');
		await vi.advanceTimersByTimeAsync(PAUSE_MS + 50);
		expect(c.verdict?.level).toBe('ok');
		await type('t.');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		expect(c.verdict?.level).toBe('warn');
	});

	it('does not hold when the fragment does not change the verdict (a warning already stands)', async () => {
		const { c, scored, type } = setup();
		await type('You idiot, you are a ');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		expect(c.verdict?.level).toBe('warn');
		await type('com');
		await vi.advanceTimersByTimeAsync(PAUSE_MS + 10);
		expect(c.verdict?.result.text).toBe('You idiot, you are a com');
		expect(c.settled).toBe(true);
		expect(scored.at(-1)).toBe('You idiot, you are a com'); // no second score for the text without it
	});

	it('scores the text without the fragment only when it was not the last verdict (typed on past the boundary)', async () => {
		const { c, scored, type } = setup();
		await type('You are a com', 40); // no pause at the boundary
		await vi.advanceTimersByTimeAsync(PAUSE_MS + 10);
		expect(scored).toEqual(['You are a com', 'You are a ']);
		expect(c.verdict?.level).toBe('ok');
	});

	it('does not hold when the caret is not at the end of the fragment (editing earlier words)', async () => {
		const { ed, c, type } = setup();
		await type('You are a com');
		ed.caretAt = 3;
		await vi.advanceTimersByTimeAsync(PAUSE_MS + 10);
		expect(c.verdict?.level).toBe('warn');
	});

	it('a word boundary ends the hold at once', async () => {
		const { c, type } = setup();
		await type('You are a ');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		await type('com');
		await vi.advanceTimersByTimeAsync(PAUSE_MS + 10);
		expect(c.settled).toBe(false);
		await type(' ');
		await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 10);
		expect(c.verdict?.result.text).toBe('You are a com ');
		expect(c.settled).toBe(true);
	});
});
