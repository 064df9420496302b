// @vitest-environment node
/**
 * The openai backend's two waits, on fake timers with an injected fetch: a first answer may take minutes (a local
 * server loading the model cold), a started answer may not stall for long, and neither wait delays the user's
 * Stop or a refused connection.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RewriteError } from './errors.ts';
import { CHUNK_GAP_MS, createOpenAIBackend, FIRST_ANSWER_MS } from './openai-backend.ts';
import { drainGeneration } from './stream.ts';
import type { GenerateRequest } from './types.ts';

const request: GenerateRequest = {
	text: 'This is STUPID garbage!!',
	flaggedSpans: [],
	dimensions: ['Excessive Intensity'],
	strategy: { id: 'soften.civil.t3', template: 'soften', fewShot: 'civil', temperature: 0.3 },
};

const encoder = new TextEncoder();
const sse = (content?: string, finish: string | null = null) =>
	encoder.encode(
		`data: ${JSON.stringify({ choices: [{ index: 0, delta: content === undefined ? {} : { content }, finish_reason: finish }] })}\n\n`,
	);

/**
 * A server whose answer the test releases: `respond()` sends the headers (an SSE body the test writes with `send`
 * and `end`). The fetch honours its signal as the browser's does: a pending request rejects with AbortError,
 * and so does a read of a body whose request was aborted.
 */
function heldServer() {
	let respond!: () => void;
	let body!: ReadableStreamDefaultController<Uint8Array>;
	const calls: { signal?: AbortSignal | null }[] = [];
	const fetch = ((_url: string, init?: RequestInit) => {
		calls.push({ signal: init?.signal });
		return new Promise<Response>((resolve, reject) => {
			const abort = () => {
				const error = new DOMException('The operation was aborted.', 'AbortError');
				reject(error);
				try {
					body?.error(error);
				} catch {
					// already closed
				}
			};
			init?.signal?.addEventListener('abort', abort, { once: true });
			respond = () =>
				resolve(
					new Response(
						new ReadableStream<Uint8Array>({
							start(controller) {
								body = controller;
							},
						}),
						{ status: 200, headers: { 'content-type': 'text/event-stream' } },
					),
				);
		});
	}) as typeof globalThis.fetch;
	return {
		fetch,
		calls,
		respond: () => respond(),
		send: (content?: string, finish: string | null = null) => body.enqueue(sse(content, finish)),
		end: () => {
			body.enqueue(encoder.encode('data: [DONE]\n\n'));
			body.close();
		},
	};
}

