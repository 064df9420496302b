/**
 * The bridge to a CodeMirror 6 editor's own state. CodeMirror renders only the lines near its viewport (the rest
 * are `.cm-gap` placeholders), so the DOM of a long draft holds only part of it; the whole document lives in the
 * page's JavaScript world (`view.state.doc`), which a content script's isolated world cannot reach. A tiny
 * MAIN-world script (entrypoints/cm-bridge.content.ts, `answerCodeMirror` below) answers requests sent as DOM
 * events on the editor's `.cm-content`.
 *
 * Protocol: the isolated side dispatches `tactful-cm-ask` on `.cm-content` with a JSON string (strings cross worlds
 * in Chrome and Firefox; objects do not) holding a fresh nonce; the MAIN side dispatches `tactful-cm-answer` on the
 * same element with the same nonce. DOM events run their listeners synchronously, in every world, so the answer
 * arrives before `dispatchEvent` returns: that IS the timeout (no answer by then: no bridge on this page), and an
 * answer after it, or with another nonce (a stale or forged one), is dropped. Nothing secret crosses: the page
 * learns only what it already has (its own document) and can ask nothing it could not do itself.
 */

export const ASK_EVENT = 'tactful-cm-ask';
export const ANSWER_EVENT = 'tactful-cm-answer';

/** What the isolated side asks. */
export type CmRequest =
	| { op: 'read'; lines?: boolean; where?: boolean }
	| { op: 'write'; from: number; to: number; insert: string; expected: string }
	| { op: 'show'; pos: number }
	| { op: 'select'; pos: number }
	/** Ends a running "Show me" (the content script's field or session ended). Older bridges refuse it harmlessly. */
	| { op: 'stop' };

/** The document as the editor holds it. */
export interface CmSnapshot {
	text: string;
	/** Every line is rendered in the DOM (a short draft): the DOM text is the whole draft. */
	full: boolean;
	/** The main selection's head. */
	head: number;
	/**
	 * Document offsets of what the scroller shows now: before `top` is above, from `bottom` on is below. With
	 * `where: true` measured on the scroller's box (a row counts when at least half of it shows); otherwise (and from
	 * a bridge older than session 17) CodeMirror's drawn ranges, which run past the box by a margin of lines: line
	 * 90 one to three rows below the edge counted as shown. Measuring costs two layout reads (~0.3-1 ms on a loaded
	 * machine), so only `locate` asks for it.
	 */
	top: number;
	bottom: number;
	/** With `lines: true`: the document offset where each rendered `.cm-line` starts, in DOM order (-1: unknown). */
	lines?: number[];
}

export interface CmWriteAnswer {
	ok: boolean;
	/** Why a write was refused: the document changed since it was read, the range is invalid, or dispatch threw. */
	why?: 'changed' | 'range' | 'failed';
}

let counter = 0;
/** A nonce a page cannot guess ahead of time (it can read the request, which is fine: see the header). */
function nonce(): string {
	counter += 1;
	const random = globalThis.crypto?.getRandomValues?.(new Uint32Array(2)) ?? [Math.random() * 2 ** 32, 0];
	return `${counter.toString(36)}-${Array.from(random, (x) => x.toString(36)).join('')}`;
}

/**
 * Sends `request` to the MAIN-world side through `root` (a `.cm-content`) and returns its answer, or null when
 * nothing answered with this request's nonce while the event was dispatched.
 */
export function askCodeMirror(
	root: HTMLElement,
	request: { op: 'read'; lines?: boolean; where?: boolean },
): CmSnapshot | null;
export function askCodeMirror(root: HTMLElement, request: CmRequest): (CmSnapshot & CmWriteAnswer) | null;
export function askCodeMirror(root: HTMLElement, request: CmRequest): (CmSnapshot & CmWriteAnswer) | null {
	const n = nonce();
	let answer: Record<string, unknown> | null = null;
	const onAnswer = (e: Event) => {
		const detail = (e as CustomEvent).detail;
		if (typeof detail !== 'string' || answer) return;
		try {
			const parsed = JSON.parse(detail) as Record<string, unknown> | null;
			if (parsed && parsed.n === n) answer = parsed;
		} catch {
			// not ours
		}
	};
	root.addEventListener(ANSWER_EVENT, onAnswer);
	try {
		// Composed: an editor inside an open shadow root is asked too (the MAIN side listens at the document).
		root.dispatchEvent(
			new CustomEvent(ASK_EVENT, { detail: JSON.stringify({ ...request, n }), composed: true }),
		);
	} finally {
		root.removeEventListener(ANSWER_EVENT, onAnswer);
	}
	// Shapes are the MAIN side's (answerFor); a field missing from a foreign answer reads as a refusal or no data.
	return answer as (CmSnapshot & CmWriteAnswer) | null;
}

