/** Hacker News: plain forms, one textarea named "text" for comments, replies and edits. */
import type { SiteAdapter } from './types.ts';

export const hackernews: SiteAdapter = {
	id: 'hackernews',
	hosts: /^news\.ycombinator\.com$/,
	fingerprint: '#hnmain',
	fields: 'form[action="comment"] textarea, form[action="xedit"] textarea, textarea[name="text"]',
	submit: 'form[action="comment"] input[type="submit"]',
	fixtures: [[1, 'hackernews-item.html']],
};

// Test URLs:
// https://news.ycombinator.com/item?id=1 (add comment) ; https://news.ycombinator.com/reply?id=…
