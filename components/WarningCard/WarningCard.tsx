/**
 * The card that explains a warning in plain words: which aspects of the draft may land badly and why, the
 * passages responsible, and two calm actions ("This is fine", "Snooze here for 1 hour"). Other features plug
 * their sections into the `thread` and `rewrite` slots. In nudge mode (a warned draft is being submitted) it
 * offers "Post anyway" / "Review" instead.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cardShortcutSentence } from '../Keys/card-shortcut.ts';
import { takePointerOpen } from './pointer-open.ts';

export interface CardReason {
	title: string;
	explanation: string;
}

export interface WarningCardProps {
	level: 'ok' | 'caution' | 'warn';
	reasons: readonly CardReason[];
	/** The underlined passages, quoted back to the user. */
	quotes: readonly string[];
	/**
	 * Every underlined passage in draft order. Read out (visually hidden) when the quotes (strongest first, at most
	 * four) are not already that list: screen readers cannot see the underlines.
	 */
	underlined?: readonly string[];
	onFine: () => void;
	onSnooze: () => void;
	onClose: () => void;
	/** Set when the card interrupts a submit: shows "Post anyway" / "Review". */
	nudge?: { onPostAnyway: () => void; onReview: () => void };
	/** The thread warning is raised for this field (the card then heads a calm draft with the thread, not "Looks fine"). */
	threadWarning?: boolean;
	/** The draft reads as another language and was not checked (entrypoints/content/language.ts). */
	otherLanguage?: boolean;
	/** Slot for the thread-derailment section (derailment feature). */
	thread?: ComponentChildren;
	/** Slot for suggested rewrites (rewrite feature). */
	rewrite?: ComponentChildren;
	style?: Record<string, string>;
	/**
	 * Move keyboard focus into the card when it opens (keyboard/badge activation, nudge): onto the card itself,
	 * so a reflexive Enter from someone who was typing triggers nothing (Tab reaches the buttons, Escape closes);
	 * a nudge focuses "Review", the answer that posts nothing.
	 */
	autoFocus?: boolean;
	/**
	 * The draft cannot be checked at all (the models failed to load, the checker does not answer): the card says
	 * why in plain words, what still works, offers Try again, and keeps the raw error under "Details" (session 14).
	 */
	unavailable?: UnavailableCard;
	/**
	 * The strongest flagged passage is in a part of a long draft the editor does not show now (a long CodeMirror
	 * document): which line, above or below, and "Show me" to scroll there.
	 */
	offscreen?: { line: number; where: 'above' | 'below'; onShow: () => void };
	/** Only the rendered part of a long draft could be read: the card says so instead of a bare "Looks fine". */
	partialDraft?: boolean;
}

/** What the "cannot check" card shows and does. */
export interface UnavailableCard {
	/** Plain words (utils/health.ts), no trailing full stop. */
	reason: string;
	/** The raw error, for a bug report. */
	details: string;
	/** A Try again is running: its button says "Trying…" and is disabled. */
	trying: boolean;
	onTryAgain: () => void;
}

const FOCUSABLE =
	'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex="0"], details > summary';

/**
 * True when Tab (Shift+Tab) would leave the card past its last (first) control. The card lives in an overlay at
 * the end of the document, so the browser would send focus to the top of the page, far from the draft; closing
 * the card instead returns focus to the field it belongs to, as Escape does.
 */
function tabsOut(e: KeyboardEvent): boolean {
	if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return false;
	const card = e.currentTarget as HTMLElement;
	const controls = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
	const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
	// The card itself (where focus lands when it opens) comes before its first control.
	if (e.shiftKey) return active === card || active === controls[0];
	return active === controls.at(-1);
}

/** The visually hidden list of the underlines in draft order, when the quotes do not already say it. */
function underlinedNote(quotes: readonly string[], underlined: readonly string[] = []) {
	if (underlined.length === 0 || underlined.join('\u0000') === quotes.join('\u0000')) return null;
	return (
		<p class="tf-sr" data-testid="card-underlined">
			Underlined in your draft, in order: {underlined.map((u) => `“${u}”`).join(', ')}.
		</p>
	);
}

