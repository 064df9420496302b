/**
 * Typed rewrite failures. Every failure the user can meet maps to one `code` with a plain-language message for
 * the card; the draft is never touched on any of them.
 */

/** What went wrong, coarse enough for the UI to pick a message and a retry policy. */
export type RewriteErrorCode =
	| 'unauthorized'
	| 'rate-limited'
	| 'timeout'
	| 'malformed'
	| 'not-found'
	| 'unreachable'
	| 'no-permission'
	| 'redirected'
	| 'server'
	| 'download-failed'
	| 'quota'
	| 'unavailable'
	| 'not-opted-in'
	| 'too-long'
	| 'interrupted'
	| 'aborted';

const USER_MESSAGES: Record<RewriteErrorCode, string> = {
	unauthorized: 'The rewrite service rejected the API key (401). Check the key in Tactful’s settings.',
	'rate-limited': 'The rewrite service is rate-limiting requests (429). Wait a moment and try again.',
	// A server loading its model cold can take minutes; once loaded, asking again usually answers quickly.
	timeout:
		'The rewrite service took too long to answer. If it was still loading the model, Try again may work now; otherwise pick a faster model.',
	malformed: 'The rewrite service sent a reply Tactful could not read. Check the base URL and model.',
	'not-found':
		'The rewrite service does not know that model name or address (404). Check the model name and base URL in Tactful’s settings.',
	unreachable: 'Could not reach the rewrite service. Is it running, and is the base URL right?',
	// The detail names the server (see messageForCode): the browser blocked the call, not the network.
	'no-permission':
		'Tactful needs your permission to contact the rewrite server. Allow it in Tactful’s settings.',
	// Not followed: the key would go to wherever the redirect points (and a POST turns into a GET on most).
	redirected:
		'The rewrite server redirects to another address. Enter the address it redirects to as the base URL in Tactful’s settings.',
	server: 'The rewrite service had an internal error. Try again later.',
	'download-failed': 'The on-device model could not be downloaded. Check your connection and try again.',
	quota: 'Not enough storage space for the on-device model. Free some space or use another backend.',
	unavailable: 'This rewrite backend is not available in this browser.',
	'not-opted-in': 'The on-device model is not downloaded yet. Enable it in Tactful’s settings first.',
	'too-long': 'The draft is too long for the on-device model. Shorten it or pick another backend.',
	// The relay or the model host went away mid-request (service worker stopped, offscreen document closed or
	// crashed): nothing is wrong with the setup, and asking again starts them afresh.
	interrupted: 'Tactful stopped answering before the rewrite was done (its background restarted). Try again.',
	aborted: 'The rewrite was cancelled.',
};

/** A failure with a machine-readable code and a message fit to show the user as is. */
export class RewriteError extends Error {
	readonly userMessage: string;
	constructor(
		readonly code: RewriteErrorCode,
		detail?: string,
	) {
		super(detail ? `${code}: ${detail}` : code);
		this.name = 'RewriteError';
		this.userMessage = USER_MESSAGES[code];
	}
}

/** The user-facing message for any thrown value (unknown errors get a generic line, never a stack). */
export function userMessageOf(error: unknown): string {
	if (error instanceof RewriteError) return error.userMessage;
	return 'The rewrite failed unexpectedly. Your draft is unchanged.';
}

/** Recovers a RewriteErrorCode from an error message that crossed a message channel as text. */
export function codeFromMessage(message: string): RewriteErrorCode | undefined {
	const code = message.split(':', 1)[0] as RewriteErrorCode;
	return code in USER_MESSAGES ? code : undefined;
}

/** The user-facing message for a code; a `detail` that starts with the server's origin names it (see below). */
export function messageForCode(code: RewriteErrorCode, detail?: string): string {
	// The origin only, never the rest of the detail (an error text from the network stack or the server).
	const server = /^https?:\/\/[^\s/]+/.exec(detail ?? '')?.[0];
	if (code === 'no-permission' && server)
		return `Tactful needs your permission to contact ${server}. Allow it in Tactful’s settings.`;
	if (code === 'unreachable' && server)
		return `Could not reach the rewrite server at ${server}. Is it running, and is the base URL right?`;
	return USER_MESSAGES[code];
}

/** What a card can offer on an error: the settings that fix it, the offline fixer instead, and Try again. */
export interface ErrorRemedies {
	/**
	 * Asking again as things stand may work: the server was busy, slow, restarting or briefly away (session 27: the
	 * card offered Try again beside "not downloaded yet", which no retry can change).
	 */
	retry: boolean;
	/** The cause is in the rewrite backend's settings (address, model, key, permission, opt-in). */
	settings: boolean;
	/** Another backend failed: the built-in offline fixer can still answer. */
	offline: boolean;
}

const FIXED_IN_SETTINGS = new Set<RewriteErrorCode>([
	'unauthorized',
	'not-found',
	'malformed',
	'unreachable',
	'no-permission',
	'redirected',
	'timeout',
	'not-opted-in',
	'unavailable',
	'download-failed',
	'quota',
]);

/**
 * Failures that asking again with the same setup and draft cannot change: a wrong key, model or address, a
 * permission or an opt-in not given, a backend this browser lacks, a draft too long for the model. Their way out is
 * the settings (the card asks again by itself once they change: retryWhenFixed) or another backend. `timeout`
 * (a model still loading), `unreachable` (a server being started), `download-failed` and `quota` (space freed
 * elsewhere) may pass on a retry.
 */
const RETRY_CANNOT_FIX = new Set<RewriteErrorCode>([
	'unauthorized',
	'not-found',
	'malformed',
	'no-permission',
	'redirected',
	'unavailable',
	'not-opted-in',
	'too-long',
]);

/** The ways out of an error with `code` (only Try again for a cancelled request or an error without a code). */
export function remediesFor(code: RewriteErrorCode | undefined): ErrorRemedies {
	if (!code || code === 'aborted') return { settings: false, offline: false, retry: true };
	// The offline fixer throws no coded error of its own, so any coded failure came from another backend.
	return { settings: FIXED_IN_SETTINGS.has(code), offline: true, retry: !RETRY_CANNOT_FIX.has(code) };
}

/** Throws `aborted` if the signal fired; backends call it between awaits. */
export function throwIfAborted(signal?: AbortSignal): void {
	if (signal?.aborted) throw new RewriteError('aborted');
}

/** An error that crossed the message channel (sendMessage throws Error(text)), read back for the card. */
export function errorFromChannel(error: unknown): { message: string; code?: RewriteErrorCode } {
	const text = error instanceof Error ? error.message : String(error);
	const code = codeFromMessage(text);
	// The card adds "Your draft was not changed." under every error; don't say it twice.
	if (!code) return { message: 'The rewrite failed unexpectedly.' };
	return { message: messageForCode(code, text.slice(code.length + 1).trim()), code };
}

/** The card's message for an error that crossed the message channel. */
export function userMessageFromChannel(error: unknown): string {
	return errorFromChannel(error).message;
}
