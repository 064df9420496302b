/**
 * Backend for any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, LM Studio, vLLM, …): streams
 * the answer over SSE and turns every failure into a typed RewriteError. It only reads the draft.
 * In the extension the host permission for the base URL is requested at run time (`originPattern`), and the
 * key lives in local extension storage; this module only receives them.
 */
import { RewriteError } from './errors.ts';
import { buildMessages } from './prompts.ts';
import { readChatStream } from './sse.ts';
import type { GenerateRequest, RewriterBackend } from './types.ts';

/** Where and how to reach the endpoint. */
export interface OpenAIConfig {
	/** e.g. http://localhost:11434/v1 (no trailing /chat/completions). */
	baseUrl: string;
	model: string;
	apiKey?: string;
	/** Longest wait for the first byte and between chunks (ms). */
	timeoutMs?: number;
	maxTokens?: number;
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

/** Creates the backend. */
export function createOpenAIBackend(config: OpenAIConfig): RewriterBackend {
	const doFetch = config.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
	const timeoutMs = config.timeoutMs ?? 30_000;
	const endpoint = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
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
			const onAbort = () => controller.abort();
			signal?.addEventListener('abort', onAbort, { once: true });
			const failure = (error: unknown): unknown => {
				if (error instanceof RewriteError) return error;
				if (timedOut) return new RewriteError('timeout', `no data for ${timeoutMs} ms`);
				if (signal?.aborted) return new RewriteError('aborted');
				return new RewriteError('unreachable', error instanceof Error ? error.message : String(error));
			};
			try {
				arm();
				let response: Response;
				try {
					response = await doFetch(endpoint, {
						method: 'POST',
						headers: {
							'content-type': 'application/json',
							accept: 'text/event-stream',
							...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
						},
						body: JSON.stringify({
							model: config.model,
							messages: buildMessages(request),
							temperature: request.strategy.temperature,
							max_tokens: config.maxTokens ?? Math.min(1024, 64 + Math.ceil(request.text.length / 2)),
							stream: true,
						}),
						signal: controller.signal,
					});
				} catch (error) {
					throw failure(error);
				}
				if (!response.ok) throw statusError(response.status, `HTTP ${response.status} from ${endpoint}`);
				const type = response.headers.get('content-type') ?? '';
				if (type.includes('application/json')) {
					// Some servers ignore stream:true and answer in one piece; accept it.
					const body = (await response.json().catch(() => undefined)) as
						| { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] }
						| undefined;
					const choice = body?.choices?.[0];
					const content = choice?.message?.content;
					if (typeof content !== 'string') throw new RewriteError('malformed', 'JSON reply without content');
					if (choice?.finish_reason === 'length' || choice?.finish_reason === 'content_filter')
						throw new RewriteError('truncated', `finish_reason ${String(choice.finish_reason)}`);
					yield content;
					return;
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
				try {
					yield* readChatStream(reader, next);
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
