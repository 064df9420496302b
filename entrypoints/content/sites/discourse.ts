/**
 * Discourse (self-hosted everywhere, so found by its generator meta tag): the composer's markdown textarea and
 * its ProseMirror-based rich mode; both carry `.d-editor-input`.
 */
import type { SiteAdapter } from './types.ts';

export const discourse: SiteAdapter = {
	id: 'discourse',
	hosts: /^(meta\.discourse\.org|discuss\.python\.org|community\.openai\.com)$/,
	fingerprint: 'meta[name="generator"][content^="Discourse"]',
	fields: '.d-editor-input, #reply-control textarea, #reply-control .ProseMirror',
	skip: '.search-menu, #search-term, .chat-composer__input-container',
	submit: '#reply-control .save-or-cancel .btn-primary',
	fixtures: [[0, 'discourse-topic.html']], // the composer only exists after Reply (e2e)
};

// Test URLs:
// https://meta.discourse.org/t/what-is-meta/101 (Reply → composer; toggle rich editor)
