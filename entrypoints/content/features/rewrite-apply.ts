/**
 * What the user does with a finished suggestion (rewrite-state.ts): apply a candidate through the editor's own
 * editing pipeline (so Ctrl+Z restores the draft), undo it, or dismiss it; the bandit hears the outcome. Only the
 * stretch that changes is written, and only while the field still holds the text the suggestion was made for.
 */
import {
	applyPlan,
	caretAfterEdit,
	type Edit,
	minimalEdit,
	refusalMessage,
	undoPlan,
} from '../../../models/rewrite/apply-plan.ts';
import type { RewriteCandidate } from '../../../models/rewrite/types.ts';
import { type Editor, modifierOnly, typedOn, typedOnBlocks } from '../editors/types.ts';
import { OWN_HOSTS } from '../fields.ts';
import { onSilentTextChange } from '../text-watch.ts';
import { type RewriteDeps, rewriteStateFor } from './rewrite-state.ts';
import { rememberWrite } from './undo-caret.ts';

/**
 * Writes one edit and puts the caret back where the user had it (the browser leaves it at the end of the
 * written stretch, which can be mid-word), so typing on after Apply or Undo continues the draft. The write is
 * remembered so that the editor's own Ctrl+Z / Ctrl+Shift+Z of it puts the caret back too (undo-caret.ts).
 */
async function writeEdit(editor: Editor, edit: Edit, current: string): Promise<boolean> {
	// A new write (Undo rewrite, another Apply) is Tactful's own: the last write's settle watch ends here.
	settles.get(editor)?.abort();
	const caret = editor.caret?.() ?? null;
	const after = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
	const caretAfter = caretAfterEdit(edit, caret, after);
	// The caret goes back in the write's own task (a key pressed in the next frame lands there, not mid-word).
	const written = await editor.replace(edit.start, edit.end, edit.text, current, caretAfter);
	if (!written) return false;
	const now = editor.read();
	if (typedOn(now, after, caretAfter) || typedOnBlocks(now, after, caretAfter)) {
		// The user typed on at the caret since: it is theirs now, left where their typing put it.
		rememberWrite(editor, { before: current, caretBefore: caret, after, caretAfter });
		return true;
	}
	if (now === after) {
		editor.placeCaret?.(caretAfter);
		rememberWrite(editor, { before: current, caretBefore: caret, after, caretAfter });
		return true;
	}
	// Lexical's paste path reads back with other blank lines: it put the caret back in the write's own task, carried
	// over to the text it holds (draft9). Moved again a frame later, it jumped back over whatever was pressed meanwhile.
	const held = editor.caret?.() ?? null;
	const at = held ?? caretAfterEdit(edit, caret, now);
	if (held === null) editor.placeCaret?.(at);
	rememberWrite(editor, { before: current, caretBefore: caret, after: now, caretAfter: at });
	return true;
}

/**
 * The latest applied rewrite of a field: the draft before it and the draft it made, and what to tell when it is
 * taken back (the bandit a reject, the history a `rewriteRejected`) or put back by the editor's own redo (the
 * bandit a `redo`, the history a `rewriteRedone`, each taking that undo back: session 14 found a redo after an undo
 * not counted, so the history showed the rewrite undone while the draft held it; session 28 found it counted as a
 * second apply).
 */
interface Applied {
	original: string;
	rewrite: string;
	undone: () => void;
	redone: () => void;
}

/** The applied rewrite that can be taken back: the card's Undo, or a Ctrl+Z (or redo) back to `original`. */
const takeBacks = new WeakMap<Editor, Applied>();
/** The rewrite taken back that the editor's history can put back: Ctrl+Shift+Z (or Ctrl+Z) to `rewrite`. */
const putBacks = new WeakMap<Editor, Applied>();

function takenBack(editor: Editor): void {
	const pending = takeBacks.get(editor);
	if (!pending) return;
	takeBacks.delete(editor);
	putBacks.set(editor, pending);
	pending.undone();
}

function putBack(editor: Editor): void {
	const pending = putBacks.get(editor);
	if (!pending) return;
	putBacks.delete(editor);
	takeBacks.set(editor, pending);
	pending.redone();
}

/** True when `now` is `before` with one stretch of text added somewhere and nothing else changed (typing). */
export function insertedOnly(now: string, before: string): boolean {
	if (now.length <= before.length) return false;
	let p = 0;
	while (p < before.length && now[p] === before[p]) p++;
	return now.endsWith(before.slice(p));
}

