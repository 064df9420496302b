/**
 * The scoring contract shared by every Scorer implementation, the CLI, the inference host and the UI.
 * Plain JSON only: results cross extension contexts and are written as JSON Lines by the CLI.
 */

/** The 14 labels of the appropriateness taxonomy (Ziegenbein et al. 2023), overall label first. */
export const DIMENSIONS = [
	'Inappropriateness',
	'Toxic Emotions',
	'Excessive Intensity',
	'Emotional Deception',
	'Missing Commitment',
	'Missing Seriousness',
	'Missing Openness',
	'Missing Intelligibility',
	'Unclear Meaning',
	'Missing Relevance',
	'Confusing Reasoning',
	'Other Reasons',
	'Detrimental Orthography',
	'Reason Unclassified',
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

/**
 * The toxic head (insults, threats, slurs, profanity; `ScoreResult.toxic`) as a signal of its own beside the 14
 * dimensions: a user can switch it off like a dimension, and a warning it causes is named after it.
 */
export const TOXICITY = 'Toxicity';

/** What a user can switch off and a warning can name: the toxic head or one of the 14 dimensions. */
export type Signal = typeof TOXICITY | Dimension;

/** Every signal, the toxic head first. */
export const SIGNALS: readonly Signal[] = [TOXICITY, ...DIMENSIONS];

/** A stretch of the original draft (UTF-16 offsets, end exclusive) that drives a flag. */
export interface Span {
	start: number;
	end: number;
	/** Contribution to the flag, 0..1 (the largest span of a draft is the strongest). */
	weight: number;
	/** Which head it explains: 'toxic' or 'inappropriate'. */
	head?: 'toxic' | 'inappropriate';
}

/** Per-call options; every field has a default that matches the CLI's default settings. */
export interface ScoreOptions {
	/**
	 * Sensitivity in 0..1; 0.5 is the calibrated default where each head's decision point is p = 0.5.
	 * Higher sensitivity lowers the threshold a head must pass to flag.
	 */
	sensitivity?: number;
	/**
	 * Signals the user turned off: they never cause a flag. With `TOXICITY` off, the toxic head is ignored, and so
	 * are Inappropriateness and Toxic Emotions where they only repeat it (`ScoreResult.toxicFold`).
	 */
	disabledDimensions?: readonly Signal[];
	/**
	 * Per-signal raise of the threshold (0..0.15), learned from the user's "This is fine" feedback
	 * (utils/background/adaptation.ts). The overall label is eased through `sensitivity` instead.
	 */
	dimensionOffsets?: Partial<Record<Signal, number>>;
	/**
	 * Judge each text as one piece, without the sentence rule (a clearly toxic sentence carrying a long draft):
	 * for a thread's comments, whose scores the derailment model pools, and which cost one model run each.
	 */
	wholeDraft?: boolean;
	/**
	 * The user's opt-in "Don't warn about swearing at code and tools" (default off, as the CLI): profanity aimed
	 * at a thing, a situation or no one ("Damn, this build system is crap", "what the hell is this error") no
	 * longer counts, on the same target rules as insult words aimed at things (models/scoring/swearing-at-things.ts).
	 * Swearing at a person or the reader, slurs and sexual insults still count. Ignored with `wholeDraft`.
	 */
	allowSwearingAtThings?: boolean;
}

/** What a Scorer says about one draft. Carries the text it was computed on so stale results can be dropped. */
export interface ScoreResult {
	text: string;
	inappropriate: number;
	toxic: number;
	dimensions: Record<Dimension, number>;
	flag: boolean;
	spans: Span[];
	/**
	 * Inappropriateness (and Toxic Emotions) were lifted to the toxic head's probability (toxic-fold.ts): they
	 * repeat the toxic signal rather than add a reason of their own. Absent otherwise; the CLI does not print it.
	 */
	toxicFold?: true;
	/**
	 * The toxic head fires because the draft mocks someone (sarcasm-at-others.ts: "Interesting choice.", "which
	 * I'm sure you read"), not because of hostile words: the card names sarcasm, not insults. Absent otherwise;
	 * the CLI does not print it.
	 */
	mocking?: true;
	/**
	 * The toxic head fires on wording that excludes a group of people for who they are ("Black people don't
	 * belong on this team": put-downs.ts `groupWords`, session 15): the card says it is about a group. Absent
	 * otherwise; the CLI does not print it.
	 */
	aboutGroup?: true;
	/**
	 * The toxic head fires because the contempt model read a sentence to the reader as talking down to them
	 * (contempt.ts, session 28: "Maybe leave the architecture decisions to people who understand them."), not
	 * because of insult words: the card says it talks down to the reader. Absent otherwise; the CLI does not print it.
	 */
	talksDown?: true;
}

/** Anything that can score drafts: the ONNX engine, or a test double. */
export interface Scorer {
	score(texts: readonly string[], options?: ScoreOptions): Promise<ScoreResult[]>;
	dispose?(): Promise<void>;
}
