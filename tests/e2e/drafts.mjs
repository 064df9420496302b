// Drafts the e2e specs type (written for this project; no dataset rows).
export const TOXIC = 'You are a complete idiot and your code is garbage.';
export const TOXIC_WORD = 'idiot';
export const CIVIL = 'Thanks for the report! I can reproduce it on main and will look into a fix tomorrow.';
export const JARGON =
	'Kill the child process, then abort the build and nuke the cache; the master branch hangs on a dead lock.';

/** Every site snapshot field the extension must watch. `state` reads the page's own editor state. */
export const FIELDS = [
	{ name: 'GitHub classic comment', page: 'github-issue.html', sel: '#new_comment_field' },
	{
		name: 'GitHub React MarkdownEditor',
		page: 'github-issue.html',
		sel: 'textarea[aria-label="Markdown value"]',
		state: () => document.getElementById('react-state').textContent,
	},
	{
		name: 'GitHub review comment with a suggested change',
		page: 'github-pr.html',
		before: '#add-suggestion',
		sel: '#review-comment',
	},
	{ name: 'GitHub review summary', page: 'github-pr.html', sel: '#pull_request_review_body' },
	{ name: 'GitHub new issue (dark theme)', page: 'github-new-issue.html', sel: '#issue_body' },
	{ name: 'GitHub discussion reply', page: 'github-new-issue.html', sel: '#discussion-reply' },
	{
		name: 'Discourse composer (markdown)',
		page: 'discourse-topic.html',
		before: '#reply',
		sel: 'textarea.d-editor-input',
	},
	{
		name: 'Discourse composer (ProseMirror)',
		page: 'discourse-topic.html?rich=1',
		before: '#reply',
		sel: '.ProseMirror',
		state: () => window.__pmText(),
	},
	{
		name: 'Reddit composer (Lexical)',
		page: 'reddit-thread.html',
		sel: '[data-lexical-editor]',
		state: () => window.__lexicalText(),
	},
	{ name: 'Hacker News', page: 'hackernews-item.html', sel: 'textarea[name="text"]' },
	{ name: 'Stack Exchange answer', page: 'stackexchange-question.html', sel: '#wmd-input' },
	{
		name: 'Stack Exchange comment',
		page: 'stackexchange-question.html',
		sel: 'textarea.js-comment-text-input',
	},
	{ name: 'Lemmy', page: 'lemmy-post.html', sel: 'textarea[id^="markdown-textarea-"]' },
	{ name: 'generic textarea', page: 'generic-blog.html', sel: '#comment' },
	{ name: 'generic contenteditable', page: 'generic-blog.html', sel: '#ce' },
	{ name: 'generic open shadow root', page: 'generic-blog.html', sel: '#shadow-ta' },
	{
		name: 'generic same-origin iframe',
		page: 'generic-blog.html',
		frame: 'iframe-editor.html',
		sel: '#framed',
	},
	{ name: 'generic CodeMirror (markdown)', page: 'generic-blog.html', sel: '#cm-md .cm-content' },
];
