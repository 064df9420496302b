/**
 * One watched field: debounces typing (on pauses and word boundaries), asks for scores with one request in
 * flight at a time, drops or remaps stale results onto the current text, and turns the result into a view.
 * The keystroke path (`onInput`) only resets a timer, so it stays far below 1 ms.
 */
import type { ScoreOptions, ScoreResult, Span } from '../../models/scoring/types.ts';
import { readsAsEnglish } from '../../models/text/language.ts';
import { type Unavailable, unavailableFrom } from '../../utils/health.ts';
import { wholeCompounds } from './compound-spans.ts';
import type { Editor } from './editors/types.ts';
import { fragmentStart } from './half-word.ts';
import { type Level, levelOf, type Reason, reasonsFor, summaryOf } from './levels.ts';
import { remapSpans } from './remap.ts';

/** Debounce after a word boundary (space, punctuation, Enter, delete) vs. mid-word. */
export const BOUNDARY_MS = 150;
export const PAUSE_MS = 400;
/**
 * A paste is scored on the next task: it is a whole piece of text, not typing that may go on (session 23: the
 * boundary debounce was ~150 of the ~180-250 ms from the last input to the underline, scripts/bench/
 * keystroke-to-underline.mjs). Typing right after it re-arms the timer as any keystroke does.
 */
export const PASTE_MS = 0;
/**
 * A pause inside a half-typed word ("You are a com") whose fragment alone would change the verdict is held: the
 * badge keeps the verdict of the text without the fragment until the word ends (a boundary keystroke) or the
 * typist has paused this long since the last keystroke (they may have stopped on a whole word: "You are an idiot").
 * Issue 2, session 17: half-typed benign words warned (0.65 on "You are a com") and were counted in the history.
 */
export const LONG_PAUSE_MS = 1500;
const BOUNDARY = /[\s.,!?;:)"'\]]/;
/**
 * A field's first score pending longer than this shows "checking…" on the badge (the models are still loading
 * after an install, update or a browser that unloaded them). Below it nothing changes, so a warm engine (a score
 * in a few ms) never flickers a loading state.
 */
export const SLOW_MS = 300;

const SEVERITY: Record<Level, number> = { ok: 0, caution: 1, warn: 2 };
/**
 * How many of its latest scored texts a field remembers (text, settings, result): an undo or redo that brings one
 * back shows its verdict at once, and a late answer about another text is never drawn over it (races6, session 19).
 */
const RECENT_TEXTS = 8;

/** What the controller needs from its session. */
export interface ControllerDeps {
	score(text: string, options: ScoreOptions): Promise<ScoreResult>;
	options(): ScoreOptions & { sensitivity: number };
	/** Called whenever what the field shows changed and the overlay should redraw. */
	changed(): void;
	/** Called when a pause found nothing new to score: only `settled` changed, the overlay should redraw. */
	idle?(): void;
	signal: AbortSignal;
}

/** The current verdict for a field, always about `text` (the field's text when it was last mapped). */
export interface Verdict {
	text: string;
	level: Level;
	spans: Span[];
	reasons: Reason[];
	summary: string;
	result: ScoreResult;
	/** The settings the result was scored with (JSON), so a settings change mid-request is never lost. */
	options?: string;
	/** The draft reads as another language: not checked, and the card says Tactful reads English (language.ts). */
	otherLanguage?: boolean;
}

/** One span per range (both heads may point at the same word), strongest weight kept, in text order. */
export function uniqueSpans(spans: readonly Span[]): Span[] {
	const byRange = new Map<string, Span>();
	for (const s of spans) {
		const key = `${s.start}:${s.end}`;
		const had = byRange.get(key);
		if (!had || had.weight < s.weight) byRange.set(key, s);
	}
	return [...byRange.values()].sort((a, b) => a.start - b.start);
}

/** The badge's words for a calm verdict on only the rendered part of a long draft. */
export const PARTIAL_DRAFT_SUMMARY =
	'Tactful: no concerns in the visible part; the rest of this long draft was not checked';

/** Whether this page already logged that checking is unavailable (once per page, not per field or pause). */
let toldUnavailable = false;

