import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	drainGeneration,
	foldProgress,
	throttle,
	WAIT_NOTICE_MS,
	WAIT_TICK_MS,
	watchFirstAnswer,
} from './stream.ts';
import type { GenerateResult } from './types.ts';

describe('drainGeneration', () => {
	it('hands over every chunk in order and resolves to the generator’s result', async () => {
		const chunks: string[] = [];
		const result = await drainGeneration(
			(async function* () {
				yield 'a';
				yield 'b';
				return { text: 'ab', finish: 'length' } as GenerateResult;
			})(),
			(c) => chunks.push(c),
		);
		expect(chunks).toEqual(['a', 'b']);
		expect(result).toEqual({ text: 'ab', finish: 'length' });
	});

	it('closes the generation (its finally runs) when the listener throws', async () => {
		let cleaned = false;
		const generation = (async function* () {
			try {
				yield 'a';
				yield 'b';
				return { text: 'ab', finish: 'stop' } as GenerateResult;
			} finally {
				cleaned = true;
			}
		})();
		await expect(
			drainGeneration(generation, () => {
				throw new Error('listener');
			}),
		).rejects.toThrow('listener');
		expect(cleaned).toBe(true);
	});
});

describe('foldProgress', () => {
	it('starts each candidate empty, appends its chunks, ignores another candidate’s, marks a cut-off', () => {
		let view = foldProgress(undefined, { kind: 'chunk', index: 0, text: 'lost' });
		expect(view).toBeUndefined();
		view = foldProgress(view, { kind: 'candidate', index: 0, total: 3, strategy: 's' });
		view = foldProgress(view, { kind: 'chunk', index: 0, text: 'Hi ' });
		view = foldProgress(view, { kind: 'chunk', index: 1, text: 'other' });
		view = foldProgress(view, { kind: 'chunk', index: 0, text: 'there' });
		expect(view).toEqual({ index: 1, total: 3, text: 'Hi there' });
		expect(foldProgress(view, { kind: 'end', index: 0, finish: 'stop' })).toBe(view);
		expect(foldProgress(view, { kind: 'end', index: 0, finish: 'length' })?.cutOff).toBe(true);
		expect(foldProgress(view, { kind: 'candidate', index: 1, total: 3, strategy: 't' })).toEqual({
			index: 2,
			total: 3,
			text: '',
		});
	});
});

describe('waiting for the first answer', () => {
	afterEach(() => vi.useRealTimers());

	it('folds the count in, and drops it once text (or the end) comes', () => {
		let view = foldProgress(undefined, { kind: 'candidate', index: 0, total: 4, strategy: 's' });
		view = foldProgress(view, { kind: 'waiting', index: 0, seconds: 8, server: 'localhost:11434' });
		expect(view?.waiting).toEqual({ seconds: 8, server: 'localhost:11434' });
		view = foldProgress(view, { kind: 'waiting', index: 0, seconds: 9, server: 'localhost:11434' });
		expect(view?.waiting?.seconds).toBe(9);
		// Another candidate's count is not this one's.
		expect(foldProgress(view, { kind: 'waiting', index: 1, seconds: 30 })?.waiting?.seconds).toBe(9);
		const answered = foldProgress(view, { kind: 'chunk', index: 0, text: 'Calm' });
		expect(answered).toEqual({ index: 1, total: 4, text: 'Calm' });
		expect('waiting' in (answered ?? {})).toBe(false);
		expect(foldProgress(view, { kind: 'end', index: 0, finish: 'failed' })?.waiting).toBeUndefined();
		expect(foldProgress(view, { kind: 'waiting', index: 0, seconds: 10 })?.waiting).toEqual({ seconds: 10 });
	});

	it('says nothing for WAIT_NOTICE_MS, then counts the seconds every WAIT_TICK_MS until stopped', () => {
		vi.useFakeTimers();
		const seen: number[] = [];
		const stop = watchFirstAnswer((s) => seen.push(s));
		vi.advanceTimersByTime(WAIT_NOTICE_MS - 1);
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(1 + 3 * WAIT_TICK_MS);
		expect(seen).toEqual([8, 9, 10, 11]);
		stop();
		vi.advanceTimersByTime(60_000);
		expect(seen).toEqual([8, 9, 10, 11]);
		expect(vi.getTimerCount()).toBe(0);
	});
});

describe('throttle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs at once, then at most once per window with the last call, and flush/cancel do what they say', () => {
		const fn = vi.fn();
		const call = throttle(fn, 100);
		call();
		expect(fn).toHaveBeenCalledTimes(1);
		for (let i = 0; i < 10; i++) call();
		expect(fn).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(100);
		expect(fn).toHaveBeenCalledTimes(2);
		call();
		call.flush();
		expect(fn).toHaveBeenCalledTimes(3);
		call();
		call.cancel();
		vi.advanceTimersByTime(500);
		expect(fn).toHaveBeenCalledTimes(3);
	});

	it('calls the default timers unbound (a browser throws "Illegal invocation" for timers.set(run) with this = timers)', () => {
		vi.useRealTimers();
		const realSet = globalThis.setTimeout;
		const realClear = globalThis.clearTimeout;
		const strict = (real: (...args: never[]) => unknown) =>
			function (this: unknown, ...args: never[]) {
				if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
				return real(...args);
			};
		vi.stubGlobal('setTimeout', strict(realSet as never));
		vi.stubGlobal('clearTimeout', strict(realClear as never));
		try {
			const call = throttle(() => {}, 100);
			call();
			expect(() => call()).not.toThrow();
			expect(() => call.cancel()).not.toThrow();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
