/**
 * Reddit: the new site's `<shreddit-composer>` comment box (a Lexical editor in the light DOM) and old
 * Reddit's markdown textarea.
 */
import type { SiteAdapter } from './types.ts';

export const reddit: SiteAdapter = {
	id: 'reddit',
	hosts: /(^|\.)reddit\.com$/,
	fingerprint: 'shreddit-app, meta[property="og:site_name"][content="Reddit"]',
	fields:
		'shreddit-composer [data-lexical-editor="true"], comment-composer-host [contenteditable], .usertext-edit textarea',
	skip: 'faceplate-search-input, reddit-search-large, #search',
	submit: 'shreddit-composer button[slot="submit-button"], .usertext-buttons button.save',
	fixtures: [[1, 'reddit-thread.html']],
};

// Test URLs:
// https://www.reddit.com/r/programming/comments/ (any thread → "Join the conversation")
// https://old.reddit.com/r/programming/comments/
