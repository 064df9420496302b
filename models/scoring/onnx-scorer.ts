/**
 * The one scoring engine, on onnxruntime-web, used by the extension's inference host and by Node (CLI, eval,
 * bench) so both give the same numbers. The environment is injected: the `ort` module (onnxruntime-web/wasm
 * or /webgpu) and a `loadBytes(file)` for model files named in the manifest. Sessions are created lazily,
 * one per model file, and raw scores are cached by text (LRU).
 *
 * Two passes: probabilities first; the per-word contributions behind the underline spans only for a head
 * that flags under the call's options (most drafts flag nothing, and contributions cost as much again).
 * The toxic head also scores each sentence alone (sentences.ts): one clearly toxic sentence is not diluted
 * by the civil ones around it. Sentence scores are cached by text, so typing re-scores only the sentence
 * being typed.
 */
import type * as Ort from 'onnxruntime-web';
import {
	type FeatureConfig,
	type Features,
	featurizeBatch,
	featurizeTokens,
	type Tokenized,
	tokenize,
} from '../features/featurize.ts';
import bundledManifest from '../manifest.json';
import { decide, firingHeads, nothingAuthored, type RawScore, unwrittenScore } from './decide.ts';
import { liftingProbs } from './insult-target.ts';
import { LruCache } from './lru.ts';
import type { ManifestModel, ModelManifest } from './manifest.ts';
import {
	type Aggregated,
	aggregate,
	concatSentences,
	type SentenceInputs,
	wordContributions,
} from './model-inputs.ts';
import {
	MAX_EXPLAINED_SENTENCES,
	SEGMENT_FLOOR,
	sentenceSegments,
	sentencesApply,
	withSentences,
} from './sentences.ts';
import { withStyleStackers } from './style-stack.ts';
import { withToxicFold } from './toxic-fold.ts';
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

/** A model's inputs for one draft, kept from the probability pass for an explanation pass right after. */
interface Prepared {
	features: Features;
	inputs: Aggregated;
}

/** What the cache holds: probabilities always, each head's word contributions once a call needed them. */
type Entry = Omit<RawScore, 'toxicWords' | 'inappropriateWords' | 'toxicRuns'> &
	Partial<Pick<RawScore, 'toxicWords' | 'inappropriateWords' | 'toxicRuns'>> & {
		/** The whole draft's toxic probability (`toxic` once the sentence rule has been applied). */
		wholeToxic: number;
		/** Whether `toxic` includes the sentence rule yet (a `wholeDraft` call leaves it for a later call). */
		sentencesScored: boolean;
		/**
		 * When a sentence's own score carries `toxic`: every sentence toxic on its own (≥ SEGMENT_FLOOR), most
		 * toxic first, at most MAX_EXPLAINED_SENTENCES. Their words are the ones to underline, each sentence's
		 * from its own contribution run (the civil rest of the draft is not the reason).
		 */
		toxicSentences?: Tokenized[];
		/** Inappropriateness comes from the toxic head (`withToxicFold`): its words are the toxic ones. */
		inappropriateFromToxic?: boolean;
		/**
		 * Nothing of the writer's own (empty, only quotes or code): a draft scores 0 (`unwrittenScore`); a thread
		 * comment (`wholeDraft`) keeps the models' output, which the derailment model was trained on.
		 */
		unwritten?: boolean;
	};

/** A loaded model file and what its graph takes. */
interface Loaded {
	session: Ort.InferenceSession;
	/** Graphs exported before the `explain` input took int64 ids and always computed contributions. */
	idsType: 'int32' | 'int64';
	hasExplain: boolean;
	/** Graphs exported since the sentence rule score a draft's sentences in the same run (`sentIds` …). */
	hasSentences: boolean;
	/** Appropriateness graphs since 1.3.0 also output their argument gate g (see `withToxicFold`). */
	hasGate: boolean;
}

const NO_WORDS = new Float32Array(0);

