import { describe, expect, it } from 'vitest';
import type { RewriteProgress } from '../models/rewrite/stream.ts';
import type { RewriteSuggestion } from '../models/rewrite/types.ts';
import { createBackgroundStreams } from './host/background-router.ts';
import type { StreamHandlers } from './messaging.ts';
import { CANCELLED, openStream, type PortLike, servePort } from './streaming.ts';

/** Two connected fake ports: messages posted on one arrive (asynchronously) on the other; disconnect ends both. */
function portPair(name: string): [PortLike, PortLike] {
	const make = () => ({
		name,
		messages: [] as ((m: unknown) => void)[],
		disconnects: [] as (() => void)[],
		closed: false,
	});
	const [a, b] = [make(), make()];
	const port = (self: typeof a, other: typeof a): PortLike => ({
		name,
		postMessage: (message) => {
			if (self.closed) throw new Error('Attempting to use a disconnected port object');
			const copy = structuredClone(message);
			queueMicrotask(() => {
				if (!other.closed) for (const listener of other.messages) listener(copy);
			});
		},
		disconnect: () => {
			if (self.closed) return;
			self.closed = true;
			other.closed = true;
			// Like Chrome: the side that disconnects hears nothing; the other side gets onDisconnect.
			queueMicrotask(() => {
				for (const listener of other.disconnects) listener();
			});
		},
		onMessage: { addListener: (listener) => self.messages.push(listener) },
		onDisconnect: { addListener: (listener) => self.disconnects.push(listener) },
	});
	return [port(a, b), port(b, a)];
}

/** A `connect` that serves every port it opens with `handlers`, and records the ports and what they carried. */
function connectTo(handlers: StreamHandlers, heartbeatMs?: number) {
	const opened: string[] = [];
	const replies: unknown[] = [];
	const connect = (portName: string) => {
		opened.push(portName);
		const [client, server] = portPair(portName);
		client.onMessage.addListener((m) => replies.push(m));
		servePort(server, handlers, heartbeatMs);
		return client;
	};
	return { connect, opened, replies };
}

const suggestion = { source: 'x', candidates: [] } as unknown as RewriteSuggestion;
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** A host handler that writes "a", "b", "c" 10 ms apart unless its signal fires. */
function slowHost(log: string[]): StreamHandlers {
	return {
		rewriteDraft: async (data, signal, emit) => {
			emit({ kind: 'candidate', index: 0, total: 1, strategy: 's' });
			for (const text of ['a', 'b', 'c']) {
				await tick(10);
				if (signal.aborted) {
					log.push(`aborted ${data.text}`);
					throw new Error('aborted: stop');
				}
				emit({ kind: 'chunk', index: 0, text });
			}
			return { ...suggestion, source: data.text };
		},
	};
}

