/**
 * Backend for any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, LM Studio, vLLM, …): streams
 * the answer over SSE (`stream: true`) and turns every failure into a typed RewriteError. A server that refuses
 * streaming (a 400/422 naming `stream`) is asked again without it, and from then on never streamed to. It only
 * reads the draft.
 * Two waits: a local server (Ollama, LM Studio) loads the model on the first request after a while, which can
 * take minutes before the first token, so the answer may take `firstAnswerMs` (280 s) to start; once it has, a
 * silence of `timeoutMs` (30 s) between chunks is a stalled server. Neither delays a refused connection (it fails
 * at once), nor the user's Stop (it aborts the request at once).
 * In the extension the host permission for the base URL is requested at run time (`originPattern`), and the
 * key is kept in the background's Dexie `secrets` table (utils/storage/api-key.ts), out of the content scripts'
 * reach, and handed to the host with each request; this module only receives them.
 */
import { chatCompletionsUrl } from './base-url.ts';
import { isRedirect } from './check-server.ts';
import { RewriteError } from './errors.ts';
import { buildMessages } from './prompts.ts';
import { finishReason, readChatStream } from './sse.ts';
import type { GenerateRequest, GenerateResult, RewriterBackend } from './types.ts';

/** Where and how to reach the endpoint. */
export interface OpenAIConfig {
	/** e.g. http://localhost:11434/v1 (no trailing /chat/completions). */
	baseUrl: string;
	model: string;
	apiKey?: string;
	/**
	 * Longest wait for the answer to start (ms): from sending the request to its first text (response headers
	 * included). Default FIRST_ANSWER_MS.
	 */
	firstAnswerMs?: number;
	/** Longest silence between chunks once the answer has started (ms). Default CHUNK_GAP_MS. */
	timeoutMs?: number;
	maxTokens?: number;
	/**
	 * False when the browser has not granted the extension access to the server's host: a request that then
	 * fails before any answer was blocked by the browser (no CORS permission), and is reported as `no-permission`,
	 * not as a server that is down. Absent = unknown (Node, tests).
	 */
	hostAccess?: boolean;
	/** Injectable for tests; defaults to the global fetch. */
	fetch?: typeof fetch;
}

/**
 * How long the answer may take to start: Ollama and LM Studio load the model on the first request after it was
 * unloaded (Ollama's default keep-alive is 5 min), which takes 40 s to several minutes on a modest machine before
 * the first token. Just under Firefox's own limit (network.http.response.timeout: 300 s in the greprefs.js of
 * the Firefox ESR 153 the e2e tests run), past which its fetch fails as a network error and the card would say
 * the server is unreachable.
 */
export const FIRST_ANSWER_MS = 280_000;
/** How long a started answer may stall between chunks before it counts as a stalled server. */
export const CHUNK_GAP_MS = 30_000;

/** Presets for local servers people already run; the model names are common small instruct models. */
export const OPENAI_PRESETS = {
	ollama: { baseUrl: 'http://localhost:11434/v1', model: 'qwen2.5:0.5b-instruct' },
	lmstudio: { baseUrl: 'http://localhost:1234/v1', model: 'qwen2.5-0.5b-instruct' },
	openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
} as const satisfies Record<string, Pick<OpenAIConfig, 'baseUrl' | 'model'>>;

/** The match pattern to request as an optional host permission before the first call. */
export function originPattern(baseUrl: string): string {
	const url = new URL(baseUrl);
	return `${url.protocol}//${url.hostname}/*`;
}

function statusError(status: number, detail: string): RewriteError {
	if (status === 401 || status === 403) return new RewriteError('unauthorized', detail);
	if (status === 429) return new RewriteError('rate-limited', detail);
	// Ollama and LM Studio answer 404 for a model that is not pulled/loaded, as for a wrong path.
	if (status === 404) return new RewriteError('not-found', detail);
	if (status >= 500) return new RewriteError('server', detail);
	return new RewriteError('malformed', detail);
}

/** A 400/422 whose body says the server does not do `stream` (vLLM, some proxies and gateways). */
async function refusesStreaming(response: Response): Promise<boolean> {
	if (response.status !== 400 && response.status !== 422) return false;
	const body = await response
		.clone()
		.text()
		.catch(() => '');
	return /\bstream(ing)?\b/i.test(body);
}

/** Reads a one-piece JSON completion (a server that ignored or refused `stream: true`). */
async function readJsonReply(response: Response): Promise<GenerateResult> {
	const body = (await response.json().catch(() => undefined)) as
		| { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] }
		| undefined;
	const choice = body?.choices?.[0];
	const content = choice?.message?.content;
	if (typeof content !== 'string') throw new RewriteError('malformed', 'JSON reply without content');
	return { text: content, finish: finishReason(choice?.finish_reason) };
}

