/**
 * Chrome does not run a new version's content script in tabs that were open before an install or update (a
 * reload of the unpacked extension counts as an update): those tabs keep the old, orphaned script, which stops
 * itself (entrypoints/content/orphan.ts), and would stay unchecked until the user reloads them. So the
 * background injects the content script into them once, right after the install/update. The new script's start
 * stops any older copy on the page (WXT's "content script started" event), so a field never gets two overlays.
 * Firefox injects manifest content scripts into open tabs by itself: this runs on Chrome only.
 */

/** What `runtime.onInstalled` reports (only the field this module reads). */
export interface InstalledDetails {
	reason: string;
}

/** The browser calls this needs (`tabs.query`, `scripting.executeScript`), passed in for tests. */
export interface ReinjectApi {
	tabs(): Promise<{ id?: number; url?: string; discarded?: boolean }[]>;
	inject(tabId: number, files: string[]): Promise<unknown>;
	/** The manifest's content scripts' files. */
	files(): string[];
}

/** Pages a content script can run in (extension pages, chrome:// and the Web Store refuse; no need to ask). */
const INJECTABLE = /^(https?|file):/;

/**
 * After an install or update, injects the content script into every open tab it may run in. Returns how many tabs
 * got it. A tab that refuses (no access, a browser page, gone meanwhile) is skipped quietly; the rest still get it.
 */
export async function reinjectOnInstall(details: InstalledDetails, api: ReinjectApi): Promise<number> {
	if (details.reason !== 'install' && details.reason !== 'update') return 0;
	const files = api.files();
	if (files.length === 0) return 0;
	let injected = 0;
	let refused = 0;
	for (const tab of await api.tabs()) {
		// A discarded tab reloads (with the new content script) when the user returns to it.
		if (tab.id === undefined || tab.discarded || (tab.url !== undefined && !INJECTABLE.test(tab.url)))
			continue;
		try {
			await api.inject(tab.id, files);
			injected++;
		} catch {
			refused++;
		}
	}
	if (refused)
		console.debug(`[tactful] content script not re-injected into ${refused} tab(s) that refused it`);
	return injected;
}
