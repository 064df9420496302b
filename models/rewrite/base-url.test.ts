import { describe, expect, it, vi } from 'vitest';
import { chatCompletionsUrl, keyForServer, normalizeBaseUrl } from './base-url.ts';

const url = (input: string) => {
	const result = normalizeBaseUrl(input);
	if (!result.ok) throw new Error(result.reason);
	return result.url;
};

describe('normalizeBaseUrl', () => {
	it('keeps a well-formed base URL as it is', () => {
		expect(url('http://localhost:11434/v1')).toBe('http://localhost:11434/v1');
		expect(url('https://api.openai.com/v1')).toBe('https://api.openai.com/v1');
	});

	it('adds http:// to a local server typed without a scheme (it would parse as the scheme "localhost:")', () => {
		expect(url('localhost:11434/v1')).toBe('http://localhost:11434/v1');
		expect(url('127.0.0.1:1234/v1')).toBe('http://127.0.0.1:1234/v1');
		expect(url('192.168.1.5:11434/v1')).toBe('http://192.168.1.5:11434/v1');
		expect(url('gpu-box:8000/v1')).toBe('http://gpu-box:8000/v1');
		expect(url('ollama.local/v1')).toBe('http://ollama.local/v1');
	});

	it('adds https:// to a public host typed without a scheme', () => {
		expect(url('api.openai.com/v1')).toBe('https://api.openai.com/v1');
		expect(url('openrouter.ai/api/v1')).toBe('https://openrouter.ai/api/v1');
	});

	it('drops a pasted endpoint path, trailing slashes and surrounding spaces', () => {
		expect(url('  http://localhost:11434/v1/chat/completions ')).toBe('http://localhost:11434/v1');
		expect(url('https://api.openai.com/v1/chat/completions/')).toBe('https://api.openai.com/v1');
		expect(url('http://localhost:1234/v1/completions')).toBe('http://localhost:1234/v1');
		expect(url('http://localhost:1234/v1///')).toBe('http://localhost:1234/v1');
		expect(url('http://localhost:1234/')).toBe('http://localhost:1234');
	});

	it('says in words why an address cannot be used', () => {
		for (const bad of ['', '   ', 'ftp://example.com/v1', 'http://exa mple.com']) {
			const result = normalizeBaseUrl(bad);
			expect(result.ok, bad).toBe(false);
			if (!result.ok) expect(result.reason).not.toMatch(/undefined|null/);
		}
	});

	it('refuses an address with a space even where the URL parser escapes it, as Chromium does (session 27)', () => {
		// Chromium's parser takes "http://my gpu box:11434/v1" as the host "my%20gpu%20box"; Node's throws, so a
		// parser that takes the spaces is stood in for here.
		class LenientURL extends URL {
			constructor(input: string | URL, base?: string | URL) {
				super(String(input).replace(/ /g, '-'), base);
			}
		}
		vi.stubGlobal('URL', LenientURL);
		try {
			for (const bad of ['my gpu box:11434/v1', 'http://my gpu box:11434/v1', 'not a url at all']) {
				const result = normalizeBaseUrl(bad);
				expect(result.ok, bad).toBe(false);
				if (!result.ok)
					expect(result.reason).toBe(
						`“${bad}” is not a web address. It looks like http://localhost:11434/v1.`,
					);
			}
			expect(url(' http://localhost:11434/v1 ')).toBe('http://localhost:11434/v1');
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('chatCompletionsUrl', () => {
	it('appends the endpoint once, even to a base URL stored with it', () => {
		expect(chatCompletionsUrl('http://localhost:11434/v1')).toBe(
			'http://localhost:11434/v1/chat/completions',
		);
		expect(chatCompletionsUrl('http://localhost:11434/v1/')).toBe(
			'http://localhost:11434/v1/chat/completions',
		);
		expect(chatCompletionsUrl('http://localhost:11434/v1/chat/completions')).toBe(
			'http://localhost:11434/v1/chat/completions',
		);
		expect(chatCompletionsUrl('localhost:11434/v1')).toBe('http://localhost:11434/v1/chat/completions');
	});
});

describe('keyForServer', () => {
	it('sends the key only to the origin it was saved for', () => {
		expect(keyForServer('https://api.openai.com/v1', 'sk-1', 'https://api.openai.com')).toBe('sk-1');
		// Another preset, another port, a synced copy of the settings naming another server: no key.
		expect(keyForServer('http://localhost:11434/v1', 'sk-1', 'https://api.openai.com')).toBe('');
		expect(keyForServer('http://localhost:1234/v1', 'k', 'http://localhost:11434')).toBe('');
		expect(keyForServer('https://evil.example/v1', 'sk-1', 'https://api.openai.com')).toBe('');
		// Read as stored: a scheme-less or endpoint-suffixed address is the same server.
		expect(keyForServer('localhost:11434/v1/chat/completions', 'k', 'http://localhost:11434')).toBe('k');
		// A key saved before keys were bound keeps going to the server saved with it.
		expect(keyForServer('http://localhost:11434/v1', 'k', '')).toBe('k');
	});
});
