/**
 * The warning card's behaviour: opening it from the badge (click / Enter), from hovering an underline or with
 * Alt+Shift+T in the field; a hover-opened card closes when the mouse leaves it, unless the user clicked or
 * focused into it; closing on Escape (focus goes back to the field) or a click elsewhere on the page; its two
 * actions (card-view.ts draws it); the optional pre-submit nudge (card-nudge.ts); history events
 * (card-history.ts); and what screen readers hear.
 */
import { cardHistory } from './card-history.ts';
import { type NudgeAnswers, nudgeGate } from './card-nudge.ts';
import { cardViewFor } from './card-view.ts';
import type { SessionDeps } from './deps.ts';
import type { FieldController } from './field-controller.ts';
import type { LiveFields } from './field-registry.ts';
import { hoverCloseTimer } from './hover-close.ts';
import { fromClick, fromShortcut, fromSubmit } from './nudge.ts';
import type { CardView, FieldView } from './overlay/overlay.tsx';
import type { SiteAdapter } from './sites/types.ts';
import { underlineAt } from './underline-hit.ts';

type Via = 'badge' | 'keyboard' | 'hover' | 'nudge';

interface Open {
	id: number;
	via: Via;
	/**
	 * A hover-opened card the user clicked or focused into: it stays until they close it (× , Escape, an action),
	 * like one opened from the badge, so the rewrite it is writing is not cancelled by the mouse wandering off.
	 */
	pinned?: boolean;
	anchor?: DOMRect;
	nudge?: NudgeAnswers;
}

/** The card controller used by session.ts. */
export interface CardUi {
	toggle(id: number, via: Via): void;
	isOpen(): boolean;
	view(views: FieldView[]): CardView | null;
	announcement(): string;
	noteVerdict(c: FieldController): void;
	setActive(active: boolean): void;
	onKeyDown(
		e: KeyboardEvent,
		focused: FieldController | null,
		root: HTMLElement | null,
		nudge: boolean,
	): void;
	onMouseMove(e: MouseEvent, host: HTMLElement | null): void;
	/**
	 * A pointerdown or focusin anywhere in the document: one inside the card (`host`) pins a hover-opened card; a
	 * pointerdown outside both the card and its field closes it.
	 */
	onInteract(e: Event, host: HTMLElement | null): void;
	onSubmit(e: SubmitEvent, nudge: boolean): void;
	onClick(e: MouseEvent, nudge: boolean): void;
	/** Keyboard focus went into a watched field: another field's card closes (the user moved on). */
	onFieldFocus(c: FieldController): void;
	/** Set by the session: remember a draft the user called fine. */
	onFine?: (text: string) => void;
}

interface CardEnv {
	doc: Document;
	site: SiteAdapter;
	live: LiveFields;
	deps: SessionDeps;
	dismissed: Set<string>;
	hostname: string;
	repaint(): void;
	signal: AbortSignal;
}

