/**
 * The one scoring engine, on onnxruntime-web, used by the extension's inference host and by Node (CLI, eval,
 * bench) so both give the same numbers. The environment is injected: the `ort` module (onnxruntime-web/wasm
 * or /webgpu) and a `loadBytes(file)` for model files named in the manifest. Sessions are created lazily,
 * one per model file, and raw scores are cached by text (LRU).
 */
import type * as Ort from 'onnxruntime-web';
import {
	type FeatureConfig,
	type Features,
	featurizeTokens,
	type Tokenized,
	tokenize,
} from '../features/featurize.ts';
import bundledManifest from '../manifest.json';
import { decide, type RawScore } from './decide.ts';
import { LruCache } from './lru.ts';
import type { ManifestModel, ModelManifest } from './manifest.ts';
import { DIMENSIONS, type Dimension, type ScoreOptions, type ScoreResult, type Scorer } from './types.ts';

/** The parts of an onnxruntime-web module the scorer uses (any of its bundles fits). */
export type OrtModule = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

export interface OnnxScorerOptions {
	ort: OrtModule;
	/** Returns the bytes of a model file named in the manifest (e.g. 'toxic.onnx'). */
	loadBytes: (file: string) => Promise<Uint8Array>;
	/** Defaults to the manifest bundled next to the models. */
	manifest?: ModelManifest;
	executionProviders?: string[];
	/** Drafts remembered (default 256): typing re-scores the same text often. */
	cacheSize?: number;
	/** Replaces the tokeniser; only the eval uses it, to measure scores without camouflage repair. */
	tokenizer?: (draft: string) => Tokenized;
}

interface HeadOutput {
	probs: Float32Array;
	/** Per token, per head: summed contribution of its occurrences. */
	words: Float32Array[];
}

/** Scores drafts with the trained ONNX models. */
export class OnnxScorer implements Scorer {
	private readonly manifest: ModelManifest;
	private readonly sessions = new Map<string, Promise<Ort.InferenceSession>>();
	private readonly cache: LruCache<string, RawScore>;

	constructor(private readonly options: OnnxScorerOptions) {
		this.manifest = options.manifest ?? (bundledManifest as unknown as ModelManifest);
		this.cache = new LruCache(options.cacheSize ?? 256);
	}

	async score(texts: readonly string[], options?: ScoreOptions): Promise<ScoreResult[]> {
		const results: ScoreResult[] = [];
		for (const text of texts) {
			let raw = this.cache.get(text);
			if (!raw) {
				raw = await this.scoreRaw(text);
				this.cache.set(text, raw);
			}
			results.push(decide(raw, options));
		}
		return results;
	}

	async dispose(): Promise<void> {
		const sessions = [...this.sessions.values()];
		this.sessions.clear();
		this.cache.clear();
		for (const s of sessions) await (await s).release();
	}

	private model(head: string): ManifestModel {
		const model = this.manifest.models.find((m) => m.heads.includes(head));
		if (!model) throw new Error(`manifest has no model with head ${head}`);
		return model;
	}

	private session(model: ManifestModel): Promise<Ort.InferenceSession> {
		let session = this.sessions.get(model.file);
		if (!session) {
			const { ort, loadBytes, executionProviders } = this.options;
			session = loadBytes(model.file).then((bytes) =>
				ort.InferenceSession.create(bytes, { executionProviders: executionProviders ?? ['wasm'] }),
			);
			// A failed load must not poison later calls.
			session.catch(() => this.sessions.delete(model.file));
			this.sessions.set(model.file, session);
		}
		return session;
	}

	private async run(model: ManifestModel, tokenized: Tokenized): Promise<HeadOutput> {
		const f = featurizeTokens(tokenized, model.features as FeatureConfig);
		const { ids, vals, slot } = aggregate(f);
		const { ort } = this.options;
		const session = await this.session(model);
		const out = await session.run({
			ids: new ort.Tensor('int64', toInt64(ids), [ids.length]),
			vals: new ort.Tensor('float32', vals, [vals.length]),
		});
		const probs = out.probs?.data as Float32Array;
		const contrib = out.contrib?.data as Float32Array;
		const heads = model.heads.length;
		// A feature's contribution is linear in its value, so each occurrence gets its share of its id's.
		const perOccurrence = new Float32Array(f.ids.length * heads);
		for (let k = 0; k < f.ids.length; k++) {
			const u = slot[k] as number;
			const share = (vals[u] as number) === 0 ? 0 : (f.vals[k] as number) / (vals[u] as number);
			for (let h = 0; h < heads; h++) perOccurrence[k * heads + h] = (contrib[u * heads + h] ?? 0) * share;
		}
		return { probs, words: wordContributions(f, tokenized, perOccurrence, heads) };
	}

