import { describe, expect, it } from 'vitest';
import { patternCovers } from './host-access.ts';

const covers = (pattern: string, url: string) => patternCovers(pattern, new URL(url));

describe('host access', () => {
	it('reads the patterns a browser lists: all URLs, schemes, wildcards, ports', () => {
		// Chrome lists a content script's <all_urls> here; fetches from extension pages are open to those hosts.
		expect(covers('<all_urls>', 'http://127.0.0.1:8080/v1')).toBe(true);
		expect(covers('*://*/*', 'https://api.openai.com/v1')).toBe(true);
		expect(covers('http://127.0.0.1/*', 'http://127.0.0.1:8080/v1')).toBe(true);
		expect(covers('http://127.0.0.1/*', 'https://127.0.0.1/v1')).toBe(false);
		expect(covers('https://*.openai.com/*', 'https://api.openai.com/v1')).toBe(true);
		expect(covers('https://*.openai.com/*', 'https://openai.com.evil.example/v1')).toBe(false);
		expect(covers('http://localhost:11434/*', 'http://localhost:11434/v1')).toBe(true);
		expect(covers('http://localhost:11434/*', 'http://localhost:1234/v1')).toBe(false);
		expect(covers('https://github.com/*', 'http://127.0.0.1:8080/v1')).toBe(false);
	});
});
