/**
 * Keeps exactly one offscreen document (Chrome's inference host) alive, creating it on demand.
 * Concurrent callers share one creation promise: Chrome allows a single offscreen document.
 */
import { browser } from '#imports';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

async function hostExists(): Promise<boolean> {
	const runtime = browser.runtime as typeof browser.runtime & {
		getContexts?: (filter: { contextTypes: string[] }) => Promise<unknown[]>;
	};
	if (!runtime.getContexts) return false;
	const contexts = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
	return contexts.length > 0;
}

/** Resolves once the offscreen document exists (its message listener is registered synchronously on load). */
export async function ensureOffscreenHost(): Promise<void> {
	if (await hostExists()) return;
	creating ??= browser.offscreen
		.createDocument({
			url: OFFSCREEN_PATH,
			reasons: ['WORKERS'],
			justification: 'Runs the local ONNX models that score drafts, off the page and service worker.',
		})
		.catch((error: unknown) => {
			// A racing caller may have created it first; that is fine.
			if (!String(error).includes('Only a single offscreen')) throw error;
		})
		.finally(() => {
			creating = undefined;
		});
	await creating;
}