export class FieldController {
	verdict: Verdict | null = null;
	/**
	 * Why this field's text cannot be checked at all (the scoring model failed to load: a broken install), for the
	 * text it was asked about; shown on the badge instead of a verdict. Cleared by the next score that works.
	 */
	unavailable: ({ text: string } & Unavailable) | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Fires SLOW_MS after a first score was asked for (no verdict yet): from then on `loading` is true. */
	private slowTimer: ReturnType<typeof setTimeout> | undefined;
	private slow = false;
	/**
	 * The settings changed (`recheck`) and the verdict shown was scored under the old ones: it stays up until the
	 * answer under the new settings arrives (dropping it made the badge go and come back: ui7, session 16).
	 */
	private recheckPending = false;
	private inflight = false;
	private dirty = false;
	/**
	 * Try again asked for a score (`retry`): the next run scores even when the verdict is already about this text and
	 * these settings. An earlier request that answered first (the rescore on focus, or its retry) left nothing "new",
	 * the skipped run told nobody, and the card said "Trying…" for ever over a checked draft (flake4, session 17).
	 */
	private forced = false;
	/** An IME composition is in progress. */
	private composing = false;
	/** Time the pause was detected (timer fired), for latency measurements. */
	lastPauseAt = 0;
	/** The last keystroke typed a letter inside a word (no boundary after it): a pause may be mid-word. */
	private midWord = false;
	/** `Date.now()` of the last keystroke, so a held fragment is released LONG_PAUSE_MS after it. */
	private typedAt = 0;
	/**
	 * Undo/redo steps, pastes and drops seen: edits the user makes that need no key in the field (the Edit menu, a
	 * context-menu paste). The card tells them from an editor's own tidying after a write (card.ts waitsOnWrite).
	 */
	userEdits = 0;
	/** A held verdict (a half-typed word's): shown when `holdTimer` fires, dropped by the next keystroke. */
	private held: { text: string; result: ScoreResult; options: string } | null = null;
	private holdTimer: ReturnType<typeof setTimeout> | undefined;
	/** The latest results scored for this field, by text, oldest first (`RECENT_TEXTS`). */
	private readonly recent = new Map<string, { result: ScoreResult; options: string }>();

	/**
	 * Nothing is pending: no pause timer, no request in flight or queued, no composition, and the verdict is about
	 * the text the field holds now (or the field is blank and has none). Shown on the badge (`data-settled`), so a
	 * test can tell "scored and calm" from "not scored yet" without sleeping. A failed score stays unsettled.
	 */
	get settled(): boolean {
		if (
			this.timer !== undefined ||
			this.holdTimer !== undefined ||
			this.inflight ||
			this.dirty ||
			this.composing
		)
			return false;
		const text = this.editor.read();
		// Nothing will come for this text: "cannot check" is the answer, not a pending one.
		if (this.unavailable?.text === text) return true;
		return this.verdict ? this.verdict.result.text === text : !text.trim();
	}

	constructor(
		readonly id: number,
		readonly editor: Editor,
		private readonly deps: ControllerDeps,
	) {
		deps.signal.addEventListener(
			'abort',
			() => {
				clearTimeout(this.timer);
				clearTimeout(this.slowTimer);
				this.dropHold();
			},
			{ once: true },
		);
	}

	/**
	 * The field has no verdict yet and its first score has been pending for more than SLOW_MS: the badge says
	 * "checking…" rather than nothing (or a calm dot that reads as "all clear").
	 */
	get loading(): boolean {
		return this.slow && this.verdict === null;
	}

	/**
	 * The verdict shown is from before a settings change and its rescore has been pending for more than SLOW_MS:
	 * the badge keeps the old level, marked as being checked again (a warm engine answers first: no mark at all).
	 */
	get rechecking(): boolean {
		return this.slow && this.recheckPending && this.verdict !== null;
	}

	/**
	 * "Try again" after checking was unavailable: forgets why and scores the field's text now. (The session asks
	 * the host to forget a remembered failed load first: entrypoints/content/session.ts.)
	 */
	retry(): void {
		this.unavailable = null;
		this.forced = true;
		this.deps.changed();
		this.schedule(0);
	}

