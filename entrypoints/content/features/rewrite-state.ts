/**
 * The rewrite flow for one field, without UI: ask for a suggestion (its candidates stream in as they are
 * written) and stop it; rewrite-apply.ts applies, undoes or dismisses a candidate. Kept per editor element so
 * the card can re-render (or close and reopen) without losing an applied rewrite's Undo. Streamed text is only
 * ever shown: what Apply writes is a ranked candidate of a finished suggestion, through applyPlan's stale checks.
 */
import type { DownloadSnapshot } from '../../../models/rewrite/download-progress.ts';
import { errorFromChannel, type RewriteErrorCode } from '../../../models/rewrite/errors.ts';
import {
	foldProgress,
	type RewriteProgress,
	type StreamView,
	throttle,
} from '../../../models/rewrite/stream.ts';
import type {
	BackendId,
	RewriteCandidate,
	RewriteSuggestion,
	ThreadTension,
} from '../../../models/rewrite/types.ts';
import { MAX_DRAFT_CHARS } from '../../../utils/limits.ts';
import type { Editor } from '../editors/types.ts';

/** What the flow needs from the extension (injected so tests can run it without one). */
export interface RewriteDeps {
	/**
	 * `field` names the text box, so the host can cancel this box's older request still being generated;
	 * `onProgress` receives the candidates as they are written; `signal` cancels the request end to end;
	 * `thread` is the thread's tension from its derailment assessment, when there is one; `backend` overrides the
	 * settings' backend for this request.
	 */
	rewrite(
		text: string,
		context: string[],
		field: string,
		onProgress?: (event: RewriteProgress) => void,
		signal?: AbortSignal,
		thread?: ThreadTension,
		backend?: BackendId,
	): Promise<RewriteSuggestion>;
	recordOutcome(
		suggestion: RewriteSuggestion,
		candidate: RewriteCandidate,
		outcome: 'accept' | 'reject' | 'redo',
	): void;
	/** How far a first-time model download is (the on-device backend); polled while a request waits. */
	download?(): Promise<DownloadSnapshot | null>;
	/**
	 * Whether a request may start with a model download (the on-device backend is chosen); `download` is polled
	 * only then. Absent → always polled.
	 */
	mayDownload?(): Promise<boolean>;
	/** Keeps the draft a rewrite is about to replace (draft keeping is opt-in; best-effort). */
	keepOriginal?(editor: Editor, text: string): void;
}

/** The state the card shows. `source` is the draft the suggestion (or request in flight) is for. */
export interface RewriteState {
	source?: string;
	loading: boolean;
	suggestion?: RewriteSuggestion;
	error?: string;
	/** The coded failure behind `error`, which decides the card's ways out (errors.ts `remediesFor`). */
	errorCode?: RewriteErrorCode;
	/** The user chose the offline fixer for this field after another backend failed ("Use the offline fixer"). */
	backend?: BackendId;
	/** Set while the on-device model downloads before the first suggestion. */
	download?: DownloadSnapshot;
	/** The candidate being written, while loading (and what was written when the user stopped). */
	stream?: StreamView;
	/** The user pressed Stop: nothing more is asked for this draft until they try again. */
	stopped?: boolean;
	/**
	 * Set after Apply: what to restore on Undo, and what was written. `undoOff`: Undo rewrite would take away a later
	 * change to the rewritten words (rewrite-apply.ts `carriedOver`).
	 */
	applied?: { original: string; rewrite: string; undoOff?: true };
}

const states = new WeakMap<HTMLElement, RewriteState>();
/** The request in flight per field, to cancel when a newer one starts, on Stop, or when the card or field goes. */
const inFlight = new WeakMap<HTMLElement, AbortController>();
const fieldKeys = new WeakMap<HTMLElement, string>();
// Not crypto.randomUUID: it exists only in secure contexts, and forums still serve plain http pages.
const pageKey = Math.random().toString(36).slice(2);
let fieldCount = 0;

/** A key for the field, unique across tabs and frames (the host sees every tab's requests). */
function fieldKeyOf(editor: Editor): string {
	let key = fieldKeys.get(editor.el);
	if (!key) {
		key = `${pageKey}:${++fieldCount}`;
		fieldKeys.set(editor.el, key);
	}
	return key;
}

/** The state for a field (created empty on first use). */
export function rewriteStateFor(editor: Editor): RewriteState {
	let state = states.get(editor.el);
	if (!state) {
		state = { loading: false };
		states.set(editor.el, state);
	}
	return state;
}

/** How often a waiting card asks how far a model download is. */
export const DOWNLOAD_POLL_MS = 700;

async function checkDownload(
	state: RewriteState,
	text: string,
	download: () => Promise<DownloadSnapshot | null>,
	changed: () => void,
) {
	const snapshot = await download().catch(() => null);
	if (state.source !== text || !state.loading) return;
	state.download = snapshot ?? undefined;
	changed();
}

/** How often the card repaints while text streams in: a few times a second reads as live without churning. */
export const STREAM_REPAINT_MS = 120;

