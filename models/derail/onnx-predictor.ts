/**
 * The derailment engine: runs models/derail-v1.onnx in onnxruntime-web (Node for the CLI, an extension page in
 * the browser). The `ort` module, a `loadBytes(file)` function and (optionally) the draft Scorer are injected, so
 * this file never decides where ORT, the model file or the scoring engine come from.
 */

import type { Scorer } from '../scoring/types.ts';
import { sentences } from './advice.ts';
import { explain, heatOf, peopleOnly, placeMarkers, toneRow } from './explain.ts';
import {
	type EncodedThread,
	encodeThread,
	POOL_ROWS,
	type PreparedComment,
	prepareComment,
	prepareThread,
} from './features.ts';
import { scoreComments } from './score-features.ts';
import type {
	DerailMarkers,
	DerailOptions,
	DerailPredictor,
	DerailResult,
	HottestSentence,
	Thread,
} from './types.ts';
import { derailThreshold } from './types.ts';
import { DERAIL_MODEL_FILE } from './version.ts';

/** The parts of an onnxruntime(-web) module this engine uses. */
export interface OrtModule {
	Tensor: new (
		type: 'float32' | 'int64',
		data: Float32Array | BigInt64Array,
		dims: readonly number[],
	) => unknown;
	InferenceSession: {
		create(bytes: Uint8Array, options?: Record<string, unknown>): Promise<OrtSession>;
	};
}

/** The parts of an ORT InferenceSession this engine uses. */
export interface OrtSession {
	run(feeds: Record<string, unknown>): Promise<Record<string, { data: unknown }>>;
	release?(): Promise<void>;
}

/** Where the engine gets its runtime and model bytes. */
export interface OnnxDerailDeps {
	ort: OrtModule;
	loadBytes: (file: string) => Promise<Uint8Array>;
	/** Model file name (default: the shipped version). */
	file?: string;
	/**
	 * The scoring engine (models/scoring), whose per-comment probabilities the model reads. Optional: without it
	 * (or if it fails) the model uses its training means for those inputs, which works but is less accurate.
	 * With the scorer's LRU cache a thread's comments are scored once; later calls only score the new draft.
	 */
	scorer?: Scorer;
}

/** Sentences of one driving comment rated for `DerailResult.hottest`, at most (a long comment's first ones). */
const MAX_SENTENCES = 24;
/**
 * Driving comments whose hottest sentence is remembered (`hottest`): the content script predicts the same thread
 * again at every pause while the user types, and rating a long comment's sentences is most of the option's cost.
 */
const HOT_CACHE = 64;

/** What the tone heads read of one comment alone: its text and whether it is the opening post or by its author. */
const hotKey = (text: string, first: boolean, byOpener: boolean) =>
	`${first ? 'o' : byOpener ? 'a' : 'x'}\u0000${text}`;

/** Derailment predictor backed by the ONNX model; one lazily created session, runs serialised. */
export class OnnxDerailPredictor implements DerailPredictor {
	private session?: Promise<OrtSession>;
	private queue: Promise<unknown> = Promise.resolve();
	/** hotKey → the comment's hottest sentence and its heat (null: fewer than two sentences), least recent first. */
	private readonly hot = new Map<string, { sentence: string; heat: number } | null>();

	constructor(private readonly deps: OnnxDerailDeps) {}