/** Scores drafts with the trained ONNX models. */
export class OnnxScorer implements Scorer {
	private readonly manifest: ModelManifest;
	private readonly sessions = new Map<string, Promise<Loaded>>();
	private creating: Promise<unknown> = Promise.resolve();
	private readonly cache: LruCache<string, Entry>;
	/** Toxic probability per sentence text (blanked quotes/code included, so the key is what was scored). */
	private readonly sentenceCache = new LruCache<string, number>(2048);
	/** A toxic sentence's word contributions (per its own tokens), so typing elsewhere re-explains nothing. */
	private readonly sentenceWordsCache = new LruCache<string, Float32Array>(256);
	/** A fresh entry's tokenisation, for its sentence pass (entries only keep the tokens). */
	private readonly tokenizedOf = new WeakMap<Entry, Tokenized>();

	constructor(private readonly options: OnnxScorerOptions) {
		this.manifest = options.manifest ?? (bundledManifest as unknown as ModelManifest);
		this.cache = new LruCache(options.cacheSize ?? 256);
	}

	async score(texts: readonly string[], options?: ScoreOptions): Promise<ScoreResult[]> {
		const results: ScoreResult[] = [];
		for (const text of texts) {
			let entry = this.cache.get(text);
			let prepared: Prepared[] | undefined;
			if (!entry) {
				({ entry, prepared } = await this.scoreProbs(text));
				this.cache.set(text, entry);
			}
			if (entry.unwritten && !options?.wholeDraft) {
				results.push(decide(unwrittenScore(text), options));
				continue;
			}
			if (options?.wholeDraft) {
				const whole = { ...entry, toxic: entry.wholeToxic };
				results.push(decide({ ...whole, toxicWords: NO_WORDS, inappropriateWords: NO_WORDS }, options));
				continue;
			}
			if (!entry.sentencesScored) await this.applySentences(entry);
			const firing = firingHeads(entry, options);
			const missing = {
				toxic: firing.toxic && !entry.toxicWords,
				inappropriate: firing.inappropriate && !entry.inappropriateWords,
			};
			if (missing.toxic || missing.inappropriate) await this.explain(entry, missing, prepared);
			results.push(
				decide(
					{
						...entry,
						toxicWords: entry.toxicWords ?? NO_WORDS,
						...(entry.toxicRuns ? { toxicRuns: entry.toxicRuns } : {}),
						inappropriateWords: entry.inappropriateWords ?? NO_WORDS,
					},
					options,
				),
			);
		}
		return results;
	}

	async dispose(): Promise<void> {
		const sessions = [...this.sessions.values()];
		this.sessions.clear();
		this.cache.clear();
		this.sentenceCache.clear();
		this.sentenceWordsCache.clear();
		for (const s of sessions) await (await s).session.release();
	}

	private model(head: string): ManifestModel {
		const model = this.manifest.models.find((m) => m.heads.includes(head));
		if (!model) throw new Error(`manifest has no model with head ${head}`);
		return model;
	}

	private load(model: ManifestModel): Promise<Loaded> {
		let loaded = this.sessions.get(model.file);
		if (!loaded) {
			const { ort, loadBytes, executionProviders } = this.options;
			// One session created at a time: ORT's WebGPU EP refuses a second creation while one is running.
			loaded = this.creating
				.then(() => loadBytes(model.file))
				.then((bytes) =>
					ort.InferenceSession.create(bytes, { executionProviders: executionProviders ?? ['wasm'] }),
				)
				.then((session) => {
					const ids = session.inputMetadata.find((m) => m.name === 'ids');
					const int32 = ids?.isTensor === true && ids.type === 'int32';
					return {
						session,
						idsType: int32 ? 'int32' : 'int64',
						hasExplain: session.inputNames.includes('explain'),
						hasSentences: session.inputNames.includes('sentIds'),
						hasGate: session.outputNames.includes('gate'),
					};
				});
			// A failed load must not poison later calls.
			loaded.catch(() => this.sessions.delete(model.file));
			this.creating = loaded.catch(() => undefined);
			this.sessions.set(model.file, loaded);
		}
		return loaded;
	}

