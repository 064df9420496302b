/**
 * A content script whose extension was reloaded or updated keeps running in the open page (Chrome neither stops
 * it nor tells it). It ends its session the first time it notices: a message that fails (utils/context-lost.ts),
 * or the user reaching the page again (focus, a key, a click), so a stale badge does not stay on a field that
 * will never be checked again and no handler throws on every keystroke. Logged once.
 */
import { contextLost, extensionGone, whenContextLost } from '../../utils/context-lost.ts';

/** What this needs from WXT's ContentScriptContext. */
export interface Invalidatable {
	readonly signal: AbortSignal;
	notifyInvalidated(): void;
}

/** Ends `ctx` (once, with one log line) when the extension behind this content script is gone. */
export function watchContextLoss(
	doc: Document,
	ctx: Invalidatable,
	gone: () => boolean = extensionGone,
	log: (message: string) => void = (m) => console.info(m),
): void {
	const { signal } = ctx;
	const stop = whenContextLost(() => {
		if (signal.aborted) return;
		log(
			'[tactful] the extension was reloaded or updated: this page stopped checking drafts (your text is unchanged; reload the page to check again)',
		);
		ctx.notifyInvalidated();
	});
	signal.addEventListener('abort', stop, { once: true });
	const check = () => {
		if (gone()) contextLost();
	};
	for (const type of ['focusin', 'pointerdown', 'keydown', 'visibilitychange'])
		doc.addEventListener(type, check, { capture: true, passive: true, signal });
}
