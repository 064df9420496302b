import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandlers } from './background-router.ts';
import { ensureOffscreenHost, offscreenHostLost } from './offscreen-lifecycle.ts';

const CLOSED = 'Could not establish connection. Receiving end does not exist.';
const runtime = fakeBrowser.runtime as unknown as { getContexts?: unknown };

afterEach(() => {
	vi.restoreAllMocks();
	delete runtime.getContexts;
	offscreenHostLost();
});

describe('the offscreen host (session 23: no contexts query per forwarded request)', () => {
	it('asks the browser for its contexts once, until a message to it breaks', async () => {
		const getContexts = vi.fn().mockResolvedValue([{ contextType: 'OFFSCREEN_DOCUMENT' }]);
		runtime.getContexts = getContexts;
		await ensureOffscreenHost();
		await ensureOffscreenHost();
		expect(getContexts).toHaveBeenCalledTimes(1);
		offscreenHostLost();
		await ensureOffscreenHost();
		expect(getContexts).toHaveBeenCalledTimes(2);
	});

	it('a forwarded request that broke in transit marks it lost and fails (the caller retries); other errors do not', async () => {
		const lost = vi.fn();
		const handlers = createBackgroundHandlers({
			host: { kind: 'offscreen', ensure: async () => undefined, lost },
		});
		const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error(CLOSED));
		await expect(handlers.warmUp?.({})).rejects.toThrow(/Receiving end/);
		expect(lost).toHaveBeenCalledTimes(1);
		send.mockResolvedValueOnce({ ok: false, error: 'unavailable: no model' } as never);
		await expect(handlers.warmUp?.({})).rejects.toThrow(/no model/);
		expect(lost).toHaveBeenCalledTimes(1);
		send.mockResolvedValueOnce({ ok: true, value: { cold: false } } as never);
		await expect(handlers.warmUp?.({})).resolves.toEqual({ cold: false });
		expect(send).toHaveBeenLastCalledWith({ tactful: 1, target: 'host', name: 'warmUp', data: {} });
	});
});
