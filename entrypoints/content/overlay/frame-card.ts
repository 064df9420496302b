/**
 * The card of a field in a small same-origin iframe (an embedded comment box, a TinyMCE about:blank editor, a
 * srcdoc reply box) is drawn over the PARENT page, beside the frame: inside a frame ~100 px tall it was clipped
 * to a scrolling sliver nobody could read. It is still Tactful's own shadow host over the page, never markup
 * in the editable DOM; a cross-origin parent (unreachable) keeps the card inside the frame. The "Rewrite applied ·
 * Undo" note that follows an Apply is drawn there too (session 23: inside the frame it was cut off), and the host
 * stays from the card to the note (`keep`), so the note's live region is the one already in the page.
 */
import type { AppliedNoteView } from '../features/applied-note.ts';
import type { CardView } from './overlay.tsx';
import { Overlay } from './overlay.tsx';

/** Frames with a viewport shorter than this draw their card over the parent page. */
export const SMALL_FRAME = 300;

/** What the frame's card controller does with the parent page's events on and around the card. */
export interface FrameCardHooks {
	repaint(): void;
	/** A pointerdown or focusin in the parent page (see CardUi.onInteract). */
	interact(e: Event, host: HTMLElement): void;
	/** A mouse move in the parent page, in the frame's coordinates (see CardUi.onMouseMove). */
	moved(e: MouseEvent, host: HTMLElement): void;
}

/** Draws a frame's card over its parent page while the frame is small; one per session. */
export class FrameCard {
	private overlay: Overlay | null = null;
	private listeners: AbortController | null = null;
	private offset = { x: 0, y: 0 };

	constructor(
		private readonly win: Window,
		signal: AbortSignal,
		private readonly hooks: FrameCardHooks,
	) {
		signal.addEventListener('abort', () => this.drop());
		// The frame is going away (navigated, removed): leave nothing behind in the parent page.
		win.addEventListener('pagehide', () => this.drop(), { signal });
	}

	/**
	 * Draws `card` and `note` over the parent page and returns true, or returns false: the frame draws them itself.
	 * `keep`: a card or note is still to come (the card waits for the verdict on its Apply), so the host stays.
	 */
	render(
		card: CardView | null,
		note: AppliedNoteView | null = null,
		noteAnnounce = '',
		keep = false,
	): boolean {
		const wanted = card !== null || note !== null || (keep && this.overlay !== null);
		const frame = wanted ? this.smallFrame() : null;
		if (!frame) {
			this.drop();
			return false;
		}
		const box = frame.getBoundingClientRect();
		const dx = box.left + frame.clientLeft;
		const dy = box.top + frame.clientTop;
		this.offset = { x: dx, y: dy };
		const shift = (r: DOMRect) => new DOMRect(r.x + dx, r.y + dy, r.width, r.height);
		const caret = card?.avoid?.caret;
		this.ensure(frame.ownerDocument).render(
			[],
			card && {
				...card,
				anchor: shift(card.anchor),
				// Beside the whole frame, so the draft in it stays in view.
				avoid: { field: box, caret: caret ? shift(caret) : null },
			},
			'',
			// Beside the frame's part of the field, as the card is.
			note && { ...note, field: shift(note.field) },
			noteAnnounce,
		);
		return true;
	}

	/** The pointer or the focus is in the note drawn over the parent page. */
	noteHeld(): boolean {
		return this.overlay?.noteHeld() ?? false;
	}

	/** The host element of the card in the parent page, if one is drawn. */
	get host(): HTMLElement | null {
		return this.overlay?.host ?? null;
	}

	/** The <iframe> element holding this frame when it is small and its parent page reachable. */
	private smallFrame(): HTMLElement | null {
		if (this.win.innerHeight >= SMALL_FRAME) return null;
		try {
			const frame = this.win.frameElement as HTMLElement | null;
			return frame?.ownerDocument.defaultView ? frame : null;
		} catch {
			return null; // a cross-origin parent
		}
	}

	private ensure(doc: Document): Overlay {
		if (this.overlay?.host.ownerDocument === doc) return this.overlay;
		this.drop();
		const overlay = new Overlay(doc, () => undefined, 'data-tactful-frame-card');
		const listeners = new AbortController();
		const opts = { capture: true, passive: true, signal: listeners.signal };
		const view = doc.defaultView as Window;
		for (const type of ['pointerdown', 'focusin'])
			doc.addEventListener(type, (e) => this.hooks.interact(e, overlay.host), opts);
		doc.addEventListener(
			'mousemove',
			(e) => {
				const { x, y } = this.offset;
				const moved = new MouseEvent('mousemove', { clientX: e.clientX - x, clientY: e.clientY - y });
				Object.defineProperty(moved, 'composedPath', { value: () => e.composedPath() });
				this.hooks.moved(moved, overlay.host);
			},
			opts,
		);
		// The parent page scrolling or resizing moves the frame, and the card with it.
		doc.addEventListener('scroll', () => this.hooks.repaint(), opts);
		view.addEventListener('resize', () => this.hooks.repaint(), opts);
		this.overlay = overlay;
		this.listeners = listeners;
		return overlay;
	}

	private drop(): void {
		this.listeners?.abort();
		this.listeners = null;
		this.overlay?.destroy();
		this.overlay = null;
	}
}
