/**
 * Tactful's single overlay per document: a zero-size, fixed-position host with an OPEN shadow root (a stable
 * hook for tests), appended to <html> so the page's text and layout are never touched. Inside it Preact draws
 * badges, wavy underlines and the card from plain view objects that session.ts computes.
 */
import { render } from 'preact';
import { Badge } from '../../../components/Badge/Badge.tsx';
import { WarningCard, type WarningCardProps } from '../../../components/WarningCard/WarningCard.tsx';
import type { AppliedNoteView } from '../features/applied-note.ts';
import type { Level } from '../levels.ts';
import { AppliedToast } from './applied-toast.tsx';
import { BADGE_SIZE } from './badge-place.ts';
import { type Avoid, cardStyle, readingScroll, viewportSize } from './card-place.ts';
import { CARD_MIDDLE, OVERLAY_CSS } from './styles.ts';

/** One underline segment, in viewport pixels. */
export interface UnderlineView {
	x: number;
	y: number;
	w: number;
	level: Level;
}

/** What to draw for one field. `badge` is null when the field is off screen or not worth a badge. */
export interface FieldView {
	id: number;
	level: Level;
	summary: string;
	count: number;
	/** `faded`: the draft's text runs under it and there is no room outside the field (badge-place.ts). */
	badge: { x: number; y: number; faded?: boolean } | null;
	underlines: UnderlineView[];
	dark: boolean;
	/** Set when the conversation is at risk (derailment), shown on the badge apart from the draft's level. */
	thread?: string;
	/** Every score and assessment of the field is about its current text and none is pending (`data-settled`). */
	settled?: boolean;
	/** The field's text cannot be checked at all (the models failed to load); `summary` says why. */
	unavailable?: boolean;
	/** The field's first score is still pending (the models are loading): "checking…". */
	loading?: boolean;
	/** The previous verdict is shown while the settings' rescore is slow (field-controller.ts `rechecking`). */
	rechecking?: boolean;
}

/** The open card: whose it is, what it says and what it points at. */
export interface CardView {
	fieldId: number;
	anchor: DOMRect;
	/** What the card must not cover: the field's visible box and its caret line. */
	avoid?: Avoid;
	/** The page may scroll to make room for it (not a hover-opened card: card-view.ts `CardOpening.mayScroll`). */
	mayScroll?: boolean;
	/** The field's own scrolling pane, when it is not the window's (card-view.ts `scrollerOf`): scrolled instead. */
	scroller?: HTMLElement | null;
	dark: boolean;
	/**
	 * Which opening of a card this is (card.ts `Open.seq`): a new one is drawn as a new card, focus and all. A card
	 * closed and opened again between two frames (Escape, then the shortcut at once on a busy page) was diffed
	 * into the old one, whose focus ran on mount only: focus stayed in the field with the card open (session 14 CI).
	 */
	opening?: number;
	props: Omit<WarningCardProps, 'style'>;
}

type Viewport = { width: number; height: number };

interface AppProps {
	viewport: Viewport;
	fields: FieldView[];
	card: CardView | null;
	/** The open card's natural height (everything shown), once measured. */
	cardHeight?: number;
	announce: string;
	onBadge: (fieldId: number) => void;
	/** "Rewrite applied · Undo" after Apply (features/applied-note.ts), and what its live region says. */
	note: AppliedNoteView | null;
	noteAnnounce: string;
}

function App({ viewport, fields, card, cardHeight, announce, onBadge, note, noteAnnounce }: AppProps) {
	return (
		<>
			{fields.map((f) => (
				<div key={f.id} class={`tf-app${f.dark ? ' tf-dark' : ''}`}>
					{f.underlines.map((u) => (
						<div
							key={`${u.x},${u.y}`}
							class={`tf-underline tf-${u.level}`}
							data-tactful="underline"
							data-level={u.level}
							style={{ left: `${u.x}px`, top: `${u.y - 2}px`, width: `${u.w}px` }}
						/>
					))}
					{f.badge && (
						<Badge
							level={f.level}
							thread={Boolean(f.thread)}
							summary={f.summary}
							count={f.count}
							expanded={card?.fieldId === f.id}
							faded={f.badge.faded}
							settled={f.settled}
							unavailable={f.unavailable}
							loading={f.loading}
							rechecking={f.rechecking}
							onActivate={() => onBadge(f.id)}
							style={{ left: `${f.badge.x}px`, top: `${f.badge.y}px` }}
						/>
					)}
				</div>
			))}
			{card && (
				<div key={card.opening} class={`tf-app${card.dark ? ' tf-dark' : ''}`}>
					<WarningCard {...card.props} style={cardStyle(card.anchor, viewport, card.avoid, cardHeight)} />
				</div>
			)}
			{note && <AppliedToast note={note} viewport={viewport} />}
			<div class="tf-sr" role="status" aria-live="polite">
				{announce}
			</div>
			{/* Its own region, always there: a live region added with its words is often not read at all. */}
			<div class="tf-sr" role="status" aria-live="polite" data-tactful="applied-live">
				{noteAnnounce}
			</div>
		</>
	);
}

