/**
 * Latency measurement shared by the Node and Chromium halves of `npm run bench`, so both report the same thing.
 */
import type { InferenceSession, Tensor } from 'onnxruntime-web';
import type { Scorer } from '../../models/scoring/types.ts';
import { benchDraft, summarize } from './drafts.ts';

type Stats = ReturnType<typeof summarize>;

export interface ScorerBench {
	loadMs: number;
	byLength: Record<number, Stats>;
}

/** Cold load = first score (session creation included); then `runs` distinct drafts per length after warm-up. */
export async function runScorerBench(
	make: () => Scorer | Promise<Scorer>,
	lengths: number[],
	runs: number,
): Promise<ScorerBench> {
	let start = performance.now();
	const scorer = await make();
	await scorer.score([benchDraft(40, 0)]);
	const loadMs = performance.now() - start;
	const byLength: Record<number, Stats> = {};
	let variant = 1;
	for (const length of lengths) {
		for (let i = 0; i < 10; i++) await scorer.score([benchDraft(length, variant++)]);
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const draft = benchDraft(length, variant++);
			start = performance.now();
			await scorer.score([draft]);
			times.push(performance.now() - start);
		}
		byLength[length] = summarize(times);
	}
	await scorer.dispose?.();
	return { loadMs, byLength };
}

interface OrtLike {
	InferenceSession: { create(bytes: Uint8Array, options?: object): Promise<InferenceSession> };
	Tensor: new (type: 'int64', data: BigInt64Array, dims: number[]) => Tensor;
}

/** A reference encoder at the token count a WordPiece tokenizer gives for each draft length (~4 chars/token). */
export async function runEncoderBench(
	ort: OrtLike,
	name: string,
	load: () => Promise<Uint8Array>,
	lengths: number[],
	runs: number,
): Promise<{ name: string; loadMs: number; bytes: number; byLength: Record<number, Stats> }> {
	let start = performance.now();
	const bytes = await load();
	const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
	const loadMs = performance.now() - start;
	const byLength: Record<number, Stats> = {};
	for (const length of lengths) {
		const tokens = Math.min(512, Math.max(8, Math.round(length / 4) + 2));
		const ids = new ort.Tensor(
			'int64',
			BigInt64Array.from({ length: tokens }, (_, i) => BigInt(1000 + (i % 997))),
			[1, tokens],
		);
		const mask = new ort.Tensor('int64', new BigInt64Array(tokens).fill(1n), [1, tokens]);
		await session.run({ input_ids: ids, attention_mask: mask });
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			start = performance.now();
			await session.run({ input_ids: ids, attention_mask: mask });
			times.push(performance.now() - start);
		}
		byLength[length] = summarize(times);
	}
	await session.release();
	return { name, loadMs, bytes: bytes.length, byLength };
}
