// @vitest-environment node
/**
 * One contract, every backend (and each one's non-streaming fallback): each must stream a non-empty candidate
 * whose chunks join to exactly the final text it returns, say how the generation ended, leave the request
 * untouched, honour an AbortSignal with a typed `aborted` error, and fail only with RewriteError.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenAITestServer, startOpenAIServer } from '../../tests/fixtures/openai-server.mjs';
import { createChromeBackend } from './chrome-backend.ts';
import { RewriteError } from './errors.ts';
import { createLocalBackend } from './local-backend.ts';
import { createOfflineBackend } from './offline-fixer.ts';
import { createOpenAIBackend } from './openai-backend.ts';
import { drainGeneration } from './stream.ts';
import { fakeChromeAI } from './testing/fake-chrome-ai.ts';
import type { GenerateRequest, RewriterBackend } from './types.ts';

const TINY_LLM_DIR = path.resolve(__dirname, '../../tests/fixtures');

let server: OpenAITestServer;
beforeAll(async () => {
	server = await startOpenAIServer();
});
afterAll(async () => {
	await server.close();
});

const backends: [string, () => RewriterBackend][] = [
	['offline', () => createOfflineBackend()],
	['openai', () => createOpenAIBackend({ baseUrl: server.url, model: 'tiny', timeoutMs: 5000 })],
	[
		'local',
		() =>
			createLocalBackend({
				modelId: 'tiny-llm',
				localModelPath: TINY_LLM_DIR,
				dtype: 'fp32',
				device: 'cpu',
				maxNewTokens: 12,
			}),
	],
	['chrome', () => createChromeBackend({ globals: fakeChromeAI() })],
	// The fallbacks: a server that refuses `stream: true`, a Chrome without promptStreaming.
	[
		'openai, server refuses streaming',
		() => createOpenAIBackend({ baseUrl: server.url, model: 'refuse-stream', timeoutMs: 5000 }),
	],
	[
		'chrome, no streaming call',
		() => createChromeBackend({ globals: fakeChromeAI({ prompt: 'available', streaming: false }) }),
	],
];

function request(): GenerateRequest {
	const req: GenerateRequest = {
		text: 'This is STUPID, you never test anything. See #12.',
		flaggedSpans: [{ start: 8, end: 14, weight: 1 }],
		dimensions: ['Toxic Emotions'],
		context: ['Earlier comment.'],
		strategy: { id: 'soften.none.t0', template: 'soften', fewShot: 'none', temperature: 0 },
	};
	return structuredClone(req);
}

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
	const chunks: string[] = [];
	for await (const chunk of stream) chunks.push(chunk);
	return chunks;
}

describe.each(backends)('RewriterBackend contract: %s', (_name, make) => {
	it('streams a non-empty candidate as string chunks', async () => {
		const backend = make();
		const chunks = await collect(backend.generate(request()));
		expect(chunks.length).toBeGreaterThan(0);
		expect(chunks.every((c) => typeof c === 'string')).toBe(true);
		expect(chunks.join('').length).toBeGreaterThan(0);
		await backend.dispose?.();
	});

	it('streams chunks that join to exactly the final text, and says how it ended', async () => {
		const backend = make();
		const chunks: string[] = [];
		const result = await drainGeneration(backend.generate(request()), (chunk) => chunks.push(chunk));
		expect(chunks.join('')).toBe(result.text);
		expect(result.text.length).toBeGreaterThan(0);
		expect(['stop', 'length', 'content_filter']).toContain(result.finish);
		await backend.dispose?.();
	});

	it('never modifies the request (the draft stays the user’s)', async () => {
		const req = request();
		const before = JSON.stringify(req);
		await collect(make().generate(Object.freeze(req)));
		expect(JSON.stringify(req)).toBe(before);
	});

	it('throws a typed "aborted" error when the signal already fired', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(collect(make().generate(request(), controller.signal))).rejects.toMatchObject({
			name: 'RewriteError',
			code: 'aborted',
		});
	});

	it('stops with "aborted" when cancelled mid-stream, or finishes cleanly', async () => {
		const controller = new AbortController();
		const chunks: string[] = [];
		let error: unknown;
		try {
			for await (const chunk of make().generate(request(), controller.signal)) {
				chunks.push(chunk);
				controller.abort();
			}
		} catch (e) {
			error = e;
		}
		expect(chunks.length).toBeGreaterThan(0);
		if (error) expect(error).toBeInstanceOf(RewriteError);
		if (error) expect((error as RewriteError).code).toBe('aborted');
	});
});
