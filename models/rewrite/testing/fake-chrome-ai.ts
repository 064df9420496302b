/**
 * A fake of Chrome's built-in AI globals (LanguageModel / Rewriter) for unit tests: deterministic streaming
 * answers, configurable availability, and a record of what was created.
 */
import type { ChromeAIGlobals } from '../chrome-backend.ts';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

function streamOf(parts: string[], signal?: AbortSignal): ReadableStream<string> {
	let i = 0;
	return new ReadableStream<string>({
		pull(controller) {
			if (signal?.aborted) {
				controller.error(new DOMException('aborted', 'AbortError'));
				return;
			}
			const part = parts[i++];
			if (part === undefined) controller.close();
			else controller.enqueue(part);
		},
	});
}

/**
 * Builds fake globals. `prompt`/`rewriter` = availability of each API, or absent to leave the global out;
 * `streaming: false` gives sessions only the one-piece `prompt` / `rewrite` calls (older Chrome builds).
 */
export function fakeChromeAI(
	options: { prompt?: Availability; rewriter?: Availability; reply?: string; streaming?: boolean } = {
		prompt: 'available',
	},
): ChromeAIGlobals & { created: string[] } {
	const reply = options.reply ?? 'This is not a good idea; could you add a test? See #12.';
	const created: string[] = [];
	const globals: ChromeAIGlobals & { created: string[] } = { created };
	if (options.prompt) {
		globals.LanguageModel = {
			availability: async () => options.prompt as Availability,
			create: async () => {
				created.push('LanguageModel');
				return options.streaming === false
					? { prompt: async () => reply, destroy() {} }
					: { promptStreaming: (_text, o) => streamOf(reply.split(/(?<= )/), o?.signal), destroy() {} };
			},
		};
	}
	if (options.rewriter) {
		globals.Rewriter = {
			availability: async () => options.rewriter as Availability,
			create: async () => {
				created.push('Rewriter');
				return options.streaming === false
					? { rewrite: async () => reply, destroy() {} }
					: { rewriteStreaming: (_text, o) => streamOf(reply.split(/(?<= )/), o?.signal), destroy() {} };
			},
		};
	}
	return globals;
}
