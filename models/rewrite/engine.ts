/**
 * The rewrite engine: scores the draft, lets the bandit pick strategies for its strongest flagged dimension,
 * asks the backend for one candidate per strategy, scores every candidate, applies the reward and the hard
 * rejects, and returns the ranked suggestion plus the bandit state updated with the machine rewards.
 */
import type { Dimension, ScoreOptions, ScoreResult, Scorer } from '../scoring/types.ts';
import { checkAttacks, KEEPS_ATTACK, leastAttack } from './attack-sentences.ts';
import { type BanditState, chooseStrategies, emptyBandit, updateBandit } from './bandit.ts';
import { withDraftEdges } from './draft-edges.ts';
import { RewriteError, type RewriteErrorCode, throwIfAborted } from './errors.ts';
import { insultWord } from './fixer-camouflage.ts';
import { cleanModelOutput } from './prompts.ts';
import { clampWeight, rankCandidates, rankingSimilarities, rewardCandidate } from './reward.ts';
import { strategiesFor } from './strategies.ts';
import { CUT_OFF, drainGeneration, FILTERED, type RewriteProgress, watchFirstAnswer } from './stream.ts';
import type { RewriteCandidate, RewriterBackend, RewriteSuggestion, ThreadTension } from './types.ts';

/** Everything the engine needs, injected (no globals, so it runs in Node, the host page and tests alike). */
export interface RewriteEngineOptions {
	backend: RewriterBackend;
	scorer: Scorer;
	/** Appropriateness weight w of the reward (the "keep my words ↔ make it civil" dial). */
	weight?: number;
	/** Candidates to generate (best-of-N). */
	n?: number;
	bandit?: BanditState;
	scoreOptions?: ScoreOptions;
	random?: () => number;
	/** Called as each candidate starts, streams in and ends (the card shows the text as it is written). */
	onProgress?: (event: RewriteProgress) => void;
	/** When `waiting` progress starts and how often it comes (ms); defaults WAIT_NOTICE_MS, WAIT_TICK_MS. */
	waitNotice?: { afterMs?: number; everyMs?: number };
}

/** Dimension values at or above this count as flagged when choosing the bandit context. */
const DIMENSION_FLAG = 0.5;
/** Errors that say nothing about one strategy: the next strategy would meet them too. */
const SERVER_WIDE = new Set<RewriteErrorCode>([
	'unauthorized',
	'unavailable',
	'not-opted-in',
	'timeout',
	'rate-limited',
	'not-found',
	'unreachable',
	'redirected',
	'quota',
	'download-failed',
	'too-long',
]);
/** Default best-of-N for LLM backends (the offline backend runs all its arms). */
export const DEFAULT_N = 4;

/** The flagged sub-dimensions of a score, strongest first (the overall label is not a sub-dimension). */
export function flaggedDimensions(score: ScoreResult): Dimension[] {
	return (Object.entries(score.dimensions) as [Dimension, number][])
		.filter(([dimension, p]) => dimension !== 'Inappropriateness' && p >= DIMENSION_FLAG)
		.sort((a, b) => b[1] - a[1])
		.map(([dimension]) => dimension);
}

/** The bandit context of a draft: its strongest flagged dimension, or 'toxic'/'unflagged'. */
export function banditContext(score: ScoreResult): string {
	return flaggedDimensions(score)[0] ?? (score.toxic >= DIMENSION_FLAG ? 'toxic' : 'unflagged');
}

