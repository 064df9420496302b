/**
 * Hacker News thread reader. On an item page the reply box answers the item at the top (story or comment):
 * we read that item, then the parent chain of the comment rows above the box when the box sits inside the
 * comment tree, else the item's direct replies (top-level rows; up to 30). Collapsed ("[+]") comments have no text and are skipped.
 *
 * Selectors (proven on tests/pages/threads/hackernews-item.html and hackernews-comment-item.html, threads.test.ts):
 * the item `table.fatitem` (story row `tr.athing` with `.titleline`, body `.toptext`, poster `a.hnuser`); comment
 * rows `tr.athing.comtr` (depth `td.ind[indent]` or its spacer image's width / 40, author `a.hnuser`, text
 * `.commtext` without its `.reply` link, time `span.age[title]`, collapsed `.coll` / `.noshow`); the viewer `#me`.
 * Bots: none are marked. Hacker News shows no bot accounts or bot badges (a comment row carries the same markup
 * for every account), so this reader gives no comment the `Bot` role (common.ts `BOT`).
 */
import type { Thread, ThreadComment } from '../../../models/derail/types.ts';
import { asPost, capThread, comment, isBefore, proseOf, textOf } from './common.ts';

const indentOf = (row: Element): number => {
	const ind = row.querySelector('td.ind');
	const attr = ind?.getAttribute('indent');
	if (attr !== null && attr !== undefined) return Number(attr) || 0;
	return Math.round(Number(ind?.querySelector('img')?.getAttribute('width') ?? 0) / 40);
};

function readRow(row: Element, op: string): ThreadComment | undefined {
	if (row.classList.contains('coll') || row.classList.contains('noshow')) return undefined;
	const text = proseOf(row.querySelector('.commtext'), '.reply');
	if (text === '') return undefined;
	const author = textOf(row, 'a.hnuser');
	return comment(
		author,
		text,
		author === op ? 'OP' : undefined,
		row.querySelector('span.age')?.getAttribute('title')?.split(' ')[0],
		row,
	);
}

/** Reads the item being replied to and the comments around the reply box. */
export function readHackerNewsThread(doc: Document, field: Element): Thread {
	const fat = doc.querySelector('table.fatitem');
	const out: ThreadComment[] = [];
	let op = '';
	if (fat) {
		op = textOf(fat, '.subtext a.hnuser, .subline a.hnuser, a.hnuser');
		// A story row has a title; on a comment's own page the fat item is that comment (also a bare tr.athing).
		const item = fat.querySelector('tr.athing');
		const story = item?.matches('.submission') || item?.querySelector('.titleline') ? item : null;
		if (story) {
			const title = textOf(story, '.titleline > a, .titleline, .title a');
			const body = proseOf(fat.querySelector('.toptext'));
			out.push(asPost(comment(op, [title, body].filter(Boolean).join('\n\n'), 'OP', undefined, fat)));
		} else {
			// Not an opener: that comment is a reply in its own exchange, which the rows below continue.
			const row = item ? readRow(item, '') : undefined;
			if (row) out.push(row);
			op = '';
		}
	}
	const rows = Array.from(doc.querySelectorAll('tr.athing.comtr'));
	const inTree = rows.filter((row) => isBefore(row, field));
	if (inTree.length > 0) {
		// The box sits under a comment: walk up its indentation chain.
		const chain: Element[] = [];
		let level = Number.POSITIVE_INFINITY;
		for (const row of inTree.reverse()) {
			const indent = indentOf(row);
			if (indent < level) {
				chain.unshift(row);
				level = indent;
			}
			if (level === 0) break;
		}
		out.push(...chain.map((row) => readRow(row, op)).filter((c): c is ThreadComment => c !== undefined));
	} else {
		// The item's own reply box answers the item: its direct replies (the shallowest rows) are that conversation;
		// deeper replies answer their own parents.
		const top = Math.min(...rows.map(indentOf));
		out.push(
			...rows
				.filter((row) => indentOf(row) === top)
				.map((row) => readRow(row, op))
				.filter((c): c is ThreadComment => c !== undefined)
				.slice(0, 30),
		);
	}
	const viewer = textOf(doc, '#me, .pagetop a[href^="user?id="]');
	return {
		site: 'hackernews',
		comments: capThread(out.filter((c) => c.text !== '')),
		...(viewer ? { viewer } : {}),
	};
}
