/**
 * "Check server" on the options page: one GET of the server's `/models` list with the key, read into a sentence
 * a user can act on (running? right address? key accepted? does it have that model?). Without it a wrong key or
 * a model the server has not pulled only showed up as an error on the first warned draft, in the middle of
 * writing. Sends no draft text.
 */
import { normalizeBaseUrl } from './base-url.ts';

/** What to check: the form's values as typed (saved or not). */
export interface ServerToCheck {
	baseUrl: string;
	model: string;
	apiKey?: string;
}

/** The outcome: `ok` when a rewrite request would reach that model with that key. */
export interface ServerCheckResult {
	ok: boolean;
	message: string;
	/** No answer at all (not a time-out): the server is down, or the browser blocked the call (no permission). */
	unreachable?: boolean;
	/**
	 * The address the server does answer at, when it is not the one typed (`http://localhost:11434` typed, the
	 * server's OpenAI-compatible API at `…/v1`): the form puts it in the field for the user to save.
	 */
	baseUrl?: string;
}

/** The model ids in an OpenAI-style `/models` reply (`{ data: [{ id }] }`; Ollama's `{ models: [{ name }] }` too). */
function modelIds(body: unknown): string[] | null {
	if (!body || typeof body !== 'object') return null;
	const { data, models } = body as { data?: unknown; models?: unknown };
	const list = Array.isArray(data) ? data : Array.isArray(models) ? models : null;
	if (!list) return null;
	return list
		.map((m) =>
			m && typeof m === 'object'
				? ((m as { id?: unknown; name?: unknown }).id ?? (m as { name?: unknown }).name)
				: m,
		)
		.filter((id): id is string => typeof id === 'string');
}

/**
 * What an error reply says, for the user to read ("model 'llama3' not found, try pulling it first"): OpenAI's
 * `{ error: { message } }`, Ollama's `{ error: "…" }`, `{ message }` or a short plain text; one line, at most
 * 200 characters, '' when it says nothing readable (an HTML page).
 */
export async function serverSays(response: Response): Promise<string> {
	const text = await response.text().catch(() => '');
	let said: unknown = text;
	try {
		const body = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
		const error = body?.error;
		said =
			(error && typeof error === 'object' ? (error as { message?: unknown }).message : error) ??
			body?.message ??
			body?.detail;
	} catch {
		if (/^\s*</.test(text)) said = '';
	}
	if (typeof said !== 'string') return '';
	const line = said.replace(/\s+/g, ' ').trim();
	return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** A redirect, as a browser reports one under `redirect: 'manual'` (opaque) or a server does (3xx). */
export const isRedirect = (response: Response): boolean =>
	response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);

const LOCAL = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Why an address did not answer at all, with what to try (the usual ports, an untrusted certificate). */
function unreachableMessage(base: string): string {
	const url = new URL(base);
	const hints = [`Could not reach ${base}. Is the server running, and is the address right?`];
	if (LOCAL.test(url.hostname) && url.protocol === 'http:' && !['11434', '1234'].includes(url.port))
		hints.push('Ollama listens on port 11434 and LM Studio on port 1234 unless you changed them.');
	if (url.protocol === 'https:')
		hints.push(
			`If the server uses a certificate the browser does not trust (a self-signed one), open ${url.origin} in a tab and accept it, or use http://.`,
		);
	return hints.join(' ');
}

type Reply = { response: Response } | { failed: 'timeout' | 'unreachable' };

/**
 * Asks the server for its models and says, in words, whether rewrites with this model and key will work. Only on
 * the user's click. A server without a model list (404 at `/models`) is sent one tiny test request instead ("Say
 * OK.", one token, no draft); an address without `/v1` where the server answers only under it gets the right one
 * back in `baseUrl`. The key goes only to the address typed: never after a redirect (`redirect: 'manual'`).
 */
