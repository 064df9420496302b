/**
 * The extension was reloaded, updated or removed while a page kept its content script: Chrome leaves that script
 * running with no extension behind it (`browser.runtime` is gone, every message throws "Extension context
 * invalidated"), and does not stop it. WXT's ctx only notices when asked (`ctx.isInvalid`). Every message the
 * content script sends passes through here, so the first failed one ends the session (its overlay goes, the
 * field is left as it is) instead of each keystroke pause logging another error. Extension pages and the
 * background never register a handler; for them this is a no-op.
 */
import { browser } from '#imports';

/** The error a message sent after the extension went away rejects with. */
export const CONTEXT_LOST = 'the extension was reloaded or updated; reload the page to check this draft';

let handler: (() => void) | undefined;

/** True when this script's extension is gone (reloaded, updated, disabled or removed). */
export function extensionGone(): boolean {
	try {
		return !browser.runtime?.id;
	} catch {
		return true; // Firefox: touching a dead wrapper throws
	}
}

/** Chrome's and Firefox's wording for a message sent from an orphaned content script. */
export function isContextLostError(error: unknown): boolean {
	const text = error instanceof Error ? error.message : String(error);
	return /Extension context invalidated|can't access dead object|reading '(sendMessage|connect|getURL)'/.test(
		text,
	);
}

/** Runs `onLost` (once) when a message finds the extension gone; returns the unsubscribe. The content script's. */
export function whenContextLost(onLost: () => void): () => void {
	const mine = () => {
		if (handler === mine) handler = undefined;
		onLost();
	};
	handler = mine;
	return () => {
		if (handler === mine) handler = undefined;
	};
}

/** Tells the registered handler (if any) the extension is gone. */
export function contextLost(): void {
	handler?.();
}

/** Throws CONTEXT_LOST (after telling the handler) when the extension is gone; call before any runtime API. */
export function assertExtensionAlive(): void {
	if (!extensionGone()) return;
	contextLost();
	throw new Error(CONTEXT_LOST);
}

/**
 * Wraps a storage `watch` unsubscribe: once the extension is gone, WXT's storage throws on any use, the unwatch
 * included, and it would throw inside the session's abort (an uncaught page error per watcher). The browser
 * dropped those listeners with the extension, so there is nothing left to undo.
 */
export function unwatchQuietly(unwatch: () => void): () => void {
	return () => {
		try {
			unwatch();
		} catch (error) {
			if (!extensionGone()) throw error;
		}
	};
}
