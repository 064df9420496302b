/**
 * A content script whose extension was reloaded or updated keeps running in the open page (Chrome neither stops
 * it nor tells it). It ends its session the first time it notices: a message that fails (utils/context-lost.ts),
 * or the user reaching the page again (focus, a key, a click), so a stale badge does not stay on a field that
 * will never be checked again and no handler throws on every keystroke. Logged once.
 */
import { extensionGone, whenContextLost } from '../../utils/context-lost.ts';

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
	const lost = () => {
		if (signal.aborted) return;
		log(
			'[tactful] the extension was reloaded or updated: this page stopped checking drafts (your text is unchanged; reload the page to check again)',
		);
		ctx.notifyInvalidated();
	};
	const stop = whenContextLost(lost);
	signal.addEventListener('abort', stop, { once: true });
	const check = () => {
		if (gone()) lost();
	};
	for (const type of ['focusin', 'pointerdown', 'keydown', 'visibilitychange', STARTED])
		doc.addEventListener(type, check, { capture: true, passive: true, signal });
	// Tells an older copy on this page (orphaned by the update that injected this one) to check itself now, so
	// its overlay goes before this one draws: two overlays on one field otherwise, until the user touches the page.
	// A plain event: WXT's own "started" event carries its data in `detail`, which another script's world
	// may not be able to read.
	doc.dispatchEvent(new Event(STARTED));
}

/** Dispatched on the document by each content script as it starts (no data: every copy checks itself). */
export const STARTED = 'tactful:content-script-started';
