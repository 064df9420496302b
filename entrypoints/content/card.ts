/**
 * The warning card's behaviour: opening it from the badge (click / Enter) or with the card shortcut in the field
 * (Alt+Shift+T unless rebound: the browser's command, routed here by the background, or the in-page keydown
 * fallback; one press acts once, shortcut-press.ts);
 * closing on Escape (focus goes back to the field); its two actions (card-view.ts draws it). Hover, clicks and
 * focus elsewhere: card-hover.ts; the optional pre-submit nudge: card-nudge.ts; history events: card-history.ts;
 * what screen readers hear: card-announce.ts.
 */
import { cardShortcut } from '../../components/Keys/card-shortcut.ts';
import { matchesShortcut } from '../../utils/shortcut.ts';
import { levelChanges } from './card-announce.ts';
import { cardHistory } from './card-history.ts';
import { cardHover } from './card-hover.ts';
import { type NudgeAnswers, nudgeGate } from './card-nudge.ts';
import { cardViewFor, unavailableCardFor } from './card-view.ts';
import type { SessionDeps } from './deps.ts';
import { awayAt, forgetReply, returnToReply } from './features/reply-return.ts';
import { editorChangeToTell, writeSettled } from './features/rewrite-apply.ts';
import type { FieldController } from './field-controller.ts';
import type { LiveFields } from './field-registry.ts';
import { OWN_HOSTS } from './fields.ts';
import { fromClick, fromShortcut, fromSubmit } from './nudge.ts';
import type { CardView, FieldView } from './overlay/overlay.tsx';
import { isDarkAround } from './overlay/theme.ts';
import { pressGate } from './shortcut-press.ts';
import type { SiteAdapter } from './sites/types.ts';
import { showsUnavailable, tryAgain } from './try-again.ts';
import { visibleBox } from './visibility.ts';

type Via = 'badge' | 'keyboard' | 'hover' | 'nudge';

interface Open {
	id: number;
	via: Via;
	/**
	 * Which opening this is (one more each time a card opens): the overlay draws each opening as a new card, so
	 * it takes focus again even when it closed and opened between two frames (overlay.tsx `CardView.opening`).
	 */
	seq: number;
	/** A hover-opened card the user clicked or focused into: it stays until they close it (card-hover.ts). */
	pinned?: boolean;
	anchor?: DOMRect;
	nudge?: NudgeAnswers;
	/**
	 * The "cannot check" card's Try again is running (session 14): the card keeps saying why, its button "Trying…",
	 * until the rescore answers. `asked`: the rescore was asked for (the host was asked to load again first).
	 */
	trying?: { reason: string; details: string; asked: boolean };
	/** This opening has been drawn taking the focus once: a later draw may not take it from the page (`mayFocus`). */
	focused?: boolean;
	/**
	 * The field's text after the card's own write (Apply, Undo rewrite), until the verdict about it is drawn: the
	 * card waits, undrawn, for that verdict, and closes if the user changes the draft first (`waitsOnWrite`).
	 */
	awaiting?: string;
	/**
	 * Keys pressed in this document plus the field's `userEdits` when `awaiting` was set: unchanged since, a change
	 * of the text is the editor's own, not the user's.
	 */
	awaitingKeys?: number;
	/** Kept open over a calm verdict to tell that the editor changed the text around Apply (`noteVerdict`). */
	tells?: boolean;
	/** The card wrote into the field (Apply, Undo rewrite): closing on a calm verdict takes the focus back there. */
	wrote?: boolean;
}

