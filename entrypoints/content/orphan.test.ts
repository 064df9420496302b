import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTEXT_LOST, isContextLostError, unwatchQuietly } from '../../utils/context-lost.ts';
import { sendMessage } from '../../utils/messaging.ts';
import { watchContextLoss } from './orphan.ts';

/** A stand-in for WXT's ContentScriptContext. */
function fakeCtx() {
	const controller = new AbortController();
	return {
		signal: controller.signal,
		notifyInvalidated: vi.fn(() => controller.abort()),
		abort: () => controller.abort(),
	};
}

afterEach(() => vi.restoreAllMocks());

describe('an orphaned content script (the extension reloaded under the page)', () => {
	it('stops its session the first time a message finds the extension gone, logging once', async () => {
		const ctx = fakeCtx();
		const log = vi.fn();
		watchContextLoss(document, ctx, () => false, log);
		vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
			new Error('Extension context invalidated.'),
		);
		await expect(sendMessage('ping', {})).rejects.toThrow(CONTEXT_LOST);
		await expect(sendMessage('ping', {})).rejects.toThrow(CONTEXT_LOST);
		expect(ctx.notifyInvalidated).toHaveBeenCalledOnce();
		expect(log).toHaveBeenCalledOnce();
		expect(ctx.signal.aborted).toBe(true);
	});

	it('stops when the user reaches the page again and the extension is gone, without throwing', () => {
		const ctx = fakeCtx();
		let gone = false;
		const log = vi.fn();
		watchContextLoss(document, ctx, () => gone, log);
		document.dispatchEvent(new Event('keydown'));
		expect(ctx.signal.aborted).toBe(false);
		gone = true;
		expect(() => document.body.dispatchEvent(new Event('focusin', { bubbles: true }))).not.toThrow();
		expect(ctx.signal.aborted).toBe(true);
		document.dispatchEvent(new Event('keydown'));
		expect(log).toHaveBeenCalledOnce();
	});

	it('a newer copy starting on the page makes an orphaned one stop at once, before the user touches anything', () => {
		const old = fakeCtx();
		const log = vi.fn();
		watchContextLoss(document, old, () => true, log); // its extension is gone (it was not when it started)
		expect(old.signal.aborted).toBe(true); // its own start event: it was already orphaned
		const orphan = fakeCtx();
		let gone = false;
		watchContextLoss(document, orphan, () => gone, vi.fn());
		expect(orphan.signal.aborted).toBe(false);
		gone = true; // the extension is reloaded; the background injects the new version
		const fresh = fakeCtx();
		watchContextLoss(document, fresh, () => false, vi.fn());
		expect(orphan.signal.aborted).toBe(true);
		expect(fresh.signal.aborted).toBe(false);
		fresh.abort();
	});

	it('a session that ended for another reason is not reported as orphaned', async () => {
		const ctx = fakeCtx();
		const log = vi.fn();
		let gone = false;
		watchContextLoss(document, ctx, () => gone, log);
		ctx.abort(); // replaced by a newer content script
		gone = true;
		document.dispatchEvent(new Event('keydown'));
		expect(log).not.toHaveBeenCalled();
	});

	it("knows both browsers' wording", () => {
		expect(isContextLostError(new Error('Extension context invalidated.'))).toBe(true);
		expect(
			isContextLostError(new TypeError("Cannot read properties of undefined (reading 'sendMessage')")),
		).toBe(true);
		expect(isContextLostError(new TypeError("can't access dead object"))).toBe(true);
		expect(isContextLostError(new Error('the scorer failed'))).toBe(false);
	});

	it('an unwatch that throws because the extension is gone is swallowed; any other error is not', () => {
		const failing = () => {
			throw new Error("'wxt/storage' must be loaded in a web extension environment");
		};
		// The extension is there (fakeBrowser has a runtime id): the error is real.
		expect(unwatchQuietly(failing)).toThrow();
		const runtime = fakeBrowser.runtime as { id?: string };
		const id = runtime.id;
		runtime.id = undefined;
		try {
			expect(unwatchQuietly(failing)).not.toThrow();
		} finally {
			runtime.id = id;
		}
	});
});
