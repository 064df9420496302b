/**
 * What the open card shows for a field's verdict: where it anchors, what of the field it must keep clear of,
 * the strongest quoted passages, the registered sections (thread risk, rewrite) and its actions.
 */
import { caretRect, textBand } from './caret.ts';
import { decorationFor, renderSlot } from './extensions.ts';
import { awayAt } from './features/reply-return.ts';
import type { FieldController, Verdict } from './field-controller.ts';
import { formActionsBox, unionOf } from './form-actions.ts';
import { lightActionsBox } from './nudge.ts';
import { BADGE_SIZE } from './overlay/badge-place.ts';
import type { CardView, FieldView } from './overlay/overlay.tsx';
import { readingAbove } from './reading.ts';
import type { SiteAdapter } from './sites/types.ts';
import { commentTextBoxes, threadBandAllowed, threadTextBoxes } from './thread-text.ts';
import { clipBox, clipsOf, parentOf, visibleBox } from './visibility.ts';

/** At most this many passages are quoted. */
const MAX_QUOTES = 4;

/** How the card was opened: what it anchors to, whether it takes focus, and a pre-submit nudge's answers. */
export interface CardOpening {
	anchor?: DOMRect;
	autoFocus: boolean;
	nudge?: CardView['props']['nudge'];
	/**
	 * Whether the page may scroll to make room for the card (overlay.tsx `scrollForReading`): not for a card the
	 * mouse opened on an underline, where scrolling moves the underline out from under the pointer and the card,
	 * no longer hovered, closes.
	 */
	mayScroll?: boolean;
}

/** The card's actions, wired by card.ts. */
export interface CardActions {
	/** A section closed the card (after Apply, say): focus goes back to the field. */
	close(): void;
	onClose(): void;
	onFine(): void;
	onSnooze(): void;
	/** A rewrite of this verdict's draft was applied (the history's "rewrites accepted"). */
	onRewriteAccepted?(): void;
	/** That rewrite was taken back (the history's "undone"). */
	onRewriteUndone?(): void;
	/** The editor's redo put it back after the undo (takes the "undone" back; not a second apply). */
	onRewriteRedone?(): void;
	/** The user dismissed the card's suggestion. */
	onDismissed?(): void;
	/** A section wrote into the field (Apply, Undo rewrite) and asked for it to be scored again. */
	onRescore?(): void;
}

/**
 * The pane that scrolls field `el` and the comment above it, when that is not the window: its nearest ancestor
 * that scrolls vertically and has more to show (a chat or review side panel). Null: the window.
 */
export function scrollerOf(el: Element): HTMLElement | null {
	const doc = el.ownerDocument;
	for (let n = parentOf(el); n && n !== doc.body && n !== doc.documentElement; n = parentOf(n)) {
		if (!(n instanceof HTMLElement)) continue;
		const o = getComputedStyle(n).overflowY;
		if ((o === 'auto' || o === 'scroll') && n.scrollHeight > n.clientHeight + 1) return n;
		if (getComputedStyle(n).position === 'fixed') return null;
	}
	return null;
}

/**
 * The box of the field's Post-like controls (its form's buttons; with `clickPosts`, the generic site's light-DOM
 * controls posting by a click handler too), or null: what the card and the "Rewrite applied" note must not cover.
 */
export function actionsBoxOf(el: Element, field: DOMRect, clickPosts = false): DOMRect | null {
	const buttons = formActionsBox(el, field);
	const light = clickPosts ? lightActionsBox(el, field) : null;
	return unionOf([buttons, light].filter((b): b is DOMRect => b !== null));
}

/**
 * What of a field the card must not cover (overlay/card-place.ts). `clickPosts`: the site's Post controls may be
 * light-DOM elements with click handlers (the generic site): they count among the field's actions too.
 */
function avoidFor(c: FieldController, clickPosts = false): CardView['avoid'] {
	const field = visibleBox(c.editor.el);
	const thread = threadTextBoxes(c.editor);
	return {
		field,
		text: field && textBand(c.editor, field),
		caret: caretRect(c.editor),
		actions: field && actionsBoxOf(c.editor.el, field, clickPosts),
		// The comment the thread warning pointed at, which the user is reading (features/reply-return.ts).
		comment: awayAt(c.editor)?.getBoundingClientRect() ?? null,
		// The comment right above the box, which the user is answering: not hidden when beside has room.
		...(field ? readingBoxes(c.editor.el, field) : { reading: null }),
		// The lines of the thread's comments in view, while the card warns about the thread and names them.
		thread,
		// Else the same lines, which the card moved aside of its badge must not hide more of (qa30, HN 600x400).
		linesKept: thread ? null : commentTextBoxes(c.editor),
		threadBand: threadBandAllowed(c.editor),
	};
}

/**
 * The comment right above the field and its last lines (reading.ts), cut to what its scrolling pane shows of them.
 */
