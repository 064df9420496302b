/** Opens the options page at a section, for content scripts (which can call neither openOptionsPage nor tabs). */
import { browser } from '#imports';
import { type SettingsSection, settingsSectionItem } from '../storage/settings-section.ts';

/** Stores the section to show, then opens (or focuses) the options page, which scrolls there. */
export async function openSettings(section: SettingsSection, now = Date.now()): Promise<{ ok: true }> {
	await settingsSectionItem.setValue({ section, at: now });
	await browser.runtime.openOptionsPage();
	return { ok: true };
}
