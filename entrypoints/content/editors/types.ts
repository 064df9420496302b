/** The five editor kinds Tactful knows how to read and write without corrupting them. */
export type EditorKind = 'textarea' | 'contenteditable' | 'lexical' | 'prosemirror' | 'codemirror';

/**
 * One editable field, seen through its DOM. Reading never changes the page; writing goes through the browser's
 * editing pipeline (focus + selection + `execCommand('insertText')`) so the editor's own state and undo stack
 * stay correct.
 */
export interface Editor {
	kind: EditorKind;
	/** The element the user types into (a textarea, or the contenteditable root). */
	el: HTMLElement;
	/** The plain text, with "\n" between blocks. Offsets into it are the offsets of every Span. */
	read(): string;
	/** Viewport rectangles of `[start, end)` of `read()`, clipped to the field's visible box. */
	rects(start: number, end: number): DOMRect[];
	/**
	 * Replaces `[start, end)` with `text` if the field still holds `expected`, undo-safely. Resolves true when the
	 * field now reads as intended; false (field untouched or the editor refused) otherwise. `caret`: where the
	 * caret goes in the written text, put there in the same task as the insert: a key pressed in the frame after
	 * the write landed where the browser left it, the end of the written stretch, mid-word ("T okhis code…",
	 * session 21). Text typed there since counts as written (the user typing on).
	 */
	replace(start: number, end: number, text: string, expected: string, caret?: number): Promise<boolean>;
	/** The caret's offset in `read()`, or null when the selection is not in the field. */
	caret?(): number | null;
	/** Puts a collapsed caret at `offset` of `read()` (after a write, where the user's caret belongs). */
	placeCaret?(offset: number): void;
	/**
	 * The most characters the field takes (a textarea's `maxlength`), null when unlimited: the browser cuts an
	 * insert that would go past it short, so a longer rewrite is refused before it is written.
	 */
	maxLength?(): number | null;
	/**
	 * True when `read()` is only the rendered part of a longer draft (a long CodeMirror document whose own state
	 * cannot be reached): the card then says only the visible part was checked.
	 */
	partial?(): boolean;
	/** Where `offset` of `read()` lies when the editor does not show it now (a long CodeMirror draft); null: shown. */
	locate?(offset: number): { line: number; where: 'above' | 'below' } | null;
	/** Scrolls the editor so that `offset` of `read()` shows; false when it cannot. */
	reveal?(offset: number): boolean;
	/**
	 * The box the user sees as the field when `el` scrolls inside a frame of the editor's own (CodeMirror's
	 * `.cm-editor` around its `.cm-scroller`: `.cm-content` is as tall as the whole draft). The badge goes on it.
	 */
	frame?(): HTMLElement | null;
	/** Frees anything the editor created (mirror elements). */
	dispose(): void;
}

