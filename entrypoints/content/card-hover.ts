/**
 * How the card follows the mouse, the user's clicks and focus: hovering an underline opens its field's card; a
 * hover-opened card closes shortly after the mouse leaves both the underlines and the card, unless the user
 * clicked or focused into it (then it is pinned: it stays until they close it, like one opened from the badge, so
 * a rewrite they are watching is not cancelled by the mouse wandering off); a click elsewhere on the page closes
 * any card but a nudge, while a click in the card's own field keeps it (the user is editing the draft it explains);
 * focus moving into another field closes any card but a nudge.
 */
import { hoverCloseTimer } from './hover-close.ts';
import type { FieldView } from './overlay/overlay.tsx';
import { underlineAt } from './underline-hit.ts';

/** What of the open card these rules read, and `pinned`, which they set. */
export interface HoverCard {
	id: number;
	/** How it was opened: 'hover', 'nudge', or another way (the badge, the keyboard). */
	via: string;
	pinned?: boolean;
}

/** What the rules need from the card controller. */
export interface CardHoverEnv {
	/** The open card, if any. */
	open(): HoverCard | null;
	/** Opens the card of field `fieldId` as a hover card placed at `anchor` (the underline under the mouse). */
	openHover(fieldId: number, anchor: DOMRect): void;
	/** Closes the card, focus staying where it is. */
	close(): void;
	/** The element of a watched field, while its controller lives. */
	fieldEl(id: number): HTMLElement | undefined;
	/** The session's lifetime: a pending delayed close is cancelled when it aborts. */
	signal: AbortSignal;
}

/** The mouse and click rules of one session's card. */
export interface CardHover {
	/** Whether the mouse leaving closes the open card (only a hover-opened card the user has not worked in). */
	transient(): boolean;
	/** The mouse moved: over an underline, over the card (`host`), or elsewhere on the page. */
	onMouseMove(e: MouseEvent, host: HTMLElement | null, views: readonly FieldView[]): void;
	/**
	 * A pointerdown or focusin anywhere in the document: one inside the card (`host`) pins a hover-opened card; a
	 * pointerdown outside both the card and its field closes it.
	 */
	onInteract(e: Event, host: HTMLElement | null): void;
	/** Keyboard focus went into the watched field `fieldId`: another field's card closes (the user moved on). */
	onFieldFocus(fieldId: number): void;
}

/** Creates the mouse and click rules of one session's card. */
export function cardHover(env: CardHoverEnv): CardHover {
	const hoverClose = hoverCloseTimer(env.signal);
	const transient = () => {
		const open = env.open();
		return open?.via === 'hover' && !open.pinned;
	};
	return {
		transient,
		onMouseMove(e, host, views) {
			const open = env.open();
			if (open && !transient()) return;
			if (host && open && e.composedPath().includes(host)) {
				hoverClose.cancel();
				return;
			}
			const hit = underlineAt(views, e.clientX, e.clientY);
			if (hit) {
				hoverClose.cancel();
				if (open?.id !== hit.fieldId) env.openHover(hit.fieldId, hit.anchor);
				return;
			}
			if (open)
				hoverClose.start(() => {
					if (transient()) env.close();
				});
		},
		onInteract(e, host) {
			const open = env.open();
			if (!open) return;
			const path = e.composedPath();
			if (host && path.includes(host)) {
				if (!transient()) return;
				hoverClose.cancel();
				open.pinned = true;
				return;
			}
			// Focus stays where the user clicked; a nudge waits for its answer.
			const field = env.fieldEl(open.id);
			if (e.type === 'pointerdown' && open.via !== 'nudge' && !(field && path.includes(field))) env.close();
		},
		onFieldFocus(fieldId) {
			// A nudge waits for an answer about its own post; any other card of another field would stay over
			// the page, covering the reply now being written.
			const open = env.open();
			if (open && open.id !== fieldId && open.via !== 'nudge') env.close();
		},
	};
}
