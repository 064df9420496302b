import { describe, expect, it, vi } from 'vitest';
import type { Editor } from './editors/types.ts';
import { FieldController } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';
import { showsUnavailable, tryAgain } from './try-again.ts';

const editor = (text: string): Editor =>
	({
		kind: 'textarea',
		el: document.createElement('textarea'),
		read: () => text,
		rects: () => [],
		replace: async () => false,
		dispose() {},
	}) as Editor;

describe('Try again on a field that cannot be checked', () => {
	it('asks the host to load again first, then scores the field: the badge settles on the verdict', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const order: string[] = [];
		let broken = true;
		const c = new FieldController(1, editor('you idiot'), {
			score: async (t) => {
				order.push('score');
				if (broken) throw new Error('unavailable: x [details: y]');
				return fakeScore(t);
			},
			options: () => ({ sensitivity: 0.5 }),
			changed() {},
			signal: new AbortController().signal,
		});
		await c.run();
		expect(showsUnavailable(c)).toBe(true);
		const signal = new AbortController().signal;
		tryAgain(
			c,
			{
				retryEngine: async () => {
					order.push('retry');
					broken = false;
				},
			},
			signal,
		);
		await vi.waitFor(() => expect(c.verdict?.level).toBe('warn'));
		expect(order).toEqual(['score', 'retry', 'score']);
		expect(showsUnavailable(c)).toBe(false);
		vi.restoreAllMocks();
	});

	it('a host that still fails to answer the retry: the field is scored anyway (and settles on "cannot check")', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		vi.spyOn(console, 'debug').mockImplementation(() => undefined);
		let scores = 0;
		const c = new FieldController(1, editor('you idiot'), {
			score: async () => {
				scores++;
				throw new Error('no reply to scoreDraft');
			},
			options: () => ({ sensitivity: 0.5 }),
			changed() {},
			signal: new AbortController().signal,
		});
		await c.run();
		tryAgain(
			c,
			{ retryEngine: () => Promise.reject(new Error('no reply to engineHealth')) },
			new AbortController().signal,
		);
		await vi.waitFor(() => expect(scores).toBe(2));
		await vi.waitFor(() => expect(c.settled).toBe(true));
		expect(showsUnavailable(c)).toBe(true);
		vi.restoreAllMocks();
	});
});

describe('a checker that dies mid-session, after the field had a verdict (session 14)', () => {
	it('new text that cannot be checked shows "cannot check", not the old verdict as if it were about it', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		let text = 'Thanks, this looks good to me.';
		let broken = false;
		const ed = { ...editor(''), read: () => text } as Editor;
		const c = new FieldController(1, ed, {
			score: async (t) => {
				if (broken) throw new Error('unavailable: x [details: y]');
				return fakeScore(t);
			},
			options: () => ({ sensitivity: 0.5 }),
			changed() {},
			signal: new AbortController().signal,
		});
		await c.run();
		expect(c.verdict?.level).toBe('ok');
		expect(showsUnavailable(c)).toBe(false);
		// The checker goes away; the user replaces the draft with an insult.
		broken = true;
		text = 'you idiot';
		await c.run();
		expect(c.settled).toBe(true);
		expect(showsUnavailable(c)).toBe(true);
		vi.restoreAllMocks();
	});
});