/** The card controller used by session.ts. */
export interface CardUi {
	toggle(id: number, via: Via): void;
	isOpen(): boolean;
	/** The field whose card is open (drawn or waiting on its own write), else null. */
	openId(): number | null;
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
	/** See card-hover.ts. */
	onMouseMove(e: MouseEvent, host: HTMLElement | null): void;
	/** See card-hover.ts: a click or focus in the card pins a hover-opened one, a click elsewhere closes it. */
	onInteract(e: Event, host: HTMLElement | null): void;
	onSubmit(e: SubmitEvent, nudge: boolean): void;
	onClick(e: MouseEvent, nudge: boolean): void;
	/**
	 * The browser's card command reached this frame for the focused field `c`: opens or closes its card like the
	 * key press does, unless that key press already did (one press, two routes).
	 */
	onCommand(c: FieldController): 'opened' | 'closed' | 'no warning' | 'repeat';
	/** Keyboard focus went into a watched field: another field's card closes (card-hover.ts). */
	onFieldFocus(c: FieldController): void;
	/** Set by the session: remember a draft the user called fine. */
	onFine?: (text: string) => void;
	/** Set by the session: the card's Snooze was pressed for field `c` ("Snoozed here for 1 hour · Resume"). */
	onSnoozed?: (c: FieldController) => void;
}

interface CardEnv {
	doc: Document;
	site: SiteAdapter;
	live: LiveFields;
	deps: SessionDeps;
	hostname: string;
	repaint(): void;
	signal: AbortSignal;
}

/** True when a key event comes from inside Tactful's own overlay (the open card). */
function inOverlay(e: Event): boolean {
	return e.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-tactful-host'));
}

/** Sends the Ctrl/Cmd+Enter `e` again, to the field `el` that has focus back. */
function replayShortcut(el: HTMLElement, e: KeyboardEvent): void {
	const init = {
		key: e.key,
		code: e.code,
		ctrlKey: e.ctrlKey,
		metaKey: e.metaKey,
		bubbles: true,
		cancelable: true,
	};
	el.dispatchEvent(new KeyboardEvent('keydown', { ...init, composed: true }));
	el.dispatchEvent(new KeyboardEvent('keyup', { ...init, composed: true }));
}

/** A stand-in view of a field scrolled out of sight: no badge, no underlines. */
function offScreen(c: FieldController, level: FieldView['level'] = 'ok'): FieldView {
	return {
		id: c.id,
		level,
		summary: '',
		count: 0,
		badge: null,
		underlines: [],
		dark: isDarkAround(c.editor.el),
	};
}

/** Keyboard focus is on something of the page's own (a field the user went back to), not in our card or nowhere. */
function focusOnPage(doc: Document): boolean {
	const active = doc.activeElement;
	return Boolean(
		active &&
			active !== doc.body &&
			active !== doc.documentElement &&
			!active.hasAttribute('data-tactful-host'),
	);
}

/**
 * Whether this draw of the open card takes the focus (WarningCard's `autoFocus`, which focuses on every mount).
 * The first draw of a badge- or keyboard-opened card does; a later one only while the focus is in the card or
 * nowhere. The card is drawn anew after a frame without it (its verdict pending after Apply): a late answer (a slow
 * checker, a loaded machine) drew it again after the user had gone back to the draft, and the card took the focus
 * mid-typing, its keys lost in the card (races5, session 18: github-daily.spec under a 300 ms slower background).
 */
function mayFocus(open: Open, doc: Document): boolean {
	if (open.via === 'hover') return false;
	const take = !open.focused || !focusOnPage(doc);
	open.focused = true;
	return take;
}

/**
 * Whether the open card stays undrawn this frame because it waits for the verdict on its own write into `c`
 * (`Open.awaiting`); 'close' when the user changed the draft meanwhile. Drawn over any other verdict, the card came
 * back by itself over the draft a Ctrl+Z restored, headed "Looks fine" (the rewrite's calm answer landing late,
 * remapped onto the user's words: races6, session 19); the user is back in their draft and opens the card if they
 * want it. A nudge keeps its card (its Post anyway must stay): it just draws the verdict there is.
 */
function waitsOnWrite(open: Open, c: FieldController, keys: number): boolean | 'close' {
	if (open.awaiting === undefined) return false;
	const text = c.editor.read();
	if (text !== open.awaiting && keys + c.userEdits === open.awaitingKeys && open.via !== 'nudge') {
		// Changed with no key, undo step or paste since the write: the editor tidied what was applied ("--" to "—",
		// trailing spaces; session 20). Its verdict is the one to show; the user's Ctrl+Z or typing closes.
		open.awaiting = text;
	}
	if (text !== open.awaiting) {
		open.awaiting = undefined;
		return open.via === 'nudge' ? false : 'close';
	}
	if (c.verdict?.result.text !== text) return true;
	open.awaiting = undefined; // answered: drawn from now on
	return false;
}