/** Creates the card controller for one session. */
export function createCardUi(env: CardEnv): CardUi {
	let open: Open | null = null;
	let views: FieldView[] = [];
	let announce = '';
	const lastLevel = new Map<number, string>();
	const ctrl = (id: number) => env.live.get(id)?.c;
	const history = cardHistory(env.deps, env.hostname);
	const event = history.event;
	const close = (refocus: boolean) => {
		const c = open && ctrl(open.id);
		open = null;
		if (refocus && c) c.editor.el.focus();
		env.repaint();
	};
	const fields = () => [...env.live.values()].map((x) => x.c);
	const gate = nudgeGate({
		show: (c, answers) => {
			open = { id: c.id, via: 'nudge', nudge: answers };
			env.repaint();
		},
		close,
		event,
	});
	const hoverClose = hoverCloseTimer(env.signal);
	/** Whether the mouse leaving closes the card (only a hover-opened card the user has not worked in). */
	const transient = () => open?.via === 'hover' && !open.pinned;

	const ui: CardUi = {
		toggle(id, via) {
			if (open?.id === id && via !== 'hover') close(true);
			else {
				open = { id, via };
				env.repaint();
			}
		},
		isOpen: () => open !== null,
		view(current) {
			views = current;
			if (!open) return null;
			const c = ctrl(open.id);
			if (!c) {
				// Its field is gone (reply box closed, page re-rendered): an invisible card still "open" would
				// swallow Escape and keep every other underline from opening one, and nothing could close it.
				open = null;
				return null;
			}
			const v = c.verdict;
			const fv = current.find((f) => f.id === open?.id);
			if (!v || !fv) return null;
			const opening = { anchor: open.anchor, autoFocus: open.via !== 'hover', nudge: open.nudge };
			return cardViewFor(c, v, fv, env.site, opening, {
				close: () => close(true),
				onClose: () => close(!transient()),
				onFine: () => {
					for (const s of v.spans) env.dismissed.add(v.text.slice(s.start, s.end).trim().toLowerCase());
					history.fine(c, v.text);
					ui.onFine?.(v.text);
					close(true);
					c.apply(v.result, v.options);
				},
				onSnooze: () => {
					event(c, 'snoozed');
					close(true);
					void env.deps.snooze(env.hostname);
				},
			});
		},
		announcement: () => announce,
		noteVerdict(c) {
			const level = c.verdict?.level ?? 'ok';
			const before = lastLevel.get(c.id) ?? 'ok';
			lastLevel.set(c.id, level);
			if (level === before) return;
			if (level === 'warn') event(c, 'shown');
			announce = level === 'ok' ? 'Tactful: no concerns now' : (c.verdict?.summary ?? '');
			if (open?.id === c.id && level === 'ok' && open.via !== 'nudge') close(false);
		},
		setActive(active) {
			if (!active) open = null;
		},
		onKeyDown(e, focused, root, nudge) {
			if (e.key === 'Escape' && open) {
				e.preventDefault();
				e.stopPropagation();
				close(!transient());
				return;
			}
			const c = root && focused?.editor.el === root ? focused : null;
			if (!c) return;
			if (e.altKey && e.shiftKey && e.code === 'KeyT' && c.verdict) {
				e.preventDefault();
				ui.toggle(c.id, 'keyboard');
			} else if (nudge && !gate.passing()) {
				gate.interrupt(e, fromShortcut(e, c));
			}
		},
		onMouseMove(e, host) {
			if (open && !transient()) return;
			if (host && open && e.composedPath().includes(host)) {
				hoverClose.cancel();
				return;
			}
			const hit = underlineAt(views, e.clientX, e.clientY);
			if (hit) {
				hoverClose.cancel();
				if (open?.id !== hit.fieldId) {
					open = { id: hit.fieldId, via: 'hover', anchor: hit.anchor };
					env.repaint();
				}
				return;
			}
			if (open)
				hoverClose.start(() => {
					if (transient()) close(false);
				});
		},
		onInteract(e, host) {
			if (!open) return;
			const path = e.composedPath();
			if (host && path.includes(host)) {
				if (!transient()) return;
				hoverClose.cancel();
				open.pinned = true;
				return;
			}
			// A click elsewhere on the page closes the card, as any popover does (focus stays where the user
			// clicked); a click in its own field does not (the user is editing the draft it explains), and a nudge
			// waits for its answer.
			const field = ctrl(open.id)?.editor.el;
			if (e.type === 'pointerdown' && open.via !== 'nudge' && !(field && path.includes(field))) close(false);
		},
		onFieldFocus(c) {
			// A nudge waits for an answer about its own post; any other card of another field would stay over
			// the page, covering the reply now being written.
			if (open && open.id !== c.id && open.via !== 'nudge') close(false);
		},
		onSubmit(e, nudge) {
			if (nudge && !gate.passing()) gate.interrupt(e, fromSubmit(e, fields()));
		},
		onClick(e, nudge) {
			if (nudge && !gate.passing() && env.site.submit)
				gate.interrupt(e, fromClick(e, env.site.submit, fields()));
		},
	};
	return ui;
}