/** The card's message when the field changed during the write but does not read as the rewrite. */
export const CHANGED_WHILE_WRITING =
	'The editor changed the text while the rewrite was written, so it may not read as suggested. Check it: Undo rewrite (or Ctrl+Z) brings your draft back.';

/** The card's message when the editor changed the written rewrite on its own a moment later (its async tidy). */
export const CHANGED_AFTER_WRITING =
	'The editor changed the text after the rewrite was written, so it may not read as suggested. Check it: Undo rewrite brings your draft back, keeping that later change.';

/**
 * The card's message when the text changed right after the write, with no act of the user's seen, in the rewritten
 * words themselves: the change may be the user's (dictation, another extension), so Undo rewrite is off.
 */
export const CHANGED_AFTER_WRITING_UNDO_OFF =
	'The text changed right after the rewrite was written, in the rewritten words, so it may not read as suggested. Undo rewrite would take that change away too, so it is off: press Ctrl+Z in the box to step back.';

/**
 * The card's message the first time on a page that the editor changed the written rewrite only typographically
 * (`typographicOnly`): told once, since an editor with such a rule tidies every Apply (session 23, draft10).
 */
export const TIDIED_AFTER_WRITING =
	'The editor changed the text after the rewrite was written: only its punctuation or spacing (its own tidy, such as "--" to "\u2014"); the words are as suggested. Tactful says this once on this page. Undo rewrite brings your draft back.';

/** The messages that say the editor changed the text around a write (RewriteCard drops "Your draft was not changed."). */
export const EDITOR_CHANGE_MESSAGES: readonly string[] = [
	CHANGED_WHILE_WRITING,
	CHANGED_AFTER_WRITING,
	CHANGED_AFTER_WRITING_UNDO_OFF,
	TIDIED_AFTER_WRITING,
];

/**
 * A text as read for `typographicOnly`: dashes, quotes, ellipses and spaces each read alike. Nothing is dropped, so
 * a word, a digit or a punctuation mark added, removed or moved still reads as a change.
 */