	private getSession(): Promise<OrtSession> {
		this.session ??= this.deps
			.loadBytes(this.deps.file ?? DERAIL_MODEL_FILE)
			.then((bytes) => this.deps.ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] }));
		return this.session;
	}

	private async run(enc: EncodedThread): Promise<{ derail: number; tone: Float32Array }> {
		const session = await this.getSession();
		const { Tensor } = this.deps.ort;
		const n = enc.comments;
		const m = enc.idx.length;
		const job = this.queue.then(() =>
			session.run({
				idx: new Tensor('int64', enc.idx, [m]),
				val: new Tensor('float32', enc.val, [m, 1]),
				seg: new Tensor('float32', enc.seg, [n, m]),
				pool: new Tensor('float32', enc.pool, [POOL_ROWS.length, n]),
				conv: new Tensor('float32', enc.conv, [1, enc.conv.length]),
				score: new Tensor('float32', enc.score, [1, enc.score.length]),
				has_score: new Tensor('float32', enc.hasScore, [1, 1]),
			}),
		);
		this.queue = job.catch(() => undefined);
		const out = await job;
		const derail = (out.derail?.data as Float32Array | undefined)?.[0];
		const tone = out.tone?.data as Float32Array | undefined;
		if (derail === undefined || !tone) throw new Error('derailment model returned no output');
		return { derail, tone };
	}

	/** Scorer vectors of cleaned texts, or undefined (fallback to training means) without a working scorer. */
	private async scores(cleanTexts: readonly string[]): Promise<number[][] | undefined> {
		if (!this.deps.scorer) return undefined;
		try {
			return await scoreComments(this.deps.scorer, cleanTexts);
		} catch {
			return undefined;
		}
	}

	/**
	 * The strongest driving comment's sentence the tone heads rate highest, each sentence read as that comment
	 * alone: one model run over its sentences unless it was rated before (the heads score every row on its own; the
	 * thread output is ignored). Rows are independent, so a remembered comment reads as it would in a new run.
	 */
	private async hottest(thread: Thread, markers: DerailMarkers): Promise<HottestSentence[]> {
		const opener = thread.comments[0]?.author ?? '';
		const keys = new Map<number, string>();
		const rows: { key: string; sentence: string; prepared: PreparedComment }[] = [];
		// Only the strongest driving comment, the one the reason line quotes: the others keep their cue quote
		// (advice.ts), and three long comments cost ~15 ms to rate on first sight.
		const driving = markers.comments.slice(0, 1);
		for (const m of driving) {
			const c = thread.comments[m.index];
			if (!c) continue;
			const first = m.index === 0;
			const byOpener = m.index > 0 && opener !== '' && c.author === opener;
			const key = hotKey(c.text, first, byOpener);
			keys.set(m.index, key);
			if (this.hot.has(key) || rows.some((r) => r.key === key)) continue;
			const all = sentences(c.text).slice(0, MAX_SENTENCES);
			if (all.length < 2) {
				this.remember(key, null);
				continue;
			}
			for (const sentence of all)
				rows.push({
					key,
					sentence,
					prepared: prepareComment({ author: c.author, text: sentence }, first, byOpener),
				});
		}
		if (rows.length > 0) {
			const { tone } = await this.run(encodeThread(rows.map((r) => r.prepared)));
			const best = new Map<string, { sentence: string; heat: number }>();
			rows.forEach((r, k) => {
				const heat = heatOf(toneRow(tone, k));
				const was = best.get(r.key);
				if (!was || heat > was.heat) best.set(r.key, { sentence: r.sentence, heat });
			});
			for (const [key, hot] of best) this.remember(key, hot);
		}
		return driving.flatMap((m) => {
			const key = keys.get(m.index);
			const hot = key === undefined ? undefined : this.hot.get(key);
			if (key !== undefined && hot !== undefined) this.remember(key, hot);
			return hot ? [{ index: m.index, ...hot }] : [];
		});
	}

	/** Remembers a comment's reading as the most recent, forgetting the least recent beyond HOT_CACHE. */
	private remember(key: string, hot: { sentence: string; heat: number } | null): void {
		this.hot.delete(key);
		this.hot.set(key, hot);
		for (const old of this.hot.keys()) {
			if (this.hot.size <= HOT_CACHE) break;
			this.hot.delete(old);
		}
	}

	async predict(read: Thread, draft?: string, options?: DerailOptions): Promise<DerailResult> {
		const threshold = derailThreshold(options?.sensitivity);
		// The model reads people's comments only; markers and `hottest` point back into the thread as read.
		const { thread, at } = peopleOnly(read);
		const prepared = prepareThread(thread.comments);
		const scores = await this.scores(prepared.map((c) => c.clean));
		const base =
			prepared.length > 0
				? await this.run(encodeThread(prepared, scores))
				: { derail: 0, tone: new Float32Array() };
		let draftPart:
			| { prepared: PreparedComment; derail: number; tones: ReturnType<typeof toneRow>; hostile: boolean }
			| undefined;
		if (draft !== undefined && draft.trim() !== '') {
			const opener = thread.comments[0]?.author;
			const me = thread.viewer ?? '';
			const pd = prepareComment(
				{ author: me, text: draft },
				prepared.length === 0,
				me !== '' && me === opener,
			);
			const draftScore = scores ? await this.scores([pd.clean]) : undefined;
			const withDraft = await this.run(
				encodeThread([...prepared, pd], scores && draftScore ? [...scores, ...draftScore] : undefined),
			);
			draftPart = {
				prepared: pd,
				derail: withDraft.derail,
				tones: toneRow(withDraft.tone, prepared.length),
				// The scoring engine's toxic head at its decision point (column 0 of a scorer vector).
				hostile: (draftScore?.[0]?.[0] ?? 0) >= 0.5,
			};
		}
		const derail = draftPart?.derail ?? base.derail;
		const markers = explain({
			thread,
			prepared,
			tones: base.tone,
			threadDerail: base.derail,
			threshold,
			draft: draftPart,
		});
		// Only asked by the card, only for a thread at risk; a failure costs the quote its tone, never the warning.
		const hottest = (
			options?.hottest && markers.suggestions.length > 0
				? await this.hottest(thread, markers).catch(() => [])
				: []
		).map((h) => ({ ...h, index: at[h.index] ?? h.index }));
		return {
			thread: read,
			...(draft !== undefined ? { draft } : {}),
			derail: Math.round(derail * 10000) / 10000,
			flag: derail >= threshold,
			markers: placeMarkers(markers, at),
			...(hottest.length > 0 ? { hottest } : {}),
		};
	}

	async dispose(): Promise<void> {
		const session = await this.session?.catch(() => undefined);
		this.session = undefined;
		await session?.release?.();
	}
}
