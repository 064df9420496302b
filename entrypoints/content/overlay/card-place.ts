/**
 * Where the warning card goes. It explains the draft the user is writing, so it must not hide that draft: it
 * opens below the field, or above it, or beside it, wherever the whole card fits (its height is measured by the
 * overlay); fitting nowhere whole, it takes the larger room above or below and scrolls its middle inside, its
 * buttons kept in view (styles.ts). It keeps clear of the field's own form actions too (the "Comment" / "Reply"
 * row under it, form-actions.ts), so posting anyway needs no closing first; only when the window has too little
 * room for that does it cover those buttons, never the draft before them. When the card has pointed the user at
 * a comment of the thread (features/reply-return.ts) and the reply is still in view, it keeps clear of that comment
 * as well as the draft, while the window has room for both. When the field fills the viewport (200 % zoom, a narrow window, a long
 * auto-grown draft) it covers the field's empty part rather than its text, and keeps clear of the caret line at
 * least; and only in a viewport too short for anything (a small iframe) does it span the whole height, every
 * button still reachable.
 */

/** The card's width in CSS pixels (styles.ts), narrower only in a viewport narrower than that. */
export const CARD_WIDTH = 320;
/**
 * Room in which a card of unknown height usually fits without scrolling inside; also the least room worth
 * taking over covering part of the field.
 */
const COMFORT = 240;
/** Below this much room on either side of the field, the card may cover part of it (never the caret line). */
const MIN_CARD_ROOM = 160;
/** Below this much room on either side of the caret line, the card covers the viewport's height instead. */
const MIN_CARET_ROOM = 120;
/**
 * The least room for a compact card clear of the comment being answered: its heading (with Close), the suggestion's
 * Apply row and its own buttons, pinned, the rest scrolling under them (styles.ts `.tf-tight`, measured ~96 px).
 */
const MIN_COMPACT = 100;
/**
 * The least room in which a tight card shows its heading, two lines of the suggestion and its pinned rows (measured
 * on reddit-thread.html: 117 px showed none of 3 lines, 184 px all 3; ~21 px a line).
 */
const MIN_SUGGESTED = 170;
/**
 * The least room for a thread card cut short so it hides fewer of the thread's lines: its heading, the one-line reason,
 * the thread line ("This conversation is getting tense ↓"), the suggestion's first line and the pinned Apply row and
 * own buttons (styles.ts `.tf-tight`; WarningCard shows the reason beside the thread line from this room on).
 */
export const MIN_THREAD_BAND = 200;
/**
 * Cutting the card short to that band is worth it only when it hides at least this much less of the lines (px²:
 * ~60 px of one 20 px line, a word or two; session 23: less than that is not worth two of the suggestion's lines).
 */
const BAND_GAIN = 1200;
const GAP = 6;
const MARGIN = 8;

/** What the card should keep clear of: the field's visible box, the text written in it, and the caret line. */
export interface Avoid {
	field?: DOMRect | null;
	/** The band of the field holding its text (first line to last): the card may cover the empty rest. */
	text?: DOMRect | null;
	caret?: DOMRect | null;
	/** The field's own buttons (post, reply, save) under or beside it: kept clear while the window has room. */
	actions?: DOMRect | null;
	/**
	 * The comment the user is reading while the card is open (the one its thread warning pointed at): kept clear,
	 * with the field, while the window has room for the card around both.
	 */
	comment?: DOMRect | null;
	/**
	 * The text right above the field (the comment being answered, reading.ts): when the card fits whole above the
	 * field only by hiding it, it goes beside the field instead, where that hides neither (QA session 12: at
	 * 1280x720 the card above a reply covered the ends of the comment's long lines).
	 */
	reading?: DOMRect | null;
	/**
	 * The lines of that text's body under its title (reading.ts `readingAbove`; null for text without a title, whose
	 * lines are never covered): when neither place clear of the whole text nor the compact strip under the caret
	 * line has room for the suggestion, the card goes over the title, clear of these lines (session 21: reddit-thread.html at 600x400, the post's title and body filled the
	 * room above the box and the 117 px strip showed 0 of the suggestion's 3 lines).
	 */
	readingEnd?: DOMRect | null;
	/**
	 * The text lines in view of the thread's comments, while the card warns about the thread (thread-text.ts): the
	 * card goes where it shows whole and hides none of them, the field, its buttons or the comment being answered,
	 * when there is such a place (session 20: on the github-issue snapshot it covered the line ends of the comments
	 * its thread section named, with the window's right half empty); else it is placed as without them.
	 */
	thread?: readonly DOMRect[] | null;
	/**
	 * Whether the card may be cut short to a band clear of `thread` (MIN_THREAD_BAND). Off on GitHub (session 23:
	 * its comment headers' badges counted as lines, so the band won by clearing badges and showed 1 of 3
	 * suggestion lines at 800x600 and 1024x640 instead of 2-4, for 0-36 px of comment text; session 24, bodies
	 * only: at 800x600 it still shows 1 of 3, thread-text.ts `threadBandAllowed`).
	 */
	threadBand?: boolean;
	/**
	 * The thread's lines while the card is first placed without them (cardStyle's own call): moving it aside of the
	 * badge (clearOfAnchor) must not hide more of them (session 28: Discourse's docked composer at 600x400, 691 -> 820
	 * px of comment text); for a card that does not warn about the thread, the thread's lines as read (card-view.ts;
	 * qa30: Hacker News at 600x400, moved left off the badge it hid 26 px more of the comment under the box).
	 */
	linesKept?: readonly DOMRect[] | null;
}

