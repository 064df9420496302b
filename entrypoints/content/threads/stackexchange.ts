/**
 * Stack Exchange thread reader: for a comment box, the post it sits under and that post's comments (with the
 * question's body first when the post is an answer; the question's own comments are another conversation); for the answer box, the question, its comments and the answers.
 * "Show more comments" links are not followed: only the comments on the page are read.
 */
import type { Thread, ThreadComment } from '../../../models/derail/types.ts';
import { capThread, comment, proseOf, textOf } from './common.ts';

const POST = '#question, .question, .answer';

function postAuthor(post: Element): { author: string; time?: string } {
	const signatures = Array.from(post.querySelectorAll('.post-signature'));
	const owner = signatures.find((s) => s.classList.contains('owner')) ?? signatures[signatures.length - 1];
	return {
		author: owner ? textOf(owner, '.user-details a, .user-details [itemprop="name"], .user-details') : '',
		time:
			owner?.querySelector('.relativetime, .user-action-time span[title]')?.getAttribute('title') ??
			undefined,
	};
}

/** A post and, unless `bodyOnly`, the comments under it. */
function readPost(post: Element, asker: string, bodyOnly = false): ThreadComment[] {
	const { author, time } = postAuthor(post);
	const bodyEl = post.querySelector('.js-post-body, .s-prose, .post-text');
	const body = proseOf(bodyEl);
	const role = post.matches('#question, .question') || author === asker ? 'OP' : undefined;
	const out: ThreadComment[] = body ? [comment(author, body, role, time, bodyEl ?? post)] : [];
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
				mod ? 'Moderator' : who === asker ? 'OP' : undefined,
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