/**
 * Where a badge sits for a field box: inside its bottom-right corner, clear of a vertical scrollbar. A field
 * taller (or wider) than the viewport, such as a long auto-growing draft, gets it in the corner of its visible
 * part, so the badge stays on screen while the user works in the top of the draft.
 */
export function badgePosition(
	box: DOMRect,
	scrollbar: number,
	viewport: { width: number; height: number } = viewportSize(),
): { x: number; y: number } {
	const right = Math.min(box.right - scrollbar, viewport.width);
	const bottom = Math.min(box.bottom, viewport.height);
	return {
		x: Math.max(box.left, right - BADGE_SIZE - 6),
		y: Math.max(box.top, bottom - BADGE_SIZE - 6),
	};
}

/**
 * The card's height with everything in it shown: its drawn height plus what its scrolling middle (and, in a tiny
 * frame, the card itself) hides. Read-only: one layout, no style toggled.
 */
export function naturalHeight(card: HTMLElement): number {
	const middle = card.querySelector<HTMLElement>(CARD_MIDDLE);
	const hidden =
		Math.max(0, card.scrollHeight - card.clientHeight) +
		(middle ? Math.max(0, middle.scrollHeight - middle.clientHeight) : 0);
	return card.offsetHeight + hidden;
}

/** The overlay host. Create one per document; `destroy()` removes every trace of it. */
export class Overlay {
	readonly host: HTMLElement;
	readonly root: ShadowRoot;
	/** Hidden measuring elements (textarea mirrors) go here. */
	readonly scratch: HTMLElement;
	private readonly app: HTMLElement;
	/** The zoom last set on the host ('' = none). */
	private zoom = '';
	/** The open card's natural height as last measured; placement depends on it (card-place.ts). */
	private cardHeight: number | undefined;
	/** What was last drawn, to draw again when the card's height changes. */
	private drawn: {
		fields: FieldView[];
		card: CardView | null;
		announce: string;
		viewport: Viewport;
		note: AppliedNoteView | null;
		noteAnnounce: string;
	} = {
		fields: [],
		card: null,
		announce: '',
		viewport: { width: 0, height: 0 },
		note: null,
		noteAnnounce: '',
	};
	/**
	 * Card sections (the rewrite suggestion) redraw themselves without a repaint of the overlay: their content
	 * changing may change the card's height.
	 */
	private readonly contentWatch: MutationObserver;

	/** `hostAttribute`: the host's hook (a frame's card drawn over the parent page has one of its own). */
	constructor(
		doc: Document,
		private readonly onBadge: (fieldId: number) => void,
		hostAttribute = 'data-tactful-host',
	) {
		this.host = doc.createElement('div');
		this.host.setAttribute(hostAttribute, '');
		// Tactful speaks English: on a right-to-left page (dir="rtl" on <html>) the card inherited the page's
		// direction and read ".readers take personally" and "%Civility 97" (qa31). `all: initial` does not reset
		// `direction`; the attribute does, and `lang` tells screen readers which voice reads the card.
		this.host.dir = 'ltr';
		this.host.lang = 'en';
		this.host.style.cssText =
			'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important; pointer-events: none !important;';
		this.root = this.host.attachShadow({ mode: 'open' });
		const style = doc.createElement('style');
		style.textContent = OVERLAY_CSS;
		this.app = doc.createElement('div');
		this.scratch = doc.createElement('div');
		this.scratch.setAttribute('aria-hidden', 'true');
		this.root.append(style, this.app, this.scratch);
		doc.documentElement.append(this.host);
		this.contentWatch = new MutationObserver(() => this.placeCard());
		this.contentWatch.observe(this.app, { childList: true, characterData: true, subtree: true });
	}

	/** Redraws everything from views (Preact diffs, so unchanged parts cost little). */
	/**
	 * Puts the host in `container`: the page's <html>, or the modal dialog / popover holding the field (the
	 * browser paints those above every z-index and makes the rest of the page inert).
	 */
	mount(container: Element): void {
		if (this.host.parentElement !== container) container.append(this.host);
	}

	render(
		fields: FieldView[],
		card: CardView | null,
		announce = '',
		note: AppliedNoteView | null = null,
		noteAnnounce = '',
	): void {
		if (!this.host.isConnected) this.host.ownerDocument.documentElement.append(this.host);
		this.unzoom();
		this.alignToViewport();
		// A new opening is measured and placed as a new card, as if a frame without it had been drawn between.
		if (!card || card.opening !== this.drawn.card?.opening) this.cardHeight = undefined;
		this.drawn = {
			fields,
			card,
			announce,
			viewport: viewportSize(this.host.ownerDocument),
			note,
			noteAnnounce,
		};
		this.draw();
		this.placeCard();
	}

