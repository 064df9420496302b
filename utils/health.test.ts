import { describe, expect, it } from 'vitest';
import {
	COULD_NOT_START,
	DAMAGED,
	NO_ANSWER,
	OUT_OF_MEMORY,
	parseUnavailable,
	plainReason,
	unavailableFrom,
	unavailableMessage,
	WASM_BLOCKED,
} from './health.ts';

describe('why checking is unavailable, in plain words', () => {
	// Texts as onnxruntime-web, Chromium and Firefox word them (written here, not copied from a user's data).
	it.each([
		['Failed to load model because protobuf parsing failed.', DAMAGED],
		["Can't create a session. ERROR_CODE: 7, ERROR_MESSAGE: Load model from buffer failed", DAMAGED],
		['model file toxic-abc.onnx: HTTP 404', DAMAGED],
		['model file toxic-abc.onnx is not bundled', DAMAGED],
		['Aborted(OOM). Build with -sASSERTIONS for more info.', OUT_OF_MEMORY],
		['RangeError: Array buffer allocation failed', OUT_OF_MEMORY],
		[
			"CompileError: WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval' is not an allowed source of script",
			WASM_BLOCKED,
		],
		['no available backend found. ERR: [wasm] TypeError: WebAssembly is not defined', WASM_BLOCKED],
		['Could not establish connection. Receiving end does not exist.', NO_ANSWER],
		['no reply to scoreDraft', NO_ANSWER],
		['something nobody has seen before', COULD_NOT_START],
	])('%s', (raw, plain) => {
		expect(plainReason(new Error(raw))).toBe(plain);
		// No raw engine text in what the user reads.
		expect(plain).not.toMatch(/ERROR_CODE|protobuf|Aborted|CompileError|OOM/);
	});

	it('the message carries both parts across the channel and reads back the same', () => {
		const raw = 'Failed to load model because protobuf parsing failed.';
		const message = unavailableMessage(new Error(raw));
		expect(message).toBe(`unavailable: ${DAMAGED} [details: ${raw}]`);
		expect(parseUnavailable(message)).toEqual({ reason: DAMAGED, details: raw });
		expect(unavailableFrom(new Error(message))).toEqual({ reason: DAMAGED, details: raw });
	});

	it('a long raw text is cut to one line of 300 characters; any other error gets plain words too', () => {
		const long = `first line\n${'x'.repeat(1000)}`;
		const { details } = parseUnavailable(unavailableMessage(new Error(long))) ?? { details: '' };
		expect(details.length).toBe(300);
		expect(details).not.toMatch(/\n/);
		expect(parseUnavailable('no reply to scoreDraft')).toBeNull();
		expect(unavailableFrom(new Error('no reply to scoreDraft'))).toEqual({
			reason: NO_ANSWER,
			details: 'no reply to scoreDraft',
		});
	});
});