function typographic(text: string): string {
	return text
		.replace(/[-\u2010-\u2015\u2212]+/g, '-')
		.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
		.replace(/[\u201c-\u201f\u2033]/g, '"')
		.replace(/\u2026/g, '...')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * True when `now` differs from `written` only as an editor's typographic tidy does: a dash or quote for its
 * typographic form, "..." for "…", spacing. The rule for telling such a tidy once per page: it never covers a change
 * to a word (the draft-integrity promise), nor a mark added or removed.
 */
export function typographicOnly(written: string, now: string): boolean {
	return written !== now && typographic(written) === typographic(now);
}

/** Pages (documents) whose editor's typographic tidy after a write has been told once already. */
const toldTidy = new WeakSet<Document>();

/**
 * True while the card has to tell that the editor changed the text around a write (`EDITOR_CHANGE_MESSAGES`) and the
 * field still holds that text: a calm verdict on it must not close the card and the message with it (session 21's
 * open case 1, draft9). Once the user edits, it is their text again.
 */
export function editorChangeToTell(editor: Editor): boolean {
	const state = rewriteStateFor(editor);
	return (
		state.error !== undefined &&
		EDITOR_CHANGE_MESSAGES.includes(state.error) &&
		state.applied?.rewrite === editor.read()
	);
}

/**
 * How long after a write the editor's own change to it is still told apart from the user's: long enough for an
 * editor's debounced tidy (the normalising fixture waits 100 ms; input rules and autocorrect run within a frame or
 * two), short enough that a page script much later is not blamed on the write.
 */
export const SETTLE_MS = 800;

/** The settle watch of each editor's latest write: a new write ends the old one. */
const settles = new WeakMap<Editor, AbortController>();

/**
 * Resolves when the settle watch of `editor`'s latest write ends (the editor's change reported, the user acting, or
 * `SETTLE_MS` gone by); null when none is running.
 */
export function writeSettled(editor: Editor): Promise<void> | null {
	const stop = settles.get(editor);
	if (!stop || stop.signal.aborted) return null;
	return new Promise((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
}

/**
 * `inputType`s the browser gives only to an edit the user made without a key in the field: a paste or drop (also
 * from the context menu or by mouse), a cut, a spelling or autocorrect replacement, an IME or dictation commit, a
 * history step from the Edit menu. An editor's own change comes by `execCommand` (`insertText`, `delete…`,
 * `format…`: neither Chromium nor firefox-esr fires `beforeinput` for it, measured session 24), by a script setting
 * the DOM or value (no event), or with a framework's own `input` event (no or an ordinary inputType).
 */
const USER_INPUT_TYPES = new Set([
	'insertFromPaste',
	'insertFromPasteAsQuotation',
	'insertFromDrop',
	'deleteByDrag',
	'deleteByCut',
	'insertReplacementText',
	'insertCompositionText',
	'insertFromYank',
	'insertTranspose',
	'historyUndo',
	'historyRedo',
]);

/**
 * True when `event`, seen in a settle watch, says the user is editing the field without a key there: a
 * `beforeinput` of any kind (the browser fires it for the user's edits and never for `execCommand`: an IME or
 * dictation commit, a paste or a spelling fix from the context menu, a drop), or an `input` whose `inputType` is
 * one of the user's (`USER_INPUT_TYPES`). A page script could forge either; taking its change for the user's only
 * leaves it untold, whereas the other way round Undo rewrite took the user's words away (session 24, draft11).
 */
export function userInputEvent(event: Pick<InputEvent, 'type' | 'inputType'>): boolean {
	if (event.type === 'beforeinput') return true;
	return event.type === 'input' && USER_INPUT_TYPES.has(event.inputType ?? '');
}

/** The one stretch where `a` and `b` differ: `a[start, aEnd)` became `b[start, bEnd)`. */
function changedSpan(a: string, b: string): { start: number; aEnd: number; bEnd: number } {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let aEnd = a.length;
	let bEnd = b.length;
	while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
		aEnd--;
		bEnd--;
	}
	return { start, aEnd, bEnd };
}

/**
 * The draft Undo rewrite brings back once the field went from `written` (the rewrite of `original`) to `now` with
 * no act of the user's seen: `original` with that later change carried over, when it lies wholly outside the
 * stretch the rewrite replaced. Undo then takes back the rewrite and only it: the later change may be the user's
 * after all (words a dictation tool or another extension wrote by script, which no event tells from the editor's
 * own). Null when the change touches the rewritten words: no draft keeps both, so Undo rewrite is off.
 */
export function carriedOver(original: string, written: string, now: string): string | null {
	const rewrite = changedSpan(original, written);
	const later = changedSpan(written, now);
	const inserted = now.slice(later.start, later.bEnd);
	// Before the rewritten stretch, `original` and `written` are the same text.
	if (later.aEnd <= rewrite.start)
		return original.slice(0, later.start) + inserted + original.slice(later.aEnd);
	// After it, they are the same text shifted by the rewrite's change in length.
	if (later.start >= rewrite.bEnd) {
		const shift = rewrite.aEnd - rewrite.bEnd;
		return original.slice(0, later.start + shift) + inserted + original.slice(later.aEnd + shift);
	}
	return null;
}

/** A key pressed in Tactful's own overlay (the card, the applied note's Undo): not typing in the field. */
function inOverlay(event: Event): boolean {
	return event.composedPath().some((n) => n instanceof Element && n.matches(OWN_HOSTS));
}

/**
 * Watches `editor` for `SETTLE_MS` after a write that passed its check and left `written`: a change with no act of
 * the user's since (an editor's own async tidy, after the check) is reported once through `onChanged` with the
 * text the field holds. The user acting first ends the watch, and what follows is theirs: a key in the page (not a
 * modifier alone, not one pressed in Tactful's overlay), a paste, drop or cut, a composition, or an edit the
 * browser makes for the user with no key (`userInputEvent`).
 */
function watchSettle(editor: Editor, written: string, onChanged: (now: string) => void): void {
	const stop = new AbortController();
	settles.set(editor, stop);
	const { signal } = stop;
	const doc = editor.el.ownerDocument;
	const check = () => {
		if (signal.aborted) return;
		const now = editor.read();
		if (now === written) return;
		stop.abort();
		onChanged(now);
	};
	const timer = setTimeout(() => {
		check();
		stop.abort();
	}, SETTLE_MS);
	signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
	const userActs = (event: Event) => {
		if (event instanceof KeyboardEvent && (modifierOnly(event) || inOverlay(event))) return;
		if (event.type === 'beforeinput' && !userInputEvent(event as InputEvent)) return;
		stop.abort();
	};
	for (const type of ['keydown', 'paste', 'drop', 'cut', 'compositionstart', 'beforeinput'])
		doc.addEventListener(type, userActs, { capture: true, signal });
	editor.el.addEventListener(
		'input',
		(event) => {
			if (userInputEvent(event as InputEvent)) stop.abort();
			else check();
		},
		{ signal },
	);
	onSilentTextChange(editor, signal, check);
}

/**
 * Writes `candidate` into the field if it still holds the text the suggestion was made for. `onUndone` runs each
 * time the user takes the rewrite back (the card's Undo, or Ctrl+Z to the pre-rewrite draft); `onRedone` each
 * time the editor's history puts it back after that (Ctrl+Shift+Z to the rewritten draft). They alternate.
 */
export async function applyCandidate(
	editor: Editor,
	candidate: RewriteCandidate,
	deps: RewriteDeps,
	onUndone?: () => void,
	onRedone?: () => void,
	onEditorChanged?: (written: string, now: string) => void,
): Promise<boolean> {
	const state = rewriteStateFor(editor);
	const { suggestion } = state;
	if (!suggestion) return false;
	const current = editor.read();
	const plan = applyPlan(suggestion.source, current, candidate.rewrite, editor.maxLength?.());
	if (!plan.ok) {
		state.error = refusalMessage(plan);
		return false;
	}
	deps.keepOriginal?.(editor, current);
	// Only the stretch that changes is written: a rich editor keeps the mentions, links and formatting around it.
	const wrote = await writeEdit(editor, minimalEdit(current, plan.text), current);
	if (!wrote) {
		const now = editor.read();
		if (insertedOnly(now, current)) {
			// The user typed while the rewrite was being written: the write was called off, their typing kept.
			state.error =
				'You typed while the rewrite was being written, so it was not applied. Ask again for a fresh one.';
			return false;
		}
		if (now !== current) {
			// The check after the write failed, yet the field changed: the editor's own change (a tidy, an input rule)
			// raced the write, or it took only part of it. Never "left as it was" then: the text is neither the draft
			// nor the rewrite the card showed, so the card says so and keeps "Undo rewrite" for this text.
			state.applied = { original: current, rewrite: now };
			state.error = CHANGED_WHILE_WRITING;
			putBacks.delete(editor);
			takeBacks.delete(editor);
			return false;
		}
		state.error = 'The editor did not accept the change, so your draft was left as it was.';
		return false;
	}
	const written = editor.read();
	state.applied = { original: current, rewrite: written };
	state.error = undefined;
	// The editor may still change what was written (an async tidy after the check): the card says so, as when it
	// changed it during the write, and "Undo rewrite" takes back the text it holds then (session 21's open case 2).
	// A typographic tidy ("--" to "\u2014") is told once per page: an editor with such a rule tidies every Apply, and the
	// same message ten times teaches the user to skip it (session 23). Any other change is told every time.
	// A change of words may be the user's after all (no event tells a script's writing from the editor's): Undo then
	// takes back only the rewrite, the change kept (`carriedOver`), and is off when the change is in the rewritten
	// words (session 24). A typographic tidy holds no words, so Undo brings the draft back as it was.
	watchSettle(editor, written, (now) => {
		const doc = editor.el.ownerDocument;
		if (typographicOnly(written, now)) state.applied = { original: current, rewrite: now };
		else {
			const undoTo = carriedOver(current, written, now);
			state.applied =
				undoTo === null
					? { original: current, rewrite: now, undoOff: true }
					: { original: undoTo, rewrite: now };
			state.error = undoTo === null ? CHANGED_AFTER_WRITING_UNDO_OFF : CHANGED_AFTER_WRITING;
		}
		if (typographicOnly(written, now) && !toldTidy.has(doc)) {
			toldTidy.add(doc);
			state.error = TIDIED_AFTER_WRITING;
		}
		onEditorChanged?.(written, now);
	});
	deps.recordOutcome(suggestion, candidate, 'accept');
	// An undo is the user's verdict on the candidate after all: the bandit hears it as a reject (it heard the
	// accept already: the arm nets one accept and one reject, as a rewrite tried and turned down).
	// A redo puts it back: the bandit and the history hear a redo, which takes that reject back (not a second
	// accept: qa28 read "2 applied, 1 undone" for one rewrite), so what is counted stays what the draft holds. A newer
	// Apply replaces all of this (an older rewrite brought back is not counted).
	putBacks.delete(editor);
	takeBacks.set(editor, {
		original: current,
		rewrite: written,
		undone: () => {
			deps.recordOutcome(suggestion, candidate, 'reject');
			onUndone?.();
		},
		redone: () => {
			deps.recordOutcome(suggestion, candidate, 'redo');
			onRedone?.();
		},
	});
	return true;
}

/** Why Undo rewrite left the field alone: the user's edits since the rewrite would go with it. */
export const UNDO_REFUSED =
	'The draft was edited after the rewrite, so Undo would lose that edit. Use Ctrl+Z instead.';

/** Restores the original draft if the field still holds the applied rewrite (else leaves it and says why). */
export async function undoRewrite(editor: Editor): Promise<boolean> {
	const state = rewriteStateFor(editor);
	if (!state.applied) return false;
	const current = editor.read();
	const plan = undoPlan(state.applied.original, state.applied.rewrite, current);
	if (state.applied.undoOff) {
		state.error = CHANGED_AFTER_WRITING_UNDO_OFF;
		return false;
	}
	if (!plan.ok) {
		state.error = UNDO_REFUSED;
		return false;
	}
	const written = await writeEdit(editor, minimalEdit(current, plan.text), current);
	if (written) {
		takenBack(editor);
		state.applied = undefined;
		state.suggestion = undefined;
		state.source = undefined;
	}
	return written;
}

/** The user dismissed a candidate: the bandit hears a reject, the card forgets the suggestion. */
export function dismissCandidate(
	editor: Editor,
	candidate: RewriteCandidate | undefined,
	deps: RewriteDeps,
): void {
	const state = rewriteStateFor(editor);
	if (state.suggestion && candidate) deps.recordOutcome(state.suggestion, candidate, 'reject');
	state.suggestion = undefined;
	state.error = undefined;
}

/**
 * Watches `editor` until `signal` aborts for the editor's own history steps (Ctrl+Z `historyUndo`, Ctrl+Shift+Z
 * `historyRedo`): one that brings back the draft an applied rewrite replaced takes the rewrite back, as the card's
 * Undo does (undo-caret.ts knows the same step for the caret); one that brings back the rewritten draft after
 * that puts it back. (After the card's Undo, which the editor records as an edit, it is Ctrl+Z that brings the
 * rewrite back and Ctrl+Shift+Z that takes it out again.) A step of the user's own typing that lands elsewhere is
 * neither.
 */
export function watchRewriteUndo(editor: Editor, signal: AbortSignal): void {
	const judge = () => {
		const text = editor.read();
		if (takeBacks.get(editor)?.original === text) takenBack(editor);
		else if (putBacks.get(editor)?.rewrite === text) putBack(editor);
	};
	editor.el.addEventListener(
		'input',
		(event) => {
			const type = (event as InputEvent).inputType;
			if (type === 'historyUndo' || type === 'historyRedo') judge();
		},
		{ signal },
	);
	if (editor.kind === 'textarea') return;
	// Rich editors (CodeMirror, ProseMirror, Lexical) run Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in their own key handlers
	// and fire no input event (session 17, CodeMirror in Chromium: typing fires input, Ctrl+Z nothing), so an undone
	// rewrite stayed counted as accepted. There the step shows only as the editor rewriting its DOM: a silent change
	// just after a history key (or a history beforeinput the editor cancels: the context menu's Undo) is judged the
	// same way. Tactful's own writes and page scripts press no key, so they are never taken for a history step.
	let armed = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const arm = () => {
		armed = true;
		clearTimeout(timer);
		timer = setTimeout(() => {
			armed = false;
		}, HISTORY_STEP_MS);
	};
	editor.el.addEventListener(
		'keydown',
		(event) => {
			if ((event.ctrlKey || event.metaKey) && !event.altKey && /^[zy]$/i.test(event.key)) arm();
		},
		{ capture: true, signal },
	);
	editor.el.addEventListener(
		'beforeinput',
		(event) => {
			if ((event as InputEvent).inputType?.startsWith('history')) arm();
		},
		{ capture: true, signal },
	);
	signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
	onSilentTextChange(editor, signal, () => {
		if (armed) judge();
	});
}

/** How long after a history key an editor's silent DOM rewrite counts as that step (Lexical redraws a frame later). */
const HISTORY_STEP_MS = 500;