/** True when `[start, end)` is a valid range of `text`. */
export function validRange(text: string, start: number, end: number): boolean {
	return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

/** Rects whose text line runs on under the box they were clipped to: their bottom is the box's edge, not the text's. */
const cutBelow = new WeakSet<DOMRect>();

/**
 * True when `r` (from `clipRects`) is the visible top of a line the box's bottom edge cuts: an underline at its
 * bottom would lie on that edge, under words whose baseline is hidden (QA session 19, a long draft scrolled).
 */
export function isCutBelow(r: DOMRect): boolean {
	return cutBelow.has(r);
}

/** Clips rectangles to a box (the field's visible client area), dropping those fully outside it. */
export function clipRects(rects: Iterable<DOMRect>, box: DOMRect): DOMRect[] {
	const out: DOMRect[] = [];
	for (const r of rects) {
		const left = Math.max(r.left, box.left);
		const right = Math.min(r.right, box.right);
		const top = Math.max(r.top, box.top);
		const bottom = Math.min(r.bottom, box.bottom);
		if (right - left < 1 || bottom - top < 1) continue;
		const clipped = new DOMRect(left, top, right - left, bottom - top);
		if (r.bottom > box.bottom + 0.5 || isCutBelow(r)) cutBelow.add(clipped);
		out.push(clipped);
	}
	return out;
}

/** The client (inside-the-border, scrollbar-free) box of an element, in viewport coordinates. */
export function clientBox(el: HTMLElement): DOMRect {
	const r = el.getBoundingClientRect();
	const zoomX = el.offsetWidth ? r.width / el.offsetWidth : 1;
	const zoomY = el.offsetHeight ? r.height / el.offsetHeight : 1;
	return new DOMRect(
		r.left + el.clientLeft * zoomX,
		r.top + el.clientTop * zoomY,
		el.clientWidth * zoomX,
		el.clientHeight * zoomY,
	);
}

/** Waits for the next frame, so editors that sync their model on `selectionchange` have seen a new selection. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until the editor has seen a new DOM selection. `selectionchange` is dispatched as a later task, and
 * Lexical/ProseMirror copy the selection into their model in its handler; writing before that lands the text at
 * their stale caret (seen with Lexical: a full-draft replace appended instead). Bounded, so a page that swallows
 * the event costs at most `timeoutMs`.
 */
export function selectionSynced(doc: Document, timeoutMs = 120): Promise<void> {
	return new Promise<void>((resolve) => {
		const done = () => {
			clearTimeout(timer);
			doc.removeEventListener('selectionchange', done);
			// One more frame: the editor's handler may schedule its own update.
			requestAnimationFrame(() => resolve());
		};
		const timer = setTimeout(done, timeoutMs);
		doc.addEventListener('selectionchange', done, { once: true });
	});
}

/** Keys that change nothing by themselves: held for a chord, they are not the user typing (session 22, draft9). */
const MODIFIER_KEYS = new Set([
	'Shift',
	'Control',
	'Alt',
	'AltGraph',
	'Meta',
	'OS',
	'Hyper',
	'Super',
	'Fn',
	'FnLock',
	'CapsLock',
	'NumLock',
	'ScrollLock',
	'Symbol',
	'SymbolLock',
]);

/**
 * True for a modifier pressed alone (Shift, Ctrl, Alt, Meta…): it edits nothing, so it must not call off a write
 * the way a real key does (draft8's guard called Apply off on the Shift of a Ctrl+Shift+Z still to come). A real key
 * with a modifier (Ctrl+Z, Shift+A) is not one.
 */
export function modifierOnly(event: KeyboardEvent): boolean {
	return MODIFIER_KEYS.has(event.key);
}

/** `text` with each run of line breaks as one: Lexical's paste makes paragraphs that read back with blank lines. */
export const oneBreak = (text: string) => text.replace(/\n+/g, '\n');

/** Equal up to blank lines. */
export const sameBlocks = (a: string, b: string) => oneBreak(a) === oneBreak(b);

/**
 * Offset `at` of `from` carried over to `to`, a text equal to it up to blank lines: the same place among the
 * characters that are not extra line breaks.
 */
export function acrossBlankLines(from: string, at: number, to: string): number {
	const want = oneBreak(from.slice(0, at)).length;
	let k = 0;
	let seen = 0;
	while (k < to.length && seen < want) {
		// A run of breaks in `to` counts as one, as oneBreak reads it.
		if (to[k] === '\n') while (to[k + 1] === '\n') k++;
		k++;
		seen++;
	}
	return k;
}

/** True when `now` is `want` with text inserted at `caret` only: the user typed on right after a write. */
export function typedOn(now: string, want: string, caret: number | undefined): boolean {
	if (caret === undefined || now.length <= want.length) return false;
	return now.startsWith(want.slice(0, caret)) && now.endsWith(want.slice(caret));
}

/** `typedOn` up to blank lines (Lexical's paste path reads back with other blank lines than it was given). */
export function typedOnBlocks(now: string, want: string, caret: number | undefined): boolean {
	if (caret === undefined) return false;
	return typedOn(oneBreak(now), oneBreak(want), oneBreak(want.slice(0, caret)).length);
}