export async function checkServer(
	server: ServerToCheck,
	fetchFn: typeof fetch = (...args) => fetch(...args),
	timeoutMs = 8000,
): Promise<ServerCheckResult> {
	const base = normalizeBaseUrl(server.baseUrl);
	if (!base.ok) return { ok: false, message: base.reason };
	const model = server.model.trim();
	const key = server.apiKey?.trim();
	const headers = { accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
	const ask = async (url: string, init: RequestInit = {}): Promise<Reply> => {
		try {
			return {
				response: await fetchFn(url, {
					...init,
					headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
					redirect: 'manual',
					signal: AbortSignal.timeout(timeoutMs),
				}),
			};
		} catch (error) {
			return {
				failed: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'unreachable',
			};
		}
	};
	const first = await ask(`${base.url}/models`);
	if ('failed' in first)
		return first.failed === 'timeout'
			? { ok: false, message: `${base.url} did not answer within ${Math.round(timeoutMs / 1000)} seconds.` }
			: { ok: false, unreachable: true, message: unreachableMessage(base.url) };
	let { response } = first;
	let url = base.url;
	// "http://localhost:11434" typed: Ollama, LM Studio and llama.cpp serve the OpenAI API under /v1.
	const noVersion = !/\/v\d+[a-z]*$/i.test(new URL(base.url).pathname);
	if (
		noVersion &&
		(response.status === 404 ||
			!modelIds(
				await response
					.clone()
					.json()
					.catch(() => null),
			))
	) {
		const v1 = await ask(`${base.url}/v1/models`);
		if (
			'response' in v1 &&
			v1.response.ok &&
			modelIds(
				await v1.response
					.clone()
					.json()
					.catch(() => null),
			)
		) {
			response = v1.response;
			url = `${base.url}/v1`;
		}
	}
	const moved = url === base.url ? {} : { baseUrl: url };
	const movedNote =
		url === base.url
			? ''
			: ` The server answers at ${url}; Tactful put that address in the field. Press “Save server” to keep it.`;
	if (isRedirect(response))
		return {
			ok: false,
			message: `${url}/models redirects to another address. Enter the address it redirects to (http:// or https://, the host name) as the base URL; Tactful does not follow redirects with your key.`,
		};
	if (response.status === 401 || response.status === 403) {
		const said = await serverSays(response);
		return {
			ok: false,
			message: `The server rejected the API key (${response.status}${said ? `: “${said}”` : ''}). Check the key.`,
		};
	}
	if (response.status === 404) return tryChat(url, model, ask);
	if (!response.ok) {
		const said = await serverSays(response);
		return {
			ok: false,
			message: `The server answered with an error (${response.status})${said ? `: “${said}”` : ''}.`,
		};
	}
	const ids = modelIds(await response.json().catch(() => null));
	if (!ids)
		return {
			ok: false,
			message: 'Something answered, but not like an OpenAI-compatible server. Check the address.',
		};
	if (!model)
		return {
			ok: false,
			...moved,
			message: `The server answered. Enter the name of the model to use.${movedNote}`,
		};
	if (ids.includes(model))
		return { ok: true, ...moved, message: `The server answered, and it has “${model}”.${movedNote}` };
	const some = ids
		.slice(0, 5)
		.map((id) => `“${id}”`)
		.join(', ');
	return {
		ok: false,
		...moved,
		message:
			(ids.length
				? `The server answered, but it has no model “${model}”. It has ${some}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}.`
				: `The server answered, but it has no models yet. Load or pull “${model}” on it first.`) + movedNote,
	};
}

/**
 * No `/models` there (some proxies and servers lack it): one test chat request says whether rewrites would work.
 * It carries no draft, asks for one token, and is only sent on the user's click.
 */
async function tryChat(
	url: string,
	model: string,
	ask: (url: string, init?: RequestInit) => Promise<Reply>,
): Promise<ServerCheckResult> {
	const noModels = `Nothing answers at ${url}/models (404). Check the address; most servers want it to end in /v1.`;
	if (!model) return { ok: false, message: noModels };
	const reply = await ask(`${url}/chat/completions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			model,
			messages: [{ role: 'user', content: 'Say OK.' }],
			max_tokens: 1,
			stream: false,
		}),
	});
	if ('failed' in reply) return { ok: false, message: noModels };
	const { response } = reply;
	if (response.ok)
		return {
			ok: true,
			message: `The server has no model list at ${url}/models, but it answered a test request with “${model}”.`,
		};
	const said = await serverSays(response);
	if (response.status === 401 || response.status === 403)
		return {
			ok: false,
			message: `The server rejected the API key (${response.status}${said ? `: “${said}”` : ''}). Check the key.`,
		};
	if (response.status === 404 && said)
		return {
			ok: false,
			message: `The server has no model list, and it answered a test request with: “${said}”.`,
		};
	return {
		ok: false,
		message: said ? `${noModels} A test request got ${response.status}: “${said}”.` : noModels,
	};
}
