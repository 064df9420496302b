/**
 * Tells the thread watcher that the page changed around a field (a comment arrived live, "Load more" filled in,
 * a collapsed comment opened), so a thread that becomes heated while the user is not typing is still noticed.
 * Changes inside the field and in Tactful's own UI are not the page's.
 */

const HOST = '[data-tactful-host]';

const ours = (node: Node): boolean => {
	const el = node instanceof Element ? node : node.parentElement;
	return Boolean(el?.closest(HOST));
};

/** Whether a mutation is the page's own, not the user's typing in `field` or Tactful's overlay. */
function isPageChange(record: MutationRecord, field: Element): boolean {
	if (field.contains(record.target) || ours(record.target)) return false;
	if (record.type !== 'childList') return true;
	const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
	return nodes.length === 0 || !nodes.every(ours);
}

/** Calls `listener` (at most once per batch of mutations) when the page changes outside `field`; returns the unsubscribe. */
export function onPageChange(doc: Document, field: Element, listener: () => void): () => void {
	const root = doc.body ?? doc.documentElement;
	if (!root || typeof MutationObserver === 'undefined') return () => undefined;
	const observer = new MutationObserver((records) => {
		if (records.some((r) => isPageChange(r, field))) listener();
	});
	observer.observe(root, { childList: true, subtree: true, characterData: true });
	return () => observer.disconnect();
}
