/**
 * Puts the rewrite card into the warning card's `rewrite` slot: a suggestion is requested when a warned draft's
 * card opens and streams in as it is written (Stop cancels it; so does closing the card), and Apply / Undo go
 * through the field's editor (undo-safe). The thread on the page, when a reader finds one, is passed as context
 * so the rewrite can take the conversation into account, with its tension from the derailment assessment (the
 * offline fixer de-escalates with it).
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import rewriteCardCss from '../../../components/RewriteCard/RewriteCard.css?inline';
import { RewriteCard } from '../../../components/RewriteCard/RewriteCard.tsx';
import { remediesFor } from '../../../models/rewrite/errors.ts';
import type { ThreadTension } from '../../../models/rewrite/types.ts';
import { sendMessage } from '../../../utils/messaging.ts';
import { getSettings } from '../../../utils/storage/settings.ts';
import { openStream } from '../../../utils/streaming.ts';
import type { CardContext, CardSection } from '../extensions.ts';
import { readThread } from '../threads/index.ts';
import { noteApplied, noteTidied } from './applied-note.ts';
import { beforeRewriteKey } from './draft-keeper.ts';
import {
	applyCandidate,
	dismissCandidate,
	EDITOR_CHANGE_MESSAGES,
	typographicOnly,
	UNDO_REFUSED,
	undoRewrite,
} from './rewrite-apply.ts';
import { rewriteWanted } from './rewrite-offer.ts';
import { retryWhenFixed, watchRewriteSetup, wentToSettings } from './rewrite-retry.ts';
import {
	cancelRewrite,
	type RewriteDeps,
	requestRewrite,
	rewriteStateFor,
	stoppedModel,
	stopRewrite,
	switchToOfflineFixer,
	waitingOnModel,
} from './rewrite-state.ts';
import { onThreadRiskChange, threadRiskFor } from './thread-risk.ts';
import { rewriteTension } from './thread-section.tsx';

/** Earlier comments passed as context: the last few are what a reply answers. */
const CONTEXT_COMMENTS = 6;

const extensionRewriteDeps = (site: string): RewriteDeps => ({
	rewrite: (text, context, field, onProgress, signal, thread, backend) => {
		const call = openStream(
			'rewriteDraft',
			{ text, context, field, ...(thread ? { thread } : {}), ...(backend ? { backend } : {}) },
			onProgress ?? (() => undefined),
		);
		signal?.addEventListener('abort', () => call.cancel(), { once: true });
		return call.result;
	},
	recordOutcome: (suggestion, candidate, outcome) => {
		sendMessage('recordRewriteOutcome', {
			context: suggestion.context,
			strategy: candidate.strategy,
			outcome,
			reward: candidate.reward,
			site,
		}).catch(() => undefined); // history is best-effort; the draft is what matters
	},
	download: () => sendMessage('getModelDownload', {}),
	mayDownload: async () => (await getSettings()).rewrite.backend === 'local',
	keepOriginal: (editor, text) => {
		sendMessage('saveDraft', { key: beforeRewriteKey(editor), site, text }).catch(() => undefined);
	},
});

function threadContext(ctx: CardContext): string[] {
	const thread = readThread(ctx.editor.el.ownerDocument, ctx.editor.el, ctx.site.id);
	return thread.comments.slice(-CONTEXT_COMMENTS).map((c) => c.text);
}

/** The thread's tension from the field's latest derailment assessment (none before the first one lands). */
function threadTensionOf(ctx: CardContext): ThreadTension | undefined {
	const risk = threadRiskFor(ctx.editor);
	return risk ? rewriteTension(risk) : undefined;
}

