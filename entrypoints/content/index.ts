/**
 * The one content script: starts a Tactful session in every frame (same-origin iframes and about:blank/srcdoc
 * editors included). All work is tied to WXT's ctx, so nothing keeps running after the extension reloads.
 */
import { defineContentScript } from '#imports';
import { extensionDeps } from './deps.ts';
import { registerFeatures } from './features/index.ts';
import { watchContextLoss } from './orphan.ts';
import { startPerOpening } from './reopen.ts';
import { startSession } from './session.ts';

export default defineContentScript({
	matches: ['<all_urls>'],
	allFrames: true,
	matchAboutBlank: true,
	runAt: 'document_idle',
	main(ctx) {
		registerFeatures(document);
		// Again after the page re-opens this frame's document (a TinyMCE-style editor written into about:blank):
		// document.open() erased the listeners of the session started on the empty document (reopen.ts).
		startPerOpening(document, ctx.signal, (signal) => {
			// Reloaded or updated under this page: stop (the overlay goes; the draft stays as typed). The background
			// injects the new version into open tabs (utils/background/reinject.ts), whose start also stops this one.
			watchContextLoss(document, { signal, notifyInvalidated: () => ctx.notifyInvalidated() });
			startSession(document, signal, extensionDeps());
		});
	},
});
