import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearApiKey, saveApiKey } from '../storage/api-key.ts';
import { rewriteHostConfig } from './rewrite-config.ts';

// The background reads the key from the extension's database (session 26), bound to the server it was saved for.
describe('rewriteHostConfig', () => {
	it('passes the saved key to its own server only, and a not yet moved storage.local key too', async () => {
		await saveApiKey('sk-openai', 'https://api.openai.com');
		expect((await rewriteHostConfig()).openai.apiKey).toBe('sk-openai');
		await saveApiKey('sk-ollama', 'http://localhost:11434');
		expect((await rewriteHostConfig()).openai.apiKey).toBe('');
		// As an e2e spec writes it, before the background moved it.
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-e2e' });
		expect((await rewriteHostConfig()).openai.apiKey).toBe('sk-e2e');
		await clearApiKey();
		expect((await rewriteHostConfig()).openai.apiKey).toBe('');
	});
});
