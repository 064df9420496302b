/**
 * Helpers shared by the thread readers: visible comment text without quotes and code, document-order tests,
 * and the role names sites show. Pure DOM reads: nothing is fetched, clicked or changed on the page.
 */
import type { ThreadComment } from '../../../models/derail/types.ts';

/** Elements whose text is never part of what a comment says in its own words. */
const NOT_PROSE = [
	'pre',
	'code',
	'blockquote',
	'aside.quote', // Discourse quotes
	'.email-quoted-reply',
	'.email-hidden-reply',
	'script',
	'style',
	'template',
	'svg',
	'button',
	'.sr-only',
	'.visually-hidden',
].join(', ');

const BLOCKS = new Set([
	'P',
	'DIV',
	'LI',
	'UL',
	'OL',
	'TR',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'SECTION',
	'ARTICLE',
	'TABLE',
]);

/** The visible prose of a comment body: quotes, code and controls dropped, paragraphs kept as newlines. */
export function proseOf(body: Element | null | undefined, extraDrop = ''): string {
	if (!body) return '';
	const drop = extraDrop ? `${NOT_PROSE}, ${extraDrop}` : NOT_PROSE;
	const parts: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) {
			parts.push(node.nodeValue ?? '');
			return;
		}
		if (node.nodeType !== 1) return;
		const el = node as Element;
		if (el.matches(drop)) {
			// Inline code stays in the sentence as a placeholder so "rename `foo`" still reads as a sentence.
			if (el.tagName === 'CODE' && el.closest('pre') === null) parts.push(' code ');
			return;
		}
		if (el.tagName === 'BR') parts.push('\n');
		const block = BLOCKS.has(el.tagName);
		if (block) parts.push('\n');
		for (const child of Array.from(el.childNodes)) walk(child);
		if (block) parts.push('\n');
	};
	walk(body);
	return parts
		.join('')
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Trimmed text content of the first match, or ''. */
export function textOf(root: ParentNode, selector: string): string {
	return root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** True when `a` comes before `b` in document order and does not contain it. */
export function isBefore(a: Node, b: Node): boolean {
	return (a.compareDocumentPosition(b) & 4) !== 0 && !a.contains(b);
}

/** GitHub-style author associations as shown on the page, normalised to one spelling each. */
const ROLE_NAMES: Record<string, string> = {
	owner: 'Owner',
	member: 'Member',
	collaborator: 'Collaborator',
	contributor: 'Contributor',
	'first-time contributor': 'First-time contributor',
	'first time contributor': 'First-time contributor',
	author: 'Author',
	maintainer: 'Maintainer',
	moderator: 'Moderator',
	admin: 'Admin',
	staff: 'Staff',
	op: 'OP',
	mod: 'Moderator',
	bot: 'Bot',
};

/**
 * An automated account (GitHub apps and `[bot]` logins, Reddit's AutoModerator, Discourse's system and discobot,
 * a Lemmy bot account): not a person, so never named as the newcomer or the maintainer, and its text is not
 * counted as a heated voice (models/derail/explain.ts). The readers give it this role.
 */
export const BOT = 'Bot';

/** The role a label's text names, or undefined when it names none. */
export function roleName(text: string | null | undefined): string | undefined {
	return ROLE_NAMES[(text ?? '').replace(/\s+/g, ' ').trim().toLowerCase()];
}

/**
 * Badges that say who opened the topic, not who the person is here: GitHub's React issue view shows "Author"
 * before "Owner"/"Member"/"Contributor" on the same comment, so the first badge alone hid the maintainer.
 */
const SUBJECT_AUTHOR = new Set(['Author', 'OP']);

/**
 * The role named by a descendant whose whole text is a role name (robust to class-name churn): the first
 * association or site role, else "Author"/"OP" when that is all the comment shows.
 */
export function findRole(root: Element, selector: string): string | undefined {
	let subjectAuthor: string | undefined;
	for (const el of Array.from(root.querySelectorAll(selector))) {
		const role = roleName(el.textContent);
		if (role && !SUBJECT_AUTHOR.has(role)) return role;
		subjectAuthor ??= role;
	}
	return subjectAuthor;
}

/** The page element each comment was read from; comments cross to the host as JSON, so this stays a side table. */
const sources = new WeakMap<ThreadComment, Element>();

/** The element showing a comment's own words, where a reader's `sources` element also holds its header. */
const bodies = new WeakMap<ThreadComment, Element>();

/**
 * Builds a comment, leaving out empty optional fields; `source` (the element showing it on the page) lets the
 * card point at a comment that drives the warning; `body`, the part of it showing the comment's text (without the
 * header's author, badges and time), when that is not all of `source`.
 */
export function comment(
	author: string,
	text: string,
	role?: string,
	time?: string | null,
	source?: Element,
	body?: Element | null,
): ThreadComment {
	const built = { author, text, ...(role ? { role } : {}), ...(time ? { time } : {}) };
	if (source) sources.set(built, source);
	if (body) bodies.set(built, body);
	return built;
}

/**
 * Marks a forum thread's opener (`ThreadComment.post`). In place, not a copy: the side tables above key on the
 * comment object.
 */
export function asPost(c: ThreadComment): ThreadComment {
	c.post = true;
	return c;
}

/** The element a comment was read from, when a reader read it from this page. */
export function commentSource(c: ThreadComment | undefined): Element | undefined {
	return c ? sources.get(c) : undefined;
}

/**
 * The element showing a comment's text on the page: its body where the reader told it apart from the comment's
 * header (GitHub), else the element it was read from (session 24: the thread card's placement counted GitHub's
 * header badges, "Owner", "Author", dates, as lines of comment text).
 */
export function commentBody(c: ThreadComment | undefined): Element | undefined {
	return c ? (bodies.get(c) ?? sources.get(c)) : undefined;
}

/** Keeps at most the last `max` comments, always keeping the opening post. */
export function capThread(comments: ThreadComment[], max = 60): ThreadComment[] {
	if (comments.length <= max) return comments;
	const [first, ...rest] = comments;
	return first ? [first, ...rest.slice(-(max - 1))] : [];
}
