/** Any other site: every textarea / contenteditable / role="textbox" a person can write in, minus the skips. */
import { FIELD_SELECTOR } from '../fields.ts';
import type { SiteAdapter } from './types.ts';

export const generic: SiteAdapter = {
	id: 'generic',
	hosts: /.*/,
	fields: FIELD_SELECTOR,
	submit: 'form button[type="submit"], form input[type="submit"]',
	clickPosts: true,
	fixtures: [
		[2, 'generic-blog.html'], // + shadow-root and CodeMirror fields created by script (e2e)
		[1, 'iframe-editor.html'],
	],
};

// Test URLs: any blog or forum comment form, e.g. a WordPress post's #comment textarea.
