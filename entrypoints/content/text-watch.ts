/**
 * Notices a field's text changing with no `input` event. Rich editors (Lexical, ProseMirror, CodeMirror) handle
 * paste, Ctrl+Z / Ctrl+Shift+Z and Delete over a selection in their own key and clipboard handlers, cancel the
 * browser's edit and rewrite their DOM themselves; pages set a textarea's value by script (emptied after posting,
 * a quote reply). Without this a pasted draft went unchecked and unkept, and an undone insult stayed underlined.
 * One watcher per field, shared by every listener (the draft's score, the thread risk, the draft keeper).
 */
import type { Editor } from './editors/types.ts';

/** How often a textarea's value is compared with the last one seen (a value set by script fires nothing). */
export const TEXTAREA_POLL_MS = 250;

interface Watch {
	listeners: Set<() => void>;
	stop(): void;
}

const watches = new WeakMap<HTMLElement, Watch>();

function start(editor: Editor, notify: () => void): () => void {
	const el = editor.el;
	if (editor.kind !== 'textarea') {
		// The editor's own DOM writes are the only trace; typing shows up here too, which listeners tolerate.
		const observer = new MutationObserver(notify);
		observer.observe(el, { childList: true, characterData: true, subtree: true });
		return () => observer.disconnect();
	}
	const win = el.ownerDocument.defaultView ?? window;
	let last = editor.read();
	// Typed text arrives with an input event that its listeners already handle: only a scripted value is news.
	const typed = () => {
		last = editor.read();
	};
	el.addEventListener('input', typed, true);
	const timer = win.setInterval(() => {
		const now = editor.read();
		if (now === last) return;
		last = now;
		notify();
	}, TEXTAREA_POLL_MS);
	return () => {
		win.clearInterval(timer);
		el.removeEventListener('input', typed, true);
	};
}

/**
 * Calls `listener` when the field's text may have changed without an input event (also, for rich editors, on
 * ordinary typing: listeners must be cheap and idempotent). Stops for this listener when `signal` aborts.
 */
export function onSilentTextChange(editor: Editor, signal: AbortSignal, listener: () => void): void {
	if (signal.aborted) return;
	let watch = watches.get(editor.el);
	if (!watch) {
		const listeners = new Set<() => void>();
		const stop = start(editor, () => {
			for (const fn of [...listeners]) fn();
		});
		watch = { listeners, stop };
		watches.set(editor.el, watch);
	}
	const own = watch;
	own.listeners.add(listener);
	signal.addEventListener(
		'abort',
		() => {
			own.listeners.delete(listener);
			if (own.listeners.size === 0) {
				own.stop();
				if (watches.get(editor.el) === own) watches.delete(editor.el);
			}
		},
		{ once: true },
	);
}
