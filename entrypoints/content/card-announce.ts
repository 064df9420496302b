/**
 * Each field's warning level as the card last saw it: a change is what screen readers hear (the overlay's polite
 * live region), and a change to "warn" is a `shown` event in the history unless the same draft text was already
 * warned about in this draft (an undo that brings an insult back; warning-count.ts has the rule). What is heard, once per change and
 * never per keystroke:
 * - a new warning or caution, with the way to the card (the current shortcut, Alt+Shift+T unless the user rebound
 *   it, in the text box: the badge sits in an overlay
 *   at the end of the page, out of the Tab order from the field);
 * - the warning gone ("no concerns now"), only once the answer is about the text the field holds (srflake);
 * - a draft in another language, which was not checked;
 * - the thread warning going away (and whether the draft's own warning stands), once (session 15);
 * - the thread warning, apart from the draft's own level (it can stand over a calm draft); with a draft warning
 *   up too, one message says both, the draft first (`spoken`): said one after the other, the thread's sentence
 *   replaced the draft's in the polite region before a screen reader had read it (QA on Discourse, session 14);
 * - the draft that cannot be checked (and why, with the way to its card), once per spell; then "checking again"
 *   on Try again, and a calm answer as "can check again" (session 14).
 */
import { cardShortcutSentence } from '../../components/Keys/card-shortcut.ts';
import type { CardHistory } from './card-history.ts';
import type { FieldController } from './field-controller.ts';
import { showsUnavailable } from './try-again.ts';
import { warningCount } from './warning-count.ts';

/** A part as a sentence: a full stop unless it already ends one. */
const sentence = (text: string) => {
	const t = text.trim();
	return /[.!?…]$/.test(t) ? t : `${t}.`;
};

/**
 * What the live region says for a field's standing warnings: the draft's (its summary) first, then the thread's,
 * one sentence each, and the way to the card once. `thread` undefined: no thread warning (none drawn, or the user
 * turned thread alerts off), so only the draft's is said; thread only: just the thread's.
 */
export function spoken(draft: string | undefined, thread: string | undefined): string {
	if (!draft) return thread ? `Tactful: ${thread}` : '';
	// "Tactful:" once: the draft's summary already starts with it.
	const parts = [sentence(draft), ...(thread ? [sentence(thread)] : [])];
	return `${parts.join(' ')} ${cardShortcutSentence('opens the details')}.`;
}

/** The field's verdict was computed on the text it holds now (a blank field needs none). */
const answered = (c: FieldController) => {
	const text = c.editor.read();
	return c.verdict ? c.verdict.result.text === text : !text.trim();
};

/** The level tracker of one session's card. */
export interface LevelChanges {
	/** Notes the field's current verdict; returns its level when that changed since the last note, else null. */
	note(c: FieldController): string | null;
	/** Notes the field's thread warning (undefined: none) as drawn; a warning that appears is announced. */
	noteThread(id: number, thread: string | undefined): void;
	/** What the live region says now: the summary of the latest change. */
	announcement(): string;
}

/**
 * Creates the tracker; `event` records the `shown` events, `ended` hears a field emptied after a warning (its
 * episode is over in the background too: the same words warned again after a reload are then counted).
 */
