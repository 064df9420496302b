/**
 * Discourse thread reader: the posts of the topic currently rendered (Discourse unloads far-away posts while
 * scrolling; we use what is on the page). Roles come from Discourse's own markers: topic owner, staff,
 * moderator, admin.
 */
import type { Thread, ThreadComment } from '../../../models/derail/types.ts';
import { asPost, BOT, capThread, comment, proseOf, textOf } from './common.ts';

/** Discourse's own accounts: "system" (automatic notices, closing topics) and "discobot" (the tutorial bot). */
const BOTS = /^(system|discobot)$/i;

const POSTS = 'article[data-post-id], .topic-post article, .topic-post';

function roleOf(post: Element): string | undefined {
	const names = post.querySelector('.names, .topic-meta-data') ?? post;
	if (post.matches('.admin, .topic-post.admin') || names.querySelector('.admin')) return 'Admin';
	if (post.matches('.moderator') || names.querySelector('.moderator')) return 'Moderator';
	if (post.matches('.staff') || names.querySelector('.staff')) return 'Staff';
	if (post.matches('.topic-owner') || post.closest('.topic-owner')) return 'OP';
	return undefined;
}

function readPost(post: Element): ThreadComment | undefined {
	const text = proseOf(post.querySelector('.cooked'), '.quote, .onebox, .lightbox-wrapper');
	if (text === '') return undefined; // deleted, hidden ("flagged by the community") or not loaded yet
	const author = textOf(post, '.names .username a, .names .first a, .username a, [data-user-card]').replace(
		/^@/,
		'',
	);
	const dated = post
		.querySelector('.post-date [data-time], .relative-date[data-time]')
		?.getAttribute('data-time');
	const time = dated && /^\d+$/.test(dated) ? new Date(Number(dated)).toISOString() : undefined;
	const read = comment(author, text, BOTS.test(author) ? BOT : roleOf(post), time, post);
	return isFirstPost(post) ? asPost(read) : read;
}

/**
 * The topic's first post, by its number (Discourse unloads far-away posts: the first one on the page is the
 * topic's opener only when it is post 1).
 */
function isFirstPost(post: Element): boolean {
	const numbered = post.closest('[data-post-number]') ?? post.querySelector('[data-post-number]');
	if (numbered) return numbered.getAttribute('data-post-number') === '1';
	const article = post.matches('article') ? post : post.querySelector('article');
	return article?.id === 'post_1';
}

/** Reads the loaded posts of the topic, in order (the composer replies to the topic or to one of them). */
export function readDiscourseThread(doc: Document, _field: Element): Thread {
	const all = Array.from(doc.querySelectorAll(POSTS));
	const posts = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
	const comments = posts.map(readPost).filter((c): c is ThreadComment => c !== undefined);
	const viewer = textOf(doc, '.current-user .username, #current-user [data-user-card]');
	return { site: 'discourse', comments: capThread(comments), ...(viewer ? { viewer } : {}) };
}