	/**
	 * The keystroke path: pick a delay and (re)arm the timer. Nothing else. Input while an IME composes (`isComposing`)
	 * waits for the composition to end: half-composed text is not what the user means to write.
	 */
	onInput(data: string | null, inputType: string, isComposing = false): void {
		if (isComposing) return;
		this.composing = false; // an ordinary keystroke: the composition is over even if its end event got lost
		// An undo or redo types nothing: no word is half-typed, and the text it restores may have been scored already.
		const history = inputType === 'historyUndo' || inputType === 'historyRedo';
		if (history) this.recall();
		if (history || inputType.startsWith('insertFrom')) this.userEdits++;
		const boundary =
			history ||
			(data !== null && BOUNDARY.test(data.charAt(data.length - 1))) ||
			inputType.startsWith('delete') ||
			inputType === 'insertParagraph' ||
			inputType === 'insertLineBreak' ||
			inputType === 'insertFromPaste';
		this.midWord = !boundary;
		this.typedAt = Date.now();
		this.dropHold(); // the held word goes on (or ended): judged again at the next pause
		this.schedule(inputType === 'insertFromPaste' ? PASTE_MS : boundary ? BOUNDARY_MS : PAUSE_MS);
		if (inputType.startsWith('delete')) this.noteEmptied();
	}

	/**
	 * An edit emptied the field: said now, not at the pause. The draft's warning episode ends with it
	 * (card-announce.ts); Ctrl+A, Backspace and the next comment typed within the pause never scored the empty
	 * field, so the next warning read as the old one standing and was not counted (qa19, session 19).
	 */
	private noteEmptied(): void {
		if (this.composing || this.editor.read().trim()) return;
		this.verdict = null;
		this.deps.changed();
	}

	/** An IME composition started in the field: hold any pending score until it ends. */
	compositionStart(): void {
		this.composing = true;
		clearTimeout(this.timer);
	}

	/** The composition ended (text committed or cancelled): score what the field now holds. */
	compositionEnd(): void {
		this.composing = false;
		this.midWord = false;
		this.schedule(BOUNDARY_MS);
	}

	/**
	 * The text may have changed with no input event (a rich editor's own paste/undo/delete, a value set by the
	 * page; text-watch.ts). A pending timer reads the text when it fires, so it is left alone (typing keeps its
	 * debounce); otherwise the field is scored after the word-boundary pause.
	 */
	onSilentChange(): void {
		this.recall(); // a rich editor's own undo/redo fires no input event
		if (this.timer !== undefined) return;
		this.midWord = false; // not typed: nothing is half-typed
		this.dropHold();
		this.schedule(BOUNDARY_MS);
		this.noteEmptied();
	}

