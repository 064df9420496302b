/** Event listening tied to a session's lifetime. */

/** Events whose default Tactful may need to cancel (shortcuts, the pre-submit nudge); all others are passive. */
const CANCELABLE = new Set(['keydown', 'submit', 'click']);

/** A listener function for one session: passive unless the event is one Tactful may cancel; removed on abort. */
export type Listen = (target: EventTarget, type: string, fn: (e: Event) => void, capture?: boolean) => void;

/** Makes the `listen` of a session whose listeners all go when `signal` aborts (capture phase by default). */
export function listenerFor(signal: AbortSignal): Listen {
	return (target, type, fn, capture = true) =>
		target.addEventListener(type, fn, { capture, passive: !CANCELABLE.has(type), signal });
}

/**
 * A lifetime inside `parent` (one field's, inside its session's): it ends when `parent` aborts or when it is
 * aborted itself, and then it takes its listener off `parent`, which would otherwise hold on to everything tied
 * to the child (a gone field's controller, editor and hooks) for as long as the page lives.
 */
export function childController(parent: AbortSignal): AbortController {
	const child = new AbortController();
	const abort = () => child.abort();
	parent.addEventListener('abort', abort, { once: true });
	child.signal.addEventListener('abort', () => parent.removeEventListener('abort', abort), { once: true });
	return child;
}