type Style = Record<string, string>;
const px = (n: number) => `${Math.round(n)}px`;

/** The viewport of a document (the overlay's), without scrollbars. */
export function viewportSize(doc: Document = document): { width: number; height: number } {
	const win = doc.defaultView;
	return {
		width: doc.documentElement.clientWidth || win?.innerWidth || 0,
		height: doc.documentElement.clientHeight || win?.innerHeight || 0,
	};
}

/**
 * The card's position for an anchor (the badge or an underline), keeping clear of `avoid`. `height`: the card's
 * natural height (all of it shown), when the overlay has measured it.
 */
export function cardStyle(
	anchor: DOMRect,
	viewport: { width: number; height: number } = viewportSize(),
	avoid: Avoid = {},
	height?: number,
): Style {
	const { width: vw, height: vh } = viewport;
	// What the card needs to show whole; no more than the viewport can give.
	const need = Math.min(height ?? COMFORT, vh - 2 * MARGIN);
	const width = Math.min(CARD_WIDTH, vw - 2 * MARGIN);
	const x = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
	const left = px(x);
	const box = avoid.field ? union(avoid.field, anchor) : anchor;
	const below = (r: DOMRect): Style => ({
		left,
		top: px(r.bottom + GAP),
		maxHeight: px(vh - r.bottom - GAP - MARGIN),
	});
	const above = (r: DOMRect): Style => ({
		left,
		bottom: px(vh - r.top + GAP),
		maxHeight: px(r.top - GAP - MARGIN),
	});
	const roomBelow = (r: DOMRect) => vh - r.bottom - GAP - MARGIN;
	const roomAbove = (r: DOMRect) => r.top - GAP - MARGIN;

	const larger = (r: DOMRect, min: number) => {
		const [b, a] = [roomBelow(r), roomAbove(r)];
		if (Math.max(a, b) < min) return null;
		return b >= a ? below(r) : above(r);
	};
	/** Whether the card placed by `s` (at most `need` tall) would hide the text the user is answering. */
	const hidesReading = (s: Style): boolean => covers(s, avoid.reading, need, width, vh);
	const whole = (r: DOMRect): Style | null => {
		if (roomBelow(r) >= need) return below(r);
		const up = roomAbove(r) >= need ? above(r) : null;
		if (up && hidesReading(up)) {
			const side = beside(r, width, viewport, need);
			if (side && !hidesReading(side)) return side;
		}
		return up ?? beside(r, width, viewport, need);
	};
	// The field with its form actions first; nowhere whole, the larger side shows the most of the card (its middle
	// scrolls, its buttons stay in view); only then the field alone, covering its actions rather than its text.
	const actions = avoid.actions;
	// Actions out of the card's column (HN's button at the left, the card at the right) are never in its way.
	const inColumn = actions && actions.left < x + width && actions.right > x;
	const withActions = actions && inColumn ? union(box, actions) : null;
	// The comment being read, with the field (QA, session 11: beside a reply still in view, the card covered the
	// comment it had just pointed at); a comment off the window or out of the card's column is never in its way.
	const comment = avoid.comment;
	const readable =
		comment &&
		comment.bottom > 0 &&
		comment.top < vh &&
		comment.left < x + width &&
		comment.right > x &&
		!(comment.top >= box.top && comment.bottom <= box.bottom);
	const withComment = readable ? union(withActions ?? box, comment) : null;
	const clearOfComment = withComment && (whole(withComment) ?? larger(withComment, COMFORT));
	if (clearOfComment) return clearOfComment;
	// Not while it points at a comment (reply-return): that comment and the draft are what it keeps clear of then.
	if (avoid.thread?.length && !readable) {
		const plain = cardStyle(anchor, viewport, { ...avoid, thread: null, linesKept: avoid.thread }, height);
		const shown = Number.parseFloat(plain.maxHeight ?? '0') >= need - 1;
		const hides = (st: Style) => avoid.thread?.some((r) => covers(st, r, need, width, vh)) ?? false;
		if (shown && !hides(plain)) return plain;
		// The comment being answered is among the thread's comments: its lines, not its block's full width, count
		// (GitHub's comment box spans the column whatever its text).
		const spot = clearSpot(withActions ?? box, avoid.thread, x, width, need, viewport);
		// No place hides none: the one hiding the least text, when it hides less than where the card would be
		// (Hacker News at 1100 px: the right edge, over a few line ends, rather than over the middle of each line).
		const hidden = (st: Style) => {
			const card = placed(st, need, width, vh);
			return avoid.thread?.reduce((sum, r) => sum + overlapArea(card, r), 0) ?? 0;
		};
		if (spot?.hidden === 0) return spot.style;
		const full = spot && spot.hidden < hidden(plain) ? spot : { style: plain, hidden: hidden(plain) };
		// Still over some lines (Hacker News, Lemmy in windows up to 1024x640: their lines run nearly the window's
		// width): the card cut short to MIN_THREAD_BAND, tight, where that hides clearly less (session 23).
		const band =
			need > MIN_THREAD_BAND && avoid.threadBand
				? clearSpot(withActions ?? box, avoid.thread, x, width, MIN_THREAD_BAND, viewport, need)
				: null;
		// Never over the comment being answered (card-clear.spec, heated demo at 1100x800: the band went over it).
		const kept = band && !covers(band.style, avoid.reading, need, width, vh) ? band : null;
		return kept && kept.hidden <= full.hidden - BAND_GAIN ? kept.style : full.style;
	}
	const clear = withActions && (whole(withActions) ?? larger(withActions, COMFORT));
	if (clear) return clearOfReading(clear);
	const most = whole(box) ?? larger(box, COMFORT);
	if (most) return clearOfReading(most);
	// The field fills the viewport: cover its empty part rather than squeeze the card, then anything but the
	// caret line, and only then everything.
	const text = avoid.text ? union(avoid.text, avoid.caret ?? avoid.text) : null;
	return clearOfReading(
		(text && clearOfAnchor(larger(text, Math.max(need, COMFORT)))) ??
			(text && clearOfAnchor(larger(text, COMFORT))) ??
			larger(box, MIN_CARD_ROOM) ??
			(text && larger(text, MIN_CARD_ROOM)) ??
			larger(avoid.caret ?? anchor, MIN_CARET_ROOM) ?? {
				left,
				top: px(MARGIN),
				maxHeight: px(vh - 2 * MARGIN),
			},
	);

	/**
	 * A card over the field's empty part, beside the text band, may still be over the badge (its anchor, at the
	 * field's right edge under the first line): moved left (else right) of it, within the window, so the badge and its
	 * count stay in view (session 28: Reddit at 700x500, the card's top right corner over the badge in Firefox and
	 * Chromium). A card that cannot move aside, or would hide more of the thread's lines there, stands as placed.
	 */
	function clearOfAnchor(s: Style | null): Style | null {
		if (!s || !covers(s, anchor, need, width, vh)) return s;
		const lines = avoid.thread ?? avoid.linesKept ?? [];
		const hidden = (st: Style) => {
			const card = placed(st, need, width, vh);
			return lines.reduce((sum, r) => sum + overlapArea(card, r), 0);
		};
		const before = hidden(s);
		for (const l of [anchor.left - GAP - width, anchor.right + GAP]) {
			const moved = { ...s, left: px(l) };
			if (l >= MARGIN && l + width <= vw - MARGIN && hidden(moved) <= before) return moved;
		}
		return s;
	}

	/**
	 * The comment being answered comes before the card's own comfort (session 14: in a scrolling pane, on a page too
	 * short to scroll, at 200 % zoom the card still opened over it). When `s` would hide it: the whole card above that
	 * comment (over the earlier thread); else below the field and its buttons when SCROLLED_ROOM is left there (cut
	 * short, scrolling inside); else above the comment, cut short, when SCROLLED_ROOM is left there; else a compact card whose bottom sits at the window's bottom edge, over the
	 * field's empty part and its Comment button, no higher than the caret line, scrolling inside with Apply and its
	 * own buttons pinned (styles.ts `.tf-tight`); only when even that has no room, over the caret line but still
	 * below the comment. Nothing of that fitting, `s` stands.
	 */
	function clearOfReading(s: Style): Style {
		const r = avoid.reading;
		// While the card points at a thread comment (reply-return), that comment and the draft are what it keeps
		// clear of, as before (firefox.spec quote-reply at 900 px: the compact card went over the draft).
		if (!r || comment || !hidesReading(s)) return s;
		if (r.top - GAP - MARGIN >= need)
			return { left, bottom: px(vh - r.top + GAP), maxHeight: px(r.top - GAP - MARGIN) };
		// Below the field and its buttons, cut short, while that leaves the card a fair room.
		const under = withActions ?? box;
		if (roomBelow(under) >= Math.min(need, SCROLLED_ROOM)) return below(under);
		// Above the comment, cut short, while that leaves the card a fair room (session 17: on the heated demo at
		// 1100x800 the card, ~590 px with its thread section, had 512 px there and opened as a 120 px strip at the
		// window's bottom instead, its reason and thread line 0 px).
		if (r.top - GAP - MARGIN >= SCROLLED_ROOM)
			return { left, bottom: px(vh - r.top + GAP), maxHeight: px(r.top - GAP - MARGIN) };
		const compact = (top: number): Style | null =>
			vh - MARGIN - top >= MIN_COMPACT
				? { left, bottom: px(MARGIN), maxHeight: px(vh - MARGIN - top) }
				: null;
		const written = avoid.caret ?? avoid.text;
		const strip = (written && compact(Math.max(r.bottom, written.bottom) + GAP)) ?? compact(r.bottom + GAP);
		// The strip too short to show the suggestion: over the text's start, its last lines and the draft in view,
		// when that shows more of the card.
		const end = avoid.readingEnd;
		const stripRoom = strip ? Number.parseFloat(strip.maxHeight ?? '0') : 0;
		const overStart = end ? end.top - GAP - MARGIN : 0;
		if (end && stripRoom < Math.min(need, MIN_SUGGESTED) && overStart > stripRoom && overStart >= MIN_COMPACT)
			return { left, bottom: px(vh - end.top + GAP), maxHeight: px(overStart) };
		return strip ?? s;
	}
}

