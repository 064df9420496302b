/**
 * Backend for any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, LM Studio, vLLM, …): streams
 * the answer over SSE (`stream: true`) and turns every failure into a typed RewriteError. A server that refuses
 * streaming (a 400/422 naming `stream`) is asked again without it, and from then on never streamed to. It only
 * reads the draft.
 * In the extension the host permission for the base URL is requested at run time (`originPattern`), and the
 * key lives in local extension storage; this module only receives them.
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
	/** Longest wait for the first byte and between chunks (ms). */
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

/** Creates the backend. */
export function createOpenAIBackend(config: OpenAIConfig): RewriterBackend {
	const doFetch = config.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
	const timeoutMs = config.timeoutMs ?? 30_000;
	const endpoint = chatCompletionsUrl(config.baseUrl);
	// Learned once per backend (one per endpoint + model + key): a server that refused streaming keeps refusing.
	let streaming = true;
	return {
		id: 'openai',
		async *generate(request: GenerateRequest, signal?: AbortSignal) {
			if (signal?.aborted) throw new RewriteError('aborted');
			const controller = new AbortController();
			let timedOut = false;
			let timer: ReturnType<typeof setTimeout> | undefined;
			const arm = () => {
				clearTimeout(timer);
				timer = setTimeout(() => {
					timedOut = true;
					controller.abort();
				}, timeoutMs);
			};
			// The user's Stop reaches the socket: aborting the fetch ends the server's generation too.
			const onAbort = () => controller.abort();
			signal?.addEventListener('abort', onAbort, { once: true });
			// `beforeAnswer`: the request itself failed (no response yet), as a call the browser blocks does.
			const failure = (error: unknown, beforeAnswer = false): unknown => {
				if (error instanceof RewriteError) return error;
				if (timedOut) return new RewriteError('timeout', `no data for ${timeoutMs} ms`);
				if (signal?.aborted) return new RewriteError('aborted');
				// Without host access the browser refuses the call itself, and says no more than "Failed to fetch".
				if (beforeAnswer && config.hostAccess === false)
					return new RewriteError('no-permission', new URL(endpoint).origin);
				const why = error instanceof Error ? error.message : String(error);
				// The origin first: the card names the server it could not reach (errors.ts messageForCode).
				return new RewriteError('unreachable', `${new URL(endpoint).origin} ${why}`);
			};
			const post = async (stream: boolean) => {
				arm();
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
					arm();
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
