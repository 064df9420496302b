// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenAITestServer, startOpenAIServer } from '../../tests/fixtures/openai-server.mjs';
import { RewriteError } from './errors.ts';
import { createOpenAIBackend, originPattern } from './openai-backend.ts';
import { drainGeneration } from './stream.ts';
import type { GenerateRequest } from './types.ts';

let server: OpenAITestServer;
beforeAll(async () => {
	server = await startOpenAIServer();
});
afterAll(async () => {
	await server.close();
});

const request: GenerateRequest = {
	text: 'This is STUPID garbage!!',
	flaggedSpans: [],
	dimensions: ['Excessive Intensity'],
	strategy: { id: 'soften.civil.t3', template: 'soften', fewShot: 'civil', temperature: 0.3 },
};

async function run(
	model: string,
	options: {
		timeoutMs?: number;
		firstAnswerMs?: number;
		baseUrl?: string;
		apiKey?: string;
		hostAccess?: boolean;
	} = {},
) {
	const backend = createOpenAIBackend({
		baseUrl: options.baseUrl ?? server.url,
		model,
		timeoutMs: 3000,
		...options,
	});
	return (await drainGeneration(backend.generate(request))).text;
}

describe('openai backend', () => {
	it('reaches a server whose base URL was stored with /chat/completions already on it', async () => {
		// Saved that way before the options page normalised it: the endpoint must not be doubled (a 404).
		expect(await run('tiny', { baseUrl: `${server.url}/chat/completions/` })).toBe('This is.');
	});

	it('streams the answer and sends model, messages, temperature, stream and the key', async () => {
		expect(await run('tiny', { apiKey: 'sk-test' })).toBe('This is.');
		const last = server.requests.at(-1);
		expect(last?.body).toMatchObject({ model: 'tiny', stream: true, temperature: 0.3 });
		expect(last?.headers.authorization).toBe('Bearer sk-test');
		const messages = last?.body.messages as { role: string }[];
		expect(messages[0]?.role).toBe('system');
		expect(messages.length).toBe(1 + 2 * 3 + 1); // system + three few-shot pairs + draft
	});

	it('accepts a non-streamed JSON answer', async () => {
		expect(await run('no-stream')).toBe('This is.');
	});

	it('falls back to a plain request when the server refuses to stream, and stays there', async () => {
		const backend = createOpenAIBackend({ baseUrl: server.url, model: 'refuse-stream', timeoutMs: 3000 });
		const before = server.requests.length;
		const first = await drainGeneration(backend.generate(request));
		expect(first).toEqual({ text: 'This is.', finish: 'stop' });
		expect(server.requests.slice(before).map((r) => r.body.stream)).toEqual([true, false]);
		await drainGeneration(backend.generate(request));
		expect(server.requests.slice(before).map((r) => r.body.stream)).toEqual([true, false, false]);
	});

	it('reports an answer cut off at max_tokens as finish "length", with the text it streamed', async () => {
		const backend = createOpenAIBackend({ baseUrl: server.url, model: 'length', timeoutMs: 3000 });
		const chunks: string[] = [];
		const result = await drainGeneration(backend.generate(request), (c) => chunks.push(c));
		expect(result).toEqual({ text: 'This ', finish: 'length' });
		expect(chunks.join('')).toBe(result.text);
	});

	it('Stop mid-stream aborts the HTTP request itself', async () => {
		const backend = createOpenAIBackend({ baseUrl: server.url, model: 'slow-stream', timeoutMs: 3000 });
		const controller = new AbortController();
		const before = server.aborted;
		const error = await drainGeneration(backend.generate(request, controller.signal), () =>
			controller.abort(),
		).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'aborted' });
		await new Promise((r) => setTimeout(r, 300));
		expect(server.aborted).toBe(before + 1);
	});

	it.each([
		['fail-401', 'unauthorized', /API key/],
		['fail-429', 'rate-limited', /rate-limiting/],
		['fail-500', 'server', /internal error/],
		['fail-404', 'not-found', /model name.*base URL|base URL.*model name/],
		['malformed', 'malformed', /could not read/],
		// A stream that just stops was dropped mid-answer, not a setup to fix (qa30): retried, like a 500.
		['cut', 'server', /Try again/],
	])('%s → %s with a clear message', async (model, code, message) => {
		const error = await run(model).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RewriteError);
		expect((error as RewriteError).code).toBe(code);
		expect((error as RewriteError).userMessage).toMatch(message);
	});

	it('times out on a stream that never starts (headers and a keep-alive, then nothing)', async () => {
		const backend = createOpenAIBackend({
			baseUrl: server.url,
			model: 'slow',
			timeoutMs: 200,
			firstAnswerMs: 300,
		});
		const error = await (async () => {
			for await (const _ of backend.generate(request));
		})().catch((e: unknown) => e);
		expect((error as RewriteError).code).toBe('timeout');
	});

	it('reports an endpoint that is down as unreachable', async () => {
		const error = await run('tiny', { baseUrl: 'http://127.0.0.1:9/v1' }).catch((e: unknown) => e);
		expect((error as RewriteError).code).toBe('unreachable');
		expect((error as RewriteError).userMessage).toMatch(/Could not reach/);
	});

	it('blames a refused host permission, not the network, when a call without it fails before any answer', async () => {
		// What the browser does to an extension page's call to a host it may not contact (no CORS permission).
		const blocked = async () => {
			throw new TypeError('Failed to fetch');
		};
		const backend = createOpenAIBackend({
			baseUrl: 'http://127.0.0.1:8080/v1',
			model: 'tiny',
			hostAccess: false,
			fetch: blocked,
		});
		const error = await drainGeneration(backend.generate(request)).catch((e: unknown) => e);
		expect((error as RewriteError).code).toBe('no-permission');
		expect((error as RewriteError).message).toBe('no-permission: http://127.0.0.1:8080');
		// With the permission (or a server that allows other origins) an answer still comes through as usual.
		expect(await run('tiny', { hostAccess: false })).toBe('This is.');
		const down = await run('tiny', { baseUrl: 'http://127.0.0.1:9/v1', hostAccess: true }).catch((e) => e);
		expect((down as RewriteError).code).toBe('unreachable');
	});

	it('never follows a redirect: the key stays with the configured server, and the user is told', async () => {
		const before = server.log.length;
		const error = await run('redirect', { apiKey: 'sk-secret' }).catch((e: unknown) => e);
		expect((error as RewriteError).code).toBe('redirected');
		expect((error as RewriteError).userMessage).toMatch(/redirects to another address/);
		// One request, to 127.0.0.1: nothing went on to http://localhost:PORT (the redirect's target).
		expect(server.log.slice(before).map((r) => r.method)).toEqual(['POST']);
	});

	it('waits for a first token that comes late (a model still loading), within the first-answer wait', async () => {
		// Later than the between-chunks limit: only the first-answer wait applies before the first token.
		expect(await run('slow-first-1500', { timeoutMs: 500, firstAnswerMs: 3000 })).toBe('This is.');
		const late = await run('slow-first-4000', { firstAnswerMs: 3000 }).catch((e: unknown) => e);
		expect((late as RewriteError).code).toBe('timeout');
	});

	it('derives the host permission to request', () => {
		expect(originPattern('http://localhost:11434/v1')).toBe('http://localhost/*');
	});
});
