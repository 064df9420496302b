/**
 * The scorer's ONNX models on onnxruntime-web: each manifest model's session is created lazily, one creation at
 * a time, and a run builds the feeds the loaded graph takes (its ids type, `explain`, the sentence inputs) and
 * copies out only the outputs asked for. Kept apart from the scoring passes so they deal in features and
 * probabilities, never in tensors.
 */
import type * as Ort from 'onnxruntime-web';
import { type FeatureConfig, type Features, featurizeTokens, type Tokenized } from '../features/featurize.ts';
import { groupByLength } from './batch-groups.ts';
import type { ManifestModel, ModelManifest } from './manifest.ts';
import { type Aggregated, aggregate, aggregateRefined, type SentenceInputs } from './model-inputs.ts';

/** The parts of an onnxruntime-web module the scorer uses (any of its bundles fits). */
export type OrtModule = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

/** What the models need from the scorer's environment. */
export interface OrtModelsOptions {
	ort: OrtModule;
	/** Returns the bytes of a model file named in the manifest (e.g. 'toxic.onnx'). */
	loadBytes: (file: string) => Promise<Uint8Array>;
	manifest: ModelManifest;
	executionProviders?: string[];
}

/** A model's inputs for one draft, kept from the probability pass for an explanation pass right after. */
export interface Prepared {
	features: Features;
	inputs: Aggregated;
}

/** The single-draft outputs a batched run gives per draft (`runBatch`). */
export type BatchOutput = 'probs' | 'corpusProbs' | 'gate';

/** The inputs a run reads (a sentence-only run passes an empty draft). */
type RunInputs = { inputs: Pick<Aggregated, 'ids' | 'vals'> };

/** A loaded model file and what its graph takes. */
export interface LoadedModel {
	session: Ort.InferenceSession;
	/** Graphs exported before the `explain` input took int64 ids and always computed contributions. */
	idsType: 'int32' | 'int64';
	hasExplain: boolean;
	/** Graphs exported since the sentence rule score a draft's sentences in the same run (`sentIds` …). */
	hasSentences: boolean;
	/** Appropriateness graphs since 1.3.0 also output their argument gate g (see `withToxicFold`). */
	hasGate: boolean;
	/** Graphs since session 9 score several whole drafts in one run (`batch`, models/train/onnx-batch.ts). */
	hasBatch: boolean;
}

/** The manifest's models: lazy sessions, their inputs and their runs. */
export class OrtModels {
	private readonly sessions = new Map<string, Promise<LoadedModel>>();
	private creating: Promise<unknown> = Promise.resolve();
	private fixed?: {
		explain: Ort.Tensor;
		noExplain: Ort.Tensor;
		noSentences: ReturnType<typeof sentenceFeeds>;
		noBatch: ReturnType<typeof batchFeeds>;
	};

	constructor(private readonly options: OrtModelsOptions) {}

	/** The manifest model that has `head` among its outputs. */
	model(head: string): ManifestModel {
		const model = this.find(head);
		if (!model) throw new Error(`manifest has no model with head ${head}`);
		return model;
	}

	/** The manifest model that has `head` among its outputs, if any (e.g. `tension`, new in session 10). */
	find(head: string): ManifestModel | undefined {
		return this.options.manifest.models.find((m) => m.heads.includes(head));
	}

