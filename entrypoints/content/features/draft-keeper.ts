/**
 * Keeps the user's unsent draft of one field on this device (only with the "keep drafts" opt-in), so a reload,
 * a crashed tab or a closed window does not cost them what they wrote; the history page lists kept drafts to
 * copy back. Saved after a typing pause, forgotten when the field is emptied (posted or cleared). The page's
 * text is only read, never written. Everything stops with `signal`.
 */
import type { Editor } from '../editors/types.ts';
import { buttonAt, lightPostTarget, shadowPostTarget } from '../nudge.ts';
import { onSilentTextChange } from '../text-watch.ts';

/** Typing pause before the draft is saved: a reload a moment after typing still finds it. */
export const DRAFT_SAVE_DEBOUNCE_MS = 1200;

export interface DraftKeeperDeps {
	/** Whether the user opted in (read on every save, so turning it off takes effect at once). */
	enabled(): Promise<boolean>;
	save(key: string, text: string): Promise<unknown>;
	discard(key: string): Promise<unknown>;
}

/**
 * A stable key for a field across reloads: the page (origin + path) and the field's own name when it has one,
 * else its position among the page's fields of the same kind.
 */
export function draftKey(editor: Editor): string {
	const el = editor.el;
	const doc = el.ownerDocument;
	const page = `${doc.location?.host ?? ''}${doc.location?.pathname ?? ''}`;
	const named = el.id || el.getAttribute('name') || el.getAttribute('aria-label');
	if (named) return `${page}#${named}`;
	const sameKind = [...doc.querySelectorAll(el.tagName === 'TEXTAREA' ? 'textarea' : '[contenteditable]')];
	return `${page}#${el.tagName.toLowerCase()}-${Math.max(0, sameKind.indexOf(el))}`;
}

/** The key under which the text a rewrite replaced is kept (next to the field's own draft). */
export const beforeRewriteKey = (editor: Editor): string => `${draftKey(editor)} (before rewrite)`;

/** While a draft is kept, how often to check whether the page emptied the field itself (after posting). */
export const DRAFT_EMPTY_CHECK_MS = 3000;

/**
 * Starts keeping the field's draft; stops when `signal` aborts. `clickPosts`: the site's light-DOM Post controls
 * with a click handler are found by label and place (the generic site, SiteAdapter.clickPosts).
 */
export function keepDrafts(
	editor: Editor,
	signal: AbortSignal,
	deps: DraftKeeperDeps,
	{ clickPosts = false }: { clickPosts?: boolean } = {},
): void {
	const key = draftKey(editor);
	const doc = editor.el.ownerDocument;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let emptyCheck: ReturnType<typeof setInterval> | undefined;
	let submitted = false;
	let failed = false;
	const quietly = (p: Promise<unknown>) =>
		p.catch((error) => {
			if (!failed) console.warn('[tactful] keeping the draft failed:', error);
			failed = true;
		});
	const forget = () => {
		clearInterval(emptyCheck);
		emptyCheck = undefined;
		return quietly(deps.discard(key));
	};
	const flush = async () => {
		clearTimeout(timer);
		timer = undefined;
		if (signal.aborted) return;
		const text = editor.read();
		if (!text.trim()) {
			if (emptyCheck !== undefined) await forget();
			return;
		}
		if (!(await deps.enabled().catch(() => false))) return;
		await quietly(deps.save(key, text));
		// Pages empty the field themselves after posting (no input event): notice that and forget the draft.
		emptyCheck ??= setInterval(() => {
			if (!editor.read().trim()) void forget();
		}, DRAFT_EMPTY_CHECK_MS);
	};
	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void flush(), DRAFT_SAVE_DEBOUNCE_MS);
	};
	editor.el.addEventListener('input', schedule, { signal, passive: true });
	onSilentTextChange(editor, signal, schedule); // a paste the editor handled itself must be kept too
	const onSubmit = (e: Event) => {
		if (e.target instanceof Node && e.target.contains(editor.el)) submitted = true;
	};
	doc.addEventListener('submit', onSubmit, { capture: true, signal, passive: true });
	// A form inside a web component's shadow root: its submit event is not composed and never reaches the document.
	const root = editor.el.getRootNode();
	if (root !== doc) {
		root.addEventListener('submit', onSubmit, { capture: true, signal, passive: true });
		// A widget's Post button with a click handler (no form, maybe a closed root, whose clicks reach the document
		// retargeted to the host): clicking it posts the draft as a submit would.
		const onPostClick = (e: Event) => {
			const button = buttonAt(e.composedPath()[0]);
			if (button && shadowPostTarget(button, [editor])) submitted = true;
		};
		root.addEventListener('click', onPostClick, { capture: true, signal, passive: true });
	} else if (clickPosts) {
		// A generic page's own "Send" <div> (or an <input type=submit> outside a form) posting by a click handler.
		const onLightClick = (e: Event) => {
			const target = e.composedPath()[0] as Node | undefined;
			if (target?.nodeType === 1 && lightPostTarget(target as Element, [editor])) submitted = true;
		};
		doc.addEventListener('click', onLightClick, { capture: true, signal, passive: true });
	}
	doc.defaultView?.addEventListener(
		'pagehide',
		() => {
			// Submitted and the page goes away: the post went through (forums that reload after posting).
			if (submitted) void forget();
			// Leaving mid-pause would skip the last words: save them now (the message still goes out).
			else if (timer !== undefined) void flush();
		},
		{ signal },
	);
	signal.addEventListener(
		'abort',
		() => {
			clearTimeout(timer);
			clearInterval(emptyCheck);
		},
		{ once: true },
	);
}
