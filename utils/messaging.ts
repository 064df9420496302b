/**
 * THE typed message contract between content scripts / popup / options, the background, and the inference
 * host (offscreen document on Chrome, the background page itself on Firefox).
 *
 * Each message name maps to [request, response]. Add a line here for a new message, then a handler file.
 * Results are plain JSON; every result that depends on text carries that text so callers can drop stale ones.
 * Requests whose answer is written over seconds (a rewrite) are also in `StreamProtocol`: they run over a
 * runtime Port (utils/streaming.ts), send progress events tagged with a request id, and are cancelled by
 * disconnecting the port.
 */
import { browser } from '#imports';
import type { DerailOptions, DerailResult, Thread } from '../models/derail/types.ts';
import type { BanditState } from '../models/rewrite/bandit.ts';
import type { RewriteProgress } from '../models/rewrite/stream.ts';
import type {
	BackendId,
	RecordRewriteOutcomeRequest,
	RewriteDraftRequest,
	RewriteSuggestion,
} from '../models/rewrite/types.ts';
import type { ScoreOptions, ScoreResult } from '../models/scoring/types.ts';
import type * as History from './background/history-types.ts';
import {
	assertExtensionAlive,
	CONTEXT_LOST,
	contextLost,
	extensionGone,
	isContextLostError,
} from './context-lost.ts';
import type { EngineHealth } from './health.ts';
import type { SettingsSection } from './storage/settings-section.ts';

/**
 * The inference host's side of one traced score, on a clock shared by every context of the browser (`epochNow`):
 * the request reached the handler, scoring started (after the models' load gate and the host's one-at-a-time
 * queue), scoring ended.
 */
export interface HostTrace {
	hostIn: number;
	scoreStart: number;
	scoreEnd: number;
}

