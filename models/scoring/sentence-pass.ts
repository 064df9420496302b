/**
 * The sentence pass: applies the "one clearly toxic sentence" rule (sentences.ts) to a cache entry, scoring
 * each sentence's toxic probability alone. Sentence scores are cached by text, so typing re-scores only the
 * sentence being typed, and all new sentences of a draft share one model run where the graph allows it.
 */
import { type FeatureConfig, featurizeBatch, type Tokenized } from '../features/featurize.ts';
import { liftingProbs } from './insult-target.ts';
import { LruCache } from './lru.ts';
import type { ManifestModel } from './manifest.ts';
import { concatSentences, type SentenceInputs } from './model-inputs.ts';
import type { OrtModels } from './ort-models.ts';
import type { ScoreEntry } from './score-entry.ts';
import {
	ALWAYS_SCORED_SENTENCES,
	EXPLAINED_SENTENCE_FLOOR,
	MAX_EXPLAINED_SENTENCES,
	SEGMENT_FLOOR,
	sentenceSegments,
	sentencesApply,
	withSentences,
} from './sentences.ts';

/**
 * A draft's uncached sentences, featurised for the probability pass's toxic run (`SentencePass.ahead`): that run
 * scores them beside the draft, one ORT run fewer per draft. `probs` is filled in by that run.
 */
export interface SentencesAhead {
	tokenized: Tokenized;
	/** The sentence keys of `inputs`, in order: what `sentenceProbs` would score now. */
	keys: string[];
	inputs: SentenceInputs;
	probs?: Float32Array;
}

/** A draft's sentences (sentences.ts `sentenceSegments`) and each one's `sentenceKey`, in order. */
interface Split {
	sentences: Tokenized[];
	keys: string[];
}

/** Scores drafts' sentences alone, remembering each sentence's toxic probability. */
export class SentencePass {
	/** Toxic probability per sentence text (blanked quotes/code included, so the key is what was scored). */
	private readonly cache = new LruCache<string, number>(2048);
	/** Sentences scored ahead in an entry's probability run, until its sentence pass reads them. */
	private readonly aheadOf = new WeakMap<ScoreEntry, SentencesAhead>();
	/**
	 * A tokenisation's sentences and their cache keys: `ahead` and the sentence pass right after read the same
	 * split (session 14: each split the draft and built every key again).
	 */
	private readonly splits = new WeakMap<Tokenized, Split>();

	constructor(private readonly models: OrtModels) {}

	/**
	 * Applies the sentence rule to a cache entry, after the self-insult pass; where it does not apply it costs
	 * no model run.
	 */
	async apply(entry: ScoreEntry, tokenized: Tokenized): Promise<void> {
		const split = this.split(tokenized);
		const { sentences } = split;
		const ahead = this.aheadOf.get(entry);
		this.aheadOf.delete(entry);
		if (sentencesApply(entry.wholeToxic, sentences.length)) {
			// A sentence insulting only its writer may not carry the draft (insult-target.ts). Below
			// EXPLAINED_SENTENCE_FLOOR a probability is only ever compared with the floors below, as 0 would be, so
			// only the sentences at or over it are checked.
			const probs = await this.sentenceProbs(
				this.models.model('toxic'),
				split,
				ahead?.tokenized === tokenized ? ahead : undefined,
			);
			const ps = liftingProbs(sentences, probs, EXPLAINED_SENTENCE_FLOOR);
			// The draft's own score: the whole draft's, less its self-insults (self-insult.ts).
			const draft = entry.toxic;
			entry.toxic = withSentences(draft, Math.max(...ps), sentences.length);
			const scored = sentences.map((sentence, i) => ({ sentence, p: ps[i] ?? 0 }));
			const toxic = scored.filter((s) => s.p >= SEGMENT_FLOOR);
			// Explained sentence by sentence when one carries the score, and also when several are toxic alone
			// although the whole draft already is (a hostile paste): each insult is ranked in its own sentence,
			// not hidden by a stronger one elsewhere. Then every sentence that leans toxic alone is explained too
			// (QA, session 10: "You moron, the docs are outdated." scores 0.41 alone and lost its underline).
			if (entry.toxic > draft || toxic.length > 1) {
				entry.toxicSentences = scored
					.filter((s) => s.p >= EXPLAINED_SENTENCE_FLOOR)
					.sort((a, b) => b.p - a.p)
					.slice(0, MAX_EXPLAINED_SENTENCES)
					.map((s) => s.sentence);
				entry.leaningSentences = new Set(scored.filter((s) => s.p < SEGMENT_FLOOR).map((s) => s.sentence));
				entry.toxicWords = undefined;
				entry.toxicRuns = undefined;
			}
		}
		entry.sentencesScored = true;
	}

