/**
 * Boxes that hold text before anyone types in them: an old comment opened for editing, a draft the site
 * restored, an editor the page mounted again (React after the Preview tab). Fields are otherwise scored from
 * typing and focus (field-events.ts), so such a box showed nothing until it was clicked.
 * Each candidate is scored once, when it is visible (an IntersectionObserver, so the hidden edit forms a page
 * keeps for every comment cost nothing until one is shown) and holds text, from an idle callback, and at most
 * PREFILLED_CAP per page. Scoring only reads the text: focus and caret are left alone.
 */
import type { FieldController } from './field-controller.ts';
import { editableRoot, FIELD_SELECTOR, findFields, OWN_HOSTS, skipReason } from './fields.ts';
import { shadowRootOf } from './shadow-access.ts';

/** At most this many boxes per page are scored without the user reaching them. */
export const PREFILLED_CAP = 12;
/**
 * At most this many shadow roots (open, and closed where reachable) are observed per session: a page of thousands of icon components does not
 * make every DOM change cost more (one MutationObserver holds them all; each delivery only collects nodes).
 */
export const SHADOW_ROOT_CAP = 2000;
/** The idle callback's deadline: a badge within a second or so even on a busy page. */
const IDLE_TIMEOUT_MS = 600;

interface PrefilledEnv {
	win: Window;
	signal: AbortSignal;
	/** The site's own skip selector (fields.ts `skipReason`). */
	extraSkip?: string;
	/** Whether Tactful is on here now. */
	active(): boolean;
	/** The field's controller, made on first contact (null = a field Tactful does not watch). */
	attach(root: HTMLElement): FieldController | null;
	repaint(): void;
}

/** The prefilled-box watch of one session. */
export interface PrefilledWatch {
	/** Considers a field root: it is scored once it is visible and holds text (again if it was only empty). */
	watch(root: HTMLElement): void;
	/**
	 * The page's candidate field roots, found through its open shadow roots, each of which is observed from now
	 * on: a box a web component renders later inside a root already seen (after "Reply", a fetch, a swap of its
	 * content) is found like one the page adds to its light DOM.
	 */
	scan(): HTMLElement[];
	/** Observes the open shadow roots `el` sits in (a field the user reached in a root attached after the scan). */
	knowRootsOf(el: Element): void;
}

/**
 * The field roots at or inside `node`, its shadow roots included (closed ones where reachable) (a comment widget the page mounts later:
 * QA, session 11, its prefilled box got no badge until clicked, as the page's MutationObserver sees only the host).
 */
export function fieldRootsIn(
	node: Element,
	extraSkip?: string,
	onShadowRoot?: (shadow: ShadowRoot) => void,
): HTMLElement[] {
	const roots = new Set<HTMLElement>();
	if (node.matches(OWN_HOSTS)) return [];
	if (node.matches(FIELD_SELECTOR)) {
		const root = editableRoot(node);
		if (root && !skipReason(root, extraSkip)) roots.add(root);
	}
	for (const root of findFields(node, extraSkip, onShadowRoot)) roots.add(root);
	const shadow = shadowRootOf(node);
	if (shadow) {
		onShadowRoot?.(shadow);
		for (const root of findFields(shadow, extraSkip, onShadowRoot)) roots.add(root);
	}
	return [...roots];
}

/** The text a field root shows, read without an editor (nothing is made for a box that stays empty). */
const textOf = (root: HTMLElement): string =>
	root instanceof HTMLTextAreaElement ? root.value : (root.textContent ?? '');

/** Watches `doc` for prefilled boxes (those added later too); stops when `signal` aborts. */
export function watchPrefilled(doc: Document, env: PrefilledEnv): PrefilledWatch {
	const { win, signal } = env;
	const idle = (fn: () => void) =>
		win.requestIdleCallback
			? win.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS })
			: win.setTimeout(fn, 50);
	let page = win.location.href;
	let scored = 0;
	/** Whether this page's cap still has room (an SPA navigation starts a new page). */
	const room = () => {
		if (win.location.href !== page) {
			page = win.location.href;
			scored = 0;
		}
		return scored < PREFILLED_CAP;
	};

	const shown = new Set<HTMLElement>();
	let shownQueued = false;
	const scoreShown = () => {
		shownQueued = false;
		if (signal.aborted) return;
		for (const el of shown) {
			shown.delete(el);
			if (!el.isConnected) {
				seen.unobserve(el);
				continue;
			}
			// Off here, the page's cap spent, or empty: keep watching (watch() again asks anew).
			if (!env.active() || !room() || !textOf(el).trim()) continue;
			if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) continue;
			seen.unobserve(el);
			const c = env.attach(el);
			if (!c) continue;
			if (c.verdict)
				env.repaint(); // scored already (typed in before it was hidden): just draw it now
			else {
				scored++;
				c.schedule(0);
			}
		}
	};
	const seen = new IntersectionObserver((entries) => {
		for (const e of entries) if (e.isIntersecting) shown.add(e.target as HTMLElement);
		if (shown.size && !shownQueued) {
			shownQueued = true;
			idle(scoreShown);
		}
	});

	const watch = (root: HTMLElement) => {
		if (signal.aborted || !room()) return;
		// Observing afresh reports the box's current visibility once more.
		seen.unobserve(root);
		seen.observe(root);
	};

	const added = new Set<Element>();
	let addedQueued = false;
	const discover = () => {
		addedQueued = false;
		if (signal.aborted) return;
		for (const node of added)
			if (node.isConnected) for (const root of fieldRootsIn(node, env.extraSkip, observe)) watch(root);
		added.clear();
	};
	const arrivals = new MutationObserver((records) => {
		for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.add(n as Element);
		if (added.size && !addedQueued) {
			addedQueued = true;
			idle(discover);
		}
	});
	arrivals.observe(doc, { childList: true, subtree: true });
	/**
	 * Open shadow roots are observed by the same observer as the document (its records say nothing of what
	 * happens inside them): each once, at most SHADOW_ROOT_CAP, until the session stops. A root that leaves the
	 * page is not held (the node owns its registration), and nothing in it is reported once it is gone.
	 */
	const observed = new WeakSet<ShadowRoot>();
	let observedCount = 0;
	const observe = (shadow: ShadowRoot) => {
		if (signal.aborted || observed.has(shadow)) return;
		if (observedCount >= SHADOW_ROOT_CAP) {
			if (observedCount++ === SHADOW_ROOT_CAP)
				console.info(
					`[tactful] ${SHADOW_ROOT_CAP} shadow roots observed on ${win.location.href}; boxes rendered later in others are found when reached`,
				);
			return;
		}
		observed.add(shadow);
		observedCount++;
		arrivals.observe(shadow, { childList: true, subtree: true });
	};
	signal.addEventListener('abort', () => {
		arrivals.disconnect();
		seen.disconnect();
		shown.clear();
		added.clear();
	});
	return {
		watch,
		scan: () => findFields(doc, env.extraSkip, observe),
		knowRootsOf(el) {
			let node = el.getRootNode();
			while (node.nodeType === 11 && (node as ShadowRoot).host) {
				const shadow = node as ShadowRoot;
				if (shadow.host.matches(OWN_HOSTS)) return;
				observe(shadow);
				node = shadow.host.getRootNode();
			}
		},
	};
}
