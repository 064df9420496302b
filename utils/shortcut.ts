/**
 * The keyboard shortcut that opens Tactful's card: a manifest command (`CARD_COMMAND`) the user can rebind or
 * unbind in the browser (chrome://extensions/shortcuts; Firefox: about:addons → Manage Extension Shortcuts).
 * What the browser reports (`commands.getAll`) is read here into one shape, written the platform's way for
 * people (⌥⇧T on macOS) and for `aria-keyshortcuts`, and matched against key presses (the in-page fallback,
 * entrypoints/content/card.ts). Pure: no browser APIs.
 */

/** The manifest command's name (wxt.config.ts) and what the background listens for. */
export const CARD_COMMAND = 'open-card';
/** The binding the manifest suggests; also what a content script assumes until the background has answered. */
export const DEFAULT_CARD_SHORTCUT = 'Alt+Shift+T';
/** Where Chrome's shortcut page is (extensions may open it with tabs.create; Firefox's about: pages they may not). */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';
/** How Firefox users reach theirs, said in words. */
export const FIREFOX_SHORTCUTS_PATH = 'about:addons → ⚙ (Tools for all add-ons) → Manage Extension Shortcuts';

export interface Shortcut {
	ctrl: boolean;
	alt: boolean;
	shift: boolean;
	/** Command on macOS. */
	meta: boolean;
	/** The manifest's key name: 'T', '3', 'F5', 'Comma', 'Up', … */
	key: string;
}

/** Manifest key names whose KeyboardEvent.code is not a simple prefix + name. */
const CODES: Record<string, string> = {
	Comma: 'Comma',
	Period: 'Period',
	Space: 'Space',
	Home: 'Home',
	End: 'End',
	PageUp: 'PageUp',
	PageDown: 'PageDown',
	Insert: 'Insert',
	Delete: 'Delete',
	Up: 'ArrowUp',
	Down: 'ArrowDown',
	Left: 'ArrowLeft',
	Right: 'ArrowRight',
};

/** Whether the browser runs on macOS (its modifiers are drawn as symbols, and manifest "Ctrl" means Command). */
export function isMac(
	nav: { platform?: string; userAgent?: string } | undefined = globalThis.navigator,
): boolean {
	return /Mac|iPhone|iPad/.test(nav?.platform || nav?.userAgent || '');
}

/**
 * A shortcut as `commands.getAll()` reports it ("Alt+Shift+T"; Chrome on macOS: "⌥⇧T"; "" when the user
 * removed it or another extension holds the key), or null when there is none.
 */
export function parseShortcut(raw: string | undefined, mac: boolean): Shortcut | null {
	const text = (raw ?? '').trim();
	if (!text) return null;
	const s: Shortcut = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
	const parts = text.includes('+')
		? text.split('+')
		: // Chrome on macOS: modifier symbols, then the key, with no separator.
			[
				...text
					.replace(/^([⌃⌥⇧⌘]*)(.*)$/u, (_, mods: string, k: string) => `${[...mods].join(' ')} ${k}`)
					.split(' '),
			];
	for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
		if (p === 'Alt' || p === '⌥' || p === 'Option') s.alt = true;
		else if (p === 'Shift' || p === '⇧') s.shift = true;
		else if (p === 'MacCtrl' || p === '⌃') s.ctrl = true;
		else if (p === 'Command' || p === '⌘' || p === 'Meta') s.meta = true;
		else if (p === 'Ctrl') {
			if (mac) s.meta = true;
			else s.ctrl = true;
		} else s.key = p.length === 1 ? p.toUpperCase() : p;
	}
	return s.key ? s : null;
}

/** The shortcut as people read it on this platform: '⌥⇧T' on macOS, 'Alt+Shift+T' elsewhere; '' for none. */
export function formatShortcut(s: Shortcut | null, mac: boolean): string {
	if (!s) return '';
	if (mac) return `${s.ctrl ? '⌃' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.meta ? '⌘' : ''}${s.key}`;
	return [s.ctrl && 'Ctrl', s.meta && 'Meta', s.alt && 'Alt', s.shift && 'Shift', s.key]
		.filter(Boolean)
		.join('+');
}

/** The value for `aria-keyshortcuts` (ARIA's names: Control, Alt, Shift, Meta, then the key's `key` value). */
export function ariaShortcut(s: Shortcut | null): string {
	if (!s) return '';
	const key = CODES[s.key]?.startsWith('Arrow')
		? CODES[s.key]
		: s.key === 'Comma'
			? ','
			: s.key === 'Period'
				? '.'
				: s.key;
	return [s.ctrl && 'Control', s.alt && 'Alt', s.shift && 'Shift', s.meta && 'Meta', key]
		.filter(Boolean)
		.join('+');
}

/** The KeyboardEvent.code of a manifest key name (the physical key: Option+Shift+T types 'ˇ' on a Mac). */
function codeOf(key: string): string {
	if (/^[A-Z]$/.test(key)) return `Key${key}`;
	if (/^[0-9]$/.test(key)) return `Digit${key}`;
	return CODES[key] ?? key;
}

/** Whether a key press is exactly this shortcut (no extra modifiers). */
export function matchesShortcut(e: KeyboardEvent, s: Shortcut | null): boolean {
	return (
		s !== null &&
		e.code === codeOf(s.key) &&
		e.altKey === s.alt &&
		e.shiftKey === s.shift &&
		e.ctrlKey === s.ctrl &&
		e.metaKey === s.meta
	);
}