/** Why the draft cannot be checked, what still works, and the raw error under "Details". */
function UnavailableBody({ down, onDetails }: { down: UnavailableCard; onDetails: (open: boolean) => void }) {
	// A listener of its own: Preact names the event from `ontoggle`, which not every DOM (happy-dom) has.
	const details = useRef<HTMLDetailsElement>(null);
	useLayoutEffect(() => {
		const d = details.current;
		if (!d) return;
		const toggled = () => onDetails(d.open);
		d.addEventListener('toggle', toggled);
		return () => d.removeEventListener('toggle', toggled);
	}, [onDetails]);
	return (
		<>
			<p data-testid="card-unavailable-reason">{down.reason}.</p>
			<p class="tf-muted" data-testid="card-still-works">
				Your draft is not changed and you can post as usual; it just is not checked until this is fixed. Your
				settings and history still work.
			</p>
			<details class="tf-card-details" ref={details}>
				<summary>Details</summary>
				<code>{down.details}</code>
			</details>
		</>
	);
}

/**
 * Why the card warns, in one line: the first reason's title and the strongest quotes (at most two), e.g. "Toxic
 * emotions: ‘stupidest’, ‘garbage’". Null without a reason.
 */
export function reasonSummary(reasons: readonly CardReason[], quotes: readonly string[]): string | null {
	const first = reasons[0];
	if (!first) return null;
	// Read as one line (session 22 reading tests): a quote over lines on one, the same words once whatever their
	// case, a long quote cut at a word so the second still shows before the card's edge cuts the line.
	const seen = new Set<string>();
	const said = quotes
		.map((q) => q.replace(/\s+/g, ' ').trim())
		.filter((q) => q !== '' && !seen.has(q.toLowerCase()) && seen.add(q.toLowerCase()))
		.slice(0, 2)
		.map((q) => `‘${cutQuote(q)}’`);
	return said.length > 0 ? `${first.title}: ${said.join(', ')}` : first.title;
}

/**
 * Why the card warns, as a tight card says it under its heading (session 27): the first reason's title and its
 * one-line why ("Insults, threats and slurs: hostile or abusive wording that readers take personally."), the part a
 * user needs before the suggestion, its Apply row or anything else (QA: at 800x600 on Reddit the card showed the
 * title alone, faded, while the suggestion and every button showed). A reason without a why falls back to the
 * title with the strongest quotes (reasonSummary). Null without a reason.
 */
export function reasonWhy(
	reasons: readonly CardReason[],
	quotes: readonly string[],
): { title: string; why: string } | null {
	const first = reasons[0];
	if (!first) return null;
	const why = first.explanation.replace(/\s+/g, ' ').trim();
	if (why === '') return { title: reasonSummary(reasons, quotes) ?? first.title, why: '' };
	return { title: `${first.title}:`, why };
}

/** A quote in the one-line reason longer than this is cut at a word, with an ellipsis. */
const QUOTE_CHARS = 22;

function cutQuote(q: string): string {
	if (q.length <= QUOTE_CHARS) return q;
	const cut = q.slice(0, QUOTE_CHARS + 1);
	const word = cut.lastIndexOf(' ');
	return `${(word > QUOTE_CHARS / 2 ? cut.slice(0, word) : cut.slice(0, QUOTE_CHARS)).trimEnd()}…`;
}

/**
 * From this much room (CSS px, the placement's max-height) a tight card shows the thread line whole beside its reason
 * (card-place.ts MIN_THREAD_BAND, session 23). Below it the draft's own reason keeps its place and the thread line
 * shrinks to a short tag in the heading's row (session 27, card27: at 600x400 the thread line took the reason's
 * place, and two lines left none of the suggestion): the tag brings the thread section into view.
 */
const BOTH_LINES_ROOM = 200;

