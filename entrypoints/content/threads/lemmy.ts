/**
 * Lemmy thread reader (lemmy-ui, on any instance): the post and the parent chain of the comment being replied
 * to; the post's own comment form answers the post, so it reads the top-level comments. Selectors (lemmy-ui):
 * post `.post-listing` (h1 title, `a.person-listing` creator, `#postContent .md-div` body); comments
 * `li.comment > article.comment-node` (header `a.person-listing`, role pills `span.badge` "OP" / "mod" / "admin"
 * or shield icons `[aria-label="mod"]`, `[aria-label="admin"]`; body `.comment-content .md-div`), replies in a
 * nested `ul.comments`, a reply form in the `li.comment` after its article. A collapsed comment shows no body.
 */
import type { Thread, ThreadComment } from '../../../models/derail/types.ts';
import { asPost, capThread, comment, proseOf, roleName, textOf } from './common.ts';

const PERSON = 'a.person-listing, a[href^="/u/"]';
/** A Lemmy account: "name", or "name@instance" for a user of another instance. */
const ACCOUNT = /^[\p{L}\p{N}_.-]+(@[\p{L}\p{N}.-]+)?$/u;

/**
 * The account a person link names, as Lemmy writes it: the link's title ("@lake@feddit.de", "@river"), else its
 * href ("/u/lake@feddit.de", or a remote user's real link "https://feddit.de/u/lake"); undefined when neither says.
 */
function accountOf(link: Element): string | undefined {
	const title = (link.getAttribute('title') ?? '').trim().replace(/^@/, '');
	if (ACCOUNT.test(title)) return title;
	const href = link.getAttribute('href') ?? '';
	const path = href.match(/^\/u\/([^/?#]+)/)?.[1];
	if (path) return ACCOUNT.test(decodeURIComponent(path)) ? decodeURIComponent(path) : undefined;
	try {
		const url = new URL(href);
		const name = url.pathname.match(/^\/u\/([^/@]+)\/?$/)?.[1];
		const here = link.ownerDocument.location?.hostname;
		if (name && url.hostname !== here) return `${decodeURIComponent(name)}@${url.hostname}`;
	} catch {
		// Not a URL: the shown name stands.
	}
	return undefined;
}

/**
 * Who wrote a post or comment: the display name when the person set one ("Moss Green"), else their account as
 * Lemmy writes it: "lake@feddit.de" for a remote user, whose link shows only "lake" (lemmy-ui puts the instance in
 * the title and href), so a remote lake is never taken for this instance's lake. The card adds the "@" (handles.ts).
 */
function authorOf(root: Element): string {
	const link = root.querySelector(PERSON);
	const shown = (link?.textContent ?? '').replace(/\s+/g, '').replace(/^@/, '');
	const display = textOf(root, PERSON).replace(/^@/, '');
	const account = link ? accountOf(link) : undefined;
	if (!account?.includes('@')) return display;
	const name = account.slice(0, account.indexOf('@'));
	// The shown text is the bare name (or the name with its instance): not a display name.
	return shown === '' || shown === name || shown === account ? account : display;
}

/** The role a comment's badges name: a pill's text, or a shield icon's label. */
function badgeRole(article: Element): string | undefined {
	for (const el of Array.from(article.querySelectorAll('.badge, [aria-label]'))) {
		if (el.closest('.comment-content')) continue;
		const role = roleName(el.textContent) ?? roleName(el.getAttribute('aria-label'));
		if (role) return role;
	}
	return undefined;
}

/** The comments directly in a comment list. */
const topLevel = (list: Element): Element[] =>
	Array.from(list.children).filter((c) => c.matches('li.comment'));

function readComment(item: Element, op: string): ThreadComment | undefined {
	const article = Array.from(item.children).find((child) => child.matches('article'));
	if (!article) return undefined;
	const body = article.querySelector('.comment-content .md-div, .comment-content');
	const text = proseOf(body);
	if (text === '') return undefined;
	const author = authorOf(article);
	const role = author === op ? 'OP' : badgeRole(article);
	return comment(author, text, role, undefined, body ?? article);
}

/** Reads the post and the comments the reply in `field` answers. */
export function readLemmyThread(doc: Document, field: Element): Thread {
	const post = doc.querySelector('.post-listing');
	const op = post ? authorOf(post) : '';
	const out: ThreadComment[] = [];
	if (post) {
		const title = textOf(post, 'h1, .post-title');
		const body = proseOf(doc.querySelector('#postContent .md-div, #postContent'));
		out.push(asPost(comment(op, [title, body].filter(Boolean).join('\n\n'), 'OP', undefined, post)));
	}
	const chain: Element[] = [];
	for (let el = field.closest('li.comment'); el; el = el.parentElement?.closest('li.comment') ?? null)
		chain.unshift(el);
	// The post's own form: its conversation is the post and the replies to it, not every branch below.
	const list = doc.querySelector('ul.comments');
	const items = chain.length > 0 ? chain : list ? topLevel(list) : [];
	for (const item of items) {
		const read = readComment(item, op);
		if (read) out.push(read);
	}
	return { site: 'lemmy', comments: capThread(out) };
}
