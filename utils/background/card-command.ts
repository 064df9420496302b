/**
 * The card command (manifest `commands`, wxt.config.ts): the user's shortcut, which the browser catches before
 * the page, opens Tactful's card for the text box that has focus. The background does not know which frame that
 * is, so it tells every frame of the active tab (`openCard`); the one whose watched box has focus answers, the
 * others stay silent (messaging.ts NOT_HERE). Also answers content scripts asking for the current binding, which
 * they cannot read themselves.
 */

import type { ResponseOf } from '../messaging.ts';
import { CARD_COMMAND, CHROME_SHORTCUTS_URL, FIREFOX_SHORTCUTS_PATH } from '../shortcut.ts';
import { effectiveShortcut } from '../storage/card-shortcut.ts';

export interface CardCommandDeps {
	/** The active tab of the focused window (a command's `tab` argument is missing in some Chrome versions). */
	activeTab(): Promise<{ id?: number } | undefined>;
	/** Sends `openCard` to every frame of the tab; throws when no frame answered. */
	send(tabId: number): Promise<ResponseOf<'openCard'>>;
}

export type CommandOutcome = ResponseOf<'openCard'>['done'] | 'not ours' | 'no tab' | 'no field';

/** Handles one `commands.onCommand`; never throws (a page with no watched box focused is the usual "no field"). */
export async function runCardCommand(
	command: string,
	tab: { id?: number } | undefined,
	deps: CardCommandDeps,
): Promise<CommandOutcome> {
	if (command !== CARD_COMMAND) return 'not ours';
	const id = tab?.id ?? (await deps.activeTab().catch(() => undefined))?.id;
	// Browser pages, the new-tab page, devtools: no content script to tell.
	if (id === undefined || id < 0) return 'no tab';
	try {
		return (await deps.send(id)).done;
	} catch (error) {
		// No frame has a watched text box with focus, or the page has no content script (a browser page).
		console.debug('[tactful] card shortcut: no text box of ours has focus in this tab:', String(error));
		return 'no field';
	}
}

/** The card command's binding as `commands.getAll()` reports it ('' when unbound). */
export const reportedShortcut = (commands: { name?: string; shortcut?: string }[]): string =>
	commands.find((c) => c.name === CARD_COMMAND)?.shortcut ?? '';

/**
 * The binding in effect for the content scripts (storage/card-shortcut.ts): remembers that the command has had
 * a binding, so a later '' reads as "the user removed it", not "the browser never gave it one".
 */
export async function cardShortcutNow(
	commands: { name?: string; shortcut?: string }[],
	firefox: boolean,
	bound: { getValue(): Promise<boolean>; setValue(v: boolean): Promise<void> },
): Promise<ResponseOf<'getCardShortcut'>> {
	const reported = reportedShortcut(commands);
	let everBound = await bound.getValue();
	if (reported && !everBound) {
		everBound = true;
		await bound.setValue(true);
	}
	return {
		...effectiveShortcut(reported, everBound),
		where: firefox ? FIREFOX_SHORTCUTS_PATH : CHROME_SHORTCUTS_URL,
	};
}

/** Firefox's `commands.onChanged` event (Chrome has none). */
export interface CommandChange {
	name: string;
	newShortcut?: string;
	oldShortcut?: string;
}

/**
 * Firefox's `commands.onChanged` for the card command: a key set, changed or removed means the command has had
 * one, so '' from now on reads as "removed" (also when no watched box asked between the setting and the removal,
 * which left Alt+Shift+T heard in the page). True when the change was ours.
 */
export async function noteCommandChange(
	change: CommandChange,
	bound: { setValue(v: boolean): Promise<void> },
): Promise<boolean> {
	if (change.name !== CARD_COMMAND) return false;
	if (change.newShortcut || change.oldShortcut) await bound.setValue(true);
	return true;
}

type ShortcutNow = ResponseOf<'getCardShortcut'>;

/**
 * Stores the binding in effect where every content script watches it (storage/card-shortcut.ts
 * `cardShortcutNowItem`), when it changed: open pages' badges, cards and the in-page fallback follow a rebinding
 * without waiting for the next focus in a box.
 */
export async function publishCardShortcut(
	now: ShortcutNow,
	item: { getValue(): Promise<ShortcutNow | null>; setValue(v: ShortcutNow): Promise<void> },
): Promise<ShortcutNow> {
	const was = await item.getValue();
	if (!was || was.shortcut !== now.shortcut || was.where !== now.where || was.inPage !== now.inPage)
		await item.setValue(now);
	return now;
}