/**
 * A place for the whole card (`width` x `need`) clear of `near` (the field with its buttons) that hides the least
 * of `lines` (the thread's text lines; 0 at best), near the field: in the card's usual column (`x`), beside the
 * field, right of the rightmost line, at the window's right or left edge; below the field, level with it (as near
 * its badge as the window allows), or above it. Null when the window has no such place.
 * `whole`: the card's full height when `need` is a band it is cut short to (session 23): the band may also sit at
 * the window's top, right under a line or right above one, and it grows down to `whole` as far as that hides no
 * more lines, so the card shows as much as the free room holds.
 */
function clearSpot(
	near: DOMRect,
	lines: readonly DOMRect[],
	x: number,
	width: number,
	need: number,
	viewport: { width: number; height: number },
	whole?: number,
): { style: Style; hidden: number } | null {
	const { width: vw, height: vh } = viewport;
	const right = Math.max(near.right, ...lines.map((r) => r.right));
	const columns = [x, near.right + GAP, right + GAP, vw - width - MARGIN, MARGIN].filter(
		(l, i, all) => l >= MARGIN && l + width <= vw - MARGIN && all.indexOf(l) === i,
	);
	const between = whole
		? [MARGIN, ...lines.flatMap((r) => [r.bottom + GAP, r.top - GAP - need])].map(Math.round)
		: [];
	// Each row once, in this order (a Set: with 300 lines, indexOf over ~600 rows cost more than the search).
	const tops = new Set(
		[
			near.bottom + GAP,
			Math.min(Math.max(MARGIN, near.top), vh - MARGIN - need),
			near.top - GAP - need,
			...between,
		].filter((t) => t >= MARGIN && t + need <= vh - MARGIN),
	);
	const edges = lines.map(edgesOf);
	let best: { style: Style; hidden: number } | null = null;
	for (const top of tops)
		for (const left of columns) {
			const spot = new DOMRect(left, top, width, need);
			if (overlapArea(spot, near) > 0) continue;
			const hidden = hiddenUnder(edgesOf(spot), edges, best?.hidden ?? Number.POSITIVE_INFINITY);
			if (!best || hidden < best.hidden) {
				const room = whole ? grown(spot, [near, ...lines], whole, vh) : vh - top - MARGIN;
				best = { style: { left: px(left), top: px(top), maxHeight: px(room) }, hidden };
			}
			if (hidden === 0) return best;
		}
	return best;
}

