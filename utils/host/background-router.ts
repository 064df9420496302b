/**
 * The background's message routes. Messages that need a model are forwarded to the inference host: the offscreen
 * document on Chrome (created on demand), or handled in-process where the background page can run WASM itself
 * (Firefox). Everything else (history, feedback) is handled here, next to Dexie.
 */
import type { Handlers, MessageName, RequestOf, ResponseOf, StreamHandlers } from '../messaging.ts';
import { sendMessage } from '../messaging.ts';
import { openStream, type PortLike } from '../streaming.ts';

/** Messages whose work happens in the inference host. */
export const HOST_MESSAGES = [
	'scoreDraft',
	'warmUp',
	'engineHealth',
	'predictDerailment',
	'rewriteDraft',
	'recordRewriteOutcome',
	'removeLocalModel',
	'getModelDownload',
	'getRewritePreferences',
	'resetRewritePreferences',
] as const satisfies readonly MessageName[];

export type HostMessage = (typeof HOST_MESSAGES)[number];

/** Per message, adds to a host-bound request what only the background can read (settings, the API key). */
export type Enrichers = { [K in HostMessage]?: (data: RequestOf<K>) => Promise<RequestOf<K>> };

export interface RouterOptions {
	/** Where model work runs: forwarded to the offscreen document, or local handlers (Firefox). */
	host:
		| { kind: 'offscreen'; ensure: () => Promise<void> }
		| { kind: 'local'; handlers: () => Promise<Handlers>; streams: () => Promise<StreamHandlers> };
	/** Background-local handlers (history, feedback, stats). */
	local?: Handlers;
	enrich?: Enrichers;
}

function forwarder<K extends HostMessage>(name: K, options: RouterOptions) {
	return async (data: RequestOf<K>): Promise<ResponseOf<K>> => {
		const enrich = options.enrich?.[name] as ((d: RequestOf<K>) => Promise<RequestOf<K>>) | undefined;
		const request = enrich ? await enrich(data) : data;
		const { host } = options;
		if (host.kind === 'offscreen') {
			await host.ensure();
			return sendMessage(name, request, 'host');
		}
		const local = (await host.handlers())[name] as ((d: RequestOf<K>) => Promise<ResponseOf<K>>) | undefined;
		if (!local) throw new Error(`no host handler for ${name}`);
		return local(request);
	};
}

/** Builds the background's handler map. */
export function createBackgroundHandlers(options: RouterOptions): Handlers {
	const handlers: Record<string, unknown> = {
		...options.local,
		ping: () => ({ ok: true, host: 'background' }),
	};
	for (const name of HOST_MESSAGES) handlers[name] = forwarder(name, options);
	return handlers as Handlers;
}

/**
 * The background's stream handlers: enrich the request as for the one-shot message, then relay it to the
 * host's port (Chrome) or run the host's handler in-process (Firefox). The handler's signal (the page
 * disconnected: Stop, card closed, tab gone) cancels the relayed request in turn.
 */
export function createBackgroundStreams(
	options: RouterOptions,
	connect?: (portName: string) => PortLike,
): StreamHandlers {
	return {
		rewriteDraft: async (data, signal, emit) => {
			const request = options.enrich?.rewriteDraft ? await options.enrich.rewriteDraft(data) : data;
			const { host } = options;
			if (host.kind === 'local') {
				const local = (await host.streams()).rewriteDraft;
				if (!local) throw new Error('no host stream handler for rewriteDraft');
				return local(request, signal, emit);
			}
			await host.ensure();
			if (signal.aborted) throw new Error('aborted: cancelled before it reached the host');
			const call = openStream('rewriteDraft', request, emit, { target: 'host', connect });
			signal.addEventListener('abort', () => call.cancel(), { once: true });
			return call.result;
		},
	};
}
