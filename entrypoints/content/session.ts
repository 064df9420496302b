/**
 * Tactful on one page (one frame): finds comment fields as the user reaches them (event delegation at the
 * document, so fields added later, SPA navigations and open shadow roots need no rescans), scores drafts via
 * FieldController, and paints the overlay. Every listener, observer and timer is tied to `signal`.
 * Same-origin iframes run their own session (the content script is injected with allFrames/matchAboutBlank).
 */
import type { Dimension, ScoreOptions } from '../../models/scoring/types.ts';
import { easeSensitivity, hashText, isAllowed } from '../../utils/background/adaptation.ts';
import type { Adaptation } from '../../utils/background/history-types.ts';
import {
	DEFAULT_SETTINGS,
	effectiveSensitivity,
	isActiveOn,
	type Settings,
	snoozeEndsOn,
} from '../../utils/storage/settings.ts';
import { type CardUi, createCardUi } from './card.ts';
import type { SessionDeps } from './deps.ts';
import { editorFor } from './editors/index.ts';
import { onDecorationsChange, runFieldHooks } from './extensions.ts';
import { FieldController } from './field-controller.ts';
import { editableRoot, findFields, skipReason } from './fields.ts';
import { summaryOf } from './levels.ts';
import { watchMoves } from './move-watch.ts';
import { FrameCard } from './overlay/frame-card.ts';
import { Overlay } from './overlay/overlay.tsx';
import { pageHostname } from './page-host.ts';
import { perfFor } from './perf.ts';
import { adapterFor, isSiteField, type SiteAdapter } from './sites/index.ts';
import { installTestHooks } from './test-hooks.ts';
import { onSilentTextChange } from './text-watch.ts';
import { fieldView, forgetThemes } from './views.ts';
import { topLayerOf } from './visibility.ts';
import { warmUpper } from './warm-up.ts';