// ---- The MAIN-world side (bundled alone into entrypoints/cm-bridge.content.ts: keep it free of imports) ----

/** The part of CodeMirror's EditorView the answers use. */
export interface CmViewLike {
	state: { doc: { length: number; toString(): string }; selection: { main: { head: number } } };
	viewport: { from: number; to: number };
	visibleRanges: readonly { from: number; to: number }[];
	contentDOM: HTMLElement;
	/** The editor's outer element (`.cm-editor`): the user's own scrolling or typing in it ends "Show me". */
	dom?: HTMLElement;
	posAtDOM(node: Node, offset?: number): number;
	/** The scroller and a position's screen box: to check that "Show me" got there. */
	scrollDOM?: HTMLElement;
	coordsAtPos?(pos: number): { top: number; bottom: number } | null;
	/** The document position at a screen point (nearest, with `precise` false), and a row's height. */
	posAtCoords?(coords: { x: number; y: number }, precise: false): number;
	defaultLineHeight?: number;
	dispatch(spec: Record<string, unknown>): void;
	focus(): void;
}

/** The EditorView behind a `.cm-content`: `cmTile` since @codemirror/view 6.39, `cmView` before. */
export function viewOf(el: Element): CmViewLike | null {
	const e = el as unknown as {
		cmTile?: { root?: { view?: CmViewLike } };
		cmView?: { rootView?: { view?: CmViewLike }; view?: CmViewLike };
	};
	const view = e.cmTile?.root?.view ?? e.cmView?.rootView?.view ?? e.cmView?.view ?? null;
	return view && typeof view.dispatch === 'function' && view.state?.doc ? view : null;
}

/**
 * The document range the scroller's box shows: from the start of the first row at least half inside it to the
 * end of the last such row. `visibleRanges` is what CodeMirror drew, which includes a margin of lines beyond the
 * box (its docs: "the subset of the viewport that is actually drawn"), so a culprit one row below the edge read as
 * shown. Null when the view cannot say (no layout, an older or foreign view): the drawn ranges stand.
 */
export function shownRange(view: CmViewLike): { from: number; to: number } | null {
	if (!view.scrollDOM || typeof view.posAtCoords !== 'function') return null;
	const box = view.scrollDOM.getBoundingClientRect();
	const text = view.contentDOM.getBoundingClientRect();
	const half = Math.max(1, (view.defaultLineHeight ?? 0) / 2);
	if (box.height < 2 * half || text.width <= 2) return null;
	// Left of a row's text is its start, right of it its end (CodeMirror clamps a point to the nearest row).
	const from = view.posAtCoords({ x: text.left + 1, y: box.top + half }, false);
	const to = view.posAtCoords({ x: text.right - 1, y: box.bottom - half }, false);
	return Number.isInteger(from) && Number.isInteger(to) && from <= to ? { from, to } : null;
}

/** The running "Show me" loop of each view, as its stop function. */
const showing = new WeakMap<object, () => void>();

/** How long "Show me" keeps correcting its scroll: frames and milliseconds, whichever runs out first. */
export const SHOW_LIMITS = { frames: 30, ms: 1500 };

/** Events by which the user takes the editor back: "Show me" never scrolls against them. */
const USER_EVENTS = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

/**
 * Lines not yet measured have estimated heights: the first scroll can land short of the target, and measuring the
 * lines it brings in moves the target again (Firefox, 2 runs in 5: lines 79-84 shown, line 90 below). Each frame,
 * scroll again while `pos` is outside the scroller; stop once it stayed in view for 3 frames in a row. The loop is
 * bounded (SHOW_LIMITS: a background tab's frames may never come, a page may keep moving the target) and ends
 * early when the editor leaves the document, when another "Show me" starts on this view, when the user scrolls,
 * clicks or types in the editor, or when the content script says `stop` (its field or session ended: an extension
 * update, a disabled site). Returns the stop function.
 */
export function settleShow(
	view: CmViewLike,
	pos: number,
	scroll: () => void,
	limits = SHOW_LIMITS,
): () => void {
	showing.get(view)?.();
	const life = new AbortController();
	let frame = 0;
	const stop = () => {
		if (life.signal.aborted) return;
		life.abort();
		cancelAnimationFrame(frame);
		if (showing.get(view) === stop) showing.delete(view);
	};
	showing.set(view, stop);
	const editor = view.dom ?? view.scrollDOM;
	for (const type of USER_EVENTS)
		editor?.addEventListener(type, stop, { capture: true, passive: true, signal: life.signal });
	const deadline = performance.now() + limits.ms;
	const step = (frames: number, stayed: number) => {
		frame = requestAnimationFrame(() => {
			try {
				if (life.signal.aborted) return;
				const box = view.scrollDOM?.getBoundingClientRect();
				if (!box || !view.contentDOM.isConnected || typeof view.coordsAtPos !== 'function') return stop();
				if (performance.now() > deadline) return stop();
				const at = view.coordsAtPos(pos);
				const shown = !!at && at.top >= box.top && at.bottom <= box.bottom;
				if (shown && stayed >= 2) return stop();
				if (!shown) scroll();
				if (frames > 1) step(frames - 1, shown ? stayed + 1 : 0);
				else stop();
			} catch {
				stop(); // the editor went away: nothing to scroll
			}
		});
	};
	step(limits.frames, 0);
	return stop;
}

