import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drainGeneration, foldProgress, throttle } from './stream.ts';
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
