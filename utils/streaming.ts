/**
 * Streamed requests over runtime Ports (the `StreamProtocol` half of utils/messaging.ts). The opener connects
 * to a target's port, posts one `StreamOpen`, and gets progress events, then a result or an error, all tagged
 * with its request id. Disconnecting is the cancel: the answering side aborts its handler's signal, and a
 * relay (the background) disconnects its own port onward, so a Stop in the page reaches the backend's fetch or
 * the model's stopping criteria. A page closing, navigating or losing its content script disconnects as well.
 */
import { browser } from '#imports';
import { assertExtensionAlive } from './context-lost.ts';
import {
	type StreamAck,
	type StreamHandlers,
	type StreamName,
	type StreamOpen,
	type StreamProtocol,
	type StreamReply,
	streamPortName,
	type Target,
} from './messaging.ts';

/** The parts of runtime.Port used here (a fake pair in tests). */
export interface PortLike {
	name: string;
	postMessage(message: unknown): void;
	disconnect(): void;
	onMessage: { addListener(listener: (message: unknown) => void): void };
	onDisconnect: { addListener(listener: () => void): void };
}

/** A streamed request in flight. */
export interface StreamCall<K extends StreamName> {
	id: string;
	/** The final result; rejects with Error("aborted: …") after cancel(), or with the handler's error text. */
	result: Promise<StreamProtocol[K][2]>;
	/** Stops the request end to end (idempotent; a no-op once the result arrived). */
	cancel(): void;
}

/**
 * Message text of a stream whose port closed before its answer (the service worker stopped, the offscreen host
 * was closed or crashed): the RewriteErrorCode `interrupted`, which the card shows with "Try again".
 */
export const INTERRUPTED = 'interrupted: the extension stopped answering before the rewrite was done';

/** Message text of a cancelled stream: starts with the RewriteErrorCode `aborted` (errors.ts codeFromMessage). */
export const CANCELLED = 'aborted: cancelled by the requester';

// Not crypto.randomUUID: content scripts on plain-http pages are not a secure context.
const session = Math.random().toString(36).slice(2, 10);
let counter = 0;

const defaultConnect = (name: string): PortLike => {
	assertExtensionAlive();
	return browser.runtime.connect({ name }) as unknown as PortLike;
};

/** Opens a streamed request to `target` (the background, by default). */
export function openStream<K extends StreamName>(
	name: K,
	data: StreamProtocol[K][0],
	onProgress: (event: StreamProtocol[K][1]) => void,
	options: { target?: Target; connect?: (portName: string) => PortLike } = {},
): StreamCall<K> {
	const id = `${session}-${++counter}`;
	const port = (options.connect ?? defaultConnect)(streamPortName(options.target ?? 'background'));
	let settled = false;
	let settle: { resolve(value: StreamProtocol[K][2]): void; reject(error: Error): void } | undefined;
	const result = new Promise<StreamProtocol[K][2]>((resolve, reject) => {
		settle = { resolve, reject };
	});
	const finish = (outcome: { value: StreamProtocol[K][2] } | { error: string }, disconnect: boolean) => {
		if (settled) return;
		settled = true;
		if (disconnect) port.disconnect();
		if ('error' in outcome) settle?.reject(new Error(outcome.error));
		else settle?.resolve(outcome.value);
	};
	port.onMessage.addListener((message) => {
		const reply = message as StreamReply<K>;
		if (settled || reply?.id !== id) return;
		if (reply.kind === 'alive') {
			const ack: StreamAck = { tactful: 1, id, kind: 'alive' };
			try {
				port.postMessage(ack);
			} catch {
				// The port is going away; onDisconnect settles the call.
			}
		} else if (reply.kind === 'progress') onProgress(reply.event);
		else if (reply.kind === 'done') finish({ value: reply.value }, true);
		else if (reply.kind === 'error') finish({ error: reply.error }, true);
	});
	port.onDisconnect.addListener(() => {
		// Reading lastError marks it handled (Chrome logs unchecked ones).
		void (browser.runtime as { lastError?: unknown }).lastError;
		finish({ error: INTERRUPTED }, false);
	});
	const open: StreamOpen<K> = { tactful: 1, id, name, data };
	port.postMessage(open);
	return { id, result, cancel: () => finish({ error: CANCELLED }, true) };
}

/**
 * How often an answering side says it is still working. Chrome stops an idle service worker after 30 s, which
 * would drop the relayed port in the middle of a first model load; any message through it counts as activity.
 */
export const HEARTBEAT_MS = 10_000;

/** Answers streamed requests arriving on one port with `handlers` (exported for tests). */
export function servePort(port: PortLike, handlers: StreamHandlers, heartbeatMs = HEARTBEAT_MS): void {
	const controller = new AbortController();
	let started = false;
	port.onDisconnect.addListener(() => {
		void (browser.runtime as { lastError?: unknown }).lastError;
		controller.abort();
	});
	port.onMessage.addListener((message) => {
		const open = message as StreamOpen;
		if (started || open?.tactful !== 1 || typeof open.id !== 'string') return;
		started = true;
		const post = (reply: StreamReply) => {
			// The opener may be gone (cancelled, tab closed): nothing left to tell it.
			if (controller.signal.aborted) return;
			try {
				port.postMessage(reply);
			} catch {
				controller.abort();
			}
		};
		const handler = handlers[open.name] as
			| ((data: unknown, signal: AbortSignal, emit: (event: unknown) => void) => Promise<unknown>)
			| undefined;
		if (!handler) {
			post({ id: open.id, kind: 'error', error: `no stream handler for ${open.name}` });
			return;
		}
		const heartbeat = setInterval(() => post({ id: open.id, kind: 'alive' }), heartbeatMs);
		// A cancelled handler may still be busy for minutes (a model load cannot be interrupted): nobody is left to
		// keep awake, so the timer goes now rather than when the handler settles.
		controller.signal.addEventListener('abort', () => clearInterval(heartbeat), { once: true });
		Promise.resolve()
			.then(() =>
				handler(open.data, controller.signal, (event) =>
					post({ id: open.id, kind: 'progress', event } as StreamReply),
				),
			)
			.then(
				(value) => post({ id: open.id, kind: 'done', value } as StreamReply),
				(error: unknown) =>
					post({ id: open.id, kind: 'error', error: error instanceof Error ? error.message : String(error) }),
			)
			.finally(() => clearInterval(heartbeat));
	});
}

/** Serves streamed requests addressed to `target`; returns an unsubscribe function. */
export function onStreams(target: Target, handlers: StreamHandlers, heartbeatMs = HEARTBEAT_MS): () => void {
	const listener = (port: PortLike) => {
		if (port.name === streamPortName(target)) servePort(port, handlers, heartbeatMs);
	};
	browser.runtime.onConnect.addListener(listener as never);
	return () => browser.runtime.onConnect.removeListener(listener as never);
}
