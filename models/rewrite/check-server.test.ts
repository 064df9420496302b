import { describe, expect, it } from 'vitest';
import { checkServer } from './check-server.ts';

/** A fetch that answers every request with `status` and `body`, and records what it was asked. */
function answering(status: number, body: unknown) {
	const calls: { url: string; init?: RequestInit }[] = [];
	const fetchFn = (async (url: string, init?: RequestInit) => {
		calls.push({ url, init });
		return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
	}) as typeof fetch;
	return { fetchFn, calls };
}

const server = { baseUrl: 'localhost:11434/v1/chat/completions', model: 'llama3.2', apiKey: ' sk-1 ' };

describe('checkServer', () => {
	it('asks the normalised address for its models, with the key, and confirms a model it has', async () => {
		const { fetchFn, calls } = answering(200, { data: [{ id: 'qwen2.5' }, { id: 'llama3.2' }] });
		expect(await checkServer(server, fetchFn)).toEqual({
			ok: true,
			message: 'The server answered, and it has “llama3.2”.',
		});
		expect(calls[0]?.url).toBe('http://localhost:11434/v1/models');
		expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer sk-1');
	});

	it('names the models it has when the one typed is not among them', async () => {
		const { fetchFn } = answering(200, { data: [{ id: 'qwen2.5:0.5b-instruct' }] });
		const result = await checkServer(server, fetchFn);
		expect(result.ok).toBe(false);
		expect(result.message).toBe(
			'The server answered, but it has no model “llama3.2”. It has “qwen2.5:0.5b-instruct”.',
		);
	});

	it('says the key was rejected, the address is wrong, or the reply is not from such a server', async () => {
		expect((await checkServer(server, answering(401, {}).fetchFn)).message).toMatch(
			/rejected the API key \(401\)/,
		);
		expect((await checkServer(server, answering(404, {}).fetchFn)).message).toMatch(/Check the address/);
		expect((await checkServer(server, answering(200, '<html>').fetchFn)).message).toMatch(
			/not like an OpenAI/,
		);
		expect((await checkServer(server, answering(500, {}).fetchFn)).message).toMatch(/error \(500\)/);
	});

	it('says when nothing answers, or too late', async () => {
		const refused = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		expect((await checkServer(server, refused)).message).toBe(
			'Could not reach http://localhost:11434/v1. Is the server running, and is the address right?',
		);
		const stalled = ((_url: string, init?: RequestInit) =>
			new Promise((_resolve, reject) =>
				init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
			)) as typeof fetch;
		expect((await checkServer(server, stalled, 50)).message).toMatch(/did not answer within/);
	});

	it('refuses an address that cannot work before sending anything', async () => {
		const { fetchFn, calls } = answering(200, {});
		expect((await checkServer({ ...server, baseUrl: 'ftp://x' }, fetchFn)).ok).toBe(false);
		expect(calls).toHaveLength(0);
	});

	// Session 24 (backends24): what a user setting up Ollama or LM Studio meets.
	/** A fetch answering by URL: `routes[url]` is [status, body] (a string body is sent as is); 404 otherwise. */
	function routing(routes: Record<string, [number, unknown]>) {
		const calls: { url: string; init?: RequestInit }[] = [];
		const fetchFn = (async (url: string, init?: RequestInit) => {
			calls.push({ url, init });
			const [status, body] = routes[url] ?? [404, { error: 'not found' }];
			return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
		}) as typeof fetch;
		return { fetchFn, calls };
	}

	it('finds the server under /v1 when the address was typed without it, and hands that address back', async () => {
		const { fetchFn, calls } = routing({
			'http://localhost:11434/v1/models': [200, { data: [{ id: 'llama3.2' }] }],
		});
		const result = await checkServer({ baseUrl: 'http://localhost:11434/', model: 'llama3.2' }, fetchFn);
		expect(result.ok).toBe(true);
		expect(result.baseUrl).toBe('http://localhost:11434/v1');
		expect(result.message).toMatch(
			/answers at http:\/\/localhost:11434\/v1; Tactful put that address in the field/,
		);
		expect(calls.map((c) => c.url)).toEqual([
			'http://localhost:11434/models',
			'http://localhost:11434/v1/models',
		]);
		// An address that already names its version is not second-guessed.
		const v1 = routing({});
		await checkServer({ baseUrl: 'http://localhost:11434/v1', model: 'x' }, v1.fetchFn);
		expect(v1.calls.some((c) => c.url.endsWith('/v1/v1/models'))).toBe(false);
	});

	it('a server without /models is asked one tiny test request, without any draft', async () => {
		const { fetchFn, calls } = routing({
			'http://127.0.0.1:8080/v1/chat/completions': [200, { choices: [{ message: { content: 'OK' } }] }],
		});
		const result = await checkServer(
			{ baseUrl: 'http://127.0.0.1:8080/v1', model: 'tiny', apiKey: 'k' },
			fetchFn,
		);
		expect(result).toEqual({
			ok: true,
			message:
				'The server has no model list at http://127.0.0.1:8080/v1/models, but it answered a test request with “tiny”.',
		});
		const test = calls.find((c) => c.url.endsWith('/chat/completions'));
		expect(JSON.parse(String(test?.init?.body))).toEqual({
			model: 'tiny',
			messages: [{ role: 'user', content: 'Say OK.' }],
			max_tokens: 1,
			stream: false,
		});
		expect(new Headers(test?.init?.headers).get('authorization')).toBe('Bearer k');
	});

	it('quotes what the server said on an error (a model Ollama has not pulled, a 500)', async () => {
		const pulled = routing({
			'http://127.0.0.1:8080/v1/chat/completions': [
				404,
				{ error: { message: 'model "llama3" not found, try pulling it first' } },
			],
		});
		expect(
			(await checkServer({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'llama3' }, pulled.fetchFn)).message,
		).toBe(
			'The server has no model list, and it answered a test request with: “model "llama3" not found, try pulling it first”.',
		);
		const broken = routing({ 'http://127.0.0.1:8080/v1/models': [500, { error: 'out of memory' }] });
		expect(
			(await checkServer({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'x' }, broken.fetchFn)).message,
		).toBe('The server answered with an error (500): “out of memory”.');
		const html = routing({
			'http://127.0.0.1:8080/v1/models': [502, '<html><body>Bad gateway</body></html>'],
		});
		expect(
			(await checkServer({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'x' }, html.fetchFn)).message,
		).toBe('The server answered with an error (502).');
	});

	it('never follows a redirect with the key, and says where the problem is', async () => {
		const { fetchFn, calls } = routing({ 'https://llm.example.org/v1/models': [307, ''] });
		const result = await checkServer(
			{ baseUrl: 'https://llm.example.org/v1', model: 'm', apiKey: 'sk-1' },
			fetchFn,
		);
		expect(result.ok).toBe(false);
		expect(result.message).toMatch(/redirects to another address/);
		expect(calls.every((c) => c.init?.redirect === 'manual')).toBe(true);
	});

	it('names the usual ports for a local server, and the certificate for an https one', async () => {
		const refused = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		expect((await checkServer({ baseUrl: 'http://127.0.0.1:9999/v1', model: 'm' }, refused)).message).toMatch(
			/Ollama listens on port 11434 and LM Studio on port 1234/,
		);
		expect(
			(await checkServer({ baseUrl: 'https://192.168.1.5:8443/v1', model: 'm' }, refused)).message,
		).toMatch(/certificate the browser does not trust .* open https:\/\/192\.168\.1\.5:8443 in a tab/);
	});
});
