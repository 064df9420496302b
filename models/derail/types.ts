/**
 * The derailment contract shared by every DerailPredictor implementation, the CLI, the inference host and the UI.
 * Plain JSON only: results cross extension contexts and are written as JSON Lines by the CLI.
 */

/** One comment as the page shows it: who wrote it, their role on the site (if shown), and its plain text. */
export interface ThreadComment {
	author: string;
	/** Site role as shown on the page, e.g. GitHub's 'Owner', 'Member', 'Contributor', 'First-time contributor', 'None'. */
	role?: string;
	text: string;
	/** ISO time if the page shows it; never used by the model. */
	time?: string;
	/**
	 * The thread's opener on a forum (the Hacker News story, the Reddit or Lemmy post, the Discourse topic's first
	 * post, the Stack Exchange question), not a reply: the exchange starts after it. Never set for GitHub, whose
	 * issue body is a turn of the conversation (and the derailment data reads it so). Never used by the model.
	 */
	post?: true;
}

/** A conversation read from a page (oldest first), or given to the CLI. */
export interface Thread {
	comments: ThreadComment[];
	/** Which reader produced it ('github', 'reddit', …); absent for CLI input. */
	site?: string;
	/** The login of the person about to reply, when the page says so (lets markers say "you"). */
	viewer?: string;
}

/** The four tone heads computed for every comment (0..1 each). */
export const TONES = ['uncivil', 'frustration', 'attack', 'heat'] as const;
export type Tone = (typeof TONES)[number];
export type ToneScores = Record<Tone, number>;

/** A comment that drives the prediction. */
export interface CommentMarker {
	/** Index into thread.comments. */
	index: number;
	author: string;
	role?: string;
	tones: ToneScores;
	/** Lexical cues found in it: 'second-person', 'negation', 'impatience', 'bitter-frustration', 'exclamation', … */
	cues: string[];
}

/** What the draft adds to the thread. */
export interface DraftEffect {
	/** Derailment probability with the draft appended minus without it. */
	delta: number;
	tones: ToneScores;
	cues: string[];
	/** One plain sentence for the UI, e.g. "your reply addresses the person, not the problem, …". */
	message: string;
	/**
	 * What the message says: the draft turns on the person, raises the risk, reads as heated, calms the thread,
	 * or none of these ('neutral'). The card shows every kind but 'neutral', whatever the delta: in a thread
	 * already near 1 an insulting reply moves the probability by nothing, yet that is the line the user needs.
	 */
	kind?: DraftEffectKind;
}

/** See `DraftEffect.kind`. */
export type DraftEffectKind = 'person' | 'derail' | 'heated' | 'calming' | 'neutral';

/** Why the predictor said what it said. */
export interface DerailMarkers {
	/** Derailment probability of the thread without the draft. */
	thread: number;
	/** Highest tone of each head over the thread's comments. */
	tones: ToneScores;
	/** Up to three comments that drive the prediction, strongest first. */
	comments: CommentMarker[];
	/** Direction of the thread's heat over the last comments. */
	trend: 'rising' | 'steady' | 'falling';
	/** Thread-level dynamics: 'maintainer-newcomer', 'back-and-forth', 'many-voices', 'issue-author-pushing'. */
	dynamics: string[];
	draft?: DraftEffect;
	/** Concrete de-escalation suggestions, plain strings the UI can show (empty when the thread is calm). */
	suggestions: string[];
}

/** Per-call options; defaults match the CLI's default settings. */
export interface DerailOptions {
	/** Sensitivity 0..1; 0.5 is the calibrated default (flag when p ≥ 0.5). Higher flags earlier. */
	sensitivity?: number;
	/**
	 * Also rate the strongest driving comment's sentences with the same tone heads and give the hottest
	 * (`DerailResult.hottest`), for the card to quote. Off by default: `tactful derail` and every dataset hash are
	 * computed without it, and it costs one more model run for a thread at risk.
	 */
	hottest?: boolean;
}

/** What a DerailPredictor says about a thread (and draft). Carries the input it was computed on. */
export interface DerailResult {
	thread: Thread;
	draft?: string;
	/** Probability the conversation derails: with the draft appended if one was given, else the thread alone. */
	derail: number;
	flag: boolean;
	markers: DerailMarkers;
	/**
	 * With `DerailOptions.hottest`, for a thread at risk: the strongest driving comment's sentence the tone heads
	 * rate highest, when the comment has more than one (`index` as `markers.comments[0].index`). The others are
	 * not rated (their cue quote stands): rating costs a model row per sentence.
	 */
	hottest?: HottestSentence[];
}

/** A driving comment's most heated sentence, as the tone heads read it alone. */
export interface HottestSentence {
	index: number;
	sentence: string;
	/** Its heat: the strongest tone head, the thread-context head counting half (explain.ts `heatOf`). */
	heat: number;
}

/** Anything that predicts derailment: the ONNX engine, or a test double. */
export interface DerailPredictor {
	predict(thread: Thread, draft?: string, options?: DerailOptions): Promise<DerailResult>;
	dispose?(): Promise<void>;
}

/** The decision point for a sensitivity: 0.5 → 0.5, higher sensitivity → lower threshold. */
export function derailThreshold(sensitivity = 0.5): number {
	const s = Math.min(1, Math.max(0, sensitivity));
	return Math.min(0.95, Math.max(0.05, 1 - s));
}