/** Milliseconds on a clock comparable across the extension's processes (page, service worker, offscreen). */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export interface Protocol {
	/**
	 * Score a draft (content script → background → inference host). `trace` (set only by the latency bench,
	 * entrypoints/content/score-trace.ts) asks the host to stamp its side of the trip on the reply.
	 */
	scoreDraft: [{ text: string; options?: ScoreOptions; trace?: true }, ScoreResult & { trace?: HostTrace }];
	/** Predict whether the thread (plus the draft, if any) is derailing (content script → background → host). */
	predictDerailment: [{ thread: Thread; draft?: string; options?: DerailOptions }, DerailResult];
	/**
	 * Loads the scoring models if they are not loaded (content script, when a comment field gains focus), so the
	 * first warning after the browser unloaded an idle background does not wait for them. `cold`: this call
	 * started the load (false when they were loaded or loading already).
	 */
	warmUp: [Record<string, never>, { cold: boolean }];
	/**
	 * Whether the scoring engine can check drafts (popup, badge "Try again"): loads the models if needed; `retry`
	 * forgets a remembered failed load first (utils/host/load-gate.ts), so the load is tried again now.
	 */
	engineHealth: [{ retry?: boolean }, EngineHealth];
	/** Health check, also used by tests to wait for the host. */
	ping: [Record<string, never>, { ok: true; host: string }];
	/** History (background → Dexie; utils/background/history.ts). One event per thing that happened to a warning. */
	recordEvent: [History.RecordEventRequest, { id: number; repeated?: true }];
	/** A field was emptied (posted, cleared): its warning episode is over (warning-episodes.ts). */
	endWarningEpisode: [{ field: string }, { ok: true }];
	/** "This is fine": stores a hash of the text + dimensions; feeds getAdaptation. */
	recordFeedback: [History.RecordFeedbackRequest, { id: number }];
	/** Chart series for the history page over the last `days` (default 30). */
	getStats: [{ days?: number }, History.HistoryStats];
	/** Everything stored locally as one JSON document (never the API key). */
	exportHistory: [Record<string, never>, History.HistoryExport];
	/** Deletes every history table; returns how many rows went. */
	clearHistory: [Record<string, never>, { deleted: number }];
	/** The warnings shown (`shown` events still kept in detail), newest first, at most `limit` (default 50). */
	listWarnings: [{ limit?: number }, { warnings: History.ShownWarning[] }];
	/** Deletes one shown warning and its count in the charts; `deleted`: 0 when there was no such warning. */
	deleteWarning: [{ id: number }, { deleted: number; with?: number }];
	/** Scorer options, threshold nudges and allow list learned from this user's feedback. */
	getAdaptation: [Record<string, never>, History.Adaptation];
	/** Keeps the current draft of one field (no-op unless the user opted in to storing drafts). */
	saveDraft: [{ key: string; site: string; text: string }, { stored: boolean }];
	/** Forgets a field's draft once the user moved on (posted or cleared it). */
	discardDraft: [{ key: string }, { ok: true }];
	/** The kept drafts, newest first (history page: copy a lost draft back). */
	listDrafts: [Record<string, never>, { drafts: History.KeptDraft[] }];
	/** Reward-ranked rewrites of a draft (content script → background → host; models/rewrite/service.ts).
	 * Errors arrive as "<RewriteErrorCode>: detail"; show `messageForCode(codeFromMessage(msg))`. */
	rewriteDraft: [RewriteDraftRequest & { hostConfig?: RewriteHostConfig }, RewriteSuggestion];
	/** Apply / edit / dismiss of a shown rewrite: updates the strategy bandit and the history table. */
	recordRewriteOutcome: [RecordRewriteOutcomeRequest, { ok: true }];
	/**
	 * What the rewrite policy learned (history page → host, where it is kept and written: its localStorage, behind
	 * the rewrites in progress). Plain JSON; models/rewrite/learned-summary.ts puts it in words.
	 */
	getRewritePreferences: [Record<string, never>, BanditState];
	/** Forgets only the learned rewrite preferences; history, feedback and stats stay (history page → host). */
	resetRewritePreferences: [Record<string, never>, { ok: true }];
	/**
	 * Opens the options page at a section (a card's "Fix in settings"; content scripts cannot open it
	 * themselves). Handled in the background.
	 */
	openSettings: [{ section: SettingsSection }, { ok: true }];
	/** How far the first-time download of the on-device rewrite model is; null when nothing is downloading. */
	getModelDownload: [Record<string, never>, { loaded: number; total: number; files: number } | null];
	/** Deletes the downloaded on-device rewrite model and forgets its loaded copy (options page → host). */
	removeLocalModel: [Record<string, never>, { removed: boolean }];
	/**
	 * The card command's binding in effect ('' when the user removed it; `inPage`: the browser never bound one, so
	 * the suggestion is heard in the page only) and where the user changes it, in words (content scripts cannot
	 * read `commands`; utils/storage/card-shortcut.ts, utils/shortcut.ts formats it).
	 */
	getCardShortcut: [Record<string, never>, { shortcut: string; where: string; inPage: boolean }];
	/**
	 * Background → every frame of the active tab when the card command fires (utils/background/card-command.ts):
	 * the one frame whose watched text box has focus opens (or closes) its card; the others decline (NOT_HERE).
	 */
	openCard: [Record<string, never>, { done: 'opened' | 'closed' | 'no warning' | 'repeat' }];
}

/**
 * Requests answered as a stream over a runtime Port: [request, progress event, final result]. Same request
 * and result types as the one-shot message of the same name in `Protocol`.
 */
export interface StreamProtocol {
	/** The rewrite card: each candidate's text as it is written, then the ranked suggestion. */
	rewriteDraft: [Protocol['rewriteDraft'][0], RewriteProgress, Protocol['rewriteDraft'][1]];
}

export type StreamName = keyof StreamProtocol;

/** The one message an opener posts on a stream port, right after connecting. Cancel = disconnect the port. */
export interface StreamOpen<K extends StreamName = StreamName> {
	tactful: 1;
	/** Request id, echoed on every reply (a reply with another id is dropped). */
	id: string;
	name: K;
	data: StreamProtocol[K][0];
}

/**
 * What the answering side posts back on the port: progress events, then exactly one `done` or `error`; `alive`
 * every few seconds while nothing else is sent (it keeps Chrome's service worker, the relay, awake during a
 * long model load).
 */