/** The thread line's short tag (data-short on the section's heading, thread-section.tsx), when it has none. */
const THREAD_TAG = 'Tense thread';

/**
 * The tag's shorter word, used when the heading and the whole tag do not fit one row (session 28: "Tense thread" fit
 * beside "This might land badly" with ~0 px to spare in Debian's default font; a wider font or a bigger minimum font
 * size wrapped the heading or pushed the tag over Close). The full words stay the button's name.
 */
function shorterTag(tag: string): string {
	if (tag === 'Tense thread') return 'Tense';
	if (tag === 'Thread at risk') return 'At risk';
	return tag.split(/\s+/)[0] ?? tag;
}

/**
 * Whether the heading's row holds the heading on one line beside the tag reading `label`: each measured on one line
 * in a hidden copy (so the answer does not depend on which label shows now, and cannot flip back and forth).
 */
function headFits(head: HTMLElement, label: string): boolean {
	const h2 = head.querySelector('h2');
	const tag = head.querySelector<HTMLElement>('.tf-thread-tag');
	const close = head.querySelector<HTMLElement>('.tf-close');
	// Not laid out (hidden, or a test DOM without layout): nothing to measure, the full words stand.
	if (!h2 || !tag || !close || head.clientWidth === 0) return true;
	const width = (el: HTMLElement, text: string) => {
		// A bare element of the same kind and classes (no id or test id twice in the card while it is measured).
		const copy = el.ownerDocument.createElement(el.tagName);
		copy.className = el.className;
		copy.textContent = text;
		copy.style.cssText =
			'position:absolute;visibility:hidden;white-space:nowrap;width:auto;min-width:0;flex:none';
		head.append(copy);
		const w = copy.getBoundingClientRect().width;
		copy.remove();
		return w;
	};
	const gap = Number.parseFloat(getComputedStyle(head).columnGap) || 0;
	const need =
		width(h2, h2.textContent ?? '') + width(tag, label) + close.getBoundingClientRect().width + 2 * gap;
	// One px of slack for sub-pixel rounding between the copy and the row.
	return need <= head.clientWidth - 1;
}

/**
 * Room kept under the first reason when the card's middle gives way (px): its fade (`.tf-more`, 28 px) then falls
 * on what follows, not on the reason's last line.
 */
const FIRST_REASON_FADE = 24;

/** The suggestion's text (RewriteCard): its diff, or the text still streaming in. */
const SUGGESTION = '.tactful-rw-diff, .tactful-rw-streamed';
/** The suggestion's usual most height in ems (overlay/styles.ts), beyond which it scrolls inside whatever the room. */
const SUGGESTION_MOST_EM = 8.7;

/**
 * How much of the suggestion a tight card's shortening (capSuggestion: its deletions hidden, its height capped) hides
 * now, up to its usual most height (px): the usual layout would show that much more.
 */
function suggestionHidden(c: HTMLElement | null): number {
	const s = c?.querySelector<HTMLElement>(SUGGESTION);
	const result = c?.hasAttribute(RESULT_ONLY);
	if (!c || !s || (!c.style.getPropertyValue('--tf-suggestion') && !result)) return 0;
	const shown = s.clientHeight;
	if (result) c.removeAttribute(RESULT_ONLY);
	const whole = s.scrollHeight;
	if (result) c.setAttribute(RESULT_ONLY, '');
	const most = SUGGESTION_MOST_EM * (Number.parseFloat(getComputedStyle(s).fontSize) || 14);
	return Math.max(0, Math.min(whole, most) - shown);
}

/**
 * Set on a tight card whose suggestion does not fit its room whole: the suggestion shows what Apply would write (its
 * insertions marked, the struck-out words of the draft hidden, and the unchanged lines folded above the first change
 * (qa30); the draft itself shows them underlined), so the new wording comes first (session 27: at 600x400 the one line in view was the struck-out draft).
 */
const RESULT_ONLY = 'data-tf-result';

