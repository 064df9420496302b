/**
 * The welcome page, opened once when Tactful is installed: never on an update, a browser update or a reload of
 * the unpacked extension, so a user sees it exactly once.
 */

/** The welcome page's path inside the extension (the `welcome` unlisted page). */
export const WELCOME_PATH = '/welcome.html' as const;

/** What `runtime.onInstalled` reports (only the field this module reads). */
export interface InstalledDetails {
	reason: string;
}

/** True only for a fresh install ("update", "chrome_update", "browser_update", "shared_module_update" are not). */
export function opensWelcome(details: InstalledDetails): boolean {
	return details.reason === 'install';
}

/** Calls `openTab` (which opens WELCOME_PATH in a new tab) when `details` is a fresh install. */
export async function welcomeOnInstall(
	details: InstalledDetails,
	openTab: () => Promise<unknown>,
): Promise<boolean> {
	if (!opensWelcome(details)) return false;
	await openTab();
	return true;
}