function readingBoxes(
	el: HTMLElement,
	field: DOMRect,
): { reading: DOMRect | null; readingEnd?: DOMRect | null } {
	const doc = el.ownerDocument;
	const vh = doc.documentElement.clientHeight;
	const r = readingAbove(el, field, vh);
	if (!r) return { reading: null };
	const clips = clipsOf(el);
	const vp = { width: doc.documentElement.clientWidth, height: vh };
	return { reading: clipBox(r.box, clips, vp), readingEnd: r.end && clipBox(r.end, clips, vp) };
}

/** The flagged passages, strongest first (they are what the reader will react to), each once, at most four. */
export function strongestQuotes(v: Pick<Verdict, 'text' | 'spans'>): string[] {
	const ranked = [...v.spans].sort((a, b) => b.weight - a.weight).map((s) => v.text.slice(s.start, s.end));
	return [...new Set(ranked)].slice(0, MAX_QUOTES);
}

/**
 * Every underlined passage in the order it stands in the draft, each once: the underlines themselves are drawn
 * marks a screen reader cannot find, so the card tells it what they are (WarningCard's `underlined`).
 */
export function underlinedInOrder(v: Pick<Verdict, 'text' | 'spans'>): string[] {
	const inOrder = [...v.spans].sort((a, b) => a.start - b.start || a.end - b.end);
	return [...new Set(inOrder.map((s) => v.text.slice(s.start, s.end)))];
}

/** The card for field `c` showing verdict `v`, drawn next to the field's view `fv`. */
export function cardViewFor(
	c: FieldController,
	v: Verdict,
	fv: FieldView,
	site: SiteAdapter,
	opening: CardOpening,
	actions: CardActions,
): CardView {
	const anchor =
		opening.anchor ??
		(fv.badge
			? new DOMRect(fv.badge.x, fv.badge.y, BADGE_SIZE, BADGE_SIZE)
			: c.editor.el.getBoundingClientRect());
	const ctx = {
		site,
		editor: c.editor,
		text: v.text,
		level: v.level,
		result: v.result,
		close: actions.close,
		rescore: () => {
			c.rescore();
			actions.onRescore?.();
		},
		recordAccepted: actions.onRewriteAccepted,
		recordUndone: actions.onRewriteUndone,
		recordRedone: actions.onRewriteRedone,
		recordDismissed: actions.onDismissed,
	};
	// A long CodeMirror draft: where its strongest passage is when the editor does not show it (editors/codemirror.ts).
	const culprit = v.level === 'ok' ? undefined : [...v.spans].sort((a, b) => b.weight - a.weight)[0];
	const at = culprit && c.editor.locate?.(culprit.start);
	return {
		fieldId: c.id,
		anchor,
		avoid: avoidFor(c, site.clickPosts),
		mayScroll: opening.mayScroll ?? false,
		scroller: opening.mayScroll ? scrollerOf(c.editor.el) : null,
		dark: fv.dark,
		props: {
			level: v.level,
			reasons: v.reasons,
			// An 'ok' draft has no underlines (views.ts), so nothing to quote: "Mostly because of “bitte”, “nicht”" on
			// a draft in another language quoted words the page never marked.
			quotes: v.level === 'ok' ? [] : strongestQuotes(v),
			underlined: v.level === 'ok' ? [] : underlinedInOrder(v),
			autoFocus: opening.autoFocus,
			nudge: opening.nudge,
			threadWarning: Boolean(decorationFor(c.editor)?.thread),
			otherLanguage: v.otherLanguage,
			offscreen: at ? { ...at, onShow: () => c.editor.reveal?.(culprit.start) } : undefined,
			partialDraft: c.editor.partial?.() || undefined,
			thread: renderSlot('thread', ctx),
			rewrite: renderSlot('rewrite', ctx),
			onClose: actions.onClose,
			onFine: actions.onFine,
			onSnooze: actions.onSnooze,
		},
	};
}

/**
 * The card of a field whose draft cannot be checked (session 14): why in plain words, what still works, Try again
 * and the raw error under Details. It keeps clear of the field as the warning card does.
 */
export function unavailableCardFor(
	c: FieldController,
	fv: FieldView,
	opening: CardOpening,
	down: { reason: string; details: string; trying: boolean; onTryAgain: () => void },
	actions: Pick<CardActions, 'onClose' | 'onSnooze'>,
): CardView {
	const anchor =
		opening.anchor ??
		(fv.badge
			? new DOMRect(fv.badge.x, fv.badge.y, BADGE_SIZE, BADGE_SIZE)
			: c.editor.el.getBoundingClientRect());
	return {
		fieldId: c.id,
		anchor,
		avoid: avoidFor(c),
		mayScroll: false,
		dark: fv.dark,
		props: {
			level: 'ok',
			reasons: [],
			quotes: [],
			autoFocus: opening.autoFocus,
			unavailable: down,
			onClose: actions.onClose,
			onFine: () => undefined,
			onSnooze: actions.onSnooze,
		},
	};
}