	private tokenize(text: string): Tokenized {
		return (this.options.tokenizer ?? tokenize)(text);
	}

	private prepare(model: ManifestModel, tokenized: Tokenized): Prepared {
		const features = featurizeTokens(tokenized, model.features as FeatureConfig);
		return { features, inputs: aggregate(features) };
	}

	/**
	 * Runs a model and returns the one output asked for: `probs` [heads], `contrib` [distinct ids × heads] (runs
	 * `explain` on graphs that take it) or `sentProbs` [sentences × heads] (graphs that take `sentences`). ORT
	 * then computes and copies out only that output (not also the toxic graph's expert and gate outputs).
	 */
	private async run(
		model: ManifestModel,
		prepared: { inputs: Pick<Aggregated, 'ids' | 'vals'> },
		output: 'probs' | 'contrib' | 'sentProbs',
		sentences?: SentenceInputs,
	): Promise<Float32Array> {
		return (await this.runOutputs(model, prepared, [output], sentences))[output] as Float32Array;
	}

	/** Runs a model for several named outputs at once (e.g. `probs`, `corpusProbs` and `gate` for style stacking). */
	private async runOutputs(
		model: ManifestModel,
		{ inputs }: { inputs: Pick<Aggregated, 'ids' | 'vals'> },
		outputs: string[],
		sentences?: SentenceInputs,
	): Promise<Record<string, Float32Array | undefined>> {
		const { ort } = this.options;
		const { session, idsType, hasExplain, hasSentences } = await this.load(model);
		const n = inputs.ids.length;
		const feeds = {
			ids:
				idsType === 'int32'
					? new ort.Tensor('int32', inputs.ids, [n])
					: new ort.Tensor('int64', toInt64(inputs.ids), [n]),
			vals: new ort.Tensor('float32', inputs.vals, [n]),
			...(hasExplain ? { explain: new ort.Tensor('bool', [outputs.includes('contrib')], []) } : {}),
			...(hasSentences ? sentenceFeeds(ort, sentences ?? NO_SENTENCES) : {}),
		};
		const out = await session.run(feeds, outputs);
		return Object.fromEntries(outputs.map((name) => [name, out[name]?.data as Float32Array | undefined]));
	}

	private async scoreProbs(text: string): Promise<{ entry: Entry; prepared: Prepared[] }> {
		const tokenized = this.tokenize(text);
		const toxicModel = this.model('toxic');
		const apModel = this.model('Inappropriateness');
		const prepared = [this.prepare(toxicModel, tokenized), this.prepare(apModel, tokenized)] as const;
		// Style stackers (style-stack.ts) re-score some dimensions from the graph's gate and corpus heads.
		const stacked = apModel.styleStackers !== undefined && apModel.styleStackers.heads.length > 0;
		const { hasGate } = await this.load(apModel);
		const outputs = ['probs', ...(stacked ? ['corpusProbs'] : []), ...(stacked || hasGate ? ['gate'] : [])];
		const [toxicProbs, ap] = await Promise.all([
			this.run(toxicModel, prepared[0], 'probs'),
			this.runOutputs(apModel, prepared[1], outputs),
		]);
		const apProbs = withStyleStackers(
			apModel,
			{ probs: ap.probs as Float32Array, corpusProbs: ap.corpusProbs, gate: ap.gate },
			tokenized,
		);
		const whole = toxicProbs[toxicModel.heads.indexOf('toxic')] ?? 0;
		const fold = withToxicFold(apModel.heads, apProbs, ap.gate?.[0], whole);
		const dimensions = {} as Record<Dimension, number>;
		const overall = fold.probs[apModel.heads.indexOf('Inappropriateness')] ?? 0;
		// The taxonomy is a hierarchy (every flaw makes an argument inappropriate overall), so no dimension
		// may be more likely than the overall head: a dimension flags only when the overall head agrees.
		for (const d of DIMENSIONS) dimensions[d] = Math.min(overall, fold.probs[apModel.heads.indexOf(d)] ?? 0);
		const entry: Entry = {
			text,
			toxic: whole,
			wholeToxic: whole,
			sentencesScored: false,
			dimensions,
			tokens: tokenized.tokens,
			...(fold.fromToxic ? { inappropriateFromToxic: true } : {}),
			...(nothingAuthored(tokenized.masked) ? { unwritten: true } : {}),
		};
		this.tokenizedOf.set(entry, tokenized);
		return { entry, prepared: [...prepared] };
	}

