/**
 * Stack Exchange thread reader: for a comment box, the post it sits under and that post's comments (with the
 * question's body first when the post is an answer; the question's own comments are another conversation); for the answer box, the question, its comments and the answers.
 * "Show more comments" links are not followed: only the comments on the page are read.
 *
 * Selectors (proven on tests/pages/threads/stackexchange-question.html and stackexchange-community.html,
 * threads.test.ts): posts `#question, .question, .answer`; a post's author the `.post-signature.owner` (else the
 * last `.post-signature`: an edit's signature comes first) `.user-details a`; body `.js-post-body`; comments
 * `.comments .comment` (text `.comment-copy`, author `.comment-user`, moderator `.mod-flair` ♦, time
 * `.comment-date [title]`). Bots: the Community user (id -1, "Community♦", its automatic comments badged "Bot")
 * is role `Bot` (common.ts `BOT`), by its `/users/-1/` link, else its name with a ♦ or a "Bot" badge.
 */
import type { Thread, ThreadComment } from '../../../models/derail/types.ts';
import { asPost, BOT, capThread, comment, proseOf, textOf } from './common.ts';

const POST = '#question, .question, .answer';

/**
 * Stack Exchange's Community user (id -1): it bumps old questions, owns community posts and leaves automatic
 * comments ("please add details"). Not a person: the link's id says so; a page without the link (a name alone)
 * counts only with its moderator diamond or a "Bot" badge, so a person who calls themselves "Community" does not.
 */
function isCommunity(link: Element | null | undefined): boolean {
	if (!link) return false;
	if (/\/users\/-1(\/|$)/.test(link.getAttribute('href') ?? '')) return true;
	if (!/^community( bot)?$/i.test((link.textContent ?? '').replace(/♦/g, '').trim())) return false;
	const next = link.nextElementSibling;
	const marks = [next, next?.nextElementSibling].filter((el): el is Element => el != null);
	return /♦/.test(link.textContent ?? '') || marks.some((el) => el.matches('.mod-flair, .s-badge__bot'));
}

function postAuthor(post: Element): { author: string; bot: boolean; time?: string } {
	const signatures = Array.from(post.querySelectorAll('.post-signature'));
	const owner = signatures.find((s) => s.classList.contains('owner')) ?? signatures[signatures.length - 1];
	// A moderator's ♦ sits beside the name in the same box: "Community♦" is "Community", as in comments.
	const author = owner
		? textOf(owner, '.user-details a, .user-details [itemprop="name"], .user-details')
				.replace(/♦/g, '')
				.trim()
		: '';
	return {
		author,
		bot: isCommunity(owner?.querySelector('.user-details a')),
		time:
			owner?.querySelector('.relativetime, .user-action-time span[title]')?.getAttribute('title') ??
			undefined,
	};
}

/** A post and, unless `bodyOnly`, the comments under it. */
function readPost(post: Element, asker: string, bodyOnly = false): ThreadComment[] {
	const { author, bot, time } = postAuthor(post);
	const bodyEl = post.querySelector('.js-post-body, .s-prose, .post-text');
	const body = proseOf(bodyEl);
	const isQuestion = post.matches('#question, .question');
	const role = bot ? BOT : isQuestion || author === asker ? 'OP' : undefined;
	const read = body ? comment(author, body, role, time, bodyEl ?? post) : undefined;
	// The question opens the page; an answer is a reply to it, and opens nothing.
	const out: ThreadComment[] = read ? [isQuestion ? asPost(read) : read] : [];
	if (bodyOnly) return out;
	for (const c of Array.from(post.querySelectorAll('.comments .comment, li.comment'))) {
		const text = proseOf(c.querySelector('.comment-copy'));
		if (!text) continue;
		const who = textOf(c, '.comment-user');
		const mod = c.querySelector('.mod-flair') !== null;
		const date = c.querySelector('.comment-date [title], .relativetime-clean')?.getAttribute('title');
		out.push(
			comment(
				who.replace(/♦/g, '').trim(),
				text,
				isCommunity(c.querySelector('.comment-user'))
					? BOT
					: mod
						? 'Moderator'
						: who === asker
							? 'OP'
							: undefined,
				date,
				c,
			),
		);
	}
	return out;
}

/** Reads the posts and comments the reply in `field` answers. */
export function readStackExchangeThread(doc: Document, field: Element): Thread {
	const question = doc.querySelector('#question, .question');
	const asker = question ? postAuthor(question).author : '';
	const host = field.closest('.answer') ?? (field.closest('#question, .question') ? question : null);
	let comments: ThreadComment[];
	// Under an answer: the question gives the topic, but the comments under it are another conversation.
	if (host && question && host !== question)
		comments = [...readPost(question, asker, true), ...readPost(host, asker)];
	else if (host) comments = readPost(host, asker);
	else comments = Array.from(doc.querySelectorAll(POST)).flatMap((post) => readPost(post, asker));
	return { site: 'stackexchange', comments: capThread(comments) };
}