	private async scoreRaw(text: string): Promise<RawScore> {
		const tokenized = (this.options.tokenizer ?? tokenize)(text);
		const toxicModel = this.model('toxic');
		const apModel = this.model('Inappropriateness');
		const [toxic, ap] = await Promise.all([this.run(toxicModel, tokenized), this.run(apModel, tokenized)]);
		const dimensions = {} as Record<Dimension, number>;
		const overall = ap.probs[apModel.heads.indexOf('Inappropriateness')] ?? 0;
		// The taxonomy is a hierarchy (every flaw makes an argument inappropriate overall), so no dimension
		// may be more likely than the overall head: a dimension flags only when the overall head agrees.
		for (const d of DIMENSIONS) dimensions[d] = Math.min(overall, ap.probs[apModel.heads.indexOf(d)] ?? 0);
		return {
			text,
			toxic: toxic.probs[toxicModel.heads.indexOf('toxic')] ?? 0,
			dimensions,
			tokens: tokenized.tokens,
			toxicWords: toxic.words[toxicModel.heads.indexOf('toxic')] ?? new Float32Array(0),
			inappropriateWords: ap.words[apModel.heads.indexOf('Inappropriateness')] ?? new Float32Array(0),
		};
	}
}

/** int64 ids for ORT. A plain loop: `BigInt64Array.from(ids, BigInt)` costs ~10x more (a callback per id). */
function toInt64(ids: Int32Array): BigInt64Array {
	const out = new BigInt64Array(ids.length);
	for (let i = 0; i < ids.length; i++) out[i] = BigInt(ids[i] as number);
	return out;
}

/**
 * Sums the values of repeated feature ids (a 1,000-character draft has ~2,000 occurrences but far fewer
 * distinct ids), so the model gathers each row once; `slot[k]` is occurrence k's index in the result.
 */
export function aggregate(f: Features): { ids: Int32Array; vals: Float32Array; slot: Int32Array } {
	const index = new Map<number, number>();
	const ids: number[] = [];
	const vals: number[] = [];
	const slot = new Int32Array(f.ids.length);
	for (let k = 0; k < f.ids.length; k++) {
		const id = f.ids[k] as number;
		let u = index.get(id);
		if (u === undefined) {
			u = ids.length;
			index.set(id, u);
			ids.push(id);
			vals.push(0);
		}
		vals[u] = (vals[u] as number) + (f.vals[k] as number);
		slot[k] = u;
	}
	return { ids: Int32Array.from(ids), vals: Float32Array.from(vals), slot };
}

/**
 * Sums each occurrence's contribution onto the words it came from: a unigram or char-gram onto its word, a
 * bigram (its span covers two words) half onto each.
 */
export function wordContributions(
	f: Features,
	tokenized: Tokenized,
	contrib: Float32Array,
	heads: number,
): Float32Array[] {
	const { tokens } = tokenized;
	const byStart = new Map<number, number>();
	tokens.forEach((t, i) => {
		if (!byStart.has(t.start)) byStart.set(t.start, i);
	});
	const words = Array.from({ length: heads }, () => new Float32Array(tokens.length));
	for (let k = 0; k < f.ids.length; k++) {
		const index = byStart.get(f.spanStart[k] ?? -1);
		if (index === undefined) continue;
		const token = tokens[index];
		const twoWords = token !== undefined && (f.spanEnd[k] ?? 0) > token.end && index + 1 < tokens.length;
		for (let h = 0; h < heads; h++) {
			const c = contrib[k * heads + h] ?? 0;
			const w = words[h] as Float32Array;
			if (twoWords) {
				w[index] = (w[index] ?? 0) + c / 2;
				w[index + 1] = (w[index + 1] ?? 0) + c / 2;
			} else w[index] = (w[index] ?? 0) + c;
		}
	}
	return words;
}
