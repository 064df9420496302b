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

/** Asks the server for its models and says, in words, whether rewrites with this model and key will work. */
export async function checkServer(
	server: ServerToCheck,
	fetchFn: typeof fetch = (...args) => fetch(...args),
	timeoutMs = 8000,
): Promise<ServerCheckResult> {
	const base = normalizeBaseUrl(server.baseUrl);
	if (!base.ok) return { ok: false, message: base.reason };
	const model = server.model.trim();
	const key = server.apiKey?.trim();
	let response: Response;
	try {
		response = await fetchFn(`${base.url}/models`, {
			headers: { accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
			signal: AbortSignal.timeout(timeoutMs),
		});
	} catch (error) {
		const late = error instanceof DOMException && error.name === 'TimeoutError';
		if (late)
			return {
				ok: false,
				message: `${base.url} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
			};
		return {
			ok: false,
			unreachable: true,
			message: `Could not reach ${base.url}. Is the server running, and is the address right?`,
		};
	}
	if (response.status === 401 || response.status === 403)
		return { ok: false, message: `The server rejected the API key (${response.status}). Check the key.` };
	if (response.status === 404)
		return {
			ok: false,
			message: `Nothing answers at ${base.url}/models (404). Check the address; most servers want it to end in /v1.`,
		};
	if (!response.ok) return { ok: false, message: `The server answered with an error (${response.status}).` };
	const ids = modelIds(await response.json().catch(() => null));
	if (!ids)
		return {
			ok: false,
			message: 'Something answered, but not like an OpenAI-compatible server. Check the address.',
		};
	if (!model) return { ok: false, message: 'The server answered. Enter the name of the model to use.' };
	if (ids.includes(model)) return { ok: true, message: `The server answered, and it has “${model}”.` };
	const some = ids
		.slice(0, 5)
		.map((id) => `“${id}”`)
		.join(', ');
	return {
		ok: false,
		message: ids.length
			? `The server answered, but it has no model “${model}”. It has ${some}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}.`
			: `The server answered, but it has no models yet. Load or pull “${model}” on it first.`,
	};
}