/**
 * A tight card's suggestion in the room left between what is above it (heading, the reason, the thread line) and the
 * pinned Apply row (session 27: its lines ran on under that row, the card showing 1 of 3 and nothing saying more was
 * there): it shows the whole lines that fit, at least one, and half of the next where there is room, scrolling inside;
 * while more of it is below (`[data-tf-more]`) its bottom fades and "more ↓" sits on the Apply row's edge, both gone
 * once its end is scrolled into view. Uncapped when all of it fits.
 */
function capSuggestion(c: HTMLElement): void {
	c.style.removeProperty('--tf-suggestion');
	c.style.removeProperty(PUSH);
	c.removeAttribute(RESULT_ONLY);
	c.removeAttribute(CAPPED);
	c.removeAttribute(SNUG);
	pinRows(c);
	const s = c.querySelector<HTMLElement>(SUGGESTION);
	const row = c.querySelector<HTMLElement>('.tactful-rw-actions');
	if (!s || !row) return;
	// The Apply row is stuck at the card's bottom (the card overflows while tight); the suggestion's top is read as
	// with the card scrolled to its top.
	const top = s.getBoundingClientRect().top + c.scrollTop;
	const style = getComputedStyle(s);
	const line = Number.parseFloat(style.lineHeight) || 1.45 * (Number.parseFloat(style.fontSize) || 14);
	let room = row.getBoundingClientRect().top - top - SUGGESTION_GAP;
	// Not one line of room: the pinned rows give up a few px of padding first (SNUG), then it is measured again.
	if (room < line) {
		c.setAttribute(SNUG, '');
		// Measured again (session 28: measured before, the snug card's own row sat 6 px lower than the Apply row's offset
		// assumed, and the suggestion and reasons scrolling under them showed through the gap between the two rows).
		pinRows(c);
		room = row.getBoundingClientRect().top - top - SUGGESTION_GAP;
	}
	if (s.scrollHeight > room + 1 && s.querySelector('del, .tactful-rw-gap[data-lead]'))
		c.setAttribute(RESULT_ONLY, '');
	if (s.scrollHeight <= room + 1) {
		// Whole, but its scores row under the Apply row (lemmy at 800x600): that row goes below the fold too.
		const scores = c.querySelector('.tactful-rw-scores');
		if (scores && scores.getBoundingClientRect().bottom > row.getBoundingClientRect().top + 1)
			c.setAttribute(CAPPED, '');
		markMore(s);
		return;
	}
	// Not one whole line of room (session 27: reddit's thread card at 600x400, its line half under the Apply row): none
	// of it over the row; it starts below the fold, the card scrolling to it, "more ↓" on the row saying it is there.
	c.setAttribute(CAPPED, '');
	const slack = Math.min(LINE_SLACK, Math.max(0, (line - (Number.parseFloat(style.fontSize) || 14)) / 2));
	if (room + SUGGESTION_GAP < line - slack) {
		c.style.setProperty(PUSH, `${Math.max(0, Math.ceil(room + SUGGESTION_GAP))}px`);
		markPushed(c);
		return;
	}
	// Whole lines, at least one (its box may use the gap, LINE_SLACK), and half of the next where the room has it.
	const lines = Math.max(1, Math.floor(room / line));
	const cap = Math.max(lines * line, Math.min(room, (lines + 0.5) * line));
	c.style.setProperty('--tf-suggestion', `${Math.floor(cap)}px`);
	markMore(s);
}

/**
 * The pinned rows' heights (own actions; with the suggestion's Apply row), for the sticky offsets and the scroll
 * padding that keeps a focused control clear of them (overlay/styles.ts `.tf-tight`); read as the rows are now laid
 * out (snug or not).
 */
function pinRows(c: HTMLElement): void {
	const foot = c.querySelector<HTMLElement>('.tf-actions')?.offsetHeight ?? 0;
	const apply = c.querySelector<HTMLElement>('.tactful-rw-actions')?.offsetHeight ?? 0;
	c.style.setProperty('--tf-foot', `${foot}px`);
	c.style.setProperty('--tf-pin', `${foot + apply + 8}px`);
}

