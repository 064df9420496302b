/**
 * A site adapter is data: where the comment fields are on one site, what to leave alone, and which committed
 * page snapshot proves the selectors. Behaviour lives in session.ts; adapters never touch the DOM themselves.
 */
export interface SiteAdapter {
	/** = file name = host slug. */
	id: string;
	/** Hostnames the site runs on. */
	hosts: RegExp;
	/** Markup that identifies the software where it is self-hosted (Discourse, Lemmy) or on a snapshot. */
	fingerprint?: string;
	/** Comment fields (textareas or contenteditable roots, or an ancestor of them). */
	fields: string;
	/** Editable things on the site that are never comments (search, code editors). */
	skip?: string;
	/** Buttons that post a comment, for the optional pre-submit nudge. */
	submit?: string;
	/**
	 * Find the page's own light-DOM Post controls that post by a click handler (a `<div>`, `<span>` or `<a>` saying
	 * "Post"/"Send"/"Reply", an `<input type=submit>` outside a form) by their label and place (nudge.ts
	 * `lightPostTarget`), for the nudge and the draft keeper. For sites no selector can know (generic).
	 */
	clickPosts?: boolean;
	/** [expected number of watched fields, page snapshot under tests/pages/]. */
	fixtures: ReadonlyArray<readonly [number, string]>;
}

/** True when `el` (a field root) is one of the adapter's comment fields. */
export function isSiteField(adapter: SiteAdapter, el: Element): boolean {
	return el.matches(adapter.fields) || el.closest(adapter.fields) !== null;
}
