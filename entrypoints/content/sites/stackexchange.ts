/**
 * Stack Exchange (Stack Overflow and every *.stackexchange.com site): the answer box (`#wmd-input`, or the
 * ProseMirror-based Stacks-Editor in rich mode) and the small comment textareas under posts.
 */
import type { SiteAdapter } from './types.ts';

export const stackexchange: SiteAdapter = {
	id: 'stackexchange',
	hosts:
		/(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net)$/,
	fingerprint: '.s-topbar, meta[property="og:site_name"][content*="Stack"]',
	fields:
		'textarea.wmd-input, #wmd-input, .js-stacks-editor-container .ProseMirror, textarea.js-comment-text-input',
	skip: '.s-topbar input, .js-search-field',
	submit: '#submit-button, .js-comment-form button[type="submit"]',
	fixtures: [[2, 'stackexchange-question.html']],
};

// Test URLs:
// https://stackoverflow.com/questions/11227809 (Your Answer, Add a comment)
