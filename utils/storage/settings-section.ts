/**
 * Which part of the options page to show when it opens: a card's "Fix in settings" stores the section here
 * (runtime.openOptionsPage takes no anchor, and focuses an options tab already open instead of loading it anew),
 * and the page scrolls there on load or as soon as the value changes. `options.html#rewrite` works too.
 */
import { storage } from '#imports';

/** The options page sections a link can point at (the `id` of their <section>). */
export type SettingsSection = 'rewrite';

/** A request to show `section`, made at `at` (epoch ms); honoured once, then cleared. */
export interface SettingsSectionRequest {
	section: SettingsSection;
	at: number;
}

/** Session storage: a request left over from an earlier browser session must not scroll the page later. */
export const settingsSectionItem = storage.defineItem<SettingsSectionRequest | null>(
	'session:settingsSection',
	{
		fallback: null,
	},
);

/** A request older than this is stale (the options page never opened to honour it). */
export const SECTION_REQUEST_TTL_MS = 60_000;
