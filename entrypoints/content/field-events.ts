/**
 * The document events that drive a field's scoring, caught once at the document (event delegation, through
 * open shadow roots): typing, IME composition, and focus arriving at or leaving a field. The keystroke path
 * is one lookup and a timer reset, then a repaint on the next frame.
 */
import type { FieldController } from './field-controller.ts';
import type { Listen } from './listen.ts';
import type { Perf } from './perf.ts';

interface FieldEventsEnv {
	/** The watched field an event happened in; null when Tactful is off here or the target is no field. */
	fieldOf(e: Event): FieldController | null;
	/** Keyboard focus reached a watched field (before it is scored for the first time). */
	focused(c: FieldController): void;
	/** Focus left something, called once the focus has settled. */
	blurred(): void;
	repaint(): void;
	perf: Perf;
	/** The session's lifetime: focus settling after it stopped reports nothing. */
	signal: AbortSignal;
}

/** Routes typing, composition and focus events of `doc` to the fields' controllers. */
export function routeFieldEvents(doc: Document, win: Window, listen: Listen, env: FieldEventsEnv): void {
	const { perf } = env;
	listen(doc, 'input', (e) => {
		const started = perf ? performance.now() : 0;
		const c = env.fieldOf(e);
		if (!c) return;
		const ie = e as InputEvent;
		perf?.key(started);
		c.onInput(ie.data ?? null, ie.inputType ?? '', ie.isComposing === true);
		env.repaint();
		perf?.measure('input', started);
	});
	// IME composition (Japanese, Chinese, Korean, dead keys): score the committed text, not the half-composed one.
	listen(doc, 'compositionstart', (e) => env.fieldOf(e)?.compositionStart());
	listen(doc, 'compositionend', (e) => env.fieldOf(e)?.compositionEnd());
	listen(doc, 'focusin', (e) => {
		const c = env.fieldOf(e);
		if (!c) return; // focus moved into our own card, or a non-field: keep the field state
		env.focused(c);
		if (!c.verdict) c.schedule(0);
		env.repaint();
	});
	// Where focus went is known only after focusout: read it once the focus has moved.
	listen(doc, 'focusout', () =>
		win.setTimeout(() => {
			if (!env.signal.aborted) env.blurred();
		}, 0),
	);
}
