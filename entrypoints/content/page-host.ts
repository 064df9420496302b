/**
 * The host name whose site settings apply in a frame: the page in the tab, as the popup shows it. An editor in
 * an iframe (a classic TinyMCE / CKEditor 4 iframe, a srcdoc editor, an embedded comment widget) belongs to the
 * page around it, so "Off on this site", a site's own sensitivity and "Snooze here for 1 hour" reach it too.
 */

/** Where `win` sits; the fields of Window this needs, so tests can pass a plain object. */
export interface FrameWindow {
	location: { hostname: string; ancestorOrigins?: { length: number; [i: number]: string } };
	document: { referrer: string };
	top: FrameWindow | null;
}

const hostOf = (url: string | undefined): string => {
	try {
		return url ? new URL(url).hostname : '';
	} catch {
		return '';
	}
};

/**
 * The tab page's host name for a frame. An about:blank or srcdoc frame has no host of its own (and a
 * document.write'd one takes its parent's only after the content script has started), so it is read from the
 * top window when that is reachable (same origin), else from `ancestorOrigins` (Chromium), else from the
 * embedding page's referrer (Firefox has no ancestorOrigins; the referrer names at least the parent's origin).
 */
export function pageHostname(win: FrameWindow): string {
	let top = '';
	try {
		top = win.top?.location.hostname ?? '';
	} catch {
		// a cross-origin top window: its location cannot be read from here
	}
	if (top) return top;
	if (win.top === win) return win.location.hostname;
	const ancestors = win.location.ancestorOrigins;
	const outermost = ancestors?.length ? hostOf(ancestors[ancestors.length - 1]) : '';
	return outermost || hostOf(win.document.referrer) || win.location.hostname;
}
