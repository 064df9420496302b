/**
 * The keyboard way to Tactful's card, said where people learn how Tactful works (the popup, the welcome page):
 * the CURRENT binding of the card command (the user may have changed or removed it in the browser), written the
 * platform's way, and the way to change it. The badge sits in an overlay at the end of the page, so Tab from a
 * text box never reaches it: the shortcut is the way (background/card-command.ts, content/card.ts).
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { cardShortcutNow, publishCardShortcut } from '../../utils/background/card-command.ts';
import {
	CHROME_SHORTCUTS_URL,
	DEFAULT_CARD_SHORTCUT,
	FIREFOX_SHORTCUTS_PATH,
	formatShortcut,
	isMac,
	parseShortcut,
} from '../../utils/shortcut.ts';
import { cardShortcutBoundItem, cardShortcutNowItem } from '../../utils/storage/card-shortcut.ts';

export interface ShortcutAccess {
	/** The card command's binding as the browser reports it; '' when none is set. */
	read(): Promise<string>;
	/** Opens the browser's shortcut page; absent where extensions cannot open it (Firefox's about:addons). */
	open?: () => void;
}

/** The real browser: `commands.getAll`, and chrome://extensions/shortcuts on Chrome. */
export function browserShortcuts(firefox: boolean): ShortcutAccess {
	return {
		// Read as the background reads it: a binding seen here is remembered (so removing it later reads as removed,
		// Chrome having no change event) and handed to the open pages.
		read: async () =>
			(
				await publishCardShortcut(
					await cardShortcutNow(await browser.commands.getAll(), firefox, cardShortcutBoundItem),
					cardShortcutNowItem,
				)
			).shortcut,
		open: firefox ? undefined : () => void browser.tabs.create({ url: CHROME_SHORTCUTS_URL }),
	};
}

export interface KeyboardHintProps {
	firefox?: boolean;
	shortcuts?: ShortcutAccess;
	mac?: boolean;
}

/** One muted line and the way to change the key; `data-testid="keyboard-hint"`. */
export function KeyboardHint({
	firefox = Boolean(import.meta.env.FIREFOX),
	shortcuts,
	mac = isMac(),
}: KeyboardHintProps) {
	const [raw, setRaw] = useState<string | null>(null);
	useEffect(() => {
		let live = true;
		(shortcuts ?? browserShortcuts(firefox))
			.read()
			.then((s) => live && setRaw(s))
			.catch((error) => {
				// Shown with the manifest's suggestion, which is what a browser that cannot say has bound.
				console.debug('[tactful] could not read the card shortcut:', error);
				if (live) setRaw(DEFAULT_CARD_SHORTCUT);
			});
		return () => {
			live = false;
		};
	}, [shortcuts, firefox]);
	const open = shortcuts ? shortcuts.open : browserShortcuts(firefox).open;
	const label = raw === null ? '' : formatShortcut(parseShortcut(raw, mac), mac);
	const keys = mac
		? [...label.replace(/^([⌃⌥⇧⌘]*).*$/u, '$1')].concat(label.replace(/^[⌃⌥⇧⌘]*/u, ''))
		: label.split('+');
	return (
		<p class="tf-note tf-keys" data-testid="keyboard-hint" data-shortcut={raw ?? undefined}>
			{raw === null ? null : label ? (
				<>
					{keys.map((k, i) => (
						<Fragment key={k}>
							{i > 0 && !mac ? '+' : ''}
							<kbd>{k}</kbd>
						</Fragment>
					))}{' '}
					in a text box opens Tactful’s card; <kbd>Esc</kbd> goes back to your text.{' '}
				</>
			) : (
				<>No keyboard shortcut is set for Tactful’s card (the badge still opens it). </>
			)}
			{open ? (
				<button type="button" class="tf-link" data-testid="change-shortcut" onClick={open}>
					{label || raw === null ? 'Change the shortcut' : 'Set a shortcut'}
				</button>
			) : (
				<span data-testid="change-shortcut-where">
					{label || raw === null ? 'Change it' : 'Set one'} in {FIREFOX_SHORTCUTS_PATH}.
				</span>
			)}
		</p>
	);
}