	private draw(): void {
		const { fields, card, announce, viewport, note, noteAnnounce } = this.drawn;
		render(
			<App
				viewport={viewport}
				fields={fields}
				card={card}
				cardHeight={this.cardHeight}
				announce={announce}
				onBadge={this.onBadge}
				note={note}
				noteAnnounce={noteAnnounce}
			/>,
			this.app,
		);
		// Our own drawing is not the card's content changing by itself.
		this.contentWatch.takeRecords();
	}

	/**
	 * Where the card goes depends on how tall it is, known once it is drawn: when that changed (a new card, a
	 * section that grew, a suggestion streaming in), place it again for its new height.
	 */
	private placeCard(): void {
		const el = this.drawn.card && this.root.querySelector<HTMLElement>('[data-tactful="card"]');
		if (!el) return;
		const height = naturalHeight(el);
		if (Math.abs(height - (this.cardHeight ?? -2)) <= 1) return;
		this.cardHeight = height;
		this.scrollForReading();
		this.draw();
	}

	/**
	 * When the card, wherever it fits, would hide the comment the user is answering (a box too wide for the card
	 * beside it, card-place.ts `readingScroll`), scroll the window down just enough for the card to open below the
	 * field and its Post button. Runs only when the card's height changed (opened, a section grew), never on the
	 * user's own scrolling; the caret, the text and the focus stay as they are. The drawn rects are shifted by the
	 * same amount until the scroll's repaint measures them again.
	 */
	private scrollForReading(): void {
		const card = this.drawn.card;
		const doc = this.host.ownerDocument;
		const win = doc.defaultView;
		// The field's own pane when it has one (session 14: a reply in a scrolling side panel), else the window.
		const page = card?.scroller ?? doc.scrollingElement;
		// A card in a dialog or drawn over a parent page: the window's scroll does not move its field.
		if (
			!card?.mayScroll ||
			!card.avoid?.reading ||
			!win ||
			!page ||
			this.host.parentElement !== doc.documentElement
		)
			return;
		const maxDown = page.scrollHeight - page.clientHeight - page.scrollTop;
		const down = readingScroll(card.anchor, this.drawn.viewport, card.avoid, this.cardHeight, maxDown);
		if (down <= 0) return;
		const before = page.scrollTop;
		(card.scroller ?? win).scrollBy({ top: down, behavior: 'instant' });
		const moved = page.scrollTop - before;
		if (moved === 0) return;
		const up = (r: DOMRect | null | undefined) => r && new DOMRect(r.x, r.y - moved, r.width, r.height);
		const a = card.avoid;
		this.drawn = {
			...this.drawn,
			card: {
				...card,
				anchor: up(card.anchor) ?? card.anchor,
				avoid: {
					field: up(a.field),
					text: up(a.text),
					caret: up(a.caret),
					actions: up(a.actions),
					comment: up(a.comment),
					reading: up(a.reading),
					readingEnd: up(a.readingEnd),
					thread: a.thread?.map((r) => up(r) ?? r) ?? null,
					...(a.threadBand !== undefined ? { threadBand: a.threadBand } : {}),
				},
			},
		};
	}

	/**
	 * A page that zooms its <html> with CSS (`zoom: 1.25`) would scale the overlay too, so every underline, badge
	 * and textarea mirror landed at 1.25x its viewport position. Undo that zoom on the host: everything inside it
	 * is then drawn in plain viewport pixels, which is what the geometry is measured in.
	 */
	private unzoom(): void {
		const page = this.host.parentElement?.currentCSSZoom ?? 1;
		const want = page > 0 && page !== 1 ? String(1 / page) : '';
		if (this.zoom === want) return;
		this.zoom = want;
		this.host.style.setProperty('zoom', want, want ? 'important' : '');
	}

	/**
	 * Everything inside is positioned in viewport pixels, which holds while the host's `position: fixed` is
	 * relative to the viewport. Inside a container that is transformed (a dialog with a centring transform) it
	 * is relative to that container instead: shift the drawing back by the host's offset.
	 */
	private alignToViewport(): void {
		const { left, top } = this.host.getBoundingClientRect();
		const shift = left || top ? `translate(${-left}px, ${-top}px)` : '';
		if (this.app.style.transform !== shift) this.app.style.transform = shift;
	}

	/** The pointer or the keyboard focus is in the "Rewrite applied" note: it does not time out under them. */
	noteHeld(): boolean {
		return Boolean(
			this.root.querySelector('[data-tactful="applied"]:hover, [data-tactful="applied"]:focus-within'),
		);
	}

	destroy(): void {
		this.contentWatch.disconnect();
		render(null, this.app);
		this.host.remove();
	}
}
