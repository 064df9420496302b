/**
 * A rewrite error's "Fix in settings" (or "Allow in settings") sends the user to the options page; when they have
 * fixed it and come back, the card asks again by itself instead of showing the old error. It retries when the
 * rewrite setup changes (the rewrite settings or the API key), and when the tab is back in front after the user
 * went to settings from this card (a permission granted there changes no setting). Only the suggestion is asked
 * for again: the draft is never touched.
 */
import { unwatchQuietly } from '../../../utils/context-lost.ts';
import { apiKeyChangedAtItem, getSettings, watchSettings } from '../../../utils/storage/settings.ts';
import type { Editor } from '../editors/types.ts';

/** Fields whose card sent the user to the settings, until the card is back in front or the setup changed. */
const sentToSettings = new WeakSet<HTMLElement>();

/** The user opened the settings from `editor`'s card to fix a rewrite error. */
export function wentToSettings(editor: Editor): void {
	sentToSettings.add(editor.el);
}

/** What the retry needs: the page's window, and a subscription to changes of the rewrite setup. */
export interface RetryEnv {
	win: Window;
	onSetupChange(listener: () => void): () => void;
	/** True when the card shows an error that settings can fix (and nothing is being asked meanwhile). */
	failed(): boolean;
	/** True while a suggestion is being asked for. */
	asking(): boolean;
	/** Asks for a suggestion for the same draft again. */
	retry(): void;
}

/** How often a setup change that came while a suggestion was being asked for looks again (ms). */
const WHILE_ASKING_POLL_MS = 250;

/**
 * Retries `editor`'s failed rewrite once its cause may be fixed; returns the function that stops watching. A card
 * that reopens after the trip to settings retries at once.
 */
export function retryWhenFixed(editor: Editor, env: RetryEnv): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	// A change that lands while a suggestion is being asked for (the key saved a moment before the model, each its
	// own signal) may come too late for that request: once it ends in a settings error, ask once more (the e2e
	// errors.spec "fixes the model there" failed 1 in 1 CI run on exactly this order).
	const afterAsking = () => {
		clearTimeout(timer);
		timer = undefined;
		if (env.asking()) timer = setTimeout(afterAsking, WHILE_ASKING_POLL_MS);
		else if (env.failed()) env.retry();
	};
	const again = () => {
		sentToSettings.delete(editor.el);
		if (env.failed()) env.retry();
		else if (env.asking()) afterAsking();
	};
	const doc = env.win.document;
	const back = () => {
		if (doc.visibilityState === 'visible' && sentToSettings.has(editor.el)) again();
	};
	const stop = env.onSetupChange(again);
	env.win.addEventListener('focus', back);
	doc.addEventListener('visibilitychange', back);
	back();
	return () => {
		stop();
		clearTimeout(timer);
		env.win.removeEventListener('focus', back);
		doc.removeEventListener('visibilitychange', back);
	};
}

/**
 * Calls `listener` when what rewrites run on changes: the rewrite part of the settings, or the API key (seen by the
 * time it changed: the key itself is out of content scripts' reach, api-key.ts). Other settings (a sensitivity, a snooze) do not count.
 */
export function watchRewriteSetup(listener: () => void): () => void {
	let seen: string | undefined;
	void getSettings().then((s) => {
		seen ??= JSON.stringify(s.rewrite);
	});
	const unwatchSettings = watchSettings((s) => {
		const now = JSON.stringify(s.rewrite);
		if (seen !== undefined && now !== seen) listener();
		seen = now;
	});
	const unwatchKey = unwatchQuietly(apiKeyChangedAtItem.watch(() => listener()));
	return () => {
		unwatchSettings();
		unwatchKey();
	};
}