/** Requests a suggestion for `text` unless one is already there or on its way. Calls `changed` on updates. */
export async function requestRewrite(
	editor: Editor,
	text: string,
	context: string[],
	deps: RewriteDeps,
	changed: () => void,
	thread?: ThreadTension,
): Promise<void> {
	const state = rewriteStateFor(editor);
	if (state.source === text && (state.loading || state.suggestion || state.error || state.stopped)) return;
	// A request for older text of this field is dropped end to end: its result would be stale anyway.
	inFlight.get(editor.el)?.abort();
	if (text.length > MAX_DRAFT_CHARS) {
		// The host refuses it anyway, and the card would only say "failed unexpectedly".
		const n = (x: number) => x.toLocaleString('en-US');
		const error = `This draft is too long to rewrite (${n(text.length)} characters; rewrites take up to ${n(MAX_DRAFT_CHARS)}).`;
		Object.assign(state, {
			source: text,
			loading: false,
			suggestion: undefined,
			error,
			errorCode: undefined,
			stream: undefined,
			stopped: false,
		});
		changed();
		return;
	}
	const controller = new AbortController();
	inFlight.set(editor.el, controller);
	Object.assign(state, {
		source: text,
		loading: true,
		suggestion: undefined,
		error: undefined,
		errorCode: undefined,
		stream: undefined,
		stopped: false,
	});
	changed();
	const current = () => !controller.signal.aborted && state.source === text;
	const repaint = throttle(changed, STREAM_REPAINT_MS);
	const onProgress = (event: RewriteProgress) => {
		if (!current()) return; // a late chunk of a cancelled or superseded request
		state.stream = foldProgress(state.stream, event);
		repaint();
	};
	// Only a first-time model download takes long enough to be worth showing; ask how far it is meanwhile, and
	// only where one can happen: other backends' polls would be traffic for nothing (and, on Firefox, would hide
	// whether the stream's heartbeat answers alone keep the background up).
	let poll: ReturnType<typeof setInterval> | undefined;
	const { download } = deps;
	if (download)
		void (deps.mayDownload?.() ?? Promise.resolve(true))
			.catch(() => true)
			.then((may) => {
				if (may && current() && state.loading)
					poll = setInterval(() => void checkDownload(state, text, download, changed), DOWNLOAD_POLL_MS);
			});
	try {
		const suggestion = await deps.rewrite(
			text,
			context,
			fieldKeyOf(editor),
			onProgress,
			controller.signal,
			thread,
			state.backend,
		);
		if (!current()) return; // the user typed on, stopped, or closed the card; whoever did owns the state
		Object.assign(state, { loading: false, suggestion, download: undefined, stream: undefined });
	} catch (error) {
		if (!current()) return;
		const failure = errorFromChannel(error);
		Object.assign(state, {
			loading: false,
			error: failure.message,
			errorCode: failure.code,
			download: undefined,
		});
		state.stream = undefined;
	} finally {
		clearInterval(poll);
		repaint.cancel();
		if (inFlight.get(editor.el) === controller) inFlight.delete(editor.el);
	}
	changed();
}

/** The user's Stop: cancels generation end to end and keeps what was written on screen, marked as stopped. */
export function stopRewrite(editor: Editor): void {
	const state = rewriteStateFor(editor);
	inFlight.get(editor.el)?.abort();
	inFlight.delete(editor.el);
	if (!state.loading) return;
	Object.assign(state, { loading: false, stopped: true, download: undefined });
}

/**
 * The user stopped a model (not the offline fixer) before it finished: it had not answered yet (the card's "No answer
 * yet" note) or had written part of a suggestion. The offline fixer never streams text nor waits on a server, so a
 * stopped request of its own is neither. The card then offers the fixer beside "Try again" (qa28: a server that never
 * answers left only "Try again", the same wait again).
 */
export function stoppedModel(state: RewriteState): boolean {
	const stream = state.stopped && state.backend !== 'offline' ? state.stream : undefined;
	return stream !== undefined && (stream.waiting !== undefined || stream.text !== '');
}

/**
 * A model is being waited for and has said nothing yet (the card's "No answer yet (N s)"): the card offers the
 * offline fixer beside Stop, so the user need not stop first. Choosing it asks the fixer, which drops the model's
 * request end to end (`requestRewrite` aborts the older one).
 */
export function waitingOnModel(state: RewriteState): boolean {
	return state.loading && state.backend !== 'offline' && state.stream?.waiting !== undefined;
}

/** "Use the offline fixer" after another backend failed: this field's requests go to it from now on. */
export function switchToOfflineFixer(editor: Editor): void {
	const state = rewriteStateFor(editor);
	state.backend = 'offline';
	state.source = undefined; // so the next requestRewrite asks again for the same text
}

/**
 * The rewrite setup changed (another backend, server, model or key): an error it caused may be gone. The error
 * stays on screen until something asks again, but no longer pins the draft, so the card asks anew when it next
 * opens (or on the next ask while open) instead of showing a failure from the old setup.
 */
export function forgetSetupError(editor: Editor): void {
	const state = states.get(editor.el);
	if (state?.error && !state.loading) state.source = undefined;
}

/** The card closed or the field went away: cancels a request in flight and forgets it, so reopening asks anew. */
export function cancelRewrite(editor: Editor): void {
	const controller = inFlight.get(editor.el);
	if (!controller) return;
	controller.abort();
	inFlight.delete(editor.el);
	const state = rewriteStateFor(editor);
	Object.assign(state, { source: undefined, loading: false, stream: undefined, download: undefined });
}
