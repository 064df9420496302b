/**
 * "Tactful cannot check drafts right now" in plain words, everywhere it is said (the badge, the popup). A model
 * load fails with onnxruntime's own text ("Failed to load model because protobuf parsing failed.", "Aborted(OOM)",
 * a WebAssembly CompileError): that text is kept for bug reports ("Details") but is not what a user reads.
 *
 * An error that crosses the message channel is a string; an `unavailable:` one carries both parts:
 * `unavailable: <plain words> [details: <raw text>]`. Pure: content scripts, the popup and the host all read it.
 */

/** How an error from a failed model load starts when it reaches the page (entrypoints/content/field-controller.ts). */
export const UNAVAILABLE = 'unavailable';

/** Why checking is unavailable: what the user reads, and the raw error behind "Details". */
export interface Unavailable {
	reason: string;
	details: string;
}

/** Plain words for a model file that is truncated, corrupt or missing from the package. */
export const DAMAGED =
	"Tactful's model file could not be loaded: it is damaged or missing. Reinstall or update the extension";
/** Plain words for a load that ran out of memory. */
export const OUT_OF_MEMORY =
	'the browser ran out of memory loading Tactful’s model. Close some tabs, then try again';
/** Plain words for WebAssembly being refused (a policy, a setting, a content security policy). */
export const WASM_BLOCKED =
	'WebAssembly is blocked by a policy or setting in this browser, and Tactful’s checker needs it';
/** Plain words for the checker not answering (the background or its model host stopped, even after one retry). */
export const NO_ANSWER =
	'Tactful’s checker did not answer. Try again; if it keeps happening, restart the browser';
/** Plain words for anything else. */
export const COULD_NOT_START =
	'Tactful’s checker could not start. Try again; if it keeps happening, reinstall the extension';

/** One line of at most 300 characters of `error`'s message. */
export function rawText(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** The plain-words reason for a failed model load (or a failed start of the model host). */
export function plainReason(error: unknown): string {
	const text = rawText(error);
	if (/out of memory|\bOOM\b|allocation failed|Cannot enlarge memory|Array buffer allocation/i.test(text))
		return OUT_OF_MEMORY;
	if (
		/CompileError|WebAssembly\.(instantiate|compile|Module)|wasm-unsafe-eval|Content Security Policy|WebAssembly is (not|disabled)|no available backend/i.test(
			text,
		)
	)
		return WASM_BLOCKED;
	if (
		/protobuf|Failed to load model|model file|not bundled|HTTP 404|invalid (model|onnx)|Can't create a session|ERROR_CODE: 7|is not a valid/i.test(
			text,
		)
	)
		return DAMAGED;
	if (
		/message (channel|port) closed before a response|Receiving end does not exist|Could not establish connection|^no reply to/i.test(
			text,
		)
	)
		return NO_ANSWER;
	return COULD_NOT_START;
}

/** The error message a failed load is answered with: `unavailable: <plain> [details: <raw>]`. */
export function unavailableMessage(error: unknown): string {
	return `${UNAVAILABLE}: ${plainReason(error)} [details: ${rawText(error)}]`;
}

/** The two parts of an `unavailable:` message, or null for any other message. */
export function parseUnavailable(message: string): Unavailable | null {
	if (!message.startsWith(`${UNAVAILABLE}: `)) return null;
	const body = message.slice(UNAVAILABLE.length + 2);
	const at = body.lastIndexOf(' [details: ');
	if (at < 0 || !body.endsWith(']')) return { reason: body, details: body };
	return { reason: body.slice(0, at), details: body.slice(at + ' [details: '.length, -1) };
}

/** Why checking is unavailable for any error: the `unavailable:` parts, or plain words for a raw error. */
export function unavailableFrom(error: unknown): Unavailable {
	const message = error instanceof Error ? error.message : String(error);
	return parseUnavailable(message) ?? { reason: plainReason(error), details: rawText(error) };
}

/** What the host answers `engineHealth` with. */
export type EngineHealth = { ok: true } | ({ ok: false } & Unavailable);