/** Room kept between the suggestion and the pinned Apply row (its margin), px. */
const SUGGESTION_GAP = 6;
/**
 * How far a single suggestion line's box may reach under the row's top edge (px): no further than its half-leading
 * (14 px text in a 20.3 px line: 3 px), so its letters stay clear (Stack Exchange at 600x400 shows its line so).
 */
const LINE_SLACK = 3;
/**
 * Set on a tight card whose suggestion is capped or pushed, or whose scores row would be under the Apply row: that
 * row moves below the fold with the reasons
 * (overlay/styles.ts; session 27: "Civility 98% Kept 16% Neutral tone" peeked half under the Apply row).
 */
const CAPPED = 'data-tf-capped';
/**
 * Set on a tight card whose suggestion has less than one line of room: its pinned rows give up a few px of padding
 * (overlay/styles.ts), so the line fits over them (session 27: reddit's thread card at 600x400, 153 px).
 */
const SNUG = 'data-tf-snug';

/** How far a suggestion with no whole line of room is pushed down, under the pinned Apply row (capSuggestion). */
const PUSH = '--tf-push';

/** A pushed suggestion: "more ↓" until the card is scrolled so that its end is above the pinned Apply row. */
function markPushed(c: HTMLElement): void {
	const s = c.querySelector<HTMLElement>(SUGGESTION);
	const row = c.querySelector<HTMLElement>('.tactful-rw-actions');
	if (!s || !row || !c.style.getPropertyValue(PUSH)) return;
	s.toggleAttribute('data-tf-more', s.getBoundingClientRect().bottom > row.getBoundingClientRect().top + 1);
}

/** Fades the suggestion's bottom while more of it is below (a capped or long suggestion, `[data-tf-more]`). */
function markMore(s: Element): void {
	s.toggleAttribute('data-tf-more', s.scrollTop + s.clientHeight < s.scrollHeight - 2);
}

/** Below this much room (CSS px) a "cannot check" card is laid out compact: its natural height is ~270 px. */
const COMPACT_DOWN_ROOM = 280;