/** `localhost:11434` for `http://localhost:11434/v1/chat/completions`: the server in words a user knows. */
function serverName(endpoint: string): string {
	return new URL(endpoint).host;
}

/** Creates the backend. */
export function createOpenAIBackend(config: OpenAIConfig): RewriterBackend {
	const doFetch = config.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
	const firstAnswerMs = config.firstAnswerMs ?? FIRST_ANSWER_MS;
	const timeoutMs = config.timeoutMs ?? CHUNK_GAP_MS;
	const endpoint = chatCompletionsUrl(config.baseUrl);
	// Learned once per backend (one per endpoint + model + key): a server that refused streaming keeps refusing.
	let streaming = true;
	return {
		id: 'openai',
		// Named by the card while the answer has not started ("may still be loading on localhost:11434").
		server: serverName(endpoint),
		async *generate(request: GenerateRequest, signal?: AbortSignal) {
			if (signal?.aborted) throw new RewriteError('aborted');
			const controller = new AbortController();
			let timedOut = false;
			let timer: ReturnType<typeof setTimeout> | undefined;
			// Until the first text arrives one deadline runs from the request (not re-armed by reads: keep-alive
			// comments or an empty role delta are no answer); from then on each read has `timeoutMs`.
			let started = false;
			const arm = (ms: number) => {
				clearTimeout(timer);
				timer = setTimeout(() => {
					timedOut = true;
					controller.abort();
				}, ms);
			};
			// The user's Stop reaches the socket: aborting the fetch ends the server's generation too.
			const onAbort = () => controller.abort();
			signal?.addEventListener('abort', onAbort, { once: true });
			// `beforeAnswer`: the request itself failed (no response yet), as a call the browser blocks does.
			const failure = (error: unknown, beforeAnswer = false): unknown => {
				if (error instanceof RewriteError) return error;
				if (timedOut)
					return new RewriteError(
						'timeout',
						started ? `no data for ${timeoutMs} ms` : `no answer within ${firstAnswerMs} ms`,
					);
				if (signal?.aborted) return new RewriteError('aborted');
				// Without host access the browser refuses the call itself, and says no more than "Failed to fetch".
				if (beforeAnswer && config.hostAccess === false)
					return new RewriteError('no-permission', new URL(endpoint).origin);
				const why = error instanceof Error ? error.message : String(error);
				// The origin first: the card names the server it could not reach (errors.ts messageForCode).
				return new RewriteError('unreachable', `${new URL(endpoint).origin} ${why}`);
			};
			const post = async (stream: boolean) => {
				arm(firstAnswerMs);
				try {
					return await doFetch(endpoint, {
						method: 'POST',
						headers: {
							'content-type': 'application/json',
							accept: stream ? 'text/event-stream' : 'application/json',
							...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
						},
						body: JSON.stringify({
							model: config.model,
							messages: buildMessages(request),
							temperature: request.strategy.temperature,
							max_tokens: config.maxTokens ?? Math.min(1024, 64 + Math.ceil(request.text.length / 2)),
							stream,
						}),
						signal: controller.signal,
						// The key goes to the configured server only, never to where a redirect points.
						redirect: 'manual',
					});
				} catch (error) {
					throw failure(error, true);
				}
			};
			try {
				let response = await post(streaming);
				if (streaming && (await refusesStreaming(response))) {
					streaming = false;
					response = await post(false);
				}
				if (isRedirect(response))
					throw new RewriteError('redirected', `${new URL(endpoint).origin} redirects`);
				if (!response.ok) throw statusError(response.status, `HTTP ${response.status} from ${endpoint}`);
				const type = response.headers.get('content-type') ?? '';
				if (type.includes('application/json')) {
					// Some servers ignore stream:true and answer in one piece: one chunk, the whole answer.
					const result = await readJsonReply(response).catch((error: unknown) => {
						throw failure(error);
					});
					yield result.text;
					return result;
				}
				if (!response.body) throw new RewriteError('malformed', 'empty body');
				const reader = response.body.getReader();
				const next = async () => {
					if (started) arm(timeoutMs);
					try {
						return await reader.read();
					} catch (error) {
						throw failure(error);
					}
				};
				let text = '';
				try {
					const stream = readChatStream(reader, next);
					for (;;) {
						const step = await stream.next();
						if (step.done) return { text, finish: step.value };
						text += step.value;
						started = true;
						yield step.value;
					}
				} finally {
					reader.cancel().catch(() => undefined);
				}
			} finally {
				clearTimeout(timer);
				signal?.removeEventListener('abort', onAbort);
			}
		},
	};
}
