/**
 * GitHub thread reader: issues, pull requests (conversation and inline review threads) and discussions, in both
 * the classic timeline markup and the React issue view. Reads author, author association (Owner, Member,
 * Contributor, First-time contributor, …), time and the comment's own prose (quotes and code dropped).
 */
import type { Thread, ThreadComment } from '../../../models/derail/types.ts';
import { BOT, capThread, comment, findRole, isBefore, proseOf } from './common.ts';

const COMMENTS = [
	'.timeline-comment', // classic issue/PR/discussion comments (incl. the opening post)
	'.review-comment', // inline PR review comments
	'.react-issue-body',
	'.react-issue-comment',
	'[data-testid="issue-body"]',
	'[data-testid^="comment-viewer-outer-box"]',
].join(', ');
const BODY = '.comment-body, .js-comment-body, [data-testid="markdown-body"], .markdown-body';
const AUTHOR = 'a.author, [data-testid="issue-body-header-author"], [data-testid="avatar-link"], .author';
const HEADER = '.timeline-comment-header, [data-testid="comment-header"], .review-comment-header, header';
const ROLE_LABELS = '.Label, [class*="Label"], [data-testid*="association"], .timeline-comment-label';
/** A review thread or discussion reply thread: replies there answer that thread only. */
const SUBTHREAD = '.js-inline-comments-container, .review-thread-component, [data-testid="review-thread"]';
/**
 * A GitHub Discussions post with its nested replies: the opening post is the first, each answer another. A reply
 * box inside an answer's replies answers that answer: the other answers and their replies are other
 * conversations (as Reddit's other branches are), so only the opening post and that answer are read.
 */
const DISCUSSION_ITEM = '.discussion-timeline-item:not(.discussion-nested-comment-timeline-item)';
const NESTED_REPLY = '.discussion-nested-comment-timeline-item';

/** The answer whose replies `field` writes in, or null (not a discussion reply box: read everything above). */
function discussionAnswerOf(field: Element): Element | null {
	const answer = field.closest(DISCUSSION_ITEM);
	return answer?.querySelector(NESTED_REPLY) ? answer : null;
}

function authorOf(el: Element): string {
	const link = el.querySelector(AUTHOR);
	const text = link?.textContent?.trim();
	if (text) return text.replace(/^@/, '');
	return (link?.getAttribute('href') ?? '').split('/').filter(Boolean).pop() ?? '';
}

/**
 * GitHub's "Author" badge says who opened the issue, not their tie to the repository: a comment that shows it and
 * no Owner, Member, Collaborator, Contributor or First-time contributor badge is by someone with no association
 * (the API's author_association NONE, the value the derailment data uses): an outside participant, 'None'.
 */
const association = (role: string | undefined) => (role === 'Author' ? 'None' : role);

/**
 * The comment's role and whether its header is one GitHub puts association badges in (classic timeline, review
 * and React comment headers): there, no badge at all is author_association NONE too. The React issue body shows
 * none for anyone, and markup the reader does not know says nothing: both stay unknown.
 */
function roleOf(el: Element): { role: string | undefined; headerRead: boolean } {
	const header = el.querySelector(HEADER);
	if (isBot(el, header)) return { role: BOT, headerRead: header !== null };
	return { role: association(badgeOf(el, header)), headerRead: header !== null };
}

/**
 * A bot (dependabot[bot], github-actions, stale[bot]): GitHub links an app's name to /apps/…, shows a "bot" label
 * beside it, or the login ends in "[bot]". Checked before the association badges: a bot is nobody's newcomer.
 */
function isBot(el: Element, header: Element | null): boolean {
	const link = el.querySelector(AUTHOR);
	if (/\[bot\]$/i.test(link?.textContent?.trim() ?? '')) return true;
	if (/^(https:\/\/github\.com)?\/apps\//.test(link?.getAttribute('href') ?? '')) return true;
	const labels = Array.from((header ?? el).querySelectorAll(`${ROLE_LABELS}, span`));
	const body = el.querySelector(BODY);
	return labels.some((l) => !body?.contains(l) && /^bot$/i.test(l.textContent?.trim() ?? ''));
}

function badgeOf(el: Element, header: Element | null): string | undefined {
	if (header) return findRole(header, `${ROLE_LABELS}, span`);
	const body = el.querySelector(BODY);
	for (const label of Array.from(el.querySelectorAll(ROLE_LABELS))) {
		if (body?.contains(label)) continue;
		const role = findRole(label.parentElement ?? label, ROLE_LABELS);
		if (role) return role;
	}
	return undefined;
}

/** Comments whose known header showed no badge at all (None, unless the person's other comments say otherwise). */
const noBadge = new WeakSet<ThreadComment>();

function readComment(el: Element): ThreadComment | undefined {
	const body = el.querySelector(BODY);
	const text = proseOf(body, '.js-suggested-changes-blob, .blob-wrapper, .js-minimize-comment');
	if (text === '') return undefined; // minimized with its body not loaded, or an empty shell
	const { role, headerRead } = roleOf(el);
	const read = comment(
		authorOf(el),
		text,
		role,
		el.querySelector('relative-time')?.getAttribute('datetime'),
		el,
		body,
	);
	if (!role && headerRead) noBadge.add(read);
	return read;
}

/**
 * A person's association is the repository's, the same on each of their comments: one that shows no badge (the
 * React view's opening post shows none) takes the one their other comments show, so the author reads as
 * the outside participant they are from the first comment on. Then a comment whose header showed no badge at all
 * is by someone with no association (GitHub shows none for NONE): 'None', an outside participant.
 */
function sameAssociation(comments: ThreadComment[]): void {
	const known = new Map<string, string>();
	for (const c of comments) if (c.author && c.role && !known.has(c.author)) known.set(c.author, c.role);
	for (const c of comments) {
		const role = c.author ? known.get(c.author) : undefined;
		if (!c.role && role) c.role = role;
		else if (!c.role && noBadge.has(c)) c.role = 'None';
	}
}

/**
 * Reads the comments the reply in `field` answers: the review thread it sits in; in a discussion answer's
 * thread, the posts outside every answer (the opening post) and that answer; else everything above it.
 */
export function readGithubThread(doc: Document, field: Element): Thread {
	const scope = field.closest(SUBTHREAD) ?? doc;
	const answer = discussionAnswerOf(field);
	const opening = answer ? doc.querySelector(DISCUSSION_ITEM) : null;
	const all = Array.from(scope.querySelectorAll(COMMENTS));
	const outermost = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
	const inThread = (el: Element) => {
		const item = answer ? el.closest(DISCUSSION_ITEM) : null;
		return !item || item === answer || item === opening;
	};
	const above = outermost.filter((el) => !el.contains(field) && isBefore(el, field) && inThread(el));
	const comments = above.map(readComment).filter((c): c is ThreadComment => c !== undefined);
	sameAssociation(comments);
	const viewer = doc.querySelector('meta[name="user-login"]')?.getAttribute('content') ?? '';
	return { site: 'github', comments: capThread(comments), ...(viewer ? { viewer } : {}) };
}