/** The card; `data-tactful="card"` is a stable hook. Escape, or tabbing out of it, closes it. */
export function WarningCard(props: WarningCardProps) {
	const { level, reasons, quotes, nudge } = props;
	const card = useRef<HTMLDivElement>(null);
	const review = useRef<HTMLButtonElement>(null);
	const middle = useRef<HTMLDivElement>(null);
	// The middle scrolls when the card is capped to the window; its bottom edge fades while more is hidden below,
	// so the thread warning under the fold is not missed (overlay scrollbars show nothing until scrolled).
	const [more, setMore] = useState(false);
	const checkMore = () => {
		const m = middle.current;
		const next = Boolean(m && m.scrollTop + m.clientHeight < m.scrollHeight - 2);
		if (next !== more) setMore(next);
	};
	useLayoutEffect(checkMore);
	// Too little room even with the middle at its least (QA session 13: 640x450, 200 % zoom, the card had 177 px
	// above the box and cut its reason mid-line, its buttons below its edge): the whole card becomes one scroll
	// area, every line reachable, and its action row sticks to its bottom edge (overlay/styles.ts `.tf-tight`).
	// Tight shows the card at its natural height, so it ends once the card's room holds all of it.
	const [tight, setTight] = useState(false);
	// The room the placement gave when last laid out: once it grows, a tight card is tried in the usual layout again
	// (session 27: placed first in 256 px before its height was measured, then given 624 px, a thread card stayed
	// tight, its suggestion capped, though the usual layout fitted).
	const roomSeen = useRef(props.style?.maxHeight);
	useLayoutEffect(() => {
		const c = card.current;
		const grew = Number.parseFloat(props.style?.maxHeight ?? '') > Number.parseFloat(roomSeen.current ?? '');
		roomSeen.current = props.style?.maxHeight;
		if (tight && grew) {
			setTight(false);
			return;
		}
		// The middle gives way no further than the first reason's end (title and why, session 27): below that the card
		// is tight, whose top says that reason whole. Measured before the overflow it decides.
		const m = middle.current;
		const first = m?.querySelector<HTMLElement>('.tf-reasons > li');
		if (c && m && first) {
			const end = first.getBoundingClientRect().bottom - m.getBoundingClientRect().top + m.scrollTop;
			c.style.setProperty('--tf-first', `${Math.ceil(end + FIRST_REASON_FADE)}px`);
		} else c?.style.removeProperty('--tf-first');
		// What a capped suggestion hides (tight only, below) counts: uncapped, the card would still overflow.
		const capped = tight ? suggestionHidden(c) : 0;
		const next = Boolean(c && c.scrollHeight + capped > c.clientHeight + 1);
		if (next !== tight) setTight(next);
		// Not tight: nothing pinned, capped or pushed. Tight: the pinned rows measured and the suggestion fitted above
		// them (capSuggestion, pinRows).
		if (!c || !tight) {
			c?.style.removeProperty('--tf-suggestion');
			c?.style.removeProperty(PUSH);
			c?.removeAttribute(CAPPED);
			c?.removeAttribute(SNUG);
			c?.removeAttribute(RESULT_ONLY);
			return;
		}
		capSuggestion(c);
	});
	useLayoutEffect(() => {
		if (!props.autoFocus) return;
		// `focusVisible` (Chromium, Firefox) is not in TypeScript's DOM types yet.
		const options: FocusOptions & { focusVisible?: boolean } = {
			preventScroll: true,
			focusVisible: !takePointerOpen(),
		};
		(review.current ?? card.current)?.focus(options);
	}, [props.autoFocus]);
	// The thread warning is its own signal (issue 4: the badge and card say so apart from the draft's score): when the
	// card's room hides its whole section at first sight (a compact card at the window's bottom, ui7 session 16), its
	// heading is said in one line at the top of the card's middle, a button that brings the section into view.
	// Decided from where the heading would be without that line, so showing it cannot flip the decision back.
	const [threadLine, setThreadLine] = useState<string | null>(null);
	const [threadTag, setThreadTag] = useState('');
	const line = useRef<HTMLButtonElement>(null);
	useLayoutEffect(() => {
		const c = card.current;
		const m = middle.current;
		const h = c?.querySelector<HTMLElement>('[data-tactful-slot="thread"] h3');
		if (!c || !m || !h) {
			if (threadLine !== null) setThreadLine(null);
			return;
		}
		const scroller = tight ? c : m;
		const box = scroller.getBoundingClientRect();
		// The thread line itself does not count, so showing it cannot flip this; the tag (in the heading's row) takes no
		// line of its own. The tight card's summary counts: it shows with or without the thread line (session 27).
		const lineEl = line.current?.classList.contains('tf-thread-tag') ? null : line.current;
		const shown = lineEl?.offsetHeight ?? 0;
		// Nor does the suggestion's cap (capSuggestion), which moves the section up by what it hides.
		const top =
			h.getBoundingClientRect().top -
			box.top +
			scroller.scrollTop -
			shown +
			(tight ? suggestionHidden(c) : 0);
		const pin = tight ? Number.parseFloat(c.style.getPropertyValue('--tf-pin')) || 56 : 0;
		// The whole heading (session 27: on Discourse at 1100x800 its second line was under the pinned Apply row, its
		// first line counted as shown, "Your reply could make this" read cut).
		const hidden = top + h.offsetHeight > scroller.clientHeight - pin;
		const next = hidden ? (h.textContent ?? '').trim() || null : null;
		const tag = hidden ? h.dataset.short?.trim() || THREAD_TAG : '';
		if (tag !== threadTag) setThreadTag(tag);
		if (next !== threadLine) setThreadLine(next);
	});
	const down = nudge === undefined ? props.unavailable : undefined;
	// In a tight card the suggestion is ordered right under the heading (overlay/styles.ts), so the line goes before
	// the middle there, else the suggestion would push it out of the first view (card-clear.spec at 640x450).
	const room = Number.parseFloat(props.style?.maxHeight ?? '');
	const why = reasonWhy(reasons, quotes);
	// Under BOTH_LINES_ROOM a tight card whose draft has its own reason says the thread in a short tag beside the
	// heading (its full words are the button's name), the reason keeping its place under the heading.
	const asTag = tight && room < BOTH_LINES_ROOM && Boolean(why);
	// The tag's words: shorter when the whole tag and the heading do not fit one row (measured once shown).
	const [tagShort, setTagShort] = useState(false);
	const tagLabel = threadTag || THREAD_TAG;
	useLayoutEffect(() => {
		const head = card.current?.querySelector<HTMLElement>('.tf-card-head');
		const short = Boolean(head?.querySelector('.tf-thread-tag')) && !headFits(head as HTMLElement, tagLabel);
		if (short !== tagShort) setTagShort(short);
	});
	const threadLineButton = threadLine && !down && (
		<button
			type="button"
			ref={line}
			class={asTag ? 'tf-thread-line tf-thread-tag' : 'tf-thread-line'}
			data-testid="card-thread-line"
			aria-label={asTag ? `${tagLabel}: ${threadLine}` : undefined}
			title={asTag ? threadLine : undefined}
			onClick={() =>
				card.current?.querySelector('[data-tactful-slot="thread"]')?.scrollIntoView({ block: 'nearest' })
			}
		>
			{asTag ? (
				tagShort ? (
					shorterTag(tagLabel)
				) : (
					tagLabel
				)
			) : (
				<>
					{threadLine} <span aria-hidden="true">↓</span>
				</>
			)}
		</button>
	);
	// A "cannot check" card with less room than its natural height (session 15: 640x450, 200 % zoom, ~175 px below
	// the box) is laid out compact (overlay/styles.ts `.tf-compact`): smaller paddings, Details beside Try again, the
	// shortcut line kept for screen readers only, so its reason, what still works, Details and Try again all show
	// without scrolling. Decided from the room the placement gave (its max-height), not from a measurement of the
	// card itself, so the layout cannot flip back and forth as the compact card fits.
	// Details opened (the raw error, for a bug report): the usual layout, its middle scrolling and Try again pinned.
	const [detailsOpen, setDetailsOpen] = useState(false);
	const compact = Boolean(down) && room < COMPACT_DOWN_ROOM && !detailsOpen;
	const heading = down
		? 'Tactful cannot check this draft'
		: nudge !== undefined
			? 'Before you post…'
			: level === 'warn'
				? 'This might land badly'
				: level === 'caution'
					? 'Close to the line'
					: props.threadWarning
						? 'Mind the conversation'
						: props.otherLanguage
							? 'Tactful reads English'
							: props.partialDraft
								? 'Checked only what shows'
								: 'Looks fine';
	return (
		<div
			ref={card}
			tabIndex={-1}
			class={`tf-card tf-${level}${tight ? ' tf-tight' : ''}${down ? ' tf-card-unavailable' : ''}${compact ? ' tf-compact' : ''}`}
			data-tactful="card"
			data-unavailable={down ? 'true' : undefined}
			role="dialog"
			aria-modal="false"
			aria-labelledby="tf-card-title"
			style={props.style}
			onScrollCapture={(e) => {
				if (e.target instanceof Element && e.target.matches(SUGGESTION)) markMore(e.target);
				if (card.current && e.target === card.current) markPushed(card.current);
			}}
			onKeyDown={(e) => {
				if (e.key === 'Escape' || tabsOut(e)) {
					e.preventDefault();
					e.stopPropagation();
					props.onClose();
				}
			}}
		>
			<div class="tf-card-head">
				<h2 id="tf-card-title">{heading}</h2>
				{asTag && threadLineButton}
				<button type="button" class="tf-close" aria-label="Close" onClick={props.onClose}>
					×
				</button>
			</div>
			{/* The middle of the card scrolls when the window is too short for all of it; the rewrite's buttons and the
			    card's own actions below it stay in view (overlay/styles.ts). */}
			{/* A tight card puts its suggestion first and its reasons below the fold (session 21): why it warns, in one
			    line under the heading. For the eye only: in the document the full reasons come right after it. Beside
			    the thread line only with BOTH_LINES_ROOM: with less, two stand-ins leave none of the suggestion. */}
			{tight && !down && why && (
				<p class="tf-summary" data-testid="card-summary" aria-hidden="true">
					<strong>{why.title}</strong>
					{why.why ? ` ${why.why}` : null}
				</p>
			)}
			{tight && !asTag && threadLineButton}
			<div ref={middle} class={`tf-card-body${more && !tight ? ' tf-more' : ''}`} onScroll={checkMore}>
				{!tight && threadLineButton}
				{down ? (
					<UnavailableBody down={down} onDetails={setDetailsOpen} />
				) : reasons.length > 0 ? (
					<ul class="tf-reasons">
						{reasons.map((r) => (
							<li key={r.title}>
								<strong>{r.title}:</strong> {r.explanation}
							</li>
						))}
					</ul>
				) : (
					<p class="tf-muted" data-testid="card-no-reasons">
						{props.otherLanguage
							? 'This draft seems to be in another language. Tactful’s models read English only, so it was not checked. No warning here does not mean it reads well.'
							: props.threadWarning
								? 'Nothing stands out in the draft itself.'
								: props.partialDraft
									? 'Nothing stands out in the lines the editor shows.'
									: 'Nothing stands out in this draft.'}
					</p>
				)}
				{quotes.length > 0 && (
					<p class="tf-quotes">
						<span class="tf-muted">Mostly because of </span>
						{quotes.map((q, i) => (
							<span key={q}>
								{i > 0 && ', '}
								<q>{q}</q>
							</span>
						))}
					</p>
				)}
				{props.offscreen && (
					<p class="tf-muted" data-testid="card-offscreen">
						That is on line {props.offscreen.line}, {props.offscreen.where} what the editor shows.{' '}
						<button type="button" data-testid="card-show-me" onClick={props.offscreen.onShow}>
							Show me
						</button>
					</p>
				)}
				{props.partialDraft && (
					<p class="tf-muted" data-testid="card-partial">
						Only the visible part of this long draft was checked.
					</p>
				)}
				{underlinedNote(quotes, props.underlined)}
				{props.thread && (
					<section class="tf-slot" data-tactful-slot="thread">
						{props.thread}
					</section>
				)}
				<p class="tf-muted tf-keys" data-testid="card-keys">
					{cardShortcutSentence('opens or closes this card')}; Esc goes back to your text.
				</p>
			</div>
			{props.rewrite && (
				<section class="tf-slot" data-tactful-slot="rewrite">
					{props.rewrite}
				</section>
			)}
			<div class="tf-actions">
				{down ? (
					<button
						type="button"
						class="tf-primary"
						disabled={down.trying}
						onClick={() => {
							// The button turns into "Trying…" (disabled): focus stays in the card, not lost to the page.
							card.current?.focus({ preventScroll: true });
							down.onTryAgain();
						}}
					>
						{down.trying ? 'Trying…' : 'Try again'}
					</button>
				) : nudge ? (
					<>
						<button type="button" ref={review} class="tf-primary" onClick={nudge.onReview}>
							Review
						</button>
						<button type="button" onClick={nudge.onPostAnyway}>
							Post anyway
						</button>
					</>
				) : (
					<>
						{/* Nothing is flagged on a "Looks fine" card: "This is fine" would only record feedback about nothing. */}
						{level !== 'ok' ? (
							<button type="button" onClick={props.onFine}>
								This is fine
							</button>
						) : null}
						<button type="button" onClick={props.onSnooze}>
							Snooze here for 1 hour
						</button>
					</>
				)}
			</div>
		</div>
	);
}