	/** Re-arms the debounce timer. */
	schedule(ms: number): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		if (this.deps.signal.aborted) return;
		this.timer = setTimeout(() => {
			this.timer = undefined;
			this.lastPauseAt = performance.now();
			void this.run();
		}, ms);
	}

	/** Scores the current text now (one request in flight; a newer text is scored right after). */
	async run(): Promise<void> {
		if (this.composing) return; // compositionEnd schedules the score
		this.dropHold(); // this run judges the text as it is now
		if (this.inflight) {
			this.dirty = true;
			return;
		}
		const text = this.editor.read();
		if (!text.trim()) {
			this.verdict = null;
			this.recheckPending = false;
			this.stopSlow();
			this.deps.changed();
			return;
		}
		const options = this.deps.options();
		const key = JSON.stringify(options);
		const v = this.verdict;
		if (!this.forced && v?.result.text === text && v.text === text && v.options === key) {
			this.recheckPending = false;
			this.lastPauseAt = 0; // nothing new to show
			this.deps.idle?.();
			return;
		}
		this.forced = false;
		this.inflight = true;
		if ((this.verdict === null || this.recheckPending) && this.slowTimer === undefined && !this.slow) {
			this.slowTimer = setTimeout(() => {
				this.slowTimer = undefined;
				this.slow = true;
				this.deps.changed();
			}, SLOW_MS);
		}
		try {
			const result = await this.deps.score(text, options);
			if (this.deps.signal.aborted) return;
			this.remember(text, result, key);
			this.unavailable = null;
			const without = await this.withoutFragment(text, result, options, key);
			if (this.deps.signal.aborted) return;
			if (without === undefined) this.apply(result, key);
			else this.hold(text, result, without, key);
		} catch (error) {
			if (this.deps.signal.aborted) {
				// The session ended meanwhile (extension reloaded, page gone): nothing to tell.
			} else {
				// The models cannot load (`unavailable: …` from the host's load gate), or the request failed even after
				// its one retry (deps.ts: sendMessageRetrying): say so on the badge, settled, with "Try again", rather
				// than look "checking" for ever. Logged once per page, raw text included (for bug reports).
				this.unavailable = { text, ...unavailableFrom(error) };
				this.recheckPending = false;
				if (!toldUnavailable)
					console.warn(
						`[tactful] cannot check drafts: ${this.unavailable.reason} (details: ${this.unavailable.details})`,
					);
				toldUnavailable = true;
				this.deps.changed();
			}
		} finally {
			this.inflight = false;
			// Typed on while the models load, or the settings changed again: the next score follows at once, so
			// "checking…" (or the recheck mark) stays (no flicker).
			const waitsOn = this.verdict === null || this.recheckPending;
			if (!this.dirty || !waitsOn || this.unavailable !== null) this.stopSlow();
		}
		if (this.dirty) {
			this.dirty = false;
			void this.run();
		}
	}

	/**
	 * When `text` ends in a half-typed word the typist is still at (the last keystroke was a letter, the caret at the
	 * end of the field) and that fragment raises the verdict's level (ok to caution or warn, caution to warn): the
	 * result for the text without it (null when that is blank) to show meanwhile. `undefined`: show `result` now. The
	 * text without the fragment is usually the verdict already shown (scored at the word boundary); otherwise it costs
	 * one more score, only at a mid-word pause whose draft is not calm. A failure scoring it shows `result`.
	 */
	private async withoutFragment(
		text: string,
		result: ScoreResult,
		options: ScoreOptions & { sensitivity: number },
		key: string,
	): Promise<ScoreResult | null | undefined> {
		if (!this.midWord) return undefined;
		const start = fragmentStart(text);
		if (start < 0) return undefined;
		const current = this.editor.read();
		if (!current.startsWith(text) || this.editor.caret?.() !== current.length) return undefined;
		const { sensitivity, disabledDimensions } = options;
		const level = levelOf(result, sensitivity, disabledDimensions);
		if (level === 'ok') return undefined; // a calm fragment shows at once (and costs no second score)
		const before = text.slice(0, start);
		let prior: ScoreResult | null = null;
		const v = this.verdict;
		if (!before.trim()) prior = null;
		else if (v && v.result.text === before && v.options === key) prior = v.result;
		else {
			try {
				prior = await this.deps.score(before, options);
			} catch {
				return undefined;
			}
		}
		const priorLevel = prior ? levelOf(prior, sensitivity, disabledDimensions) : 'ok';
		return SEVERITY[priorLevel] < SEVERITY[level] ? prior : undefined;
	}

	/**
	 * Holds `result` (about `text`, a half-typed word's) and shows `without` (the text without the fragment) until the
	 * long pause; the next keystroke or score drops the hold. Unsettled meanwhile: the held verdict is pending.
	 */
	private hold(text: string, result: ScoreResult, without: ScoreResult | null, key: string): void {
		this.held = { text, result, options: key };
		if (without) this.apply(without, key, true);
		else {
			this.verdict = null;
			this.deps.changed();
		}
		this.holdTimer = setTimeout(
			() => {
				this.holdTimer = undefined;
				const h = this.held;
				this.held = null;
				if (!h || this.deps.signal.aborted) return;
				this.midWord = false; // the long pause: what the field holds is what the user means
				this.apply(h.result, h.options);
				if (this.dirty && !this.inflight) {
					this.dirty = false;
					void this.run();
				}
			},
			Math.max(0, this.typedAt + LONG_PAUSE_MS - Date.now()),
		);
	}

	/** Forgets a held verdict (typing went on, the field is scored again, or the session ended). */
	private dropHold(): void {
		clearTimeout(this.holdTimer);
		this.holdTimer = undefined;
		this.held = null;
	}

	/** The pending first score answered (or failed): no more "checking…" for it. */
	private stopSlow(): void {
		clearTimeout(this.slowTimer);
		this.slowTimer = undefined;
		if (this.slow) {
			this.slow = false;
			this.deps.changed();
		}
	}

	/**
	 * Adopts a result, remapping its spans if the user typed since it was requested. `options` (JSON) are the
	 * settings it was scored with; when they are not the current ones any more, the field is scored again.
	 */
	apply(result: ScoreResult, options?: string, held = false): void {
		const current = this.editor.read();
		if (result.text !== current && !held) {
			// A late answer about another text (the rewrite Apply wrote, answered after Ctrl+Z took it back): its level is
			// not this text's. A result remembered for the text the field holds now is, under the same settings.
			const known = this.recalled(current);
			if (known) {
				result = known.result;
				options = known.options;
			}
		}
		const { sensitivity, disabledDimensions } = this.deps.options();
		const raw = result.text === current ? result.spans : remapSpans(result.spans, result.text, current);
		// What the user called fine stays quiet through AcceptedDrafts (session.ts), by position in the text it
		// was said about: filtering here by passage text silenced the same words in every later draft on the page.
		// Whole hyphenated words (compound-spans.ts): "grown-ups", not "grown" and "ups".
		const spans = uniqueSpans(wholeCompounds(current, raw));
		const level = levelOf(result, sensitivity, disabledDimensions);
		const reasons = level === 'ok' ? [] : reasonsFor(result, { sensitivity, disabled: disabledDimensions });
		const otherLanguage = !readsAsEnglish(result.text);
		this.verdict = {
			text: current,
			level,
			spans,
			reasons,
			// A long CodeMirror draft whose unrendered lines could not be read (editors/codemirror.ts): not "no concerns".
			summary:
				level === 'ok' && !otherLanguage && this.editor.partial?.()
					? PARTIAL_DRAFT_SUMMARY
					: summaryOf(level, reasons, otherLanguage),
			result,
			options,
			...(otherLanguage ? { otherLanguage } : {}),
		};
		const stale = options !== undefined && options !== JSON.stringify(this.deps.options());
		if (!stale) this.recheckPending = false;
		// A held fragment's stand-in is about an older text by design: the hold's timer or the next keystroke follows.
		if ((result.text !== current && !held) || stale) this.dirty = true;
		this.deps.changed();
	}

	/** Remembers `result`, scored for `text` under the settings `options` (JSON), as the newest of `recent`. */
	private remember(text: string, result: ScoreResult, options: string): void {
		this.recent.delete(text);
		this.recent.set(text, { result, options });
		if (this.recent.size > RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
	}

	/** The result remembered for `text` under the settings in force now, if any. */
	private recalled(text: string): { result: ScoreResult; options: string } | undefined {
		const known = this.recent.get(text);
		return known && known.options === JSON.stringify(this.deps.options()) ? known : undefined;
	}

	/**
	 * The field now holds a text scored before (an undo or redo brought it back): its verdict shows at once, rather
	 * than nothing (after Apply) or the verdict of the text it replaced, until the next score. The pause still runs
	 * and finds nothing new to score.
	 */
	private recall(): void {
		const text = this.editor.read();
		if (this.verdict?.result.text === text) return;
		const known = this.recalled(text);
		if (known) this.apply(known.result, known.options);
	}

	/** Called on every repaint: keeps spans on the right words while typing, dropping those an edit touched. */
	refresh(): void {
		const v = this.verdict;
		if (!v) return;
		const current = this.editor.read();
		if (current === v.text) return;
		if (!current.trim()) {
			this.verdict = null;
			return;
		}
		this.verdict = { ...v, text: current, spans: remapSpans(v.spans, v.text, current) };
	}

	/** Forgets the verdict and rescores (after Tactful wrote into the field, or Try again). */
	rescore(): void {
		this.dropHold();
		this.verdict = null;
		this.recheckPending = false;
		this.schedule(0);
	}

	/**
	 * The settings changed: scores the field again, keeping the verdict shown until the new one arrives (`rechecking`
	 * after SLOW_MS). A field with no verdict (blank, or its first score still pending) just scores.
	 */
	recheck(): void {
		if (this.verdict) this.recheckPending = true;
		this.schedule(0);
	}
}
