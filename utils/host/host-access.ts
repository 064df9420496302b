/**
 * Whether the browser lets the extension's own pages contact a server (and so skip its CORS rules). Not
 * `permissions.contains`: Chrome answers false for a host the extension reaches through its content scripts'
 * `<all_urls>`, which also opens fetches, so a server that is merely down would be blamed on a permission. The
 * origins `permissions.getAll()` lists (content-script hosts included, minus what the user withheld) are matched
 * against the URL instead.
 */
import { browser } from '#imports';

/** Whether a match pattern (`<all_urls>`, `*://*.example.com/*`, `http://127.0.0.1/*`) covers `url`'s host. */
export function patternCovers(pattern: string, url: URL): boolean {
	if (pattern === '<all_urls>') return url.protocol === 'http:' || url.protocol === 'https:';
	const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
	if (!m) return false;
	const [, scheme, rawHost = ''] = m;
	if (scheme === '*' ? !/^https?:$/.test(url.protocol) : `${scheme}:` !== url.protocol) return false;
	// Chrome patterns may carry a port; Firefox ones never do. A pattern's port must match when it has one.
	const [host = '', port] = rawHost.split(/:(?=\d+$)/);
	if (port && port !== (url.port || (url.protocol === 'https:' ? '443' : '80'))) return false;
	if (host === '*') return true;
	if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
	return url.hostname === host;
}

/** True or false when the browser can say; undefined when it cannot (no permissions API, a bad URL). */
export async function hostAccess(baseUrl: string): Promise<boolean | undefined> {
	try {
		if (!browser.permissions?.getAll) return undefined;
		const url = new URL(baseUrl);
		const { origins = [] } = await browser.permissions.getAll();
		return origins.some((pattern) => patternCovers(pattern, url));
	} catch {
		return undefined;
	}
}
