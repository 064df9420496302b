/**
 * The rewrite engine's contracts: what a backend is asked to do, what it yields, and the plain-JSON suggestion
 * that crosses extension contexts (it carries the draft it was made for, so stale suggestions can be refused).
 */
import type { Dimension, Span } from '../scoring/types.ts';

/** Which family of text generator a backend is. */
export type BackendId = 'offline' | 'openai' | 'local' | 'chrome';

/** One way of asking for a rewrite: a prompt template + few-shot set + temperature (an arm of the bandit). */
export interface Strategy {
	/** Stable id, persisted in bandit state and written by the CLI (e.g. `soften.fs1.t07`). */
	id: string;
	/** Prompt template id (see prompts.ts); the offline fixer maps it to how hard it edits. */
	template: 'minimal' | 'soften' | 'restate' | 'neutral';
	/** Few-shot set id (see few-shot.ts), or 'none'. */
	fewShot: 'none' | 'civil' | 'argument';
	/** Sampling temperature for LLM backends (0 = greedy). */
	temperature: number;
}

/**
 * What the thread's derailment markers say about how the reply should read (thread-tension.ts builds it from
 * the derailment predictor's result; plain JSON, it travels with the request).
 */
export interface ThreadTension {
	/** The conversation is at risk without the draft, or the draft tips it over. */
	tense: boolean;
	/** Earlier comments show frustration or impatience: acknowledge it first. */
	frustrated: boolean;
	/** The draft addresses the person ("you broke X") rather than the problem. */
	secondPerson: boolean;
	/** The draft itself is impatient ("for the third time", "still", "already"). */
	impatient: boolean;
	/**
	 * Who and what make the thread tense, one short line naming people and quoting them ("dana has waited three
	 * weeks and wrote "Any update?""; models/derail/advice.ts `adviceSummary`). The LLM prompt gives it with the
	 * earlier comments; the offline fixer does not read it. At most THREAD_SUMMARY_MAX characters.
	 */
	summary?: string;
}

/** The longest `ThreadTension.summary` a rewrite request may carry. */
export const THREAD_SUMMARY_MAX = 600;

/** What a backend is asked to rewrite. */
export interface GenerateRequest {
	/** The user's draft, unchanged. */
	text: string;
	/** Stretches of the draft the scorer blamed (offsets into `text`). */
	flaggedSpans: readonly Span[];
	/** Dimensions the scorer flagged, strongest first. */
	dimensions: readonly Dimension[];
	/** Earlier comments of the thread, oldest first (optional). */
	context?: readonly string[];
	/** The thread's tension, when a derailment assessment of it exists (optional). */
	thread?: ThreadTension;
	strategy: Strategy;
}

/**
 * How one generation ended: `stop` = the model finished its answer; `length` = it hit the token limit
 * (max_tokens / max_new_tokens) mid-answer; `content_filter` = the server withheld the rest. Only `stop` is a
 * complete rewrite.
 */
export type FinishReason = 'stop' | 'length' | 'content_filter';

/** What a generation returns once its stream ends: the whole text (exactly the chunks joined) and why it ended. */
export interface GenerateResult {
	text: string;
	finish: FinishReason;
	/**
	 * The draft was only an attack, so `text` keeps none of it: an honest short alternative ("I disagree with
	 * you.") that replaces the draft rather than rewrites it. The engine exempts it from the similarity guard (any
	 * civil wording shares almost nothing with "You stupid idiot."), ranks it after every real rewrite, and the
	 * card says there was nothing to keep. Only the offline fixer sets it.
	 */
	replacement?: boolean;
}

/**
 * A text generator behind the rewrite engine. `generate` streams ONE candidate as text chunks as they are
 * written (the offline fixer yields it in a single chunk) and returns the GenerateResult, whose `text` is the
 * chunks joined (the backend contract test checks this for every backend). It must honour `signal` (aborting
 * any request or generation in flight) and throw `RewriteError` (errors.ts) for anything the user should see.
 * A generation cut off by its token limit is not an error: it ends with `finish: 'length'`. It never touches
 * the draft.
 */
export interface RewriterBackend {
	readonly id: BackendId;
	/**
	 * The server the model runs on (host[:port]), for a backend that talks to one: the card names it while the
	 * answer has not started ("may still be loading on localhost:11434").
	 */
	readonly server?: string;
	generate(request: GenerateRequest, signal?: AbortSignal): AsyncGenerator<string, GenerateResult, undefined>;
	/** Frees models/sessions (local backend). */
	dispose?(): Promise<void>;
}

/** One ranked candidate with the numbers that ranked it. */
export interface RewriteCandidate {
	rewrite: string;
	strategy: string;
	/** w · appropriate + (1 − w) · similarity; 0 for rejected candidates. */
	reward: number;
	/** P(appropriate | candidate) = 1 − P(inappropriate) from the scorer. */
	appropriate: number;
	/**
	 * Similarity to the draft in 0..1 (similarity.ts), the one the reward ranks on: of the whole draft, or for a
	 * long draft of the sentences the candidate changes (reward.ts `rankingSimilarity`).
	 */
	similarity: number;
	/** Why a candidate was rejected (still flagged, dropped a protected token, …); absent when accepted. */
	rejected?: string;
	/** An alternative to a draft that was only an attack, not a rewrite of it (GenerateResult.replacement). */
	replacement?: boolean;
}

/** The engine's answer for one draft: accepted candidates best first. Plain JSON. */
export interface RewriteSuggestion {
	/** The draft the suggestion was computed on (applyPlan refuses if the editor no longer holds it). */
	source: string;
	backend: BackendId;
	/** The appropriateness weight w used for ranking. */
	weight: number;
	/** Accepted candidates, best first; empty when nothing passed the hard rejects. */
	candidates: RewriteCandidate[];
	/** Rejected candidates (for the eval and debugging), in generation order. */
	rejected: RewriteCandidate[];
	/** Bandit context key the strategies were chosen for (pass back with the outcome). */
	context: string;
}

/**
 * What the user did with a suggestion; feeds the bandit. `redo`: the editor's redo (Ctrl+Shift+Z) put back an
 * applied rewrite the user had undone: it takes back that undo's `reject`, it is not a second apply (qa28: one
 * rewrite read "2 applied, 1 turned down").
 */
export type RewriteOutcome = 'accept' | 'edit' | 'reject' | 'redo';

/** `rewriteDraft` request (content script → background → host). Backend, endpoint and key come from settings
 * on the host side, never from the page. */
export interface RewriteDraftRequest {
	text: string;
	/** Earlier comments of the thread, oldest first. */
	context?: string[];
	/** The thread's tension from its derailment assessment, when the page has one. */
	thread?: ThreadTension;
	/** Overrides the settings' weight dial for this call. */
	weight?: number;
	/** Overrides the settings' backend for this call (e.g. "Try offline" after an endpoint error). */
	backend?: BackendId;
	/** Which text box asks (any stable key): a newer request for the same field cancels an older one. */
	field?: string;
}

/** `recordRewriteOutcome` request: what the user did with the candidate shown. */
export interface RecordRewriteOutcomeRequest {
	/** `RewriteSuggestion.context`. */
	context: string;
	strategy: string;
	outcome: RewriteOutcome;
	/** Machine reward of the candidate, for the history row. */
	reward?: number;
	site?: string;
}
