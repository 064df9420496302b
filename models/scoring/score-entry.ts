/**
 * What the scorer caches per draft text: the probability pass's scores, filled in by the sentence pass
 * (sentence-pass.ts) and, once a call's options make a head fire, by the span pass (word-spans.ts). A type of
 * its own because all three passes read and write it.
 */
import type { Tokenized } from '../features/featurize.ts';
import type { CivilReading } from './civil-hold.ts';
import type { RawScore } from './decide.ts';
import type { Dimension } from './types.ts';

/** The cache entry: probabilities always, each head's word contributions once a call needed them. */
export type ScoreEntry = Omit<RawScore, 'toxicWords' | 'inappropriateWords' | 'toxicRuns'> &
	Partial<Pick<RawScore, 'toxicWords' | 'inappropriateWords' | 'toxicRuns'>> & {
		/** The whole draft's toxic probability (`toxic` once the sentence rule has been applied). */
		wholeToxic: number;
		/**
		 * The whole draft's dimensions, when a draft's own (`dimensions`) leave out the writer's insults at
		 * themselves (self-insult.ts) or its quoted mentions (quoted-mention.ts); thread comments (`wholeDraft`) are scored with these.
		 */
		wholeDimensions?: Record<Dimension, number>;
		/**
		 * How a thread comment (`wholeDraft`) reads, when the manifest has a `tension` model: its probability in
		 * place of the toxic head's, and the dimensions folded with it. The tension model never learned that
		 * everyday frustration is civil, which the derailment model reads as tension (models/train/run.ts).
		 */
		thread?: { toxic: number; dimensions: Record<Dimension, number>; fromToxic: boolean };
		/** The whole draft's `inappropriateFromToxic`, which the passes below may change for the draft's own. */
		wholeFromToxic?: boolean;
		/** Whether `toxic` includes the sentence rule yet (a `wholeDraft` call leaves it for a later call). */
		sentencesScored: boolean;
		/**
		 * When a sentence's own score carries `toxic`: every sentence toxic on its own (≥ SEGMENT_FLOOR), most
		 * toxic first, at most MAX_EXPLAINED_SENTENCES. Their words are the ones to underline, each sentence's
		 * from its own contribution run (the civil rest of the draft is not the reason).
		 */
		toxicSentences?: Tokenized[];
		/**
		 * The `toxicSentences` explained only because they lean toxic alone (EXPLAINED_SENTENCE_FLOOR ≤ p <
		 * SEGMENT_FLOOR): their words are underlined only when one of them is itself a reason
		 * (EXPLAINED_WORD_FLOOR).
		 */
		leaningSentences?: ReadonlySet<Tokenized>;
		/**
		 * Nothing of the writer's own to judge (empty, only quotes or code, or only greetings and thanks:
		 * short-drafts.ts): a draft scores 0 (`unwrittenScore`); a thread comment (`wholeDraft`) keeps the models'
		 * output, which the derailment model was trained on.
		 */
		unwritten?: boolean;
		/** A rule's civil reading of the draft (civil-hold.ts): held under the flag point at every sensitivity. */
		civil?: CivilReading;
	};

/** No word contributions: a head that does not fire, or whose reason lies elsewhere. */
export const NO_WORDS = new Float32Array(0);
