/**
 * The warning card's behaviour: opening it from the badge (click / Enter), from hovering an underline or with
 * Alt+Shift+T in the field; a hover-opened card closes when the mouse leaves it, unless the user clicked or
 * focused into it; closing on Escape (focus goes back to the field) or a click elsewhere on the page; its two
 * actions; the optional pre-submit nudge ("Post anyway / Review"); history events; and what screen readers hear.
 */
import type { Dimension } from '../../models/scoring/types.ts';
import { caretRect, textBand } from './caret.ts';
import type { SessionDeps } from './deps.ts';
import { renderSlot } from './extensions.ts';
import type { FieldController } from './field-controller.ts';
import { fromClick, fromShortcut, fromSubmit, type PendingPost } from './nudge.ts';
import type { CardView, FieldView } from './overlay/overlay.tsx';
import type { SiteAdapter } from './sites/types.ts';
import { visibleBox } from './visibility.ts';

type Live = Map<number, { c: FieldController; stop: AbortController }>;
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
	nudge?: { onPostAnyway: () => void; onReview: () => void };
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
	live: Live;
	deps: SessionDeps;
	dismissed: Set<string>;
	hostname: string;
	repaint(): void;
	signal: AbortSignal;
}

/** What of a field the card must not cover (overlay/card-place.ts). */
function avoidFor(c: FieldController) {
	const field = visibleBox(c.editor.el);
	return { field, text: field && textBand(c.editor, field), caret: caretRect(c.editor) };
}

/** Creates the card controller for one session. */
export function createCardUi(env: CardEnv): CardUi {
	let open: Open | null = null;
	let views: FieldView[] = [];
	let announce = '';
	let bypass = false;
	let hoverClose: ReturnType<typeof setTimeout> | undefined;
	const lastLevel = new Map<number, string>();
	const ctrl = (id: number) => env.live.get(id)?.c;
	const dims = (c: FieldController) => (c.verdict?.reasons.map((r) => r.dimension) ?? []) as Dimension[];
	const event = (c: FieldController, action: Parameters<SessionDeps['recordEvent']>[0]['action']) => {
		const v = c.verdict;
		env.deps.recordEvent({
			site: env.hostname,
			level: v?.level ?? 'ok',
			toxic: v?.result.toxic,
			inappropriate: v?.result.inappropriate,
			dimensions: dims(c),
			action,
		});
	};
	const close = (refocus: boolean) => {
		const c = open && ctrl(open.id);
		open = null;
		if (refocus && c) c.editor.el.focus();
		env.repaint();
	};
	const fields = () => [...env.live.values()].map((x) => x.c);
	const nudgeFor = (c: FieldController, post: () => void) => {
		open = {
			id: c.id,
			via: 'nudge',
			nudge: {
				onPostAnyway: () => {
					event(c, 'postedAnyway');
					close(false);
					bypass = true;
					try {
						post();
					} finally {
						bypass = false;
					}
				},
				onReview: () => {
					event(c, 'reviewed');
					close(true);
				},
			},
		};
		env.repaint();
	};
	const interrupt = (e: Event, pending: PendingPost | null) => {
		if (!pending) return;
		e.preventDefault();
		e.stopImmediatePropagation();
		nudgeFor(pending.field, pending.post);
	};
	const keepHoverCard = () => {
		clearTimeout(hoverClose);
		hoverClose = undefined;
	};
	/** Whether the mouse leaving closes the card (only a hover-opened card the user has not worked in). */
	const transient = () => open?.via === 'hover' && !open.pinned;
	env.signal.addEventListener('abort', keepHoverCard);

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
			const anchor =
				open.anchor ??
				(fv.badge ? new DOMRect(fv.badge.x, fv.badge.y, 22, 22) : c.editor.el.getBoundingClientRect());
			const ctx = {
				site: env.site,
				editor: c.editor,
				text: v.text,
				level: v.level,
				result: v.result,
				close: () => close(true),
				rescore: () => c.rescore(),
			};
			return {
				fieldId: c.id,
				anchor,
				avoid: avoidFor(c),
				dark: fv.dark,
				props: {
					level: v.level,
					reasons: v.reasons,
					// Strongest passages first: they are what the reader will react to.
					quotes: [
						...new Set(
							[...v.spans].sort((a, b) => b.weight - a.weight).map((s) => v.text.slice(s.start, s.end)),
						),
					].slice(0, 4),
					autoFocus: open.via !== 'hover',
					nudge: open.nudge,
					thread: renderSlot('thread', ctx),
					rewrite: renderSlot('rewrite', ctx),
					onClose: () => close(!transient()),
					onFine: () => {
						for (const s of v.spans) env.dismissed.add(v.text.slice(s.start, s.end).trim().toLowerCase());
						env.deps.recordFeedback({ site: env.hostname, text: v.text, dimensions: dims(c) });
						event(c, 'fine');
						ui.onFine?.(v.text);
						close(true);
						c.apply(v.result, v.options);
					},
					onSnooze: () => {
						event(c, 'snoozed');
						close(true);
						void env.deps.snooze(env.hostname);
					},
				},
			};
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
			} else if (nudge && !bypass) {
				interrupt(e, fromShortcut(e, c));
			}
		},
		onMouseMove(e, host) {
			if (open && !transient()) return;
			if (host && open && e.composedPath().includes(host)) {
				keepHoverCard();
				return;
			}
			for (const f of views) {
				for (const u of f.underlines) {
					if (e.clientX >= u.x && e.clientX <= u.x + u.w && e.clientY >= u.y - 18 && e.clientY <= u.y + 3) {
						keepHoverCard();
						if (open?.id !== f.id) {
							open = { id: f.id, via: 'hover', anchor: new DOMRect(u.x, u.y - 18, u.w, 21) };
							env.repaint();
						}
						return;
					}
				}
			}
			if (open && !hoverClose) {
				hoverClose = setTimeout(() => {
					hoverClose = undefined;
					if (transient()) close(false);
				}, 400);
			}
		},
		onInteract(e, host) {
			if (!open) return;
			const path = e.composedPath();
			if (host && path.includes(host)) {
				if (!transient()) return;
				keepHoverCard();
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
			if (nudge && !bypass) interrupt(e, fromSubmit(e, fields()));
		},
		onClick(e, nudge) {
			if (nudge && !bypass && env.site.submit) interrupt(e, fromClick(e, env.site.submit, fields()));
		},
	};
	return ui;
}
