import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTransientMessageError, NOT_HERE, onMessages, sendMessageRetrying } from './messaging.ts';

afterEach(() => vi.restoreAllMocks());

const CLOSED =
	'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

describe('a request the extension dropped in transit (service worker or offscreen host stopped)', () => {
	it('is sent once more, and its answer used', async () => {
		vi.spyOn(console, 'debug').mockImplementation(() => undefined);
		const send = vi
			.spyOn(fakeBrowser.runtime, 'sendMessage')
			.mockRejectedValueOnce(new Error(CLOSED))
			.mockResolvedValueOnce({ ok: true, value: { ok: true, host: 'background' } } as never);
		await expect(sendMessageRetrying('ping', {})).resolves.toEqual({ ok: true, host: 'background' });
		expect(send).toHaveBeenCalledTimes(2);
	});

	it('is retried only once: a second failure is reported', async () => {
		vi.spyOn(console, 'debug').mockImplementation(() => undefined);
		const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error(CLOSED));
		await expect(sendMessageRetrying('ping', {})).rejects.toThrow(/channel closed/);
		expect(send).toHaveBeenCalledTimes(2);
	});

	it('an error from the handler itself (a bad model, a long draft) is not retried', async () => {
		const send = vi
			.spyOn(fakeBrowser.runtime, 'sendMessage')
			.mockResolvedValue({ ok: false, error: 'the model file is corrupt' } as never);
		await expect(sendMessageRetrying('ping', {})).rejects.toThrow('the model file is corrupt');
		expect(send).toHaveBeenCalledOnce();
	});

	it("recognises the browsers' transit errors only", () => {
		expect(isTransientMessageError(new Error(CLOSED))).toBe(true);
		expect(
			isTransientMessageError(new Error('The message port closed before a response was received.')),
		).toBe(true);
		expect(
			isTransientMessageError(new Error('Could not establish connection. Receiving end does not exist.')),
		).toBe(true);
		expect(isTransientMessageError(new Error('no reply to scoreDraft'))).toBe(true);
		expect(isTransientMessageError(new Error('the draft is 90000 characters'))).toBe(false);
	});
});

describe('a message the background broadcasts to every frame of a tab (openCard)', () => {
	const listenerOf = (handler: () => unknown) => {
		const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
		onMessages('content', { openCard: handler as never });
		return add.mock.calls[0]?.[0] as unknown as (m: unknown, s: unknown, r: (x: unknown) => void) => unknown;
	};
	const envelope = { tactful: 1, target: 'content', name: 'openCard', data: {} };

	it('a frame without the focused box stays silent, so the answer is the focused frame’s', () => {
		const respond = vi.fn();
		expect(listenerOf(() => NOT_HERE)(envelope, {}, respond)).toBeUndefined();
		expect(respond).not.toHaveBeenCalled();
	});

	it('the focused frame answers', async () => {
		const respond = vi.fn();
		expect(listenerOf(() => ({ done: 'opened' }))(envelope, {}, respond)).toBe(true);
		await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ ok: true, value: { done: 'opened' } }));
	});

	it('ignores envelopes for the background', () => {
		const respond = vi.fn();
		expect(
			listenerOf(() => ({ done: 'opened' }))({ ...envelope, target: 'background' }, {}, respond),
		).toBeUndefined();
	});
});

describe('unsubscribing after the extension went away (reloaded under an open page)', () => {
	it('does not throw when browser.runtime is gone: the listener died with the context', () => {
		const stop = onMessages('content', { openCard: (() => NOT_HERE) as never });
		const runtime = Object.getOwnPropertyDescriptor(fakeBrowser, 'runtime');
		// Chrome removes `chrome.runtime` from an orphaned content script: reading `.onMessage` throws.
		Object.defineProperty(fakeBrowser, 'runtime', { value: undefined, configurable: true });
		try {
			expect(() => stop()).not.toThrow();
		} finally {
			if (runtime) Object.defineProperty(fakeBrowser, 'runtime', runtime);
		}
	});
});
