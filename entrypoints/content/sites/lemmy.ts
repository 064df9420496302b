/** Lemmy (lemmy-ui, federated across many hosts): markdown textareas with ids `markdown-textarea-…`. */
import type { SiteAdapter } from './types.ts';

export const lemmy: SiteAdapter = {
	id: 'lemmy',
	hosts:
		/^(lemmy\.(world|ml|ca|zip|blahaj\.zone)|beehaw\.org|sh\.itjust\.works|programming\.dev|feddit\.[a-z]+)$/,
	fingerprint: 'textarea[id^="markdown-textarea-"]',
	fields: 'textarea[id^="markdown-textarea-"], form.comment-form textarea',
	skip: 'input#search',
	submit: 'form.comment-form button[type="submit"]',
	fixtures: [[1, 'lemmy-post.html']],
};

// Test URLs:
// https://lemmy.world/post/1 (comment form below the post)
