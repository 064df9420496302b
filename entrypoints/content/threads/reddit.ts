/**
 * Reddit thread reader: the post and the parent chain of the reply being written (not the whole page, whose
 * other branches are separate conversations). Supports the current web components (shreddit-post,
 * shreddit-comment) and old.reddit.com. Collapsed comments are still read: they are part of the chain.
 */
import type { Thread, ThreadComment } from '../../../models/derail/types.ts';
import { asPost, BOT, capThread, comment, proseOf, textOf } from './common.ts';

/** Reddit's rule bot: distinguished as a moderator, but automated text, not a person (common.ts `BOT`). */
const isBot = (author: string) => /^automoderator$/i.test(author);

function shredditPost(doc: Document): ThreadComment | undefined {
	const post = doc.querySelector('shreddit-post');
	if (!post) return undefined;
	const title = post.getAttribute('post-title') ?? textOf(post, '[slot="title"]');
	const body = proseOf(post.querySelector('[slot="text-body"]'));
	return asPost(
		comment(
			post.getAttribute('author') ?? '',
			[title, body].filter(Boolean).join('\n\n'),
			'OP',
			post.getAttribute('created-timestamp'),
			post,
		),
	);
}

function shredditChain(field: Element, op: string): ThreadComment[] {
	const chain: ThreadComment[] = [];
	for (
		let el = field.closest('shreddit-comment');
		el;
		el = el.parentElement?.closest('shreddit-comment') ?? null
	) {
		const author = el.getAttribute('author') ?? '';
		const body = Array.from(el.children).find((child) => child.getAttribute('slot') === 'comment');
		const text = proseOf(body ?? null);
		if (text !== '') {
			const role = isBot(author)
				? BOT
				: author === op
					? 'OP'
					: el.getAttribute('distinguished') === 'moderator'
						? 'Moderator'
						: undefined;
			chain.unshift(
				comment(author, text, role, el.querySelector('time')?.getAttribute('datetime'), body ?? el),
			);
		}
	}
	return chain;
}

function oldRedditThread(doc: Document, field: Element): ThreadComment[] {
	const link = doc.querySelector('.sitetable .thing.link');
	const op = link?.getAttribute('data-author') ?? '';
	const out: ThreadComment[] = [];
	if (link) {
		const title = textOf(link, 'a.title');
		const body = proseOf(doc.querySelector('.expando .usertext-body .md'));
		out.push(asPost(comment(op, [title, body].filter(Boolean).join('\n\n'), 'OP', undefined, link)));
	}
	const chain: ThreadComment[] = [];
	for (
		let el = field.closest('.thing.comment');
		el;
		el = el.parentElement?.closest('.thing.comment') ?? null
	) {
		const author = el.getAttribute('data-author') ?? '';
		const entry = Array.from(el.children).find((child) => child.classList.contains('entry'));
		const text = proseOf(entry?.querySelector('.usertext-body .md'));
		const moderator =
			entry?.querySelector('a.author.moderator') !== null &&
			entry?.querySelector('a.author.moderator') !== undefined;
		if (text !== '')
			chain.unshift(
				comment(
					author,
					text,
					isBot(author) ? BOT : author === op ? 'OP' : moderator ? 'Moderator' : undefined,
					undefined,
					entry,
				),
			);
	}
	return [...out, ...chain];
}

/** Reads the post and the chain of comments the reply in `field` answers. */
export function readRedditThread(doc: Document, field: Element): Thread {
	const post = shredditPost(doc);
	const comments = post ? [post, ...shredditChain(field, post.author)] : oldRedditThread(doc, field);
	const viewer =
		doc.querySelector('faceplate-tracker [noun="user_menu"]')?.getAttribute('data-username') ??
		textOf(doc, '#header .user a');
	return {
		site: 'reddit',
		comments: capThread(comments.filter((c) => c.text !== '')),
		...(viewer ? { viewer } : {}),
	};
}