/**
 * The area of `lines` under `spot`, counted only until it reaches `enough` (a place hiding that much is not the
 * best): the band search tries ~600 rows x 5 columns with 300 lines in view, and most places lose early (session 24:
 * 1.25 ms of CPU per placement on a dense thread before, on every scroll while the card is open).
 */
function hiddenUnder(spot: Edges, lines: readonly Edges[], enough: number): number {
	let sum = 0;
	for (const r of lines) {
		const w = Math.min(spot.right, r.right) - Math.max(spot.left, r.left);
		const h = Math.min(spot.bottom, r.bottom) - Math.max(spot.top, r.top);
		if (w > 0 && h > 0) sum += w * h;
		if (sum >= enough) return sum;
	}
	return sum;
}

/** A box's edges as plain numbers, read once (a DOMRect's getters, read per place tried, cost more than the sums). */
interface Edges {
	left: number;
	top: number;
	right: number;
	bottom: number;
}
const edgesOf = (r: DOMRect): Edges => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/**
 * The height of a card band `spot` grown down towards `whole` until the next of `obstacles` in its column that it
 * does not already cover, or the window's bottom margin.
 */
function grown(spot: DOMRect, obstacles: readonly DOMRect[], whole: number, vh: number): number {
	let bottom = Math.min(spot.top + whole, vh - MARGIN);
	for (const r of obstacles)
		if (r.left < spot.right && r.right > spot.left && r.top >= spot.bottom)
			bottom = Math.min(bottom, r.top - GAP);
	return Math.max(spot.height, bottom - spot.top);
}

