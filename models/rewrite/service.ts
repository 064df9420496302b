/**
 * The host-side handlers for `rewriteDraft` and `recordRewriteOutcome`. Everything environmental is injected:
 * the scorer, how to build a backend from settings (the host knows its wasm URLs and the stored key), and
 * where the bandit state lives. Calls are serialised so two drafts never race on the bandit state.
 */
import type { Scorer } from '../scoring/types.ts';
import { type BanditState, emptyBandit, parseBandit, recordOutcome, updateBandit } from './bandit.ts';
import { suggestRewrite } from './engine.ts';
import { RewriteError } from './errors.ts';
import type { RewriteProgress } from './stream.ts';
import { isThreadTension } from './thread-tension.ts';
import type {
	BackendId,
	RecordRewriteOutcomeRequest,
	RewriteDraftRequest,
	RewriterBackend,
	RewriteSuggestion,
} from './types.ts';

/** A row for the `rewriteOutcomes` Dexie table (utils/storage/db.ts RewriteOutcomeRow, minus the id). */
export interface OutcomeRow {
	strategy: string;
	at: number;
	accepted: boolean;
	reward?: number;
	site?: string;
	/** A redo that took back the undo before it (bandit.ts `recordOutcome`'s `redo`); `accepted` is true. */
	redo?: true;
}

/** What the service needs from its host. */
export interface RewriteServiceDeps {
	getScorer(): Promise<Scorer>;
	/** Current rewrite settings: default backend and weight dial. */
	getSettings(): Promise<{ backend: BackendId; weight: number }>;
	/** Builds (or returns a cached) backend; the host injects base URL, model, key, wasm paths, opt-in. */
	getBackend(id: BackendId): Promise<RewriterBackend>;
	loadBandit(): Promise<unknown>;
	saveBandit(state: BanditState): Promise<void>;
	/** Appends a history row (optional). */
	addOutcomeRow?(row: OutcomeRow): Promise<void>;
	now?: () => number;
}

/** `rewriteOutcomes.strategy` keeps the bandit context too, so the table alone can rebuild the bandit. */
export function outcomeKey(context: string, strategy: string): string {
	return `${strategy}@${context}`;
}

/** Rebuilds bandit state from history rows (for when the saved state is lost). */
export function banditFromRows(rows: readonly OutcomeRow[]): BanditState {
	let state = parseBandit(undefined);
	for (const row of rows) {
		const at = row.strategy.lastIndexOf('@');
		if (at <= 0) continue;
		const [strategy, context] = [row.strategy.slice(0, at), row.strategy.slice(at + 1)];
		state = recordOutcome(state, context, strategy, row.redo ? 'redo' : row.accepted ? 'accept' : 'reject');
		if (row.reward !== undefined) state = updateBandit(state, context, strategy, row.reward);
	}
	return state;
}

/** Creates the two handlers; register them on the host with onMessages('host', service). */
export function createRewriteService(deps: RewriteServiceDeps) {
	let chain: Promise<unknown> = Promise.resolve();
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const next = chain.then(task, task);
		chain = next.catch(() => undefined);
		return next;
	};
	// The field's latest request: with an LLM a suggestion takes seconds, and the user typing on must not leave a
	// queue of suggestions for drafts that no longer exist in front of the one they are waiting for.
	const latest = new Map<string, AbortController>();
	// Learned preferences are worth keeping, but not at the price of every rewrite failing on a damaged copy.
	const loadBandit = async () => {
		try {
			return parseBandit(await deps.loadBandit());
		} catch (error) {
			console.warn('[tactful] saved rewrite preferences unreadable; starting afresh:', error);
			return parseBandit(undefined);
		}
	};
	return {
		/** `signal` cancels this request (the user's Stop, the card closing); `onProgress` streams its candidates. */
		rewriteDraft: (
			request: RewriteDraftRequest,
			signal?: AbortSignal,
			onProgress?: (event: RewriteProgress) => void,
		): Promise<RewriteSuggestion> => {
			const controller = new AbortController();
			const { field } = request;
			signal?.addEventListener('abort', () => controller.abort(), { once: true });
			if (signal?.aborted) controller.abort();
			// A request cancelled before it got here (delivered late by the relay) is not the field's latest: it
			// must not cancel the newer request the user is now waiting for.
			else if (field !== undefined) {
				latest.get(field)?.abort();
				latest.set(field, controller);
			}
			const task = serial(async () => {
				if (controller.signal.aborted) throw new RewriteError('aborted', 'superseded');
				const settings = await deps.getSettings();
				const chosen = request.backend ?? settings.backend;
				const suggest = async (backend: RewriterBackend) =>
					suggestRewrite(
						{
							text: request.text,
							context: request.context,
							// The page sends it: only a well-formed one is used.
							thread: isThreadTension(request.thread) ? request.thread : undefined,
						},
						{
							backend,
							scorer: await deps.getScorer(),
							weight: request.weight ?? settings.weight,
							bandit: await loadBandit(),
							onProgress,
						},
						controller.signal,
					);
				// "Browser's built-in AI" promises quick fixes where the browser has no model (rewrite-choices.ts).
				const { suggestion, bandit } = await suggest(await deps.getBackend(chosen)).catch(
					async (error: unknown) => {
						if (chosen !== 'chrome' || !(error instanceof RewriteError) || error.code !== 'unavailable')
							throw error;
						return suggest(await deps.getBackend('offline'));
					},
				);
				await deps.saveBandit(bandit);
				return suggestion;
			});
			return task.finally(() => {
				if (field !== undefined && latest.get(field) === controller) latest.delete(field);
			});
		},
		recordRewriteOutcome: (request: RecordRewriteOutcomeRequest): Promise<{ ok: true }> =>
			serial(async () => {
				const state = recordOutcome(await loadBandit(), request.context, request.strategy, request.outcome);
				await deps.saveBandit(state);
				await deps.addOutcomeRow?.({
					strategy: outcomeKey(request.context, request.strategy),
					at: (deps.now ?? Date.now)(),
					accepted: request.outcome !== 'reject',
					// A redo is no new candidate shown: its reward was counted with the apply it puts back.
					...(request.outcome === 'redo' ? { redo: true as const } : { reward: request.reward }),
					site: request.site,
				});
				return { ok: true as const };
			}),
		/** What was learned so far (the history page's "What Tactful learned"). */
		getRewritePreferences: (): Promise<BanditState> => loadBandit(),
		/**
		 * Forgets what was learned, and only that (the history of outcomes stays). Queued behind a rewrite in progress,
		 * which would otherwise save the old preferences back when it ends.
		 */
		resetRewritePreferences: (): Promise<{ ok: true }> =>
			serial(async () => {
				await deps.saveBandit(emptyBandit());
				return { ok: true as const };
			}),
	};
}
