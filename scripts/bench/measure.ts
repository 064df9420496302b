/**
 * Latency measurement shared by the Node and Chromium halves of `npm run bench`, so both report the same thing.
 */
import type { InferenceSession, Tensor } from 'onnxruntime-web';
import type { Scorer } from '../../models/scoring/types.ts';
import { benchDraft, civilDraft, summarize } from './drafts.ts';

type Stats = ReturnType<typeof summarize>;

export interface ScorerBench {
	loadMs: number;
	byLength: Record<number, Stats>;
	/** Per length, how many of the timed drafts were flagged (those also pay for the span explanation). */
	flagged: Record<number, number>;
	/** 1,000-character drafts that all flag (an insult first): the explaining path's latency. */
	flaggedAt1000: Stats;
	/** How many of `flaggedAt1000`'s drafts were flagged. */
	flaggedAt1000Flags: number;
	/**
	 * 1,000-character civil drafts (scripts/bench/drafts.ts `civilDraft`), timed after the rows above so those
	 * stay comparable with earlier sessions: the unflagged path, which the bench drafts above never take.
	 */
	civilAt1000: Stats;
	/** How many of `civilAt1000`'s drafts were flagged (0 expected). */
	civilAt1000Flags: number;
}

/**
 * Distinct drafts scored before each measured series. With 50, the first series in Chromium still paid for V8
 * tiering ORT's WASM up (1,000 chars p95 6.2 ms vs 2.5 ms after 500, same page, same models): the figure is
 * meant to be the steady state of a long-lived inference host; the cold first score is reported as load time.
 */
export const WARMUP_DRAFTS = 500;

/** Milliseconds on some clock: wall time by default, or the CPU time of the thread that scores. */
export type Clock = () => number | Promise<number>;

/**
 * Cold load = first score (session creation included); then, per length, `warmup` and `runs` distinct drafts
 * (never a cache hit), one at a time as the extension scores them.
 */
export async function runScorerBench(
	make: () => Scorer | Promise<Scorer>,
	lengths: number[],
	runs: number,
	{ warmup = WARMUP_DRAFTS, clock = () => performance.now() }: { warmup?: number; clock?: Clock } = {},
): Promise<ScorerBench> {
	let start = await clock();
	const scorer = await make();
	await scorer.score([benchDraft(40, 0)]);
	const loadMs = (await clock()) - start;
	const byLength: Record<number, Stats> = {};
	const flagged: Record<number, number> = {};
	let variant = 1;
	const time = async (
		length: number,
		abusive: boolean,
		make: (length: number, variant: number, abusive: boolean) => string = benchDraft,
	): Promise<{ stats: Stats; flags: number }> => {
		for (let i = 0; i < warmup; i++) await scorer.score([make(length, variant++, abusive)]);
		const times: number[] = [];
		let flags = 0;
		for (let i = 0; i < runs; i++) {
			const draft = make(length, variant++, abusive);
			start = await clock();
			const [result] = await scorer.score([draft]);
			times.push((await clock()) - start);
			if (result?.flag) flags++;
		}
		return { stats: summarize(times), flags };
	};
	for (const length of lengths) {
		const { stats, flags } = await time(length, false);
		byLength[length] = stats;
		flagged[length] = flags;
	}
	const abusive = await time(1000, true);
	// A long draft that is mostly civil can dilute one insult below the flag (1 of 3,000 variants at 0.497).
	if (abusive.flags < runs * 0.99)
		throw new Error(`only ${abusive.flags} of ${runs} abusive bench drafts flagged`);
	const civil = await time(1000, false, (length, v) => civilDraft(length, v));
	await scorer.dispose?.();
	return {
		loadMs,
		byLength,
		flagged,
		flaggedAt1000: abusive.stats,
		flaggedAt1000Flags: abusive.flags,
		civilAt1000: civil.stats,
		civilAt1000Flags: civil.flags,
	};
}

interface OrtLike {
	InferenceSession: { create(bytes: Uint8Array, options?: object): Promise<InferenceSession> };
	Tensor: new (type: 'int64', data: BigInt64Array, dims: number[]) => Tensor;
}

/**
 * A reference encoder at the token count a WordPiece tokenizer gives for each draft length (~4 chars/token), on
 * `executionProviders` (WASM by default; the Node WebGPU bench passes `webgpu`).
 */
export async function runEncoderBench(
	ort: OrtLike,
	name: string,
	load: () => Promise<Uint8Array>,
	lengths: number[],
	runs: number,
	executionProviders: string[] = ['wasm'],
): Promise<{ name: string; loadMs: number; bytes: number; byLength: Record<number, Stats> }> {
	let start = performance.now();
	const bytes = await load();
	const session = await ort.InferenceSession.create(bytes, { executionProviders });
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
