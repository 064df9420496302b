/**
 * What of a request the on-device model (local-backend.ts) can take: its context window, the prompt cut to fit
 * it, and the tokens that end a generation. Read off the tokenizer and model configs transformers.js loads.
 */
import { RewriteError } from './errors.ts';
import { buildMessages, plainPrompt } from './prompts.ts';
import type { GenerateRequest } from './types.ts';

type Transformers = typeof import('@huggingface/transformers');
type Tokenizer = Awaited<ReturnType<Transformers['AutoTokenizer']['from_pretrained']>>;
type CausalLM = Awaited<ReturnType<Transformers['AutoModelForCausalLM']['from_pretrained']>>;

/** The model's context window from its config (GPT-2 style or Llama/Qwen style keys). */
export function contextLength(config: object | undefined): number {
	const c = config as Record<string, unknown> | undefined;
	const value = c?.max_position_embeddings ?? c?.n_positions ?? c?.n_ctx;
	return typeof value === 'number' && value > 0 ? value : 32_768;
}

/**
 * The prompt for a request that fits the context window: without few-shot turns if they do not fit, then
 * with the oldest thread comments dropped one by one (the thread is context; the draft is what must be
 * rewritten). Throws `too-long` only when the draft alone does not fit.
 */
export function fitPrompt(tokenizer: Tokenizer, request: GenerateRequest, budget: number): string {
	const render = (r: GenerateRequest) => {
		const messages = buildMessages(r);
		return tokenizer.chat_template
			? (tokenizer.apply_chat_template(messages, { tokenize: false, add_generation_prompt: true }) as string)
			: plainPrompt(messages);
	};
	const fits = (prompt: string) => (tokenizer.encode(prompt) as unknown[]).length <= budget;
	const full = render(request);
	if (fits(full)) return full;
	const bare = { ...request, strategy: { ...request.strategy, fewShot: 'none' as const } };
	const context = request.context ?? [];
	for (let keep = context.length; keep >= 0; keep--) {
		const prompt = render({ ...bare, context: context.slice(context.length - keep) });
		if (fits(prompt)) return prompt;
	}
	throw new RewriteError('too-long', `prompt exceeds ${budget} tokens`);
}

/** The end-of-sequence token ids of a model (generation config first, then model config). */
export function eosIds(model: CausalLM): Set<bigint> {
	const read = (c: unknown) => (c as { eos_token_id?: number | number[] } | undefined)?.eos_token_id;
	const raw = read((model as { generation_config?: unknown }).generation_config) ?? read(model.config);
	return new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((id) => BigInt(id)));
}