/** Creates the card controller for one session. */
export function createCardUi(env: CardEnv): CardUi {
	let open: Open | null = null;
	/** Keys pressed in this document (any): tells the editor's own change after a write from the user's. */
	let keys = 0;
	let openings = 0;
	/** A new opening of field `id`'s card (see `Open.seq`). */
	const newOpening = (o: Omit<Open, 'seq'>): Open => ({ ...o, seq: ++openings });
	let views: FieldView[] = [];
	const ctrl = (id: number) => env.live.get(id)?.c;
	const history = cardHistory(env.deps, env.hostname);
	const event = history.event;
	const levels = levelChanges(event, history.ended);
	const close = (refocus: boolean) => {
		const c = open && ctrl(open.id);
		open = null;
		// Away from the reply (the card scrolled to a comment): back to where the user was, caret and all.
		if (refocus && c && !returnToReply(c.editor)) c.editor.el.focus();
		if (c) forgetReply(c.editor);
		env.repaint();
	};
	/**
	 * Closes the card over a calm verdict. After its own write (`wrote`) the card may hold the focus (a small iframe's
	 * card over the parent page: frames.spec typed into the page's body): back to the draft then, unless the user went
	 * somewhere else in the page.
	 */
	const closeCalm = (c: FieldController, wrote: boolean) => {
		if (!wrote) {
			close(false);
			return;
		}
		const doc = c.editor.el.ownerDocument;
		const active = doc.activeElement;
		const inCard = active?.closest(OWN_HOSTS) != null;
		close(inCard || ((active === null || active === doc.body) && !doc.hasFocus()));
	};
	const fields = () => [...env.live.values()].map((x) => x.c);
	const gate = nudgeGate({
		show: (c, answers) => {
			open = newOpening({ id: c.id, via: 'nudge', nudge: answers });
			env.repaint();
		},
		close,
		event,
	});
	const hover = cardHover({
		open: () => open,
		openHover: (id, anchor) => {
			open = newOpening({ id, via: 'hover', anchor });
			env.repaint();
		},
		close: () => {
			// Away from the reply, the card is the way back to it: a click on the page (selecting the comment's text to
			// quote it) leaves it open; ×, Escape and "Back to your reply" still close or return.
			const c = open && ctrl(open.id);
			if (!(c && awayAt(c.editor))) close(false);
		},
		fieldEl: (id) => ctrl(id)?.editor.el,
		signal: env.signal,
	});
	const { transient } = hover;
	const presses = pressGate();

	const ui: CardUi = {
		toggle(id, via) {
			// A card the mouse opened on an underline is not one the user chose to see: Alt+Shift+T (or the badge)
			// takes it over, focus and all, instead of closing it (a keyboard user whose pointer rests on the draft could
			// otherwise never reach the card: each press closed it, the resting pointer opened it again).
			if (open?.id === id && via !== 'hover' && !transient()) close(true);
			else if (open?.id === id && via !== 'hover') {
				// The same card, not a new opening (ui7, session 16): a new one was drawn as a new card, so what the user
				// had done in it (a section expanded, a rewrite chosen) was lost. It takes focus as the keyboard's card
				// (WarningCard's autoFocus turning true), stays where the hover put it and is no longer transient.
				open.via = via;
				env.repaint();
			} else {
				open = newOpening({ id, via });
				env.repaint();
			}
		},
		isOpen: () => open !== null,
		openId: () => open?.id ?? null,
		view(current) {
			views = current;
			for (const f of current) levels.noteThread(f.id, f.thread);
			if (!open) return null;
			const c = ctrl(open.id);
			if (!c) {
				// Its field is gone (reply box closed, page re-rendered): an invisible card still "open" would
				// swallow Escape and keep every other underline from opening one, and nothing could close it.
				open = null;
				return null;
			}
			// A pre-submit nudge (a warning from before the checker failed) keeps its own card: Post anyway must stay.
			const down = open.via === 'nudge' ? null : showsUnavailable(c) ? c.unavailable : open.trying;
			if (down) {
				const fvDown = current.find((f) => f.id === open?.id);
				if (!fvDown) return null;
				const opened = open;
				return {
					...unavailableCardFor(
						c,
						fvDown,
						{ anchor: open.anchor, autoFocus: mayFocus(open, env.doc) },
						{
							reason: down.reason,
							details: down.details,
							trying: Boolean(open.trying),
							onTryAgain: () => {
								if (opened.trying) return;
								opened.trying = { reason: down.reason, details: down.details, asked: false };
								env.repaint();
								void tryAgain(c, env.deps, env.signal).then(() => {
									if (opened.trying) opened.trying.asked = true;
								});
							},
						},
						{
							onClose: () => close(!transient()),
							onSnooze: () => {
								event(c, 'snoozed');
								close(true);
								void env.deps.snooze(env.hostname);
								ui.onSnoozed?.(c);
							},
						},
					),
					opening: opened.seq,
				};
			}
			const waits = waitsOnWrite(open, c, keys);
			if (waits === 'close') {
				open = null;
				return null;
			}
			if (waits) return null;
			const v = c.verdict;
			// While the page shows a comment the card pointed at, the field is off screen: the card stays open
			// beside that comment, so the way back to the reply is still in reach (features/reply-return.ts).
			const away = awayAt(c.editor);
			const fv = current.find((f) => f.id === open?.id) ?? (away && offScreen(c, v?.level));
			if (!v || !fv) return null;
			if (!away && !visibleBox(c.editor.el)) {
				// The field left the view (the page or its pane scrolled it away): the card closes rather than float
				// over whatever now fills its place, and would not come back by itself (session 14).
				open = null;
				return null;
			}
			const anchor = fv.badge || !away ? open.anchor : away.getBoundingClientRect();
			const opening = {
				anchor,
				autoFocus: mayFocus(open, env.doc),
				nudge: open.nudge,
				mayScroll: open.via !== 'hover',
			};
			const seq = open.seq;
			const drawn = cardViewFor(c, v, fv, env.site, opening, {
				close: () => close(true),
				onClose: () => close(!transient()),
				onFine: () => {
					history.fine(c, v.text);
					ui.onFine?.(v.text);
					close(true);
					c.apply(v.result, v.options);
				},
				// Filed under the verdict the card showed: the rescore of the rewritten text may land first.
				onRewriteAccepted: () => event(c, 'rewriteAccepted', v),
				// The undo files under the same verdict as the accept it takes back, so the reasons net out.
				onRewriteUndone: () => event(c, 'rewriteRejected', v),
				// A redo after that undo takes it back (qa28: "2 applied, 1 undone" for one rewrite).
				onRewriteRedone: () => event(c, 'rewriteRedone', v),
				onDismissed: () => event(c, 'dismissed', v),
				onRescore: () => {
					if (open?.seq !== seq) return;
					open.wrote = true;
					open.awaiting = c.editor.read();
					open.awaitingKeys = keys + c.userEdits;
				},
				onSnooze: () => {
					event(c, 'snoozed');
					close(true);
					void env.deps.snooze(env.hostname);
					ui.onSnoozed?.(c);
				},
			});
			return { ...drawn, opening: seq };
		},
		announcement: levels.announcement,
		noteVerdict(c) {
			const level = levels.note(c);
			const retried = open?.id === c.id ? open.trying : undefined;
			// (Not `c.settled`: the controller tells its answer while its request still counts as in flight.)
			if (retried?.asked && (c.unavailable || c.verdict)) {
				// The "cannot check" card's Try again was answered: still failing, the card says why again; checked, it
				// shows the warning, or closes on a calm draft (nothing left to say; focus back in the box).
				if (open) open.trying = undefined;
				if (!c.unavailable && c.verdict?.level === 'ok') close(true);
				return;
			}
			// A card whose warning cleared has nothing left to say; a nudge still waits for its answer. Unless the editor
			// changed the text around Apply: calm or not, the user must learn it was touched (draft9, session 22). The
			// card kept for that closes on the first calm verdict after the user made the text theirs again.
			const calm = level === 'ok' || (open?.tells && c.verdict?.level === 'ok');
			if (!calm || open?.id !== c.id || open.via === 'nudge' || showsUnavailable(c)) return;
			if (editorChangeToTell(c.editor)) {
				open.tells = true;
				return;
			}
			// A calm card closes at once, also right after its own write: the settle watch, if the editor changes the
			// text inside its window, opens the card again to tell it (session 23; draft9 held every calm card open for
			// the window, 800 ms, to catch a tidy that lands after the verdict).
			const settling = open.wrote ? writeSettled(c.editor) : null;
			closeCalm(c, Boolean(open.wrote));
			if (!settling) return;
			void settling.then(() => {
				// Another card opened meanwhile, or the user acted first (no message then): nothing to open.
				if (open !== null || env.signal.aborted || !ctrl(c.id) || !editorChangeToTell(c.editor)) return;
				// Not a new opening the user asked for: drawn without taking the focus from the draft (`mayFocus`).
				open = newOpening({ id: c.id, via: 'badge', tells: true, focused: true });
				env.repaint();
			});
		},
		setActive(active) {
			if (!active) open = null;
		},
		onKeyDown(e, focused, root, nudge) {
			keys++;
			if (e.key === 'Escape' && open) {
				e.preventDefault();
				e.stopPropagation();
				close(!transient());
				return;
			}
			const from = open && open.via !== 'nudge' && inOverlay(e) ? ctrl(open.id) : null;
			if (from && e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
				// Ctrl+Enter posts from the comment box's own keydown handler (GitHub, Discourse, Reddit), which a
				// key pressed in the card never reached (QA, session 11: posting anyway did nothing). Back in the
				// box, caret and all, the same shortcut is sent there, through the pre-submit nudge if it is on.
				e.preventDefault();
				e.stopPropagation();
				close(true);
				replayShortcut(from.editor.el, e);
				return;
			}
			const c = root && focused?.editor.el === root ? focused : null;
			if (!c) return;
			// The fallback for the binding the user has now (none: no key of ours): where the browser's command fired
			// for this press too, the page never saw the key or the command is dropped (shortcut-press.ts).
			// A field that cannot be checked has a card too: why, what still works, Try again (session 14).
			if (matchesShortcut(e, cardShortcut()) && (c.verdict || showsUnavailable(c))) {
				e.preventDefault();
				if (!e.repeat && presses.claim('key')) ui.toggle(c.id, 'keyboard');
			} else if (nudge && !gate.passing()) {
				gate.interrupt(e, fromShortcut(e, c));
			}
		},
		onCommand(c) {
			if (!c.verdict && !showsUnavailable(c)) return 'no warning';
			if (!presses.claim('command')) return 'repeat';
			ui.toggle(c.id, 'keyboard');
			return open?.id === c.id ? 'opened' : 'closed';
		},
		onMouseMove: (e, host) => hover.onMouseMove(e, host, views),
		onInteract: hover.onInteract,
		onFieldFocus: (c) => {
			// Writing in another field: the way back to the first reply is no longer what the user wants.
			const prior = open && open.id !== c.id && ctrl(open.id);
			if (prior) forgetReply(prior.editor);
			hover.onFieldFocus(c.id);
		},
		onSubmit(e, nudge) {
			if (nudge && !gate.passing()) gate.interrupt(e, fromSubmit(e, fields()));
		},
		onClick(e, nudge) {
			if (nudge && !gate.passing())
				gate.interrupt(e, fromClick(e, env.site.submit, fields(), env.site.clickPosts));
		},
	};
	return ui;
}