export type StreamReply<K extends StreamName = StreamName> = { id: string } & (
	| { kind: 'alive' }
	| { kind: 'progress'; event: StreamProtocol[K][1] }
	| { kind: 'done'; value: StreamProtocol[K][2] }
	| { kind: 'error'; error: string }
);

/**
 * The opener's answer to each `alive`: Firefox unloads an MV3 background after 30 s without incoming events,
 * open ports or not, so the host running there in-process needs traffic towards it (Chrome's relay gets the same).
 */
export interface StreamAck {
	tactful: 1;
	id: string;
	kind: 'alive';
}

/** A stream handler: `signal` fires when the opener disconnects; `emit` sends a progress event. */
export type StreamHandlers = {
	[K in StreamName]?: (
		data: StreamProtocol[K][0],
		signal: AbortSignal,
		emit: (event: StreamProtocol[K][1]) => void,
	) => Promise<StreamProtocol[K][2]>;
};

/** The runtime Port name a target listens on (a listener ignores ports named for another target). */
export const streamPortName = (target: Target): string => `tactful-stream:${target}`;

/** Broadcast by the inference host while the on-device model downloads (no reply expected). */
export interface ModelProgressBroadcast {
	tactfulModelProgress: { file: string; status: string; progress?: number; loaded?: number; total?: number };
}

/**
 * What the inference host needs from settings to rewrite, attached by the background to each `rewriteDraft`
 * (the host cannot read extension storage). Pages never send it; the background overwrites it.
 */
export interface RewriteHostConfig {
	backend: BackendId;
	weight: number;
	/** `hostAccess`: whether the browser granted access to the server's host (absent: unknown). */
	openai: { baseUrl: string; model: string; apiKey: string; hostAccess?: boolean };
	/** Advanced/test override of the local backend's model; absent → PRODUCTION_MODEL from the real hub. */
	local?: LocalModelOverride;
	/** The user confirmed the download (size stated) in the options page; without it nothing is fetched. */
	localConsent?: boolean;
}

/**
 * Which model the local backend downloads, and from which server in the Hugging Face hub's URL layout
 * (`{remoteHost}{modelId}/resolve/main/{file}`). Not in the options UI: e2e tests point it at a local server
 * serving tests/fixtures/tiny-llm, so the real download path runs without shipping the fixture.
 */
export interface LocalModelOverride {
	modelId: string;
	dtype?: 'fp32' | 'fp16' | 'q8' | 'q4' | 'q4f16';
	/** e.g. 'http://127.0.0.1:8080/' (trailing slash); absent → https://huggingface.co/. */
	remoteHost?: string;
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K][0];
export type ResponseOf<K extends MessageName> = Protocol[K][1];

/**
 * Where a message is meant to be handled; the background forwards 'host' messages to the inference host.
 * 'content': sent by the background to a tab's content scripts (`sendToTab`).
 */
export type Target = 'background' | 'host' | 'content';

export interface Envelope<K extends MessageName = MessageName> {
	tactful: 1;
	target: Target;
	name: K;
	data: RequestOf<K>;
}

/** What a handler replies: a result, or an error message (never a thrown exception across contexts). */
export type Reply<K extends MessageName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

export function isEnvelope(message: unknown): message is Envelope {
	return typeof message === 'object' && message !== null && (message as { tactful?: unknown }).tactful === 1;
}

/** Sends a message to the background (which may forward it) and unwraps the reply; throws on error replies. */
export async function sendMessage<K extends MessageName>(
	name: K,
	data: RequestOf<K>,
	target: Target = 'background',
): Promise<ResponseOf<K>> {
	const envelope: Envelope<K> = { tactful: 1, target, name, data };
	assertExtensionAlive();
	let reply: Reply<K> | undefined;
	try {
		reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
	} catch (error) {
		// Reloaded/updated under an open page: one clear error, and the content script stops (context-lost.ts).
		if (isContextLostError(error) || extensionGone()) {
			contextLost();
			throw new Error(CONTEXT_LOST);
		}
		throw error;
	}
	if (!reply) throw new Error(`no reply to ${name}`);
	if (!reply.ok) throw new Error(reply.error);
	return reply.value;
}