/** Events whose default Tactful may need to cancel (shortcuts, the pre-submit nudge); all others are passive. */
const CANCELABLE = new Set(['keydown', 'submit', 'click']);

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
	const seen = new WeakMap<HTMLElement, FieldController | null>();
	const live = new Map<number, { c: FieldController; stop: AbortController }>();
	const dismissed = new Set<string>();
	let settings: Settings = DEFAULT_SETTINGS;
	let adaptation: Adaptation | null = null;
	/** Adaptation was computed from the current settings (a newer slider value wins until it is refreshed). */
	let adaptationFresh = false;
	/** Hashes of drafts the user called fine on this page, before the background's allow list catches up. */
	const allowed = new Set<string>();
	let active = false;
	let focused: FieldController | null = null;
	let overlay: Overlay | null = null;
	let frame = 0;
	let nextId = 1;
	const listen = <K extends string>(target: EventTarget, type: K, fn: (e: Event) => void, capture = true) =>
		target.addEventListener(type, fn, { capture, passive: !CANCELABLE.has(type), signal });

	const options = (): ScoreOptions & { sensitivity: number } => {
		const disabledDimensions: Dimension[] = settings.disabledDimensions;
		const fresh = adaptation && adaptationFresh ? adaptation : null;
		// This site's own sensitivity when it has one; learned feedback eases whichever value is in effect.
		const base = effectiveSensitivity(settings, hostname);
		const sensitivity = fresh ? easeSensitivity(base, fresh.dimensionOffsets.Inappropriateness ?? 0) : base;
		return { sensitivity, disabledDimensions, dimensionOffsets: fresh?.dimensionOffsets };
	};
	const perf = perfFor(doc, signal);
	/** The user reached a field: have the models loaded while they type (the background may have unloaded). */
	const warmUp = deps.warmUp ? warmUpper(deps.warmUp, signal) : () => undefined;
	const paint = () => {
		const started = performance.now();
		frame = 0;
		// Nothing to draw yet: don't add the overlay host to pages where nobody has typed.
		if (!overlay && !focused && ![...live.values()].some(({ c }) => c.verdict && c.verdict.level !== 'ok'))
			return;
		const o = ensureOverlay();
		o.mount(overlayContainer());
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
		const cardView = card.view(views);
		// A small iframe's card goes over the parent page (overlay/frame-card.ts); otherwise it is drawn here.
		o.render(views, frameCard.render(cardView) ? null : cardView, card.announcement());
		moves.drawn(views.flatMap((v) => live.get(v.id)?.c.editor.el ?? []));
		if (perf) {
			perf.measure('paint', started);
			for (const { c } of live.values()) {
				if (c.lastPauseAt && c.verdict?.result.text === c.editor.read()) {
					perf.measure('warn', c.lastPauseAt);
					c.lastPauseAt = 0;
				}
			}
		}
	};
	const repaint = () => {
		if (!frame && !signal.aborted) frame = win.requestAnimationFrame(paint);
	};
	const moves = watchMoves(win, signal, repaint);
	/** Where the overlay lives: inside the top-layer element (modal dialog, popover) holding a field, else <html>. */
	const overlayContainer = () => {
		const warned = [...live.values()].map((x) => x.c).filter((c) => c.verdict && c.verdict.level !== 'ok');
		for (const c of [focused, ...warned]) {
			const layer = c && topLayerOf(c.editor.el);
			if (layer) return layer;
		}
		return doc.documentElement;
	};
	const card: CardUi = createCardUi({ doc, site, live, deps, dismissed, hostname, repaint, signal });
	const frameCard = new FrameCard(win, signal, {
		repaint,
		interact: (e, host) => card.onInteract(e, host),
		moved: (e, host) => card.onMouseMove(e, host),
	});

	const ensureOverlay = () => {
		overlay ??= new Overlay(doc, (id) => card.toggle(id, 'badge'));
		return overlay;
	};
	const resize = new ResizeObserver(repaint);
	signal.addEventListener('abort', () => {
		resize.disconnect();
		if (frame) win.cancelAnimationFrame(frame);
		for (const { stop } of live.values()) stop.abort();
		overlay?.destroy();
	});

	/** The controller for a field root, creating it on first contact (null = not a field Tactful watches). */
	const attach = (root: HTMLElement): FieldController | null => {
		const known = seen.get(root);
		if (known !== undefined) return known;
		const watch = !skipReason(root, site.skip) && (site.id === 'generic' || isSiteField(site, root));
		if (!watch) {
			seen.set(root, null);
			return null;
		}
		const stop = new AbortController();
		signal.addEventListener('abort', () => stop.abort(), { once: true });
		const editor = editorFor(root, () => ensureOverlay().scratch);
		const c: FieldController = new FieldController(nextId++, editor, {
			score: deps.score,
			options,
			isDismissed: (passage) => dismissed.has(passage.trim().toLowerCase()),
			changed: () => {
				const v = c.verdict;
				if (
					v &&
					v.level !== 'ok' &&
					(allowed.has(hashText(v.text)) || (adaptation && isAllowed(v.text, adaptation)))
				) {
					c.verdict = { ...v, level: 'ok', spans: [], reasons: [], summary: summaryOf('ok', []) };
				}
				card.noteVerdict(c);
				repaint();
			},
			signal: stop.signal,
		});
		resize.observe(root);
		stop.signal.addEventListener('abort', () => {
			resize.unobserve(root);
			editor.dispose();
			live.delete(c.id);
			seen.delete(root);
			if (focused === c) focused = null;
			repaint();
		});
		onSilentTextChange(editor, stop.signal, () => {
			c.onSilentChange();
			repaint();
		});
		seen.set(root, c);
		live.set(c.id, { c, stop });
		runFieldHooks({ site, editor, signal: stop.signal });
		return c;
	};
	const fromEvent = (e: Event) => {
		const target = e.composedPath()[0];
		return target instanceof win.Element ? editableRoot(target) : null;
	};

	// The keystroke path: one lookup and a timer reset, then a repaint on the next frame.
	listen(doc, 'input', (e) => {
		const started = perf ? performance.now() : 0;
		if (!active) return;
		const root = fromEvent(e);
		const c = root && attach(root);
		if (!c) return;
		const ie = e as InputEvent;
		c.onInput(ie.data ?? null, ie.inputType ?? '', ie.isComposing === true);
		repaint();
		perf?.measure('input', started);
	});
	// IME composition (Japanese, Chinese, Korean, dead keys): score the committed text, not the half-composed one.
	listen(doc, 'compositionstart', (e) => {
		const root = active ? fromEvent(e) : null;
		(root && attach(root))?.compositionStart();
	});
	listen(doc, 'compositionend', (e) => {
		const root = active ? fromEvent(e) : null;
		(root && attach(root))?.compositionEnd();
	});
	listen(doc, 'focusin', (e) => {
		if (!active) return;
		const root = fromEvent(e);
		const c = root && attach(root);
		if (!c) return; // focus moved into our own card, or a non-field: keep the field state
		warmUp();
		card.onFieldFocus(c);
		focused = c;
		if (!c.verdict) c.schedule(0);
		repaint();
	});
	listen(doc, 'focusout', () => {
		win.setTimeout(() => {
			const root = doc.activeElement instanceof win.HTMLElement ? editableRoot(doc.activeElement) : null;
			if (!root || seen.get(root) !== focused) {
				if (!card.isOpen()) focused = null;
				repaint();
			}
		}, 0);
	});
	onDecorationsChange(repaint, signal);
	// The page switched light/dark (a theme toggle sets a class or data attribute on <html>/<body>, or the OS
	// scheme changed): work the overlay's colours out again.
	const retheme = () => {
		forgetThemes();
		if (overlay) repaint();
	};
	const themeWatch = new MutationObserver(retheme);
	for (const el of [doc.documentElement, doc.body]) if (el) themeWatch.observe(el, { attributes: true });
	signal.addEventListener('abort', () => themeWatch.disconnect());
	const scheme = win.matchMedia?.('(prefers-color-scheme: dark)');
	if (scheme) listen(scheme, 'change', retheme);
	listen(doc, 'scroll', repaint);
	listen(win, 'resize', repaint);
	if (win.visualViewport) {
		listen(win.visualViewport, 'resize', repaint);
		listen(win.visualViewport, 'scroll', repaint);
	}
	listen(doc, 'keydown', (e) =>
		card.onKeyDown(e as KeyboardEvent, focused, fromEvent(e), settings.preSubmitNudge),
	);
	listen(doc, 'mousemove', (e) => card.onMouseMove(e as MouseEvent, overlay?.host ?? null), false);
	for (const type of ['pointerdown', 'focusin'])
		listen(doc, type, (e) => card.onInteract(e, overlay?.host ?? null));
	listen(doc, 'submit', (e) => card.onSubmit(e as SubmitEvent, settings.preSubmitNudge));
	listen(doc, 'click', (e) => card.onClick(e as MouseEvent, settings.preSubmitNudge));

	/** Scores drafts already in the page (restored by the site, or typed while Tactful was off or snoozed). */
	const scoreExisting = () => {
		for (const el of findFields(doc, site.skip)) {
			const c = attach(el);
			if (c?.editor.read().trim()) c.schedule(0);
		}
	};
	let wake = 0;
	signal.addEventListener('abort', () => win.clearTimeout(wake));
	const applySettings = (next: Settings) => {
		const before = JSON.stringify(options());
		const wasActive = active;
		settings = next;
		active = isActiveOn(settings, hostname);
		card.setActive(active);
		if (JSON.stringify(options()) !== before) for (const { c } of live.values()) c.rescore();
		if (active && !wasActive) {
			scoreExisting();
			// A field the page focused before Tactful started (autofocus) got no focusin from us.
			const root = doc.activeElement instanceof win.HTMLElement ? editableRoot(doc.activeElement) : null;
			if (root && attach(root)) warmUp();
		}
		// A snooze ends without any settings change: wake up then (capped: timers overflow past ~24.8 days).
		win.clearTimeout(wake);
		const ends = snoozeEndsOn(settings, hostname);
		if (ends)
			wake = win.setTimeout(() => applySettings(settings), Math.min(ends - Date.now() + 20, 2 ** 31 - 1));
		repaint();
	};
	const loadAdaptation = () =>
		deps.adaptation().then((a) => {
			adaptation = a;
			adaptationFresh = a !== null;
			applySettings(settings);
		});
	void deps.getSettings().then((s) => {
		if (signal.aborted) return;
		// Drafts already in the page (restored by the site) are scored without waiting for a keystroke.
		applySettings(s);
		void loadAdaptation();
	});
	const unwatch = deps.watchSettings((s) => {
		adaptationFresh = false;
		applySettings(s);
		void loadAdaptation();
	});
	signal.addEventListener('abort', unwatch);
	card.onFine = (text) => allowed.add(hashText(text));
	installTestHooks(doc, signal, () => focused);

	return { site, controllers: () => [...live.values()].map((x) => x.c), paint };
}