function RewriteSection({ ctx, deps }: { ctx: CardContext; deps: RewriteDeps }) {
	const [, bump] = useReducer((n: number, _action: 'bump') => n + 1, 0);
	const rerender = () => bump('bump');
	// The thread's assessment lands after the draft's own score: a reply that tips the thread is offered a
	// rewrite once it does.
	useEffect(() => onThreadRiskChange(() => bump('bump')), []);
	const state = rewriteStateFor(ctx.editor);
	// Once the user edits an applied rewrite, they have moved on: forget the Undo. Compare with the field itself:
	// right after Apply, ctx.text is still the pre-rewrite verdict's text until the rescore lands.
	if (state.applied && ctx.editor.read() !== state.applied.rewrite) state.applied = undefined;
	const offered = rewriteWanted(ctx.level, threadRiskFor(ctx.editor));
	const wanted = !state.applied && offered;
	// biome-ignore lint/correctness/useExhaustiveDependencies: ask again only when the draft or the need changes; ctx and deps are new objects on every render
	useEffect(() => {
		if (wanted)
			void requestRewrite(ctx.editor, ctx.text, threadContext(ctx), deps, rerender, threadTensionOf(ctx));
	}, [ctx.text, wanted]);
	const ask = () =>
		void requestRewrite(ctx.editor, ctx.text, threadContext(ctx), deps, rerender, threadTensionOf(ctx));
	const askLatest = useRef(ask);
	askLatest.current = ask;
	// Closing the card (or it moving to another field) stops the generation it was waiting for.
	const { editor } = ctx;
	useEffect(() => () => cancelRewrite(editor), [editor]);
	// Back from "Fix in settings" with the setup fixed: ask again instead of showing the old error.
	useEffect(
		() =>
			retryWhenFixed(editor, {
				win: editor.el.ownerDocument.defaultView ?? window,
				onSetupChange: watchRewriteSetup,
				failed: () => {
					const now = rewriteStateFor(editor);
					return !now.loading && remediesFor(now.errorCode).settings;
				},
				asking: () => rewriteStateFor(editor).loading,
				retry: () => {
					rewriteStateFor(editor).source = undefined;
					askLatest.current();
				},
			}),
		[editor],
	);
	if (!state.applied && !offered) return null;
	// After Apply the field no longer holds the suggestion's source, but nothing is being written: not stale.
	const stale = !state.applied && state.suggestion && state.suggestion.source !== ctx.text;
	// Asked for only in the effect above, after this first paint: already "writing", not an empty box.
	const asking = wanted && state.source !== ctx.text;
	// The ways out of an error: where it is fixed (the rewrite settings), and the offline fixer unless it failed.
	const remedies = remediesFor(state.errorCode);
	// A model (not the fixer) whose every answer was rejected: the fixer is the other backend to try.
	const noneFromModel =
		!stale && state.suggestion?.candidates.length === 0 && state.suggestion.backend !== 'offline';
	return (
		<>
			<style>{rewriteCardCss}</style>
			<RewriteCard
				suggestion={stale ? undefined : state.suggestion}
				loading={state.loading || Boolean(stale) || asking}
				download={state.download}
				stream={stale ? undefined : state.stream}
				stopped={state.stopped}
				onStop={() => {
					stopRewrite(ctx.editor);
					rerender();
				}}
				error={state.error}
				errorCode={state.errorCode}
				onOpenSettings={
					remedies.settings
						? () => {
								wentToSettings(ctx.editor);
								void sendMessage('openSettings', { section: 'rewrite' }).catch(() => undefined);
							}
						: undefined
				}
				settingsLabel={state.errorCode === 'no-permission' ? 'Allow in settings' : undefined}
				onUseOffline={
					(remedies.offline || noneFromModel || stoppedModel(state) || waitingOnModel(state)) &&
					state.backend !== 'offline'
						? () => {
								switchToOfflineFixer(ctx.editor);
								ask();
							}
						: undefined
				}
				applied={Boolean(state.applied) && !state.applied?.undoOff}
				draftChanged={state.error !== undefined && EDITOR_CHANGE_MESSAGES.includes(state.error)}
				onApply={async (candidate, how) => {
					const applied = await applyCandidate(
						ctx.editor,
						candidate,
						deps,
						ctx.recordUndone,
						ctx.recordRedone,
						// The editor changed the written text a moment later: the card says so (or, for a typographic tidy
						// told once already, not), and the note beside the field keeps its Undo for the text it holds now.
						// Only a typographic tidy: a change of words with no key (dictation, a script, rewrite-applied.spec's
						// execCommand typing) is not carried into the note's Undo, which would take it away too.
						(written, now) => {
							if (typographicOnly(written, now)) noteTidied(ctx.editor, written, now);
							rerender();
						},
					);
					if (applied) {
						ctx.recordAccepted?.();
						ctx.rescore();
						const { editor } = ctx;
						const rewrite = rewriteStateFor(editor).applied?.rewrite;
						// "Rewrite applied · Undo" beside the field once the card closes: the same Undo as the card's.
						if (rewrite !== undefined)
							noteApplied(
								editor,
								rewrite,
								async () => {
									if (!(await undoRewrite(editor)))
										return { ok: false, message: rewriteStateFor(editor).error ?? UNDO_REFUSED };
									ctx.rescore();
									return { ok: true };
								},
								how,
							);
					}
					rerender();
				}}
				onUndo={async () => {
					if (await undoRewrite(ctx.editor)) ctx.rescore();
					rerender();
				}}
				onDismiss={(candidate) => {
					dismissCandidate(ctx.editor, candidate, deps);
					ctx.recordDismissed?.();
					ctx.close();
				}}
				onAnother={(from) => deps.recordOutcome(state.suggestion as never, from, 'reject')}
				onRetry={() => {
					state.source = undefined;
					ask();
				}}
			/>
		</>
	);
}

/** The card section; register it from the content script's entrypoint with the page's hostname. */
export function rewriteSection(hostname: string): CardSection {
	const deps = extensionRewriteDeps(hostname);
	return { id: 'rewrite', slot: 'rewrite', render: (ctx) => <RewriteSection ctx={ctx} deps={deps} /> };
}
