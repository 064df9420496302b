import { describe, expect, it } from 'vitest';
import { createChromeBackend, detectChromeAI } from './chrome-backend.ts';
import { fakeChromeAI } from './testing/fake-chrome-ai.ts';
import type { GenerateRequest } from './types.ts';

const request: GenerateRequest = {
	text: 'draft',
	flaggedSpans: [],
	dimensions: [],
	strategy: { id: 's', template: 'soften', fewShot: 'none', temperature: 0.5 },
};

async function text(backend: ReturnType<typeof createChromeBackend>) {
	let out = '';
	for await (const chunk of backend.generate(request)) out += chunk;
	return out;
}

describe('chrome built-in backend', () => {
	it('detects nothing on a browser without the globals', async () => {
		expect(await detectChromeAI({})).toBe('none');
		const error = await text(createChromeBackend({ globals: {} })).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'unavailable' });
	});

	it('prefers the Prompt API, falls back to the Rewriter API', async () => {
		const both = fakeChromeAI({ prompt: 'available', rewriter: 'available', reply: 'Fine.' });
		expect(await text(createChromeBackend({ globals: both }))).toBe('Fine.');
		expect(both.created).toEqual(['LanguageModel']);
		const rewriterOnly = fakeChromeAI({ prompt: 'unavailable', rewriter: 'available', reply: 'Ok then.' });
		expect(await text(createChromeBackend({ globals: rewriterOnly }))).toBe('Ok then.');
		expect(rewriterOnly.created).toEqual(['Rewriter']);
	});

	it('does not trigger a model download unless allowed', async () => {
		const downloadable = fakeChromeAI({ prompt: 'downloadable' });
		expect(await detectChromeAI(downloadable)).toBe('none');
		expect(await detectChromeAI(downloadable, true)).toBe('prompt');
	});

	it('accepts both delta and cumulative streaming (Chrome changed it between versions)', async () => {
		const cumulative = fakeChromeAI({ prompt: 'available', reply: 'ignored' });
		const api = cumulative.LanguageModel;
		if (!api) throw new Error('fake without LanguageModel');
		api.create = async () => ({
			promptStreaming: () =>
				new ReadableStream<string>({
					start(c) {
						for (const s of ['Hel', 'Hello', 'Hello there.']) c.enqueue(s);
						c.close();
					},
				}),
		});
		expect(await text(createChromeBackend({ globals: cumulative }))).toBe('Hello there.');
	});
});