/** The box a card placed by style `s` takes, `need` tall at most and `width` wide. */
function placed(s: Style, need: number, width: number, vh: number): DOMRect {
	const l = Number.parseFloat(s.left ?? '0');
	const h = Math.min(need, Number.parseFloat(s.maxHeight ?? '0'));
	const t = s.top !== undefined ? Number.parseFloat(s.top) : vh - Number.parseFloat(s.bottom ?? '0') - h;
	return new DOMRect(l, t, width, h);
}

const overlapArea = (a: DOMRect, b: DOMRect) =>
	Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
	Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Whether a card placed by style `s`, `need` tall at most and `width` wide, covers `r`. */
function covers(s: Style, r: DOMRect | null | undefined, need: number, width: number, vh: number): boolean {
	if (!r) return false;
	const l = Number.parseFloat(s.left ?? '0');
	const h = Math.min(need, Number.parseFloat(s.maxHeight ?? '0'));
	const t = s.top !== undefined ? Number.parseFloat(s.top) : vh - Number.parseFloat(s.bottom ?? '0') - h;
	return t < r.bottom && t + h > r.top && l < r.right && l + width > r.left;
}

/** After scrolling for the card, at least this much of the comment being answered stays in view (3 lines). */
const READING_KEPT = 72;

/**
 * How far to scroll the window down (CSS px; 0: not at all) so the card opens whole BELOW the field and its form
 * actions, when wherever cardStyle would put it now hides the comment being answered (`avoid.reading`), or
 * keeps clear of it only by cutting the card short (the larger room, its middle scrolling inside). That is
 * the usual case on GitHub at 1280x720 / 1366x768 (QA session 12): the comment box is ~900 px wide, so the card
 * has no room beside it, and above it the card covered the ends of the comment's last lines. Above the field the
 * card hides the comment whatever its size (the comment ends right where the field starts), and below it, it
 * would cover the Post button or be cut short; a minimal scroll keeps the comment's last lines, the field whole
 * and the Post button in view, moves neither the caret nor the text nor the focus. Only when the page can scroll
 * that far (`maxDown`: what is left below) and the field, the caret and at least READING_KEPT px of the comment
 * (or all of it in view, if less) stay in the window; otherwise 0 and cardStyle's placement stands.
 */
