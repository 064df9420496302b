/**
 * Chrome's built-in model: the Prompt API (`LanguageModel`) when present, else the Rewriter API (`Rewriter`).
 * Answers stream (`promptStreaming` / `rewriteStreaming`) where the browser has them, else arrive in one piece
 * (`prompt` / `rewrite`).
 * Both are feature-detected on the given global, never assumed; when neither is usable the backend throws
 * `unavailable`, and a model Chrome still has to download is only fetched when the caller allows it (that
 * needs a user gesture anyway).
 */
import { RewriteError } from './errors.ts';
import { buildMessages } from './prompts.ts';
import type { GenerateRequest, GenerateResult, RewriterBackend } from './types.ts';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface StreamingSession {
	destroy?(): void;
}
interface PromptSession extends StreamingSession {
	promptStreaming?(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
	prompt?(input: string, options?: { signal?: AbortSignal }): Promise<string>;
}
interface RewriterSession extends StreamingSession {
	rewriteStreaming?(
		input: string,
		options?: { context?: string; signal?: AbortSignal },
	): ReadableStream<string>;
	rewrite?(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
}
/** The parts of Chrome's built-in AI globals this backend uses. */
export interface ChromeAIGlobals {
	LanguageModel?: {
		availability(options?: unknown): Promise<Availability>;
		create(options: {
			initialPrompts: { role: string; content: string }[];
			temperature?: number;
			topK?: number;
			signal?: AbortSignal;
		}): Promise<PromptSession>;
	};
	Rewriter?: {
		availability(options?: unknown): Promise<Availability>;
		create(options: {
			tone?: string;
			format?: string;
			length?: string;
			sharedContext?: string;
			signal?: AbortSignal;
		}): Promise<RewriterSession>;
	};
}

/** Which built-in API can serve rewrites right now ('none' when neither). */
export async function detectChromeAI(
	globals: ChromeAIGlobals = globalThis as ChromeAIGlobals,
	allowDownload = false,
): Promise<'prompt' | 'rewriter' | 'none'> {
	const usable = async (api?: { availability(): Promise<Availability> }) => {
		if (!api || typeof api.availability !== 'function') return false;
		const state = await api.availability().catch(() => 'unavailable' as const);
		return state === 'available' || (allowDownload && (state === 'downloadable' || state === 'downloading'));
	};
	if (await usable(globals.LanguageModel)) return 'prompt';
	if (await usable(globals.Rewriter)) return 'rewriter';
	return 'none';
}

/** Yields the answer's deltas as they stream and returns the whole text. */
async function* readStream(
	stream: ReadableStream<string>,
	signal?: AbortSignal,
): AsyncGenerator<string, string, undefined> {
	const reader = stream.getReader();
	let previous = '';
	let text = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return text;
			// Older Chrome builds streamed the whole text so far; newer ones stream deltas. Accept both.
			const delta = value.startsWith(previous) && previous ? value.slice(previous.length) : value;
			previous = value.startsWith(previous) ? value : previous + value;
			text += delta;
			if (delta) yield delta;
		}
	} catch (error) {
		if (signal?.aborted) throw new RewriteError('aborted');
		throw new RewriteError('server', error instanceof Error ? error.message : String(error));
	} finally {
		reader.releaseLock();
	}
}

/** The streamed answer where the session streams, else its one-piece answer as a single chunk. */
async function* answer(
	streamed: ReadableStream<string> | undefined,
	whole: () => Promise<string> | undefined,
	signal?: AbortSignal,
): AsyncGenerator<string, GenerateResult, undefined> {
	if (streamed) return { text: yield* readStream(streamed, signal), finish: 'stop' };
	const text = await whole();
	if (text === undefined) throw new RewriteError('unavailable', 'session can neither stream nor answer');
	if (text) yield text;
	return { text, finish: 'stop' };
}

/** Creates the backend over the given globals (the real `globalThis` by default; a fake in tests). */
export function createChromeBackend(
	options: { globals?: ChromeAIGlobals; allowDownload?: boolean } = {},
): RewriterBackend {
	const globals = options.globals ?? (globalThis as ChromeAIGlobals);
	return {
		id: 'chrome',
		async *generate(request: GenerateRequest, signal?: AbortSignal) {
			if (signal?.aborted) throw new RewriteError('aborted');
			const api = await detectChromeAI(globals, options.allowDownload);
			if (api === 'none') throw new RewriteError('unavailable', 'no usable LanguageModel or Rewriter global');
			const messages = buildMessages(request);
			let session: PromptSession | RewriterSession | undefined;
			try {
				if (api === 'prompt' && globals.LanguageModel) {
					const prompt = await globals.LanguageModel.create({
						initialPrompts: messages.slice(0, -1),
						temperature: request.strategy.temperature,
						topK: 3,
						signal,
					});
					session = prompt;
					return yield* answer(
						prompt.promptStreaming?.(request.text, { signal }),
						() => prompt.prompt?.(request.text, { signal }),
						signal,
					);
				} else if (globals.Rewriter) {
					const rewriter = await globals.Rewriter.create({
						tone: 'more-formal',
						format: 'as-is',
						length: 'as-is',
						sharedContext: messages[0]?.content,
						signal,
					});
					session = rewriter;
					const context = request.context?.length
						? `Thread so far: ${request.context.join(' / ')}`
						: undefined;
					return yield* answer(
						rewriter.rewriteStreaming?.(request.text, { context, signal }),
						() => rewriter.rewrite?.(request.text, { context, signal }),
						signal,
					);
				}
				throw new RewriteError('unavailable', 'no usable LanguageModel or Rewriter global');
			} catch (error) {
				if (error instanceof RewriteError) throw error;
				if (signal?.aborted) throw new RewriteError('aborted');
				const name = (error as { name?: string })?.name;
				if (name === 'QuotaExceededError') throw new RewriteError('quota', String(error));
				if (name === 'NotAllowedError') throw new RewriteError('not-opted-in', String(error));
				throw new RewriteError('unavailable', error instanceof Error ? error.message : String(error));
			} finally {
				session?.destroy?.();
			}
		},
	};
}
