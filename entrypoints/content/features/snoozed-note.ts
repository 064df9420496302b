/**
 * "Snoozed here for 1 hour · Resume": the card's "Snooze here for 1 hour" closed the card and every badge
 * went, with nothing to say for how long or how to get them back (qa28 #4). This keeps a small note beside the field
 * for a while, drawn like "Rewrite applied · Undo" (overlay/applied-toast.tsx), whose Resume ends the snooze as the
 * popup's "Resume here" does; screen readers hear once what happened and where Resume is. It is drawn while the site
 * is snoozed (the session draws nothing else then), and goes when its time is up (not while the pointer or focus is
 * in it), on Resume, or when the snooze ends some other way (the popup).
 */
import type { Editor } from '../editors/types.ts';
import { APPLIED_NOTE_MS, type AppliedNoteView, type NoteField } from './applied-note.ts';

/** How long the snooze the card sets lasts (deps.ts `snooze`: `inOneHour`), in the note's words. */
export const SNOOZE_WORDS = '1 hour';

/** How long the note waits for the snooze to land in the settings before it gives up. */
const SETTLE_MS = 3000;

/** The note's words: short, to fit its row beside "Resume" (a long host name would wrap it). */
export const SNOOZED_LABEL = `Snoozed here for ${SNOOZE_WORDS}`;
/** What screen readers hear when it appears, with the site (`siteKey`, as the popup names it). */
export const snoozedAnnouncement = (site: string) =>
	`Warnings snoozed on ${site} for ${SNOOZE_WORDS}. Resume is beside the box, and in Tactful's toolbar popup.`;

export interface SnoozedNoteDeps {
	fieldOf(editor: Editor): NoteField | null;
	/** Ends the snooze on this site (the popup's "Resume here"). */
	resume(): Promise<void>;
	repaint(): void;
	signal: AbortSignal;
	now?: () => number;
}

/** The snooze note of one session: at most one, for the field whose card was snoozed. */
export function snoozedNote(deps: SnoozedNoteDeps) {
	const now = deps.now ?? Date.now;
	let note: {
		editor: Editor;
		site: string;
		/** When Snooze was pressed: the settings change that snoozes the site lands a moment later. */
		at: number;
		/** The site was seen snoozed: its snooze ending (the popup's Resume) ends the note. */
		seen?: boolean;
		shownAt?: number;
		announced?: boolean;
	} | null = null;
	let announce = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	const drop = () => {
		note = null;
		clearTimeout(timer);
	};
	const wakeAt = (at: number) => {
		clearTimeout(timer);
		timer = setTimeout(deps.repaint, Math.max(0, at - now()) + 20);
	};
	deps.signal.addEventListener('abort', drop, { once: true });
	return {
		/** The card's Snooze was pressed on `editor`'s card: the site `site` is snoozed for an hour. */
		show(editor: Editor, site: string): void {
			note = { editor, site, at: now() };
			announce = '';
			deps.repaint();
		},
		/**
		 * The note to draw now, or null. `snoozed`: the site is still snoozed (a Resume from the popup ends it);
		 * `holding`: the pointer or the focus is in the note.
		 */
		view(snoozed: boolean, holding: boolean): AppliedNoteView | null {
			const current = note;
			if (!current) return null;
			const field = deps.fieldOf(current.editor);
			const t = now();
			// Not snoozed yet: the settings change is on its way (given up if it never lands, a failed save).
			if (!snoozed && !current.seen && field && t < current.at + SETTLE_MS) {
				wakeAt(current.at + SETTLE_MS);
				return null;
			}
			if (!snoozed || !field) {
				drop();
				return null;
			}
			current.seen = true;
			if (!field.box) return null;
			if (current.shownAt === undefined) {
				current.shownAt = t;
				wakeAt(t + APPLIED_NOTE_MS);
			}
			if (t >= current.shownAt + APPLIED_NOTE_MS) {
				if (!holding) {
					drop();
					return null;
				}
				wakeAt(t + 1000);
			}
			if (!current.announced) {
				current.announced = true;
				announce = snoozedAnnouncement(current.site);
			}
			return {
				fieldId: field.id,
				field: field.box,
				actions: field.actions,
				dark: field.dark,
				label: SNOOZED_LABEL,
				button: 'Resume',
				onUndo: () => {
					if (note !== current) return;
					drop();
					const { editor } = current;
					// Back in the field, where the user was writing: the badges come back as the settings change lands.
					if (editor.el.isConnected) editor.el.focus({ preventScroll: true });
					void deps.resume();
					deps.repaint();
				},
				onLeave: (close) => {
					if (current.editor.el.isConnected) current.editor.el.focus({ preventScroll: true });
					if (close && note === current) drop();
					deps.repaint();
				},
			};
		},
		/** What the overlay's note live region says (the appearance, said once). */
		announcement: (): string => (note ? announce : ''),
		has: () => note !== null,
	};
}