	/**
	 * The sentences of a new draft that the sentence rule will score whatever the draft's own score (at least
	 * ALWAYS_SCORED_SENTENCES of them) and that are not cached, featurised for the draft's toxic run; undefined
	 * when there are none or the graph takes no sentences. Nothing is cached from them: `keep` hands the run's
	 * `sentProbs` to the entry's sentence pass, which uses them only if it would score exactly these sentences of
	 * exactly this tokenisation (a pass that rewrote the draft, self-insult.ts and the like, makes it score its
	 * own), so every probability is the one its own run gives (the graph's sentence branch reads only the sentence
	 * inputs, and a sentence's sum depends on the batch it is in: the batch is the same).
	 */
	async ahead(tokenized: Tokenized): Promise<SentencesAhead | undefined> {
		const split = this.split(tokenized);
		if (split.sentences.length < ALWAYS_SCORED_SENTENCES) return undefined;
		const model = this.models.model('toxic');
		if (!(await this.models.load(model)).hasSentences) return undefined;
		const todo = this.uncached(split).todo;
		if (todo.length === 0) return undefined;
		const features = featurizeBatch(
			todo.map((t) => t.sentence),
			model.features as FeatureConfig,
		);
		return { tokenized, keys: todo.map((t) => t.key), inputs: concatSentences(features) };
	}

	/** Keeps the probabilities a probability run gave `ahead`'s sentences, for `entry`'s sentence pass. */
	keep(entry: ScoreEntry, ahead: SentencesAhead, probs: Float32Array | undefined): void {
		if (probs) this.aheadOf.set(entry, { ...ahead, probs });
	}

	clear(): void {
		this.cache.clear();
	}

	/** A tokenisation's sentences and their keys, split once (the same for `ahead` and `apply`). */
	private split(tokenized: Tokenized): Split {
		let split = this.splits.get(tokenized);
		if (!split) {
			const sentences = sentenceSegments(tokenized);
			split = { sentences, keys: sentences.map(sentenceKey) };
			this.splits.set(tokenized, split);
		}
		return split;
	}

	/** Each sentence's cached probability (0 where not cached) and the sentences not cached, in order. */
	private uncached({ sentences, keys }: Split) {
		const ps: number[] = [];
		const todo: { key: string; sentence: Tokenized; index: number }[] = [];
		for (const [index, sentence] of sentences.entries()) {
			const key = keys[index] as string;
			const p = this.cache.get(key);
			ps.push(p ?? 0);
			if (p === undefined) todo.push({ key, sentence, index });
		}
		return { ps, todo };
	}

	/**
	 * Each of the draft's sentences' toxic probability scored alone. Sentences not in the sentence cache are
	 * scored together in one run of a graph that takes `sentVals`, one run each otherwise.
	 */
	private async sentenceProbs(model: ManifestModel, split: Split, ahead?: SentencesAhead): Promise<number[]> {
		const head = model.heads.indexOf('toxic');
		const heads = model.heads.length;
		const { ps, todo } = this.uncached(split);
		if (todo.length === 0) return ps;
		const { hasSentences } = await this.models.load(model);
		let probs: Float32Array;
		if (ahead?.probs && ahead.keys.length === todo.length && todo.every((t, i) => t.key === ahead.keys[i])) {
			// The probability run scored exactly this batch already (`ahead`).
			probs = ahead.probs;
		} else if (hasSentences) {
			const features = featurizeBatch(
				todo.map((t) => t.sentence),
				model.features as FeatureConfig,
			);
			// The draft's own row is left empty: its probability is already known.
			probs =
				(await this.models.run(model, NO_DRAFT, 'sentProbs', concatSentences(features))) ??
				new Float32Array(0);
		} else {
			probs = new Float32Array(todo.length * heads);
			for (const [s, { sentence }] of todo.entries()) {
				const one = await this.models.run(model, this.models.prepare(model, sentence), 'probs');
				probs.set(one, s * heads);
			}
		}
		for (const [s, { key, index }] of todo.entries()) {
			const p = probs[s * heads + head] ?? 0;
			this.cache.set(key, p);
			ps[index] = p;
		}
		return ps;
	}
}

/** A sentence's cache key: what was scored (blanked quotes/code included) and the words read from it. */
export function sentenceKey(sentence: Tokenized): string {
	return `${sentence.masked}\u0000${sentence.tokens.map((t) => t.word).join(' ')}`;
}

const NO_DRAFT = { inputs: { ids: new Int32Array(0), vals: new Float32Array(0) } };
