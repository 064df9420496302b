/**
 * What redraws the overlay besides typing: scrolling, window and visual-viewport resizes (pinch zoom, the
 * on-screen keyboard), card sections changing what they show, and the page switching light/dark.
 */
import { onDecorationsChange } from './extensions.ts';
import type { Listen } from './listen.ts';
import { forgetThemes } from './views.ts';

/** Calls `repaint` on each of those; `drawn()` says whether the overlay exists (no retheme before it does). */
export function watchRepaintTriggers(
	doc: Document,
	win: Window,
	signal: AbortSignal,
	listen: Listen,
	repaint: () => void,
	drawn: () => boolean,
): void {
	onDecorationsChange(repaint, signal);
	// The page switched light/dark (a theme toggle sets a class or data attribute on <html>/<body>, or the OS
	// scheme changed): work the overlay's colours out again.
	const retheme = () => {
		forgetThemes();
		if (drawn()) repaint();
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
}
