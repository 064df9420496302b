/**
 * Thread-risk watching for one field: reads the thread the reply belongs to (what is on the page; nothing is
 * fetched), asks the derailment predictor about it once, and again with the draft after typing pauses. Results
 * carry the draft they were computed on; a result for an older draft is dropped. Everything stops with `signal`.
 */

import { type DerailResult, derailThreshold, type Thread } from '../../../models/derail/types.ts';
import { readsAsEnglish } from '../../../models/text/language.ts';
import { MAX_DRAFT_CHARS } from '../../../utils/limits.ts';
import type { Editor } from '../editors/types.ts';
import { onSilentTextChange } from '../text-watch.ts';

/** Typing pause before the draft is re-assessed against the thread: slower than the draft's own score. */
export const THREAD_DEBOUNCE_MS = 900;
/** A single comment is not a conversation yet. */
const MIN_COMMENTS = 2;

export interface ThreadRiskDeps {
	readThread(field: HTMLElement): Thread;
	predict(thread: Thread, draft: string | undefined, sensitivity: number): Promise<DerailResult>;
	sensitivity(): Promise<number>;
	/**
	 * Whether heated-thread alerts are on for this page (the user's switch, global or the site's own); absent = on.
	 * While off nothing is read, asked or scheduled, and the field carries no thread risk.
	 */
	enabled?(): Promise<boolean>;
	/**
	 * Subscribes to settings changes (returns the unsubscribe); the thread is re-assessed when the sensitivity moved
	 * or the alerts were switched back on, and its risk dropped at once when they were switched off.
	 */
	onSettingsChange?(listener: () => void): () => void;
	/**
	 * Subscribes to changes of the page outside the field (returns the unsubscribe): a comment that arrives while
	 * the user is not typing is read after a pause, and re-assessed only when the thread read differs.
	 */
	onPageChange?(listener: () => void): () => void;
}

/** The latest assessment for a field, if any. */
export interface ThreadRisk {
	result: DerailResult;
	/**
	 * The thread is at risk without the draft. False when only the draft tips it over: then the card must not
	 * call a calm conversation tense, it names the reply.
	 */
	threadTense: boolean;
	/** The thread as read from the page (its comments map back to page elements: threads/common.ts). */
	read?: Thread;
}

const risks = new WeakMap<HTMLElement, ThreadRisk>();
/**
 * The thread last read for each field, assessed or not (a thread too short to assess still has comments on screen:
 * the card keeps no more of their lines hidden when it moves aside of its badge, card-view.ts; qa30).
 */
const reads = new WeakMap<HTMLElement, Thread>();
/** Per watched field: whether an assessment is scheduled (typing pause) or in flight. */
const busy = new WeakMap<HTMLElement, () => boolean>();
const listeners = new Set<() => void>();
/** The watched field the user focused last: the one being written in, even while focus is in the card. */
let writingIn: HTMLElement | undefined;

const notify = () => {
	for (const listener of listeners) listener();
};

/**
 * Whether the field's badge carries the thread signal: it is the field being written in (the one last focused)
 * or it holds a draft. Every empty box of a page reads the same thread (a Stack Exchange answer box and each
 * comment box), and a ring on each of them says nothing about the reply the user is writing.
 */
export function threadShowsOn(editor: Editor): boolean {
	return editor.el === writingIn || editor.read().trim() !== '';
}

/**
 * Whether the badge and card warn about the thread: the conversation with the reply appended is at risk, or the
 * conversation is tense on its own even though the reply being written is calm (the card then says it helps).
 */
export function threadWarns(risk: ThreadRisk | undefined): risk is ThreadRisk {
	return risk !== undefined && (risk.result.flag || risk.threadTense);
}

/** The thread last read for the field, whether or not it could be assessed; undefined while alerts are off. */
export function threadReadFor(editor: Editor): Thread | undefined {
	return reads.get(editor.el);
}

/** The latest thread assessment for the field, or undefined when there is no thread or it is not ready. */
export function threadRiskFor(editor: Editor): ThreadRisk | undefined {
	return risks.get(editor.el);
}

/**
 * Whether the field's thread assessment is still to come: the typing pause before it is running, or the host has
 * not answered yet. False for a field that is not watched. Listeners hear when it turns false.
 */
export function threadPending(editor: Editor): boolean {
	return busy.get(editor.el)?.() ?? false;
}

/** Subscribes to any field's assessment changing (the card re-renders). */
export function onThreadRiskChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** What identifies a thread's content (times left out: a "2 minutes ago" ticking over is not a new comment). */
const contentOf = (thread: Thread | undefined): string =>
	JSON.stringify(thread?.comments.map((c) => [c.author, c.role ?? '', c.text]) ?? null);

/** The thread as the page shows it now; empty when the reader fails (it never costs the draft's own warning). */
function readNow(deps: ThreadRiskDeps, field: HTMLElement): Thread | undefined {
	try {
		return deps.readThread(field);
	} catch {
		return undefined;
	}
}

