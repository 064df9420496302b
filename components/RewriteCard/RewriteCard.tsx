/**
 * The rewrite suggestion card: while candidates are generated, the one being written as it streams (Stop
 * cancels); then a word-level diff of the draft against the current candidate, its scores, and
 * Apply / Another / Undo rewrite / Dismiss. A candidate cut off at the model's length limit is shown as such and
 * never offered. Stateless about the editor: the content script decides what Apply and Undo do (applyPlan + the
 * editor's own insert), and passes `applied` / `error` back in.
 * Styles live in RewriteCard.css and are NOT imported here: a content script would inject them into the page;
 * the mounter puts them into its shadow root (`import css from './RewriteCard.css?inline'`).
 */
import { useState } from 'preact/hooks';
import { elideUnchanged, wordDiff } from '../../models/rewrite/diff.ts';
import { type RewriteErrorCode, remediesFor } from '../../models/rewrite/errors.ts';
import { type KeptShare, keptShare } from '../../models/rewrite/kept.ts';
import { withoutThinking } from '../../models/rewrite/prompts.ts';
import { type ProtectedKind, protectedRanges } from '../../models/rewrite/protected.ts';
import {
	ENDS_MID_SENTENCE,
	OTHER_LANGUAGE,
	SNEERS_AT_READER,
	TALKS_DOWN,
} from '../../models/rewrite/reward.ts';
import { APPROACH_LABELS } from '../../models/rewrite/strategies.ts';
import { CUT_OFF, FILTERED, type StreamView } from '../../models/rewrite/stream.ts';
import type { RewriteCandidate, RewriteSuggestion } from '../../models/rewrite/types.ts';
import { spokenRewrite } from './spoken-rewrite.ts';

