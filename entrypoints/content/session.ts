/**
 * Tactful on one page (one frame): finds comment fields as the user reaches them (event delegation at the
 * document, so fields added later, SPA navigations and open shadow roots need no rescans), hands them to the
 * field registry (field-registry.ts), follows settings (settings-sync.ts) and paints the overlay. Every
 * listener, observer and timer is tied to `signal`.
 * Same-origin iframes run their own session (the content script is injected with allFrames/matchAboutBlank).
 */
import { setCardShortcut } from '../../components/Keys/card-shortcut.ts';
import { hashText, isAllowed } from '../../utils/background/adaptation.ts';
import { NOT_HERE } from '../../utils/messaging.ts';
import { isActiveOn, siteKey } from '../../utils/storage/settings.ts';
import { AcceptedDrafts } from './accepted.ts';
import { type CardUi, createCardUi } from './card.ts';
import { actionsBoxOf } from './card-view.ts';
import type { SessionDeps } from './deps.ts';
import { appliedNote } from './features/applied-note.ts';
import { snoozedNote } from './features/snoozed-note.ts';
import type { FieldController } from './field-controller.ts';
import { routeFieldEvents } from './field-events.ts';
import { createFieldRegistry } from './field-registry.ts';
import { eventRoot, focusedRoot } from './fields.ts';
import { summaryOf } from './levels.ts';
import { listenerFor } from './listen.ts';
import { watchMoves } from './move-watch.ts';
import { FrameCard } from './overlay/frame-card.ts';
import { Overlay } from './overlay/overlay.tsx';
import { isDarkAround } from './overlay/theme.ts';
import { pageHostname } from './page-host.ts';
import { measureAnsweredPauses, perfFor } from './perf.ts';
import { watchPrefilled } from './prefilled.ts';
import { watchRepaintTriggers } from './repaint-triggers.ts';
import { syncSettings } from './settings-sync.ts';
import { adapterFor, type SiteAdapter } from './sites/index.ts';
import { installTestHooks } from './test-hooks.ts';
import { fieldView } from './views.ts';
import { overlayHome, visibleBox } from './visibility.ts';
import { warmUpper } from './warm-up.ts';

/** A running session; exposed for tests and the UI bench. */
export interface Session {
	site: SiteAdapter;
	controllers(): FieldController[];
	/** Redraw now (normally done on the next animation frame). */
	paint(): void;
}