/**
 * The channel broke before an answer came: Chrome stopped the background service worker (idle, or an update)
 * or the offscreen host went away while it worked on the request. Sending again starts them afresh.
 */
export function isTransientMessageError(error: unknown): boolean {
	const text = error instanceof Error ? error.message : String(error);
	return /message (channel|port) closed before a response|Receiving end does not exist|Could not establish connection|^no reply to /.test(
		text,
	);
}

/**
 * `sendMessage` for requests that are safe to repeat (a score, a prediction, a read): sent once more, and only
 * once, when the first try broke in transit (`isTransientMessageError`). Other errors are not retried.
 */
export async function sendMessageRetrying<K extends MessageName>(
	name: K,
	data: RequestOf<K>,
	target: Target = 'background',
): Promise<ResponseOf<K>> {
	try {
		return await sendMessage(name, data, target);
	} catch (error) {
		if (!isTransientMessageError(error)) throw error;
		console.debug(`[tactful] ${name}: the extension dropped the request (${String(error)}); retrying once`);
		return sendMessage(name, data, target);
	}
}

/**
 * What a handler returns, synchronously, for a message broadcast to every frame that is meant for another frame:
 * no reply is sent, so the frame that handles it answers.
 */
export const NOT_HERE: unique symbol = Symbol('not here');

/**
 * Who sent a message, as the browser tells it (a page cannot forge it): the tab of a content script's page, absent
 * for the extension's own pages. Handlers that keep something per tab read it (warning episodes, session 19).
 */
export interface MessageSender {
	tab?: { id?: number };
}

export type Handlers = {
	[K in MessageName]?: (
		data: RequestOf<K>,
		sender?: MessageSender,
	) => Promise<ResponseOf<K>> | ResponseOf<K> | (K extends 'openCard' ? typeof NOT_HERE : never);
};

/**
 * Sends a message from the background to the content scripts of tab `tabId` (every frame, unless `frameId`)
 * and unwraps the reply of the frame that answered; throws when none did ("Could not establish connection",
 * "message port closed before a response").
 */
export async function sendToTab<K extends MessageName>(
	tabId: number,
	name: K,
	data: RequestOf<K>,
	frameId?: number,
): Promise<ResponseOf<K>> {
	const envelope: Envelope<K> = { tactful: 1, target: 'content', name, data };
	const reply = (await (frameId === undefined
		? browser.tabs.sendMessage(tabId, envelope)
		: browser.tabs.sendMessage(tabId, envelope, { frameId }))) as Reply<K> | undefined;
	if (!reply) throw new Error(`no reply to ${name}`);
	if (!reply.ok) throw new Error(reply.error);
	return reply.value;
}

/**
 * Registers handlers for envelopes addressed to `target`, using the sendResponse + `return true` style that
 * works in Chrome, Firefox and WXT's fakeBrowser. Returns an unsubscribe function.
 */
export function onMessages(target: Target, handlers: Handlers): () => void {
	const listener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
		if (!isEnvelope(message) || message.target !== target) return undefined;
		const handler = handlers[message.name] as
			| ((data: unknown, sender?: MessageSender) => unknown)
			| undefined;
		if (!handler) return undefined;
		let result: unknown;
		try {
			result = handler(message.data, sender);
		} catch (error) {
			result = Promise.reject(error);
		}
		// Meant for another frame: stay silent, so that frame's answer is the one the sender gets.
		if (result === NOT_HERE) return undefined;
		Promise.resolve(result).then(
			(value) => sendResponse({ ok: true, value }),
			(error: unknown) =>
				sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
		);
		return true;
	};
	browser.runtime.onMessage.addListener(listener as never);
	return () => {
		// A content script orphaned by an extension reload/update has no `browser.runtime` (Chrome) or a dead
		// wrapper (Firefox): its listener went with the context, so there is nothing left to remove, and throwing
		// here would surface as a page error from the session's abort handlers.
		try {
			browser.runtime?.onMessage?.removeListener(listener as never);
		} catch {}
	};
}