/** Props; exactly one of loading / error / suggestion normally drives what is shown. */
export interface RewriteCardProps {
	suggestion?: RewriteSuggestion;
	/** Shown while candidates are being generated; `stream` is the candidate being written, as it streams. */
	loading?: boolean;
	stream?: StreamView;
	/** The user stopped generation: `stream` (if any) is shown as stopped, with Try again. */
	stopped?: boolean;
	/** Stops generation (the Stop button while loading). */
	onStop?(): void;
	/** While loading: the on-device model's first-time download, in bytes. */
	download?: { loaded: number; total: number };
	/** A user-facing message (RewriteError.userMessage / messageForCode / APPLY_REFUSALS). */
	error?: string;
	/** With `error`: its code, when it has one; a failure no retry can change (errors.ts `remediesFor`) gets no Try again. */
	errorCode?: RewriteErrorCode;
	/** True once the content script applied a candidate: the card offers Undo rewrite. */
	applied?: boolean;
	/** With `error`: the field changed although the write failed its check (the card must not say it did not). */
	draftChanged?: boolean;
	/** `how.keyboard`: pressed with a key (Enter/Space; a click with no pointer), so the focus may follow the UI. */
	onApply(candidate: RewriteCandidate, how?: { keyboard: boolean }): void;
	onUndo(): void;
	onDismiss(candidate?: RewriteCandidate): void;
	/**
	 * With `error`: opens Tactful's settings at the rewrite backend, where the cause is fixed; `settingsLabel` says
	 * what to do there (default "Fix in settings").
	 */
	onOpenSettings?(): void;
	settingsLabel?: string;
	/** With `error`, or a model's suggestion with no candidate left: asks the built-in offline fixer instead. */
	onUseOffline?(): void;
	/** Called when the user wants another suggestion after the list is exhausted, or to retry after an error. */
	onRetry?(): void;
	/** Called when "Another" moves to a candidate (to record the previous one as passed over). */
	onAnother?(from: RewriteCandidate, to: RewriteCandidate): void;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const mb = (bytes: number) => `${bytes < 10e6 ? (bytes / 1e6).toFixed(1) : Math.round(bytes / 1e6)} MB`;

/** The first-time download of the on-device model, which can take minutes: say so, and how far it is. */
function DownloadNote({ loaded, total }: { loaded: number; total: number }) {
	const share = total > 0 ? Math.min(1, loaded / total) : 0;
	return (
		<p class="tactful-rw-loading" aria-live="polite" data-testid="rewrite-download">
			Downloading the on-device rewrite model (first time only):{' '}
			{total > 0 ? `${pct(share)} of ${mb(total)}` : mb(loaded)}
			<progress class="tactful-rw-progress" max={1} value={share} />
			<span class="tactful-rw-safe">Your draft stays on this device.</span>
		</p>
	);
}

/** How far a rewrite went, in words (the strategy id, e.g. `soften.civil.t3`, stays in the tooltip). */
const APPROACHES: Record<string, string> = APPROACH_LABELS;
const approachLabel = (strategy: string) => APPROACHES[strategy.split('.')[0] ?? ''] ?? 'Rewritten';

/**
 * "Kept N%" says how much of the wording Apply changes survives: of the whole draft when the rewrite is of the
 * whole (a short comment: the engine's own similarity, `whole`), else of the sentences it touches (kept.ts: a long
 * draft read "Kept 100%").
 */
function KeptLabel({ kept, whole }: { kept: KeptShare; whole: number }) {
	// Apply deletes the sentences it changes and writes nothing in their place (qa28: "Kept 0% of that sentence"
	// after one struck sentence read as if the whole draft were lost): say what goes, and that the rest stays.
	if (kept.scope !== 'draft' && kept.places.every((p) => p.after.trim() === '')) {
		// The sentences (or lines) removed, as kept.ts tells one from several.
		const n = kept.places.reduce(
			(sum, p) => sum + p.before.trim().split(/[.!?…]["'”’)\]]*\s+(?=\S)|\n\s*(?=\S)/u).length,
			0,
		);
		const what = n === 1 ? 'that sentence' : 'those sentences';
		return (
			<span
				title={`Apply deletes ${what}; the rest of the draft stays as it is`}
				data-testid="rewrite-kept"
				data-scope={kept.scope}
			>
				{n === 1 ? 'Removes 1 sentence' : `Removes ${n} sentences`}
			</span>
		);
	}
	const of =
		kept.scope === 'sentence' ? ' of that sentence' : kept.scope === 'sentences' ? ' of those sentences' : '';
	const title =
		kept.scope === 'draft'
			? 'How much of your wording is kept'
			: `How much of your wording is kept in the ${kept.scope === 'sentence' ? 'sentence' : 'sentences'} Apply changes (the rest of the draft stays as it is)`;
	return (
		<span title={title} data-testid="rewrite-kept" data-scope={kept.scope}>
			Kept {pct(kept.scope === 'draft' ? whole : kept.similarity)}
			{of}
		</span>
	);
}

/** What the offline fixer's candidates are rejected for when it had nothing civil to offer. */
const OFFLINE_NO_FIX = new Set([
	'still flagged',
	SNEERS_AT_READER,
	TALKS_DOWN,
	'empty',
	'unchanged',
	'unrelated to the draft',
]);

/** Why no candidate is left, in words: an empty model answer is not "not appropriate enough". */
/** The protected kinds in words, in the order the card names them. */
const KIND_WORDS: [ProtectedKind[], string][] = [
	[['code-block', 'inline-code'], 'code'],
	[['link'], 'links'],
	[['mention'], 'mentions'],
	[['reference'], 'issue references'],
	[['quote'], 'quotes'],
	[['number'], 'numbers'],
];
/** "code, links and mentions": only the kinds of protected token `source` holds (qa20 #7 named all of them). */
function keptKinds(source: string): string {
	const kinds = new Set(protectedRanges(source).map((r) => r.kind));
	const named = KIND_WORDS.filter(([of]) => of.some((k) => kinds.has(k))).map(([, word]) => word);
	return named.length < 2 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

function noCandidateReason(reasons: string[], backend?: string, source = ''): string {
	const all = (test: (r: string) => boolean) => reasons.length > 0 && reasons.every(test);
	// The offline fixer changes words, not meaning: say so rather than blame "the model" or the user's links.
	if (backend === 'offline' && all((r) => OFFLINE_NO_FIX.has(r)))
		return 'The offline fixer has no civil wording for this draft: it can drop or soften rude words, but here the point itself reads as inappropriate.';
	if (all((r) => r === CUT_OFF))
		return 'The model reached its length limit before finishing, so nothing it wrote is offered as a rewrite.';
	if (all((r) => r === CUT_OFF || r === FILTERED))
		return 'The answers were cut off before their end (the length limit or the server’s content filter), so none is offered as a rewrite.';
	if (all((r) => r === 'empty' || r === 'unchanged'))
		return 'The rewrite came back empty or the same as your draft.';
	// qa30: a model that answered an English draft in French; the classifier cannot judge another language either.
	if (all((r) => r === OTHER_LANGUAGE))
		return 'The model answered in another language than your draft, so its answer is not offered.';
	if (all((r) => r === 'still flagged' || r === SNEERS_AT_READER || r === TALKS_DOWN))
		return 'Every suggestion would still read as inappropriate.';
	// Cut off and garbled together (a small local model) is still "not a rewrite", not a matter of links or code.
	if (
		all((r) =>
			[
				CUT_OFF,
				FILTERED,
				'empty',
				'garbled output',
				ENDS_MID_SENTENCE,
				'too long',
				'unrelated to the draft',
				'unchanged',
				OTHER_LANGUAGE,
			].includes(r),
		)
	)
		return 'The model’s answer did not read as a rewrite of your draft.';
	const kinds = keptKinds(source);
	return kinds
		? `No suggestion both read as appropriate and kept your ${kinds}.`
		: 'No suggestion read as appropriate.';
}

/**
 * After this long with no answer, "may still be loading" is no longer the likely story (qa28: it stayed for the whole
 * 280 s a candidate waits, openai-backend.ts FIRST_ANSWER_MS). Past a minute the note says the server may be stuck or
 * busy, and what the user can do; the wait itself is unchanged (a big model on a slow machine may still answer).
 */
export const STUCK_AFTER_S = 60;

/** The ticking "No answer yet" line: loading at first, then a server that may be stuck, and the ways out. */
export function waitingNote(waiting: { seconds: number; server?: string }, offline?: boolean): string {
	const count = `No answer yet (${waiting.seconds} s).`;
	if (waiting.seconds < STUCK_AFTER_S)
		return `${count} The rewrite model may still be loading${waiting.server ? ` on ${waiting.server}` : ''}…`;
	const who = waiting.server ? `The server at ${waiting.server}` : 'The rewrite server';
	return `${count} ${who} may be stuck or busy. You can stop${offline ? ', or use the offline fixer' : ' and try again later'}.`;
}

/**
 * The candidate being written. Screen readers hear only the polite status line, once per candidate (and when
 * stopped or cut off), never each chunk: the streaming text itself is outside the live region.
 */
function Streaming({
	stream,
	stopped,
	offline,
}: {
	stream?: StreamView;
	stopped?: boolean;
	/** The card offers "Use the offline fixer" beside Stop while the model says nothing. */
	offline?: boolean;
}) {
	// "(1 of 6)" alone did not say of what (QA session 19): the engine writes several suggestions in turn, ranks them
	// and shows the best first ("Another" walks the rest). The live region says only which one is being written, once
	// per suggestion; the line saying why there are several is outside it, read when the card is read.
	const several = !stopped && stream !== undefined && stream.total > 1;
	// While the server has sent nothing yet, the live region says so once (the ticking count below stays outside it).
	const waiting = !stopped && stream?.waiting !== undefined && !withoutThinking(stream.text).trim();
	const status = stopped
		? 'Stopped. Your draft was not changed.'
		: several
			? `Writing suggestion ${stream.index} of ${stream.total}…${waiting ? ' Waiting for the model to answer.' : ''}`
			: `Writing a suggestion…${waiting ? ' Waiting for the model to answer.' : ''}`;
	// A reasoning model's <think> block is not the rewrite (the engine strips it before ranking), so it is not
	// shown as one while it streams or after Stop.
	const shown = stream ? withoutThinking(stream.text).trimStart() : '';
	return (
		<div class="tactful-rw-stream" aria-busy={stopped ? 'false' : 'true'}>
			<p class="tactful-rw-loading" role="status" aria-live="polite" aria-atomic="true">
				{status}
				{stream?.cutOff ? ' This one was cut off before its end and will not be offered.' : ''}
			</p>
			{several ? (
				<p class="tactful-rw-note" data-testid="rewrite-several">
					Tactful writes {stream.total} and shows you the best one first.
				</p>
			) : null}
			{stream?.waiting && !stopped && !shown ? (
				// Outside the live region: a count read out every second would drown the rest of the page.
				<p class="tactful-rw-note" data-testid="rewrite-waiting">
					{waitingNote(stream.waiting, offline)}
				</p>
			) : null}
			{stream && shown ? (
				<p
					class={`tactful-rw-streamed${stream.cutOff ? ' tactful-rw-cut' : ''}${stopped ? ' tactful-rw-stopped' : ''}`}
					data-testid="rewrite-stream"
				>
					{shown}
					{stream.cutOff ? <span class="tactful-rw-cut-mark"> [cut off]</span> : null}
				</p>
			) : null}
		</div>
	);
}

/** The card. */
export function RewriteCard(props: RewriteCardProps) {
	// "Another" walks one suggestion's list; a new suggestion (draft edited, "Try again") starts at its best.
	const [position, setPosition] = useState({ of: props.suggestion, index: 0 });
	const index = position.of === props.suggestion ? position.index : 0;
	const setIndex = (i: number) => setPosition({ of: props.suggestion, index: i });
	const candidates = props.suggestion?.candidates ?? [];
	const candidate = candidates[Math.min(index, Math.max(0, candidates.length - 1))];
	const next = candidates[index + 1];
	// The offline fixer is deterministic: asking it again gives the same list, so at its last wording "Another"
	// has nothing to show. With one wording the button goes and the card says so; past several it is disabled.
	const deterministic = props.suggestion?.backend === 'offline';
	const onlyOne = deterministic && candidates.length === 1;
	const canRetry = Boolean(props.onRetry) && !deterministic;
	const cutOff = props.suggestion?.rejected.filter((c) => c.rejected === CUT_OFF).length ?? 0;

	let body: preact.ComponentChildren;
	if (props.error) {
		body = (
			<p class="tactful-rw-error" role="alert">
				{props.error}
				{props.draftChanged ? null : <span class="tactful-rw-safe"> Your draft was not changed.</span>}
			</p>
		);
	} else if (props.loading) {
		body = props.download ? (
			<DownloadNote {...props.download} />
		) : (
			<Streaming stream={props.stream} offline={Boolean(props.onUseOffline && props.onStop)} />
		);
	} else if (props.stopped) {
		body = <Streaming stream={props.stream} stopped />;
	} else if (props.suggestion && !candidate) {
		body = (
			<p class="tactful-rw-empty">
				{noCandidateReason(
					props.suggestion.rejected.map((c) => c.rejected ?? ''),
					props.suggestion.backend,
					props.suggestion.source,
				)}{' '}
				You can edit the draft by hand or try another backend.
			</p>
		);
	} else if (props.suggestion && candidate) {
		const parts = wordDiff(props.suggestion.source, candidate.rewrite);
		const kept = keptShare(props.suggestion.source, candidate.rewrite, parts);
		body = (
			<>
				{/* Screen readers do not announce <del>/<ins>, so the diff reads as a jumble of both texts: they get
				    the rewrite itself instead, or for a long draft the sentences it changes with their lines
				    (spoken-rewrite.ts). */}
				{candidate.replacement ? (
					<p class="tactful-rw-note" data-testid="rewrite-replacement">
						Your draft is only an attack, so there is nothing in it to keep. You could say this instead (Apply
						replaces the draft; Ctrl+Z brings it back):
					</p>
				) : null}
				<p class="tf-sr" data-testid="rewrite-spoken">
					{spokenRewrite(props.suggestion.source, candidate.rewrite, {
						replacement: candidate.replacement === true,
						kept,
					})}
				</p>
				<p class="tactful-rw-diff" data-testid="rewrite-diff" aria-hidden="true">
					{elideUnchanged(parts).map((part, i) => {
						// Diff parts have no identity of their own: the position is the key, rebuilt per candidate.
						const key = `${i}:${part.kind}`;
						return part.kind === 'same' ? (
							<span key={key}>{part.text}</span>
						) : part.kind === 'gap' ? (
							// data-lead: unchanged lines before the first change, which a tight card hides (WarningCard).
							<span key={key} class="tactful-rw-gap" title="Unchanged" data-lead={i === 0 ? '' : undefined}>
								{part.text}
							</span>
						) : part.kind === 'added' ? (
							<ins key={key}>{part.text}</ins>
						) : (
							<del key={key}>{part.text}</del>
						);
					})}
				</p>
				<p class="tactful-rw-scores" data-testid="rewrite-scores">
					<span title="Chance our classifier judges the rewrite appropriate">
						Civility {pct(candidate.appropriate)}
					</span>
					<KeptLabel kept={kept} whole={candidate.similarity} />
					<span title={`Strategy: ${candidate.strategy}`}>
						{candidate.replacement ? 'Instead of the attack' : approachLabel(candidate.strategy)}
					</span>
				</p>
				{onlyOne ? (
					<p class="tactful-rw-note" data-testid="rewrite-only-one">
						This is the offline fixer's only wording for this draft.
					</p>
				) : null}
				{cutOff > 0 ? (
					<p class="tactful-rw-note">
						{cutOff === 1 ? 'One more suggestion was' : `${cutOff} more suggestions were`} cut off at the
						model’s length limit, so {cutOff === 1 ? 'it is' : 'they are'} not offered.
					</p>
				) : null}
			</>
		);
	}

	return (
		<section class="tactful-rw-card" aria-label="Suggested rewrite">
			{body}
			<div class="tactful-rw-actions">
				{props.applied ? (
					<button type="button" onClick={() => props.onUndo()}>
						Undo rewrite
					</button>
				) : candidate && !props.error && !props.loading ? (
					<>
						<button
							type="button"
							class="tactful-rw-primary"
							onClick={(e) => props.onApply(candidate, { keyboard: e.detail === 0 })}
						>
							Apply
						</button>
						{onlyOne ? null : (
							<button
								type="button"
								disabled={!next && !canRetry}
								title={
									!next && deterministic
										? 'The offline fixer has no other wording for this draft.'
										: undefined
								}
								onClick={() => {
									if (next) {
										props.onAnother?.(candidate, next);
										setIndex(index + 1);
									} else if (canRetry) props.onRetry?.();
								}}
							>
								Another
							</button>
						)}
					</>
				) : props.loading && props.onStop && !props.error ? (
					<>
						<button type="button" class="tactful-rw-stop" onClick={() => props.onStop?.()}>
							Stop
						</button>
						{/* A model that has said nothing for a while ("No answer yet"): the fixer answers at once (qa28). */}
						{props.onUseOffline && props.stream?.waiting ? (
							<button type="button" data-testid="rewrite-use-offline" onClick={() => props.onUseOffline?.()}>
								Use the offline fixer
							</button>
						) : null}
					</>
				) : props.error ? (
					<>
						{props.onOpenSettings ? (
							<button
								type="button"
								class="tactful-rw-primary"
								data-testid="rewrite-open-settings"
								onClick={() => props.onOpenSettings?.()}
							>
								{props.settingsLabel ?? 'Fix in settings'}
							</button>
						) : null}
						{props.onUseOffline ? (
							<button type="button" data-testid="rewrite-use-offline" onClick={() => props.onUseOffline?.()}>
								Use the offline fixer
							</button>
						) : null}
						{props.onRetry && remediesFor(props.errorCode).retry ? (
							<button type="button" onClick={() => props.onRetry?.()}>
								Try again
							</button>
						) : null}
					</>
				) : props.stopped && (props.onRetry || props.onUseOffline) ? (
					// Stopped while a model said nothing (a server that never answers) or wrote slowly: besides asking it
					// again, the offline fixer is the way out that answers at once (qa28).
					<>
						{props.onRetry ? (
							<button type="button" onClick={() => props.onRetry?.()}>
								Try again
							</button>
						) : null}
						{props.onUseOffline ? (
							<button type="button" data-testid="rewrite-use-offline" onClick={() => props.onUseOffline?.()}>
								Use the offline fixer
							</button>
						) : null}
					</>
				) : props.suggestion && !candidate && props.onUseOffline ? (
					// Every answer of a model was rejected: "try another backend" gets its button.
					<button type="button" data-testid="rewrite-use-offline" onClick={() => props.onUseOffline?.()}>
						Use the offline fixer
					</button>
				) : null}
				<button type="button" class="tactful-rw-dismiss" onClick={() => props.onDismiss(candidate)}>
					Dismiss
				</button>
			</div>
		</section>
	);
}