/** Starts Tactful on `doc`; everything stops when `signal` aborts. */
export function startSession(doc: Document, signal: AbortSignal, deps: SessionDeps): Session {
	const win = doc.defaultView ?? window;
	// The tab page's host, also in an iframe editor: the site settings the popup shows are the ones that apply.
	const hostname = pageHostname(win);
	const site = adapterFor(doc);
	/** Hashes of drafts the user called fine on this page, before the background's allow list catches up. */
	const allowed = new Set<string>();
	/** The drafts themselves, so typing on after "This is fine" does not bring back what the user let stand. */
	const accepted = new AcceptedDrafts();
	let active = false;
	let focused: FieldController | null = null;
	let overlay: Overlay | null = null;
	let frame = 0;
	const listen = listenerFor(signal);
	const perf = perfFor(doc, signal);
	/** The user reached a field: have the models loaded while they type (the background may have unloaded). */
	const warmUp = deps.warmUp ? warmUpper(deps.warmUp, signal) : () => undefined;
	const paint = () => {
		const started = performance.now();
		frame = 0;
		// Nothing to draw yet: don't add the overlay host to pages where nobody has typed.
		if (!overlay && !focused && warned().length === 0) return;
		const o = ensureOverlay();
		// Inside the top-layer element (modal dialog, popover) holding the focused or a warned field, else <html>.
		o.mount(
			overlayHome(
				doc,
				[focused, ...warned()].map((c) => c?.editor.el),
			),
		);
		const views = [];
		for (const { c, stop } of live.values()) {
			if (!c.editor.el.isConnected) {
				stop.abort();
				continue;
			}
			c.refresh();
			const view = active ? fieldView(c, c === focused, o.host) : null;
			if (view) views.push(view);
		}
		// The fields' boxes are read before the overlay is written to: read after, each would lay the page out again.
		moves.drawn(views.flatMap((v) => live.get(v.id)?.c.editor.el ?? []));
		const cardView = card.view(views);
		const held = o.noteHeld() || frameCard.noteHeld();
		// "Snoozed here for 1 hour · Resume" is drawn while the site is snoozed, the one thing drawn then.
		const noteView = snooze.view(!active, held) ?? (active ? note.view(card.openId(), held) : null);
		const noteSays = snooze.announcement() || note.announcement();
		// A small iframe's card, and the "Rewrite applied" note after it, go over the parent page
		// (overlay/frame-card.ts), kept there from the card to the note; otherwise both are drawn here.
		const over = frameCard.render(cardView, noteView, noteSays, card.isOpen() || note.has() || snooze.has());
		o.render(
			views,
			over ? null : cardView,
			card.announcement(),
			over ? null : noteView,
			over ? '' : noteSays,
		);
		if (perf) {
			perf.measure('paint', started);
			measureAnsweredPauses(perf, fields.controllers(), started);
		}
	};
	const repaint = () => {
		if (!frame && !signal.aborted) frame = win.requestAnimationFrame(paint);
	};
	const moves = watchMoves(win, signal, repaint);
	const fields = createFieldRegistry({
		site,
		signal,
		score: deps.score,
		options: () => sync.options(),
		mirrorHost: () => ensureOverlay().scratch,
		changed: (c) => {
			const v = c.verdict;
			const adaptation = sync.adaptation();
			if (
				v &&
				v.level !== 'ok' &&
				(allowed.has(hashText(v.text)) || (adaptation && isAllowed(v.text, adaptation)))
			) {
				c.verdict = { ...v, level: 'ok', spans: [], reasons: [], summary: summaryOf('ok', []) };
			} else if (v) c.verdict = accepted.quiet(v);
			card.noteVerdict(c);
			repaint();
		},
		gone: (c) => {
			if (focused === c) focused = null;
			repaint();
		},
		repaint,
	});
	const { live, attach } = fields;
	/** Fields showing a caution or warning. */
	const warned = () => fields.controllers().filter((c) => c.verdict && c.verdict.level !== 'ok');
	const card: CardUi = createCardUi({ doc, site, live, deps, hostname, repaint, signal });
	/** "Rewrite applied · Undo" beside the field after Apply (features/applied-note.ts). */
	const note = appliedNote({
		fieldOf: (editor) => {
			const c = fields.controllers().find((x) => x.editor === editor);
			if (!c) return null;
			const box = visibleBox(c.editor.el);
			// The page's Post controls under the box, which the note must not cover (qa28: Hacker News' "add comment").
			const actions = box && actionsBoxOf(c.editor.el, box, site.clickPosts);
			return { id: c.id, box, actions, dark: isDarkAround(c.editor.el) };
		},
		repaint,
		signal,
		doc,
	});
	/** "Snoozed here for 1 hour · Resume" beside the field after the card's Snooze (features/snoozed-note.ts). */
	const snooze = snoozedNote({
		fieldOf: (editor) => {
			const c = fields.controllers().find((x) => x.editor === editor);
			if (!c) return null;
			const box = visibleBox(c.editor.el);
			const actions = box && actionsBoxOf(c.editor.el, box, site.clickPosts);
			return { id: c.id, box, actions, dark: isDarkAround(c.editor.el) };
		},
		resume: () => deps.resume?.(hostname) ?? Promise.resolve(),
		repaint,
		signal,
	});
	const frameCard = new FrameCard(win, signal, {
		repaint,
		interact: (e, host) => card.onInteract(e, host),
		moved: (e, host) => card.onMouseMove(e, host),
	});

	/**
	 * A badge pressed: its card opens. One that says checking is unavailable opens the "cannot check" card (why,
	 * what still works, Try again, Details; card.ts).
	 */
	const onBadge = (id: number) => card.toggle(id, 'badge');
	const ensureOverlay = () => {
		overlay ??= new Overlay(doc, onBadge);
		return overlay;
	};
	// After the registry's own abort listener: the fields stop before the overlay goes.
	signal.addEventListener('abort', () => {
		if (frame) win.cancelAnimationFrame(frame);
		overlay?.destroy();
	});

	routeFieldEvents(doc, win, listen, {
		fieldOf: (e) => {
			const root = active ? eventRoot(e, win) : null;
			const c = root && attach(root);
			if (c) {
				// A box in a shadow root attached after the page was scanned: its root is observed from now on.
				prefilled.knowRootsOf(root);
				hearSubmits(root);
			}
			return c;
		},
		focused: (c) => {
			warmUp();
			readShortcut();
			card.onFieldFocus(c);
			focused = c;
		},
		blurred: () => {
			const root = focusedRoot(doc, win);
			if (!root || fields.known(root) !== focused) {
				if (!card.isOpen()) focused = null;
				repaint();
			}
		},
		repaint,
		perf,
		signal,
	});
	watchRepaintTriggers(doc, win, signal, listen, repaint, () => overlay !== null);
	/** The binding the user has now (they may have changed it since this page loaded): named in the UI, heard by the fallback. */
	const readShortcut = () =>
		deps
			.cardShortcut?.()
			.then(({ shortcut, where }) => {
				if (!signal.aborted && setCardShortcut(shortcut, where)) repaint();
			})
			.catch((error) => console.debug('[tactful] could not read the card shortcut:', error));
	// A rebinding the background heard or read (Firefox: at once): the names and the fallback follow it now.
	const stopShortcutWatch = deps.onCardShortcut?.(({ shortcut, where }) => {
		if (!signal.aborted && setCardShortcut(shortcut, where)) repaint();
	});
	if (stopShortcutWatch) signal.addEventListener('abort', stopShortcutWatch, { once: true });
	// The browser's card command, sent by the background to every frame of the tab: the frame whose watched box has
	// focus answers (a parent page's focus is on the <iframe> element then, not on a box of ours).
	const stopCommands = deps.onOpenCard?.(() => {
		const root = active && doc.hasFocus() ? focusedRoot(doc, win) : null;
		const c = root ? fields.known(root) : null;
		return c ? { done: card.onCommand(c) } : NOT_HERE;
	});
	if (stopCommands) signal.addEventListener('abort', stopCommands, { once: true });
	listen(doc, 'keydown', (e) =>
		card.onKeyDown(e as KeyboardEvent, focused, eventRoot(e, win), sync.settings().preSubmitNudge),
	);
	listen(doc, 'mousemove', (e) => card.onMouseMove(e as MouseEvent, overlay?.host ?? null), false);
	for (const type of ['pointerdown', 'focusin'])
		listen(doc, type, (e) => card.onInteract(e, overlay?.host ?? null));
	const onSubmit = (e: Event) => card.onSubmit(e as SubmitEvent, sync.settings().preSubmitNudge);
	listen(doc, 'submit', onSubmit);
	const onClick = (e: Event) => card.onClick(e as MouseEvent, sync.settings().preSubmitNudge);
	/**
	 * The shadow roots holding watched fields: a form inside one (a comment widget's) sends its submit event no
	 * further than the root, and a click on a Post button inside a closed root reaches the document retargeted to
	 * the host, so the pre-submit nudge listens there too, once per root. (A click the document's listener already
	 * stopped never gets here; one it let pass is judged again to the same answer.)
	 */
	const submitRoots = new WeakSet<Node>();
	const hearSubmits = (el: HTMLElement) => {
		const root = el.getRootNode();
		if (root === doc || submitRoots.has(root)) return;
		submitRoots.add(root);
		listen(root, 'submit', onSubmit);
		listen(root, 'click', onClick);
	};
	listen(doc, 'click', onClick);

	/** Boxes holding text before anyone types (an old comment opened to edit, one mounted later): badged when seen. */
	const prefilled = watchPrefilled(doc, {
		win,
		signal,
		extraSkip: site.skip,
		active: () => active,
		attach,
		repaint,
	});
	/**
	 * Drafts already in the page (restored by the site, or typed while Tactful was off or snoozed): every field is
	 * watched (a value the site sets later is heard, text-watch.ts), those with text scored once they are visible.
	 */
	const scoreExisting = () => {
		for (const el of prefilled.scan())
			if (attach(el)) {
				hearSubmits(el);
				prefilled.watch(el);
			}
	};
	const sync = syncSettings({
		deps,
		hostname,
		win,
		signal,
		applied: (settings, optionsChanged) => {
			const wasActive = active;
			active = isActiveOn(settings, hostname);
			card.setActive(active);
			// Each field keeps its verdict until the new one comes (no badge flicker; marked as rechecked when slow).
			if (optionsChanged) for (const { c } of live.values()) c.recheck();
			if (active && !wasActive) {
				scoreExisting();
				// A field the page focused before Tactful started (autofocus) got no focusin from us; the one the user
				// typed in while Tactful was off is checked now, not at the next idle moment.
				const root = focusedRoot(doc, win);
				const c = root && attach(root);
				if (c) {
					warmUp();
					if (c.editor.read().trim()) c.schedule(0);
				}
			}
			repaint();
		},
	});
	card.onSnoozed = (c) => snooze.show(c.editor, siteKey(hostname));
	card.onFine = (text) => {
		allowed.add(hashText(text));
		accepted.add(text);
	};
	installTestHooks(doc, signal, () => focused);

	return { site, controllers: fields.controllers, paint };
}
