// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AutoModelForCausalLM, AutoTokenizer, env } from '@huggingface/transformers';
import { describe, expect, it } from 'vitest';
import { createLocalBackend, type LocalModelConfig, PRODUCTION_MODEL } from './local-backend.ts';
import { drainGeneration } from './stream.ts';

const FIXTURES = path.resolve(__dirname, '../../tests/fixtures');
/** The backend over the tiny fixture model, in fp32 on the CPU, with `extra` settings. */
const tinyBackend = (extra: Partial<LocalModelConfig> = {}) =>
	createLocalBackend({
		modelId: 'tiny-llm',
		localModelPath: FIXTURES,
		dtype: 'fp32',
		device: 'cpu',
		...extra,
	});

describe('local backend (transformers.js) on the tiny fixture model', () => {
	it('loads with remote models disabled and matches the PyTorch greedy reference token for token', async () => {
		const reference = JSON.parse(readFileSync(path.join(FIXTURES, 'tiny-llm/reference.json'), 'utf8'));
		const progress: string[] = [];
		const backend = tinyBackend({ onProgress: (p) => progress.push(p.status) });
		let text = '';
		for await (const chunk of backend.generate({
			text: 'hi',
			flaggedSpans: [],
			dimensions: [],
			strategy: { id: 's', template: 'minimal', fewShot: 'none', temperature: 0 },
		}))
			text += chunk;
		expect(env.allowRemoteModels).toBe(false);
		expect(progress).toContain('done');
		expect(text.length).toBeGreaterThan(0);
		// Same path, raw ids: the model the backend loaded reproduces the reference.
		const tokenizer = await AutoTokenizer.from_pretrained('tiny-llm');
		const model = await AutoModelForCausalLM.from_pretrained('tiny-llm', { dtype: 'fp32', device: 'cpu' });
		const out = await model.generate({ ...tokenizer('hi'), max_new_tokens: 8, do_sample: false });
		expect(Array.from((out as { data: ArrayLike<bigint> }).data, Number)).toEqual(reference.greedy_ids);
		await backend.dispose?.();
	});

	it('without opt-in a model that is not local fails as not-opted-in, never reaching the hub', async () => {
		const backend = createLocalBackend({
			modelId: PRODUCTION_MODEL.id,
			localModelPath: FIXTURES,
			device: 'cpu',
		});
		const error = await (async () => {
			for await (const _ of backend.generate({
				text: 'x',
				flaggedSpans: [],
				dimensions: [],
				strategy: { id: 's', template: 'minimal', fewShot: 'none', temperature: 0 },
			}));
		})().catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'not-opted-in' });
	});

	it('drops few-shot turns that do not fit the context window, and refuses drafts that never fit', async () => {
		const backend = tinyBackend({ maxNewTokens: 4 });
		const run = async (text: string) => {
			let out = '';
			for await (const chunk of backend.generate({
				text,
				flaggedSpans: [],
				dimensions: [],
				strategy: { id: 's', template: 'soften', fewShot: 'civil', temperature: 0 },
			}))
				out += chunk;
			return out;
		};
		expect((await run('short draft')).length).toBeGreaterThan(0);
		await expect(run('x'.repeat(1200))).rejects.toMatchObject({ code: 'too-long' });
		await backend.dispose?.();
	});

	it('drops the oldest thread comments that do not fit before refusing the draft', async () => {
		// The tiny model reads 1,024 byte tokens: six 300-character comments plus the prompt cannot all fit, the
		// draft can. The thread is context; the draft is what must be rewritten.
		const backend = tinyBackend({ maxNewTokens: 4 });
		const context = Array.from(
			{ length: 6 },
			(_, i) => `Comment ${i}: ${'the build fails again. '.repeat(13)}`,
		);
		let out = '';
		for await (const chunk of backend.generate({
			text: 'you never test anything',
			flaggedSpans: [],
			dimensions: [],
			context,
			strategy: { id: 's', template: 'soften', fewShot: 'none', temperature: 0 },
		}))
			out += chunk;
		expect(out.length).toBeGreaterThan(0);
		await backend.dispose?.();
	});

	it('streams while generating, and a generation that used all max_new_tokens ends as cut off ("length")', async () => {
		const backend = tinyBackend({ maxNewTokens: 6 });
		const chunks: string[] = [];
		const result = await drainGeneration(
			backend.generate({
				text: 'hi',
				flaggedSpans: [],
				dimensions: [],
				strategy: { id: 's', template: 'minimal', fewShot: 'none', temperature: 0 },
			}),
			(chunk) => chunks.push(chunk),
		);
		expect(chunks.join('')).toBe(result.text);
		// The tiny random model never emits its end token within 6 tokens (greedy, fixed weights).
		expect(result.finish).toBe('length');
		await backend.dispose?.();
	});
});
