/**
 * The history page reads the store once; drafts written in other tabs meanwhile add warnings it did not show
 * (qa31: the open page said "0 warnings shown" after two warnings in another tab, until a reload). `onReturn`
 * calls `read` when the user comes back to the page: the tab shown again (`visibilitychange`) or its window
 * focused (two windows side by side stay "visible"). A tab switch fires both: one read per `minGapMs`.
 * Returns the function that stops listening.
 */
export function onReturn(read: () => void, minGapMs = 1000, now: () => number = Date.now): () => void {
	let last = Number.NEGATIVE_INFINITY;
	const back = () => {
		if (document.visibilityState !== 'visible') return;
		if (now() - last < minGapMs) return;
		last = now();
		read();
	};
	document.addEventListener('visibilitychange', back);
	window.addEventListener('focus', back);
	return () => {
		document.removeEventListener('visibilitychange', back);
		window.removeEventListener('focus', back);
	};
}