export function levelChanges(
	event: CardHistory['event'],
	ended: CardHistory['ended'] = () => undefined,
): LevelChanges {
	const lastLevel = new Map<number, string>();
	const lastOther = new Map<number, boolean>();
	const lastThread = new Map<number, string>();
	/** The summary of each field's standing warning or caution, said again with a thread warning that comes later. */
	const standing = new Map<number, string>();
	/** Fields whose draft could not be checked when last noted. */
	const down = new Set<number>();
	/** Fields back from "cannot check" with no verdict yet: a calm answer is said, not left silent. */
	const recovering = new Set<number>();
	/** The draft texts each field's warnings stood over, so the history counts a draft's warning once. */
	const counted = warningCount();
	/** Fields that held a warning since they were last emptied (or since the page loaded). */
	const held = new Set<number>();
	let announce = '';
	/**
	 * A live region speaks when its text changes: the same sentence again (a warning that went and came back while
	 * nothing else was said) gets an invisible no-break space toggled at its end, so it is heard again.
	 */
	const say = (text: string) => {
		announce = announce === text ? `${text}\u00a0` : text;
	};
	return {
		note(c) {
			if (showsUnavailable(c)) {
				if (!down.has(c.id))
					say(
						`Tactful cannot check this draft: ${c.unavailable?.reason ?? ''}. ${cardShortcutSentence('opens the details')}.`,
					);
				down.add(c.id);
				recovering.delete(c.id);
				// Its verdict (if any, about older text) is not drawn: a warning after the check comes back is new.
				lastLevel.set(c.id, 'ok');
				standing.delete(c.id);
				return null;
			}
			if (down.delete(c.id)) {
				recovering.add(c.id);
				if (!c.verdict) say('Tactful is checking this draft again');
			}
			// Said once; the answer (a warning, or calm) is said when it comes.
			if (recovering.has(c.id) && !c.verdict) return null;
			// "No concerns" only for an answer about the text the field holds: no verdict over a draft (a rescore after
			// a settings change dropped it; the slow-score timer redraws meanwhile) or a calm result for older text is a
			// pending state, not calm. Heard under load: warning, "no concerns now", warning (srflake, session 15).
			if ((c.verdict?.level ?? 'ok') === 'ok' && !answered(c)) return null;
			const back = recovering.delete(c.id);
			const level = c.verdict?.level ?? 'ok';
			const before = lastLevel.get(c.id) ?? 'ok';
			lastLevel.set(c.id, level);
			const other = level === 'ok' && c.verdict?.otherLanguage === true;
			const otherBefore = lastOther.get(c.id) ?? false;
			lastOther.set(c.id, other);
			const about = c.verdict?.result.text ?? '';
			// An emptied field (posted, cleared) ends the draft: the same words typed again are a new warning.
			if (level === 'warn') held.add(c.id);
			else if (level === 'ok' && !c.editor.read().trim()) {
				counted.emptied(c.id);
				if (held.delete(c.id)) ended(c);
			}
			// The latest words of a standing warning, for a thread warning that comes while it stands.
			if (level !== 'ok' && level === before) standing.set(c.id, c.verdict?.summary ?? '');
			if (level === 'warn' && level === before) counted.stands(c.id, about);
			if (level === before) {
				if (back && level === 'ok')
					say(other ? (c.verdict?.summary ?? '') : 'Tactful can check again: no concerns now');
				else if (other && !otherBefore) say(c.verdict?.summary ?? '');
				return null;
			}
			if (level === 'warn' && counted.appeared(c.id, about)) event(c, 'shown');
			const thread = lastThread.get(c.id);
			if (level !== 'ok') {
				standing.set(c.id, c.verdict?.summary ?? '');
				say(spoken(c.verdict?.summary ?? '', thread));
			} else {
				standing.delete(c.id);
				if (other) say(c.verdict?.summary ?? '');
				else if (thread) say(`Tactful: no concerns with the draft now. ${thread}`);
				else say('Tactful: no concerns now');
			}
			return level;
		},
		noteThread(id, thread) {
			const before = lastThread.get(id);
			if (thread) lastThread.set(id, thread);
			else lastThread.delete(id);
			// Said when it appears, not each time its detail changes while the user types on; and when it goes, once,
			// with the draft's warning that stands (session 14 said nothing: the thread still sounded tense).
			if (thread && !before) say(spoken(standing.get(id), thread));
			else if (!thread && before)
				say(
					standing.has(id)
						? "Tactful: the thread warning is gone; the draft's own warning stands."
						: 'Tactful: the thread warning is gone.',
				);
		},
		announcement: () => announce,
	};
}