describe('streamed requests over ports', () => {
	it('delivers progress in order, then the result, tagged with one request id', async () => {
		const log: string[] = [];
		const host = connectTo(slowHost(log));
		const events: RewriteProgress[] = [];
		const call = openStream('rewriteDraft', { text: 'draft' }, (e) => events.push(e), host);
		expect(call.id).toMatch(/-\d+$/);
		expect((await call.result).source).toBe('draft');
		expect(events.map((e) => (e.kind === 'chunk' ? e.text : e.kind))).toEqual(['candidate', 'a', 'b', 'c']);
		expect(host.opened).toEqual(['tactful-stream:background']);
	});

	it('turns a handler error into a rejected result with its text (codes survive)', async () => {
		const host = connectTo({
			rewriteDraft: async () => {
				throw new Error('unauthorized: HTTP 401');
			},
		});
		await expect(openStream('rewriteDraft', { text: 'x' }, () => undefined, host).result).rejects.toThrow(
			'unauthorized: HTTP 401',
		);
	});

	it('through the background relay: cancel reaches the host handler, and no progress arrives after it', async () => {
		const log: string[] = [];
		const host = connectTo(slowHost(log));
		const enriched: unknown[] = [];
		const background = connectTo(
			createBackgroundStreams(
				{
					host: { kind: 'offscreen', ensure: async () => undefined },
					enrich: {
						rewriteDraft: async (d) => {
							enriched.push(d);
							return { ...d, field: 'enriched' };
						},
					},
				},
				host.connect,
			),
		);
		const events: RewriteProgress[] = [];
		const call = openStream('rewriteDraft', { text: 'draft' }, (e) => events.push(e), background);
		await tick(15);
		call.cancel();
		const seen = events.length;
		await expect(call.result).rejects.toThrow(CANCELLED);
		await tick(40);
		expect(log).toEqual(['aborted draft']);
		expect(events.length).toBe(seen);
		expect(enriched).toEqual([{ text: 'draft' }]);
		expect(host.opened).toEqual(['tactful-stream:host']);
	});

	it('in-process host (Firefox): the page going away aborts the handler', async () => {
		const log: string[] = [];
		const streams = slowHost(log);
		const background = connectTo(
			createBackgroundStreams({
				host: { kind: 'local', handlers: async () => ({}), streams: async () => streams },
			}),
		);
		const call = openStream('rewriteDraft', { text: 'gone' }, () => undefined, background);
		await tick(12);
		call.cancel();
		await call.result.catch(() => undefined);
		await tick(30);
		expect(log).toEqual(['aborted gone']);
	});

	it('a port that drops before the answer rejects instead of hanging', async () => {
		let server: PortLike | undefined;
		const call = openStream('rewriteDraft', { text: 'x' }, () => undefined, {
			connect: (name) => {
				const [client, other] = portPair(name);
				server = other;
				return client;
			},
		});
		server?.disconnect();
		await expect(call.result).rejects.toThrow(/stopped answering/);
	});

	it('says it is alive while a long handler runs, and stops saying so when it is done', async () => {
		const alive = () => host.replies.filter((r) => (r as { kind: string }).kind === 'alive').length;
		const host = connectTo(
			{
				// Works until two heartbeats went out (not a fixed time: timers slip on a loaded machine).
				rewriteDraft: async (data) => {
					while (alive() < 2) await tick(5);
					return { ...suggestion, source: data.text };
				},
			},
			10,
		);
		const call = openStream('rewriteDraft', { text: 'slow' }, () => undefined, host);
		expect((await call.result).source).toBe('slow');
		const beats = alive();
		expect(beats).toBeGreaterThanOrEqual(2);
		await tick(40);
		expect(alive()).toBe(beats);
	});

	it('answers every heartbeat, so the answering side (the in-process host on Firefox) hears traffic and stays loaded', async () => {
		const [client, server] = portPair('tactful-stream:host');
		const heard: unknown[] = [];
		server.onMessage.addListener((m) => heard.push(m));
		let beats = 0;
		client.onMessage.addListener((m) => {
			if ((m as { kind?: string }).kind === 'alive') beats++;
		});
		servePort(
			server,
			{
				rewriteDraft: async (data) => {
					while (heard.filter((m) => (m as { kind?: string }).kind === 'alive').length < 2) await tick(5);
					return { ...suggestion, source: data.text };
				},
			},
			10,
		);
		const call = openStream('rewriteDraft', { text: 'slow' }, () => undefined, { connect: () => client });
		expect((await call.result).source).toBe('slow');
		const acks = heard.filter((m) => (m as { kind?: string }).kind === 'alive');
		expect(acks.length).toBeGreaterThanOrEqual(2);
		expect(acks.length).toBeLessThanOrEqual(beats);
		expect(acks[0]).toEqual({ tactful: 1, id: call.id, kind: 'alive' });
	});

	it('stops its heartbeat when the opener hangs up, even while the handler is still busy (a model load)', async () => {
		let release: () => void = () => undefined;
		const busy = new Promise<void>((resolve) => (release = resolve));
		const [client, server] = portPair('tactful-stream:host');
		const intervals = new Set<unknown>();
		const realSet = globalThis.setInterval;
		const realClear = globalThis.clearInterval;
		globalThis.setInterval = ((fn: () => void, ms: number) => {
			const id = realSet(fn, ms);
			intervals.add(id);
			return id;
		}) as typeof setInterval;
		globalThis.clearInterval = ((id: ReturnType<typeof setInterval>) => {
			intervals.delete(id);
			realClear(id);
		}) as typeof clearInterval;
		try {
			// A handler that does not look at its signal until its (non-abortable) work is done.
			servePort(server, { rewriteDraft: () => busy.then(() => suggestion) }, 10);
			const call = openStream('rewriteDraft', { text: 'x' }, () => undefined, { connect: () => client });
			await tick();
			expect(intervals.size).toBe(1);
			call.cancel();
			await expect(call.result).rejects.toThrow(CANCELLED);
			await tick();
			expect(intervals.size).toBe(0);
		} finally {
			release();
			globalThis.setInterval = realSet;
			globalThis.clearInterval = realClear;
		}
	});
});
