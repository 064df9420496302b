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
});
