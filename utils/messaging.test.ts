import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTransientMessageError, sendMessageRetrying } from './messaging.ts';

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