/** Runs a generation in the background; `settled()` says whether it has ended yet. */
function start(backend: ReturnType<typeof createOpenAIBackend>, signal?: AbortSignal) {
	const chunks: string[] = [];
	let done = false;
	const result = drainGeneration(backend.generate(request, signal), (c) => chunks.push(c)).then(
		(r) => ({ ok: true as const, value: r }),
		(e: unknown) => ({ ok: false as const, error: e as RewriteError }),
	);
	void result.then(() => {
		done = true;
	});
	return { chunks, result, settled: () => done };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('openai backend waits', () => {
	it('ships a first-answer wait of minutes and a between-chunks limit of seconds', () => {
		expect(FIRST_ANSWER_MS).toBeGreaterThanOrEqual(240_000);
		// Under Firefox's network.http.response.timeout (300 s): our time-out, not its network error, is what shows.
		expect(FIRST_ANSWER_MS).toBeLessThan(300_000);
		expect(CHUNK_GAP_MS).toBe(30_000);
	});

	it('waits minutes for a model that is still loading, then streams its answer', async () => {
		const server = heldServer();
		const backend = createOpenAIBackend({
			baseUrl: 'http://localhost:11434/v1',
			model: 'm',
			fetch: server.fetch,
		});
		expect(backend.server).toBe('localhost:11434');
		const run = start(backend);
		// Three and a half minutes without headers: far past the between-chunks limit, within the first-answer wait.
		await vi.advanceTimersByTimeAsync(210_000);
		expect(run.settled()).toBe(false);
		server.respond();
		// Headers, then a further minute before the first token (the model loads after the server answered).
		await vi.advanceTimersByTimeAsync(60_000);
		expect(run.settled()).toBe(false);
		server.send('Calm ');
		await vi.advanceTimersByTimeAsync(10);
		server.send('words.', 'stop');
		server.end();
		const outcome = await run.result;
		expect(outcome).toEqual({ ok: true, value: { text: 'Calm words.', finish: 'stop' } });
		expect(run.chunks).toEqual(['Calm ', 'words.']);
	});

	it('gives up when the answer has not started within the first-answer wait', async () => {
		const server = heldServer();
		const backend = createOpenAIBackend({
			baseUrl: 'http://localhost:11434/v1',
			model: 'm',
			fetch: server.fetch,
			firstAnswerMs: 60_000,
		});
		const run = start(backend);
		await vi.advanceTimersByTimeAsync(59_000);
		expect(run.settled()).toBe(false);
		await vi.advanceTimersByTimeAsync(1_500);
		const outcome = await run.result;
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.error.code).toBe('timeout');
		expect(!outcome.ok && outcome.error.message).toMatch(/no answer within 60000 ms/);
	});

	it('counts keep-alives and empty deltas before the first text as no answer: one deadline from the request', async () => {
		const server = heldServer();
		const backend = createOpenAIBackend({
			baseUrl: 'http://localhost:1234/v1',
			model: 'm',
			fetch: server.fetch,
			firstAnswerMs: 60_000,
			timeoutMs: 5_000,
		});
		const run = start(backend);
		server.respond();
		for (let t = 0; t < 50_000; t += 4_000) {
			server.send(); // a role-only delta, no text
			await vi.advanceTimersByTimeAsync(4_000);
		}
		expect(run.settled()).toBe(false);
		await vi.advanceTimersByTimeAsync(12_000);
		const outcome = await run.result;
		expect(!outcome.ok && outcome.error.code).toBe('timeout');
	});

	it('times out a stream that stalls after its first chunk with the short between-chunks limit', async () => {
		const server = heldServer();
		const backend = createOpenAIBackend({
			baseUrl: 'http://localhost:11434/v1',
			model: 'm',
			fetch: server.fetch,
		});
		const run = start(backend);
		server.respond();
		await vi.advanceTimersByTimeAsync(100);
		server.send('Calm ');
		await vi.advanceTimersByTimeAsync(CHUNK_GAP_MS - 1_000);
		expect(run.settled()).toBe(false);
		await vi.advanceTimersByTimeAsync(1_500);
		const outcome = await run.result;
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.error.code).toBe('timeout');
		expect(!outcome.ok && outcome.error.message).toMatch(/no data for 30000 ms/);
		expect(run.chunks).toEqual(['Calm ']);
	});

	it('Stop during the long wait aborts the request at once', async () => {
		const server = heldServer();
		const backend = createOpenAIBackend({
			baseUrl: 'http://localhost:11434/v1',
			model: 'm',
			fetch: server.fetch,
		});
		const controller = new AbortController();
		const run = start(backend, controller.signal);
		await vi.advanceTimersByTimeAsync(90_000);
		expect(run.settled()).toBe(false);
		controller.abort();
		// No timer needs to run: the abort reaches the fetch's own signal.
		await vi.advanceTimersByTimeAsync(0);
		expect(run.settled()).toBe(true);
		const outcome = await run.result;
		expect(!outcome.ok && outcome.error.code).toBe('aborted');
		expect(server.calls[0]?.signal?.aborted).toBe(true);
		// Nothing left armed to fire later.
		expect(vi.getTimerCount()).toBe(0);
	});

	it('Stop after the headers, still before the first token, aborts at once too', async () => {
		const server = heldServer();
		const backend = createOpenAIBackend({
			baseUrl: 'http://localhost:11434/v1',
			model: 'm',
			fetch: server.fetch,
		});
		const controller = new AbortController();
		const run = start(backend, controller.signal);
		server.respond();
		await vi.advanceTimersByTimeAsync(45_000);
		controller.abort();
		await vi.advanceTimersByTimeAsync(0);
		expect(run.settled()).toBe(true);
		const outcome = await run.result;
		expect(!outcome.ok && outcome.error.code).toBe('aborted');
		expect(vi.getTimerCount()).toBe(0);
	});

	it('a refused connection fails at once, not after the wait', async () => {
		const refused = (async () => {
			throw new TypeError('fetch failed: connect ECONNREFUSED 127.0.0.1:11434');
		}) as typeof fetch;
		const backend = createOpenAIBackend({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'm', fetch: refused });
		const run = start(backend);
		await vi.advanceTimersByTimeAsync(0);
		expect(run.settled()).toBe(true);
		const outcome = await run.result;
		expect(!outcome.ok && outcome.error.code).toBe('unreachable');
		expect(vi.getTimerCount()).toBe(0);
	});
});