/** Suggests rewrites for one draft. Throws RewriteError only when every candidate failed. */
export async function suggestRewrite(
	input: { text: string; context?: readonly string[]; thread?: ThreadTension },
	options: RewriteEngineOptions,
	signal?: AbortSignal,
): Promise<{ suggestion: RewriteSuggestion; bandit: BanditState }> {
	const { backend } = options;
	// One rewrite scores the draft, every candidate's sentences, the trimmed candidates' sentences and the
	// candidates whole: mostly the same texts (a trimmed candidate is its candidate less a sentence, a one-sentence
	// candidate is its own sentence). Each text is scored once per rewrite; a text's score does not depend on what
	// it is batched with, so the cache is exact (session 23).
	const scorer = scoreOnce(options.scorer);
	const weight = clampWeight(options.weight);
	let bandit = options.bandit ?? emptyBandit();
	const [draftScore] = await scorer.score([input.text], options.scoreOptions);
	if (!draftScore) throw new Error('scorer returned no result for the draft');
	const context = banditContext(draftScore);
	const strategies = strategiesFor(backend.id);
	const ids = chooseStrategies(
		bandit,
		context,
		strategies.map((s) => s.id),
		// The offline fixer is instant and deterministic: every arm is worth a candidate.
		options.n ?? (backend.id === 'offline' ? strategies.length : DEFAULT_N),
		options.random,
	);
	const texts: { rewrite: string; strategy: string; replacement?: boolean }[] = [];
	const cutOff: RewriteCandidate[] = [];
	let firstError: unknown;
	const progress = options.onProgress ?? (() => undefined);
	for (const [index, id] of ids.entries()) {
		throwIfAborted(signal);
		const strategy = strategies.find((s) => s.id === id);
		if (!strategy) continue;
		progress({ kind: 'candidate', index, total: ids.length, strategy: id });
		try {
			const request = {
				text: input.text,
				flaggedSpans: draftScore.spans,
				dimensions: flaggedDimensions(draftScore),
				context: input.context,
				thread: input.thread,
				strategy,
			};
			// The offline fixer writes each candidate whole, at once, before any check: its text is no progress to
			// watch, and the card showed an unchecked one as if suggested (qa23: "I think you are an id1ot, this PR is
			// sh1t." under "Writing suggestion 6 of 6…", then "no civil wording"). The card says which one it is on.
			const streams = backend.id !== 'offline';
			// A model server loading the model cold says nothing for minutes: the card says so, and counts.
			const server = backend.server;
			const stopWaiting = streams
				? watchFirstAnswer(
						(seconds) => progress({ kind: 'waiting', index, seconds, ...(server ? { server } : {}) }),
						options.waitNotice,
					)
				: () => undefined;
			const result = await drainGeneration(backend.generate(request, signal), (text) => {
				stopWaiting();
				if (streams) progress({ kind: 'chunk', index, text });
			}).finally(stopWaiting);
			progress({ kind: 'end', index, finish: result.finish });
			// The draft's leading and trailing white space stays the user's (draft-edges.ts); the draft also tells the
			// cleaner which wrapper-looking paragraphs are the user's own.
			const rewrite = withDraftEdges(input.text, cleanModelOutput(result.text, input.text));
			// Stopped at the token limit (or withheld by a filter): the text ends mid-sentence, so it is shown as cut
			// off and never ranked as a rewrite.
			if (result.finish !== 'stop') {
				const rejected = result.finish === 'length' ? CUT_OFF : FILTERED;
				cutOff.push({ rewrite, strategy: id, reward: 0, appropriate: 0, similarity: 0, rejected });
			} else texts.push({ rewrite, strategy: id, ...(result.replacement ? { replacement: true } : {}) });
		} catch (error) {
			progress({ kind: 'end', index, finish: 'failed' });
			if (error instanceof RewriteError && error.code === 'aborted') throw error;
			// Failures of the server or backend as a whole fail every strategy alike: stop asking. (A time-out per
			// strategy would otherwise keep the user waiting N times as long, and a 429 would only get worse.)
			if (error instanceof RewriteError && SERVER_WIDE.has(error.code)) throw error;
			firstError ??= error;
		}
	}
	throwIfAborted(signal);
	if (texts.length === 0 && cutOff.length === 0 && firstError) throw firstError;
	// Each candidate also without the sentences the scorer still flags on their own (attack-sentences.ts): the
	// smallest change that drops the attack and keeps every other word. Credited to the strategy it came from.
	const attacks = await checkAttacks(
		input.text,
		draftScore,
		texts.map((t) => t.rewrite),
		scorer,
		options.scoreOptions,
	);
	const trimmed: { rewrite: string; strategy: string; replacement?: boolean }[] = texts.flatMap((t, i) => {
		const rewrite = attacks.trimmed[i];
		return rewrite === undefined
			? []
			: [{ rewrite: withDraftEdges(input.text, rewrite), strategy: t.strategy }];
	});
	const trimmedChecks = await checkAttacks(
		input.text,
		draftScore,
		trimmed.map((t) => t.rewrite),
		scorer,
		options.scoreOptions,
	);
	const held = new Map<string, string[]>();
	for (const [i, t] of texts.entries()) held.set(t.rewrite, attacks.held[i] ?? []);
	for (const [i, t] of trimmed.entries()) held.set(t.rewrite, trimmedChecks.held[i] ?? []);
	// Identical candidates are scored once and credited to the first strategy that produced them.
	const all = [...texts, ...trimmed];
	const unique = all.filter((t, i) => all.findIndex((u) => u.rewrite === t.rewrite) === i);
	const scores = unique.length
		? await scorer.score(
				unique.map((t) => t.rewrite),
				options.scoreOptions,
			)
		: [];
	// Measured together: on a long draft every candidate is compared on the part any of them changes.
	const sims = rankingSimilarities(
		input.text,
		unique.map((t) => t.rewrite),
	);
	const scored: RewriteCandidate[] = unique.map((t, i) => {
		const score = scores[i];
		if (!score) throw new Error('scorer returned fewer results than candidates');
		return rewardCandidate(
			input.text,
			t.rewrite,
			t.strategy,
			score,
			weight,
			t.replacement === true,
			sims[i],
			draftScore,
		);
	});
	for (const t of [...texts, ...cutOff]) {
		const reward = scored.find((c) => c.rewrite === t.rewrite && !c.rejected)?.reward ?? 0;
		bandit = updateBandit(bandit, context, t.strategy, reward);
	}
	const ranked = rankCandidates(scored);
	// A candidate that keeps an attack another one did without is not offered: at the dial's "keep my words" end
	// the smallest change otherwise kept "garbage" (the attack is the one thing the rewrite is for).
	// Nor is one that keeps an insult the card underlined, even where every candidate keeps it (session 23: "This is
	// the dumbest take…" was offered as civil); only context words the scorer underlines ("doc", "mess") may stay.
	const insulting = (c: RewriteCandidate) =>
		(held.get(c.rewrite) ?? []).some((w) => !w.startsWith('§') && insultWord(w) !== undefined);
	const accepted = leastAttack(ranked.accepted, (c) => held.get(c.rewrite) ?? []).filter(
		(c) => !insulting(c),
	);
	const rejected = [
		...ranked.rejected,
		...ranked.accepted
			.filter((c) => !accepted.includes(c))
			.map((c) => ({ ...c, reward: 0, rejected: KEEPS_ATTACK })),
	];
	return {
		suggestion: {
			source: input.text,
			backend: backend.id,
			weight,
			candidates: accepted,
			rejected: [...rejected, ...cutOff],
			context,
		},
		bandit,
	};
}

/** `scorer` scoring each distinct text once (one rewrite's lifetime: the cache goes with it). */
function scoreOnce(scorer: Scorer): Scorer {
	const cache = new Map<string, ScoreResult>();
	return {
		async score(texts, options) {
			const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
			if (missing.length > 0) {
				const scores = await scorer.score(missing, options);
				missing.forEach((t, i) => {
					const score = scores[i];
					if (score) cache.set(t, score);
				});
			}
			// A scorer that returned too few results stays short here, so the engine's own checks still see it.
			const out: ScoreResult[] = [];
			for (const t of texts) {
				const score = cache.get(t);
				if (!score) break;
				out.push(score);
			}
			return out;
		},
	};
}
