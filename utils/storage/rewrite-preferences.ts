/**
 * Where the rewrite bandit (what Tactful learned about the rewrites this user accepts) is kept: localStorage of the
 * extension's origin, which the inference host (offscreen document / Firefox background page) and the extension's
 * own pages share. A tiny module so the history page can forget it without loading the rewrite host.
 */
export const REWRITE_BANDIT_KEY = 'tactful.rewriteBandit';

/** Forgets the learned rewrite preferences; a no-op where there is no localStorage (a service worker). */
export function forgetRewritePreferences(
	store: Pick<Storage, 'removeItem'> | undefined = globalThis.localStorage,
): void {
	store?.removeItem(REWRITE_BANDIT_KEY);
}
