/**
 * A frame's document re-opened by its page. TinyMCE and CKEditor 4 write their editing document into an
 * about:blank iframe with document.open()/write(); the content script may already have started on that frame's
 * first, empty document. document.open() keeps the Document and Window objects but erases every event listener on
 * them (HTML "document open steps") while mutation observers stay: the session went deaf (no keydown, focusin or
 * input; Alt+Shift+T reached the page, a focused calm draft showed no badge) and only its observers still heard
 * the draft (session 20, frames7). The sign left is the document's root element going: start again then.
 */
import { childController } from './listen.ts';

/**
 * Runs `start` with a lifetime inside `signal`, and again with a fresh one (the last one ended first) each time
 * `doc`'s root element is removed: document.open(), or a page swapping its <html> (a restart is harmless there).
 */
export function startPerOpening(
	doc: Document,
	signal: AbortSignal,
	start: (signal: AbortSignal) => void,
): void {
	if (signal.aborted) return;
	let life = childController(signal);
	start(life.signal);
	const observer = new MutationObserver((records) => {
		if (signal.aborted) return;
		const rootGone = records.some((r) => [...r.removedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE));
		if (!rootGone) return;
		life.abort();
		life = childController(signal);
		start(life.signal);
	});
	// Only the document's own children: a page's edits inside <html> never reach this.
	observer.observe(doc, { childList: true });
	signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