export function readingScroll(
	anchor: DOMRect,
	viewport: { width: number; height: number },
	avoid: Avoid,
	height: number | undefined,
	maxDown: number,
): number {
	const { reading, field } = avoid;
	if (!reading || !field || height === undefined) return 0;
	const { width: vw, height: vh } = viewport;
	const need = Math.min(height, vh - 2 * MARGIN);
	const width = Math.min(CARD_WIDTH, vw - 2 * MARGIN);
	const now = cardStyle(anchor, viewport, avoid, height);
	const cut = Number.parseFloat(now.maxHeight ?? '0') < need - 1;
	if (!cut && !covers(now, reading, need, width, vh)) return 0;
	const x = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
	const actions = avoid.actions;
	const box = union(field, anchor);
	const under = actions && actions.left < x + width && actions.right > x ? union(box, actions) : box;
	const down = Math.ceil(under.bottom + GAP + need + MARGIN - vh);
	if (down <= 0) return 0;
	const top = Math.min(field.top, avoid.caret?.top ?? field.top);
	const kept = (d: number) => Math.min(reading.bottom - d, vh) - Math.max(reading.top - d, 0);
	if (down <= maxDown && top - down >= MARGIN && kept(down) >= Math.min(READING_KEPT, reading.height))
		return down;
	// The whole card does not fit below even then (200 % zoom, a short window): scroll as far as the field and
	// READING_KEPT px of the comment allow, when that gives the card, capped and scrolling inside, clearly more
	// room below than it has where it is now (session 14: 96 px over the field's empty part at 640x450).
	// Not while the card points at a thread comment (reply-return scrolled the page to it).
	if (avoid.comment) return 0;
	const most = Math.floor(
		Math.min(maxDown, top - MARGIN, reading.bottom - Math.min(READING_KEPT, reading.height)),
	);
	if (most <= 0) return 0;
	const room = vh - (under.bottom - most) - GAP - MARGIN;
	const nowRoom = Math.min(need, Number.parseFloat(now.maxHeight ?? '0'));
	if (room >= SCROLLED_ROOM && room >= nowRoom + SCROLLED_GAIN) return most;
	// Not below the field even then (a tall answer box whose top just shows, under the question): where the card is
	// now it covers the draft's written lines (the only room clear of the question is over them, clearOfReading), so
	// scroll as little as gives the card a strip under those lines, over the box's empty part, with room for its
	// suggestion (session 27: Stack Exchange's answer box at 600x400, the card over its first line).
	const written = avoid.caret ? union(avoid.caret, avoid.text ?? avoid.caret) : avoid.text;
	if (!written || !covers(now, written, need, width, vh)) return 0;
	const want = Math.min(need, COMFORT);
	const least = Math.ceil(written.bottom + GAP + Math.max(want, MIN_SUGGESTED) + MARGIN - vh);
	const strip = (d: number) => vh - MARGIN - (written.bottom - d + GAP);
	if (least > 0 && least <= most) return least;
	return strip(most) >= MIN_SUGGESTED ? most : 0;
}

/** Scrolling for a card that stays capped is worth it only for at least this much room below the field… */
const SCROLLED_ROOM = 200;
/** …and this much more than it has without scrolling. */
const SCROLLED_GAIN = 60;

/** To the right of the field, else to its left, when the card's width fits there; `need`: its height. */
function beside(
	box: DOMRect,
	width: number,
	viewport: { width: number; height: number },
	need: number,
): Style | null {
	const { width: vw, height: vh } = viewport;
	const top = Math.max(MARGIN, Math.min(box.top, vh - MARGIN - need));
	const place = (x: number): Style => ({ left: px(x), top: px(top), maxHeight: px(vh - top - MARGIN) });
	if (vw - box.right - GAP - MARGIN >= width) return place(box.right + GAP);
	if (box.left - GAP - MARGIN >= width) return place(box.left - GAP - width);
	return null;
}

function union(a: DOMRect, b: DOMRect): DOMRect {
	const left = Math.min(a.left, b.left);
	const top = Math.min(a.top, b.top);
	return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
}