	/** Applies the sentence rule to a cache entry (sentences.ts); where it does not apply it costs no model run. */
	private async applySentences(entry: Entry): Promise<void> {
		const tokenized = this.tokenizedOf.get(entry) ?? this.tokenize(entry.text);
		const sentences = sentenceSegments(tokenized);
		if (sentencesApply(entry.wholeToxic, sentences.length)) {
			// A sentence insulting only its writer may not carry the draft (insult-target.ts).
			const ps = liftingProbs(sentences, await this.sentenceProbs(this.model('toxic'), sentences));
			entry.toxic = withSentences(entry.wholeToxic, Math.max(...ps), sentences.length);
			if (entry.toxic > entry.wholeToxic) {
				entry.toxicSentences = sentences
					.map((sentence, i) => ({ sentence, p: ps[i] ?? 0 }))
					.filter((s) => s.p >= SEGMENT_FLOOR)
					.sort((a, b) => b.p - a.p)
					.slice(0, MAX_EXPLAINED_SENTENCES)
					.map((s) => s.sentence);
				entry.toxicWords = undefined;
				entry.toxicRuns = undefined;
			}
		}
		entry.sentencesScored = true;
	}

	/**
	 * Each of the draft's sentences' toxic probability scored alone. Sentences not in the sentence cache are
	 * scored together in one run of a graph that takes `sentVals`, one run each otherwise.
	 */
	private async sentenceProbs(model: ManifestModel, sentences: Tokenized[]): Promise<number[]> {
		const head = model.heads.indexOf('toxic');
		const heads = model.heads.length;
		const ps: number[] = [];
		const todo: { key: string; sentence: Tokenized; index: number }[] = [];
		for (const [index, sentence] of sentences.entries()) {
			const key = sentenceKey(sentence);
			const p = this.sentenceCache.get(key);
			ps.push(p ?? 0);
			if (p === undefined) todo.push({ key, sentence, index });
		}
		if (todo.length === 0) return ps;
		const { hasSentences } = await this.load(model);
		let probs: Float32Array;
		if (hasSentences) {
			const features = featurizeBatch(
				todo.map((t) => t.sentence),
				model.features as FeatureConfig,
			);
			// The draft's own row is left empty: its probability is already known.
			probs =
				(await this.run(model, NO_DRAFT, 'sentProbs', concatSentences(features))) ?? new Float32Array(0);
		} else {
			probs = new Float32Array(todo.length * heads);
			for (const [s, { sentence }] of todo.entries()) {
				const one = await this.run(model, this.prepare(model, sentence), 'probs');
				probs.set(one, s * heads);
			}
		}
		for (const [s, { key, index }] of todo.entries()) {
			const p = probs[s * heads + head] ?? 0;
			this.sentenceCache.set(key, p);
			ps[index] = p;
		}
		return ps;
	}

