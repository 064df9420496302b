/**
 * The background's message routes. Messages that need a model are forwarded to the inference host: the offscreen
 * document on Chrome (created on demand), or handled in-process where the background page can run WASM itself
 * (Firefox). Everything else (history, feedback) is handled here, next to Dexie.
 */
import type { Handlers, MessageName, RequestOf, ResponseOf } from '../messaging.ts';
import { sendMessage } from '../messaging.ts';

/** Messages whose work happens in the inference host. */
export const HOST_MESSAGES = ['scoreDraft'] as const satisfies readonly MessageName[];

export type HostHandlers = Pick<Handlers, (typeof HOST_MESSAGES)[number]>;

export interface RouterOptions {
	/** Where model work runs: forwarded to the offscreen document, or local handlers (Firefox). */
	host:
		| { kind: 'offscreen'; ensure: () => Promise<void> }
		| { kind: 'local'; handlers: () => Promise<Handlers> };
	/** Background-local handlers (history, feedback, stats). */
	local?: Handlers;
}

/** Builds the background's handler map. */
export function createBackgroundHandlers(options: RouterOptions): Handlers {
	const handlers: Handlers = { ...options.local, ping: () => ({ ok: true, host: 'background' }) };
	const { host } = options;
	for (const name of HOST_MESSAGES) {
		const forward = async (data: RequestOf<typeof name>): Promise<ResponseOf<typeof name>> => {
			if (host.kind === 'offscreen') {
				await host.ensure();
				return sendMessage(name, data, 'host');
			}
			const local = (await host.handlers())[name];
			if (!local) throw new Error(`no host handler for ${name}`);
			return local(data);
		};
		(handlers as Record<string, unknown>)[name] = forward;
	}
	return handlers;
}
