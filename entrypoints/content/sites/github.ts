/**
 * GitHub: issue/PR comments, review comments (incl. suggested changes, which live in the same textarea),
 * discussions, new issue, editing an existing comment; both the classic Rails forms and the React issue view,
 * whose MarkdownEditor textarea is React-controlled.
 */
import type { SiteAdapter } from './types.ts';

const FIELDS = [
	'textarea.js-comment-field', // classic comment / edit / review forms
	'textarea[name="comment[body]"]',
	'textarea[name="issue[body]"]', // new issue
	'textarea[name="pull_request[body]"]',
	'textarea[name="pull_request_review[body]"]',
	'textarea[name="discussion[body]"]',
	'textarea[aria-label="Markdown value"]', // React issue view (MarkdownEditor)
	'textarea[placeholder="Use Markdown to format your comment"]',
];

const SKIP = [
	'.js-code-editor',
	'.cm-editor',
	'.js-blob-code-container',
	'textarea.js-code-textarea',
	'react-app [data-testid="code-editor"]',
];

export const github: SiteAdapter = {
	id: 'github',
	hosts: /(^|\.)github\.com$/,
	fingerprint: 'meta[name="hostname"][content="github.com"]',
	fields: FIELDS.join(', '),
	skip: SKIP.join(', '),
	submit: 'button[type="submit"].btn-primary, button[data-variant="primary"][type="submit"]',
	fixtures: [
		[2, 'github-issue.html'], // + the React textarea, rendered at runtime (e2e)
		[2, 'github-pr.html'],
		[2, 'github-new-issue.html'],
	],
};

// Test URLs:
// https://github.com/refined-github/refined-github/issues/1 (comment, edit)
// https://github.com/refined-github/refined-github/issues/new (new issue)
// https://github.com/refined-github/refined-github/pull/1/files (review comment, suggested change)