	/** Adds the word contributions of the heads asked for to a cache entry (re-featurising if needed). */
	private async explain(
		entry: Entry,
		heads: { toxic: boolean; inappropriate: boolean },
		prepared?: Prepared[],
	): Promise<void> {
		// A cached entry asked for spans later (other options) is featurised again: rare, and cheaper than
		// keeping every draft's features in the cache.
		const tokenized = prepared ? undefined : this.tokenize(entry.text);
		const jobs: [ManifestModel, string, 'toxicWords' | 'inappropriateWords', number][] = [];
		if (heads.toxic) jobs.push([this.model('toxic'), 'toxic', 'toxicWords', 0]);
		// Folded from the toxic head: the toxic spans (which fire too, as toxic ≥ the folded value) are the reason.
		if (heads.inappropriate && entry.inappropriateFromToxic) entry.inappropriateWords = NO_WORDS;
		else if (heads.inappropriate)
			jobs.push([this.model('Inappropriateness'), 'Inappropriateness', 'inappropriateWords', 1]);
		await Promise.all(
			jobs.map(async ([model, head, field, index]) => {
				const sentences = head === 'toxic' ? entry.toxicSentences : undefined;
				if (sentences) {
					await this.explainSentences(entry, model, sentences);
					return;
				}
				const p = prepared?.[index] ?? this.prepare(model, tokenized as Tokenized);
				const contrib = await this.run(model, p, 'contrib');
				entry[field] = wordContributions(
					p.features,
					p.inputs,
					entry.tokens,
					contrib,
					model.heads.length,
					model.heads.indexOf(head),
				);
			}),
		);
	}

	/**
	 * The toxic words of each sentence that is toxic on its own, one contribution run per sentence (a
	 * contribution is a share of one input's logit, so sentences cannot share a run), merged into one array
	 * over the draft's tokens with `toxicRuns` saying which run each word came from.
	 */
	private async explainSentences(entry: Entry, model: ManifestModel, sentences: Tokenized[]): Promise<void> {
		const words = new Float32Array(entry.tokens.length);
		const runs = new Uint8Array(entry.tokens.length);
		const indexOf = new Map(entry.tokens.map((t, i) => [t.start, i]));
		for (const [s, sentence] of sentences.entries()) {
			const key = sentenceKey(sentence);
			let own = this.sentenceWordsCache.get(key);
			if (!own) {
				const p = this.prepare(model, sentence);
				const contrib = await this.run(model, p, 'contrib');
				const head = model.heads.indexOf('toxic');
				own = wordContributions(p.features, p.inputs, sentence.tokens, contrib, model.heads.length, head);
				this.sentenceWordsCache.set(key, own);
			}
			for (const [k, t] of sentence.tokens.entries()) {
				const i = indexOf.get(t.start);
				if (i === undefined) continue;
				words[i] = own[k] ?? 0;
				runs[i] = s + 1;
			}
		}
		entry.toxicWords = words;
		entry.toxicRuns = runs;
	}
}

/** A sentence's cache key: what was scored (blanked quotes/code included) and the words read from it. */
function sentenceKey(sentence: Tokenized): string {
	return `${sentence.masked}\u0000${sentence.tokens.map((t) => t.word).join(' ')}`;
}

const NO_DRAFT = { inputs: { ids: new Int32Array(0), vals: new Float32Array(0) } };

const NO_SENTENCES: SentenceInputs = {
	ids: new Int32Array(0),
	vals: new Float32Array(0),
	starts: new Int32Array(0),
	ends: new Int32Array(0),
};

/** The sentence inputs of graphs that take them (empty when a run scores only the draft). */
function sentenceFeeds(ort: OrtModule, s: SentenceInputs) {
	return {
		// False skips the sentence branch (an If) entirely: a draft-only run costs what it did before.
		sentences: new ort.Tensor('bool', [s.starts.length > 0], []),
		sentIds: new ort.Tensor('int32', s.ids, [s.ids.length]),
		sentVals: new ort.Tensor('float32', s.vals, [s.vals.length]),
		sentStarts: new ort.Tensor('int32', s.starts, [s.starts.length]),
		sentEnds: new ort.Tensor('int32', s.ends, [s.ends.length]),
	};
}

/** int64 ids for graphs exported before int32 ids. A plain loop: `BigInt64Array.from(ids, BigInt)` is ~10x slower. */
function toInt64(ids: Int32Array): BigInt64Array {
	const out = new BigInt64Array(ids.length);
	for (let i = 0; i < ids.length; i++) out[i] = BigInt(ids[i] as number);
	return out;
}