/**
 * Starts watching a field; returns nothing, stops when `signal` aborts. The thread is read again at each
 * assessment: fields are met when the page loads, before a timeline rendered by script has its comments, and
 * "Load more", a live update or the user's own posted reply add comments while the tab stays open.
 */
export function watchThreadRisk(editor: Editor, signal: AbortSignal, deps: ThreadRiskDeps): void {
	let latest = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** The sensitivity the latest assessment was asked with. */
	let used: number | undefined;
	let warned = false;
	/** The thread's content as the latest assessment read it. */
	let lastRead: string | undefined;
	let pageTimer: ReturnType<typeof setTimeout> | undefined;
	/** Assessments started and not finished. */
	let running = 0;
	/** Whether heated-thread alerts were on at the latest look; undefined before the first. */
	let on: boolean | undefined;
	/** A settings read that fails counts as "on": the switch never costs a warning by accident. */
	const alertsOn = async () => {
		try {
			return (await deps.enabled?.()) ?? true;
		} catch {
			return true;
		}
	};
	busy.set(editor.el, () => timer !== undefined || running > 0);
	const assess = async () => {
		running++;
		try {
			await assessNow();
		} finally {
			running--;
			if (!signal.aborted) notify(); // also when nothing changed: the field is no longer pending
		}
	};
	const assessNow = async () => {
		// The host takes up to MAX_DRAFT_CHARS; past that, the end of the draft (where the reply is being written)
		// is what the thread is weighed against, rather than no assessment at all.
		const own = editor.read().trim().slice(-MAX_DRAFT_CHARS);
		// The models read English only: a reply in another language is weighed as no reply (a calm German reply
		// was "making this thread more likely to derail"), and a thread in another language is not assessed.
		const draft = own && readsAsEnglish(own) ? own : undefined;
		const ticket = ++latest;
		if (deps.enabled) {
			on = await alertsOn();
			if (signal.aborted || ticket !== latest) return;
			if (!on) {
				reads.delete(editor.el);
				risks.delete(editor.el); // assess() notifies: the ring and the card's thread part go
				return;
			}
		}
		const thread = readNow(deps, editor.el);
		lastRead = contentOf(thread);
		if (thread?.comments.length) reads.set(editor.el, thread);
		else reads.delete(editor.el);
		if (
			!thread ||
			thread.comments.length < MIN_COMMENTS ||
			!readsAsEnglish(thread.comments.map((c) => c.text).join('\n'))
		) {
			risks.delete(editor.el); // assess() notifies either way
			return;
		}
		try {
			used = await deps.sensitivity();
			const result = await deps.predict(thread, draft, used);
			// Stale: the draft moved on, or the alerts were switched off while the host was answering.
			if (signal.aborted || ticket !== latest || on === false) return;
			const without = result.markers?.thread ?? result.derail;
			risks.set(editor.el, { result, threadTense: without >= derailThreshold(used), read: thread });
		} catch (error) {
			if (!warned) console.warn('[tactful] thread assessment failed:', error);
			warned = true;
		}
	};
	void assess();
	const focused = () => {
		if (writingIn === editor.el) return;
		writingIn = editor.el;
		notify(); // the ring moves to this field
	};
	if (editor.el.contains(editor.el.ownerDocument.activeElement)) focused(); // autofocused before we started
	editor.el.addEventListener('focusin', focused, { signal });
	const reassess = () => {
		if (on === false) return; // alerts off: no thread work for this field until they are on again
		clearTimeout(timer);
		timer = setTimeout(() => {
			timer = undefined;
			void assess();
		}, THREAD_DEBOUNCE_MS);
	};
	editor.el.addEventListener('input', reassess, { signal });
	onSilentTextChange(editor, signal, reassess); // a paste or undo the editor handled itself
	// A new sensitivity (say, this site's own) shows on an open page without waiting for a keystroke.
	// Switching the alerts off or on shows the same way.
	const unwatch = deps.onSettingsChange?.(() => {
		void Promise.all([alertsOn(), deps.sensitivity()]).then(([nowOn, next]) => {
			if (signal.aborted) return;
			if (!nowOn) {
				if (on === false) return;
				on = false; // an answer still in flight is dropped
				clearTimeout(timer);
				timer = undefined;
				clearTimeout(pageTimer);
				risks.delete(editor.el);
				reads.delete(editor.el);
				notify();
			} else if (on === false || next !== used) void assess();
		});
	});
	const unobserve = deps.onPageChange?.(() => {
		clearTimeout(pageTimer);
		if (on === false) return;
		pageTimer = setTimeout(() => {
			if (!signal.aborted && on !== false && contentOf(readNow(deps, editor.el)) !== lastRead) void assess();
		}, THREAD_DEBOUNCE_MS);
	});
	signal.addEventListener('abort', () => {
		clearTimeout(timer);
		clearTimeout(pageTimer);
		unwatch?.();
		unobserve?.();
		risks.delete(editor.el);
		reads.delete(editor.el);
		busy.delete(editor.el);
		if (writingIn === editor.el) writingIn = undefined;
	});
}
