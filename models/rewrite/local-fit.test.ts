import { describe, expect, it } from 'vitest';
import { contextLength, eosIds, fitPrompt } from './local-fit.ts';
import type { GenerateRequest } from './types.ts';

type FitTokenizer = Parameters<typeof fitPrompt>[0];
/** A tokenizer with no chat template whose tokens are characters, so a budget is a prompt length. */
const charTokenizer = { encode: (text: string) => [...text] } as unknown as FitTokenizer;
const request = (context: string[], fewShot: 'civil' | 'none' = 'civil'): GenerateRequest => ({
	text: 'This plan is garbage.',
	flaggedSpans: [],
	dimensions: [],
	context,
	strategy: { id: 's', template: 'soften', fewShot, temperature: 0 },
});
const length = (r: GenerateRequest) => fitPrompt(charTokenizer, r, 1e9).length;

describe('fitPrompt', () => {
	it('keeps the whole prompt when it fits', () => {
		const r = request(['First comment.', 'Second comment.']);
		expect(fitPrompt(charTokenizer, r, length(r))).toContain('First comment.');
	});

	it('drops the few-shot turns first, then the oldest thread comments, never the draft', () => {
		const bare = request(['First comment.', 'Second comment.'], 'none');
		const lastOnly = request(['Second comment.'], 'none');
		const full = request(['First comment.', 'Second comment.']);
		expect(length(full)).toBeGreaterThan(length(bare));
		expect(fitPrompt(charTokenizer, full, length(bare))).toBe(fitPrompt(charTokenizer, bare, 1e9));
		const cut = fitPrompt(charTokenizer, full, length(lastOnly));
		expect(cut).toContain('Second comment.');
		expect(cut).not.toContain('First comment.');
		expect(cut).toContain('This plan is garbage.');
	});

	it('says the draft is too long when even the draft alone does not fit', () => {
		expect(() => fitPrompt(charTokenizer, request([]), 10)).toThrow(/exceeds 10 tokens/);
	});
});

describe('contextLength and eosIds', () => {
	it('reads the context window from GPT-2 or Llama style configs, with a default', () => {
		expect(contextLength({ n_positions: 1024 })).toBe(1024);
		expect(contextLength({ max_position_embeddings: 4096 })).toBe(4096);
		expect(contextLength(undefined)).toBe(32_768);
	});

	it('reads end-of-sequence ids from the generation config first, then the model config', () => {
		type Model = Parameters<typeof eosIds>[0];
		const model = (m: object) => m as unknown as Model;
		expect(
			eosIds(model({ generation_config: { eos_token_id: [2, 7] }, config: { eos_token_id: 1 } })),
		).toEqual(new Set([2n, 7n]));
		expect(eosIds(model({ config: { eos_token_id: 1 } }))).toEqual(new Set([1n]));
		expect(eosIds(model({ config: {} }))).toEqual(new Set());
	});
});
