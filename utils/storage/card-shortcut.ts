/**
 * Whether the card command has ever had a binding since install. Chrome on Windows/Linux keeps Alt+Shift+T for
 * itself ("focus the toolbar") and does not give an extension a suggested key that is a browser shortcut, so the
 * command starts unbound there; `commands.getAll` then reports '' exactly as it does after a user removed the key.
 * Never bound: Tactful listens for the suggestion in the page (the fallback); bound once, then '': the user removed
 * it, and no key is ours. Written by the background whenever it sees a binding (background/card-command.ts).
 */
import { storage } from '#imports';
import { DEFAULT_CARD_SHORTCUT } from '../shortcut.ts';

export const cardShortcutBoundItem = storage.defineItem<boolean>('local:cardShortcutBound', {
	fallback: false,
});

/**
 * The binding in effect: what the browser reports, or the suggestion heard in the page when the browser never
 * bound one (`inPage`), or '' when the user removed it.
 */
export function effectiveShortcut(
	reported: string,
	everBound: boolean,
): { shortcut: string; inPage: boolean } {
	if (reported) return { shortcut: reported, inPage: false };
	return everBound ? { shortcut: '', inPage: false } : { shortcut: DEFAULT_CARD_SHORTCUT, inPage: true };
}

/**
 * The binding in effect as the background last read it (background/card-command.ts `publishCardShortcut`): content
 * scripts watch it, so a page open while the user rebinds (Firefox tells the background at once, commands.onChanged;
 * Chrome when the background next reads the binding) names and hears the new key. null: not read yet.
 */
export const cardShortcutNowItem = storage.defineItem<{
	shortcut: string;
	where: string;
	inPage: boolean;
} | null>('local:cardShortcutNow', { fallback: null });