	/** The model's session, created on first use. */
	load(model: ManifestModel): Promise<LoadedModel> {
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
						hasBatch: session.inputNames.includes('batch'),
					};
				});
			// A failed load must not poison later calls.
			loaded.catch(() => this.sessions.delete(model.file));
			this.creating = loaded.catch(() => undefined);
			this.sessions.set(model.file, loaded);
		}
		return loaded;
	}

	/**
	 * A tokenised draft (or sentence) featurised the way `model` was trained, and aggregated into its inputs;
	 * `like`, another model's prepared inputs of the same tokenisation, lets the aggregation start from its
	 * distinct ids (`aggregateRefined`: the same inputs, about half the hashing).
	 */
	prepare(model: ManifestModel, tokenized: Tokenized, like?: Prepared): Prepared {
		const features = featurizeTokens(tokenized, model.features as FeatureConfig);
		const inputs = like ? aggregateRefined(features, like.features, like.inputs) : aggregate(features);
		return { features, inputs };
	}

	/**
	 * Runs a model and returns the one output asked for: `probs` [heads], `contrib` [distinct ids × heads] (runs
	 * `explain` on graphs that take it) or `sentProbs` [sentences × heads] (graphs that take `sentences`). ORT
	 * then computes and copies out only that output (not also the toxic graph's expert and gate outputs).
	 */
	async run(
		model: ManifestModel,
		prepared: RunInputs,
		output: 'probs' | 'contrib' | 'sentProbs',
		sentences?: SentenceInputs,
	): Promise<Float32Array> {
		return (await this.runOutputs(model, prepared, [output], sentences))[output] as Float32Array;
	}

	/** Runs a model for several named outputs at once (e.g. `probs`, `corpusProbs` and `gate` for style stacking). */
	async runOutputs(
		model: ManifestModel,
		{ inputs }: RunInputs,
		outputs: string[],
		sentences?: SentenceInputs,
	): Promise<Record<string, Float32Array | undefined>> {
		const { ort } = this.options;
		const { session, idsType, hasExplain, hasSentences, hasBatch } = await this.load(model);
		const n = inputs.ids.length;
		const fixed = this.fixedFeeds();
		const feeds = {
			ids:
				idsType === 'int32'
					? new ort.Tensor('int32', inputs.ids, [n])
					: new ort.Tensor('int64', toInt64(inputs.ids), [n]),
			vals: new ort.Tensor('float32', inputs.vals, [n]),
			...(hasExplain ? { explain: outputs.includes('contrib') ? fixed.explain : fixed.noExplain } : {}),
			...(hasSentences ? (sentences ? sentenceFeeds(ort, sentences) : fixed.noSentences) : {}),
			...(hasBatch ? fixed.noBatch : {}),
		};
		const out = await session.run(feeds, outputs);
		return Object.fromEntries(outputs.map((name) => [name, out[name]?.data as Float32Array | undefined]));
	}

	/**
	 * Several drafts' inputs in one run of a graph that takes a batch (`hasBatch`); returns each asked output of
	 * the single-draft path (`probs`, `corpusProbs`, `gate`) as [drafts × width], row b being what a run on
	 * draft b alone gives, bit for bit (models/train/onnx-batch.ts).
	 */
	async runBatch(
		model: ManifestModel,
		drafts: readonly RunInputs[],
		outputs: readonly BatchOutput[],
	): Promise<Record<BatchOutput, Float32Array>> {
		const { ort } = this.options;
		const { session, idsType, hasExplain, hasSentences } = await this.load(model);
		const names = outputs.map((o) => `batch${o[0]?.toUpperCase()}${o.slice(1)}`);
		const result = {} as Record<BatchOutput, Float32Array>;
		const fixed = {
			ids:
				idsType === 'int32'
					? new ort.Tensor('int32', new Int32Array(0), [0])
					: new ort.Tensor('int64', new BigInt64Array(0), [0]),
			vals: new ort.Tensor('float32', new Float32Array(0), [0]),
			...(hasExplain ? { explain: new ort.Tensor('bool', [false], []) } : {}),
			...(hasSentences ? sentenceFeeds(ort, NO_SENTENCES) : {}),
		};
		for (const group of groupByLength(drafts.map((d) => d.inputs.ids.length))) {
			const rows = group.map((i) => (drafts[i] as RunInputs).inputs);
			const out = await session.run({ ...fixed, ...batchFeeds(ort, padRows(rows)) }, names);
			outputs.forEach((o, k) => {
				const data = out[names[k] as string]?.data as Float32Array | undefined;
				if (!data) throw new Error(`${model.file} returned no ${names[k]}`);
				const width = data.length / group.length;
				result[o] ??= new Float32Array(drafts.length * width);
				group.forEach((i, r) => {
					result[o].set(data.subarray(r * width, (r + 1) * width), i * width);
				});
			});
		}
		return result;
	}

	/**
	 * The feeds most runs pass unchanged (the `explain` flags, no sentences, no batch), built once: ORT copies a
	 * feed's data into its own memory on every run, so a tensor may be fed again (session 14: one `Tensor` each
	 * per run was ~8 of a run's 11 feeds).
	 */
	private fixedFeeds() {
		if (!this.fixed) {
			const { ort } = this.options;
			this.fixed = {
				explain: new ort.Tensor('bool', [true], []),
				noExplain: new ort.Tensor('bool', [false], []),
				noSentences: sentenceFeeds(ort, NO_SENTENCES),
				noBatch: batchFeeds(ort, NO_BATCH),
			};
		}
		return this.fixed;
	}

	/** Forgets every session and releases what ORT holds for it. */
	async release(): Promise<void> {
		const sessions = [...this.sessions.values()];
		this.sessions.clear();
		for (const s of sessions) await (await s).session.release();
	}
}

const NO_SENTENCES: SentenceInputs = {
	ids: new Int32Array(0),
	vals: new Float32Array(0),
	starts: new Int32Array(0),
	ends: new Int32Array(0),
};

/** Drafts' inputs as [B, L] rows padded with id 0 / value 0 (which add exact zeros after a row's own sum). */
interface PaddedRows {
	ids: Int32Array;
	vals: Float32Array;
	rows: number;
	width: number;
}

const NO_BATCH: PaddedRows = { ids: new Int32Array(0), vals: new Float32Array(0), rows: 0, width: 0 };

function padRows(drafts: readonly Pick<Aggregated, 'ids' | 'vals'>[]): PaddedRows {
	const width = drafts.reduce((w, d) => Math.max(w, d.ids.length), 0);
	const ids = new Int32Array(drafts.length * width);
	const vals = new Float32Array(drafts.length * width);
	drafts.forEach((d, b) => {
		ids.set(d.ids, b * width);
		vals.set(d.vals, b * width);
	});
	return { ids, vals, rows: drafts.length, width };
}

/** The batch inputs of graphs that take them (`batch` false skips the branch, an If, entirely). */
function batchFeeds(ort: OrtModule, b: PaddedRows) {
	return {
		batch: new ort.Tensor('bool', [b.rows > 0], []),
		batchIds: new ort.Tensor('int32', b.ids, [b.rows, b.width]),
		batchVals: new ort.Tensor('float32', b.vals, [b.rows, b.width]),
	};
}

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
