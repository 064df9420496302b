/**
 * Reads the base URL a user typed or pasted for an OpenAI-compatible server the way they meant it. People type
 * `localhost:11434/v1` (which the URL parser reads as the scheme "localhost:", origin "null"), `192.168.1.5:1234/v1`
 * (not a URL at all), or paste the full `…/v1/chat/completions` from a server's docs (then the backend's own
 * `/chat/completions` doubles it and the server answers 404). Each of those is fixed here instead of failing at
 * the first rewrite with a message about a wrong model name.
 */

/** The base URL to store, or why there is none. */
export type BaseUrlResult = { ok: true; url: string } | { ok: false; reason: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Hosts on this machine or this network: their servers (Ollama, LM Studio) speak plain http. */
const LOCAL_HOST =
	/^(?:localhost|\[[0-9a-f:.]+\]|127(?:\.\d{1,3}){3}|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[^.:/]+|[^:/]+\.(?:local|lan|internal|home\.arpa))(?::\d+)?(?:[/?#]|$)/i;
/** The endpoint path the backend appends itself (and `/completions`, the legacy one people also paste). */
const ENDPOINT_SUFFIX = /\/(?:chat\/)?completions\/*$/i;

/** Normalises a typed base URL: adds a missing scheme, drops a pasted endpoint path and trailing slashes. */
export function normalizeBaseUrl(input: string): BaseUrlResult {
	const typed = input.trim();
	if (!typed)
		return { ok: false, reason: 'Enter the server’s address, for example http://localhost:11434/v1.' };
	// No address holds a space, but Chromium's URL parser takes "http://my gpu box:11434" and escapes it to
	// "my%20gpu%20box", which Check server then said it "could not reach" (session 27, qa26; Node and Firefox throw).
	if (/\s/.test(typed))
		return { ok: false, reason: `“${typed}” is not a web address. It looks like http://localhost:11434/v1.` };
	// A host without "://" ("localhost:11434/v1") would parse with its host name as the scheme.
	const withScheme = SCHEME.test(typed) ? typed : `${LOCAL_HOST.test(typed) ? 'http' : 'https'}://${typed}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return { ok: false, reason: `“${typed}” is not a web address. It looks like http://localhost:11434/v1.` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return { ok: false, reason: 'The address must start with http:// or https://.' };
	if (!url.hostname) return { ok: false, reason: `“${typed}” has no server name.` };
	url.pathname = url.pathname.replace(ENDPOINT_SUFFIX, '').replace(/\/+$/, '');
	return { ok: true, url: url.href.replace(/\/+(?=[?#]|$)/, '') };
}

/**
 * The chat-completions endpoint of a stored base URL. One saved before the options page normalised it may lack
 * its scheme or already end in the endpoint; an address beyond repair is used as is, to fail as `unreachable`.
 */
export function chatCompletionsUrl(baseUrl: string): string {
	const base = normalizeBaseUrl(baseUrl);
	return `${base.ok ? base.url : baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

/** The origin of a stored base URL (read as chatCompletionsUrl reads it), '' when it has none. */
export function originOfBase(baseUrl: string): string {
	const base = normalizeBaseUrl(baseUrl);
	try {
		return base.ok ? new URL(base.url).origin : '';
	} catch {
		return '';
	}
}

/**
 * The API key to send to `baseUrl`: the saved key only if it was saved for that server's origin. A key saved
 * before keys were bound (`keyOrigin` '') goes to the server saved with it, as before.
 */
export function keyForServer(baseUrl: string, key: string, keyOrigin: string): string {
	if (!key || !keyOrigin) return key;
	return originOfBase(baseUrl) === keyOrigin ? key : '';
}