/** Computes the answer to one request (MAIN world). */
export function answerFor(view: CmViewLike, req: CmRequest): Record<string, unknown> {
	const doc = view.state.doc;
	if (req.op === 'read') {
		const visible = view.visibleRanges;
		let top = visible[0]?.from ?? view.viewport.from;
		let bottom = visible.at(-1)?.to ?? view.viewport.to;
		try {
			const shown = req.where ? shownRange(view) : null;
			if (shown) {
				top = Math.max(top, shown.from);
				bottom = Math.max(top, Math.min(bottom, shown.to));
			}
		} catch {
			// a view that cannot measure now: what it drew stands
		}
		const out: Record<string, unknown> = {
			text: doc.toString(),
			full: view.viewport.from === 0 && view.viewport.to === doc.length,
			head: view.state.selection.main.head,
			top,
			bottom,
		};
		if (req.lines)
			out.lines = Array.from(view.contentDOM.querySelectorAll('.cm-line'), (line) => {
				try {
					return view.posAtDOM(line, 0);
				} catch {
					return -1;
				}
			});
		return out;
	}
	if (req.op === 'stop') {
		showing.get(view)?.();
		return { ok: true };
	}
	const inDoc = (pos: number) => Number.isInteger(pos) && pos >= 0 && pos <= doc.length;
	if (req.op === 'write') {
		if (!inDoc(req.from) || !inDoc(req.to) || req.from > req.to || typeof req.insert !== 'string')
			return { ok: false, why: 'range' };
		if (doc.toString() !== req.expected) return { ok: false, why: 'changed' };
		try {
			// Not an `input.type` event: CodeMirror's history never joins it to the typing before it, so one Ctrl+Z
			// takes back exactly this replace (commands' joinableUserEvent).
			view.dispatch({
				changes: { from: req.from, to: req.to, insert: req.insert },
				selection: { anchor: req.from + req.insert.length },
				scrollIntoView: true,
				userEvent: 'input.tactful',
			});
			view.focus();
			return { ok: true };
		} catch {
			return { ok: false, why: 'failed' };
		}
	}
	if (!inDoc(req.pos)) return { ok: false, why: 'range' };
	try {
		if (req.op === 'select') {
			view.dispatch({ selection: { anchor: req.pos } });
			return { ok: true };
		}
		// "Show me": scroll only (the user's caret stays), through the EditorView class's own effect.
		const ctor = view.constructor as { scrollIntoView?: (pos: number, o: object) => unknown };
		const scroll = () => {
			if (typeof ctor.scrollIntoView === 'function')
				view.dispatch({ effects: ctor.scrollIntoView(req.pos, { y: 'center' }) });
			else view.dispatch({ selection: { anchor: req.pos }, scrollIntoView: true });
		};
		scroll();
		settleShow(view, req.pos, scroll);
		return { ok: true };
	} catch {
		return { ok: false, why: 'failed' };
	}
}

/** Answers requests for every CodeMirror in `doc` (MAIN world). Returns the stop function. */
export function answerCodeMirror(doc: Document): () => void {
	const onAsk = (e: Event) => {
		// The element asked about, also inside an open shadow root (where `target` is retargeted to the host).
		const target = e.composedPath()[0] ?? e.target;
		const detail = (e as CustomEvent).detail;
		if (!(target instanceof Element) || typeof detail !== 'string') return;
		let req: (CmRequest & { n?: unknown }) | null = null;
		try {
			req = JSON.parse(detail);
		} catch {
			return;
		}
		if (!req || typeof req.n !== 'string') return;
		const view = viewOf(target);
		if (!view) return;
		let body: Record<string, unknown>;
		try {
			body = answerFor(view, req);
		} catch {
			return; // an editor we do not understand: the isolated side falls back to the DOM
		}
		// One answer per request: a second copy of this script (an update re-injected it next to the old one) stays
		// out, so nothing is written twice (the second write would be refused anyway: the text changed).
		e.stopImmediatePropagation();
		target.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail: JSON.stringify({ ...body, n: req.n }) }));
	};
	doc.addEventListener(ASK_EVENT, onAsk, true);
	return () => doc.removeEventListener(ASK_EVENT, onAsk, true);
}
