/**
 * Reads an OpenAI-style Server-Sent-Events body (`data: {json}` events, `data: [DONE]` at the end) and yields
 * the content deltas. Anything that is not that shape, or a stream that stops before it says it is done,
 * is a `malformed` RewriteError: a half answer must never be offered as a rewrite.
 */
import { RewriteError } from './errors.ts';

interface ChunkShape {
	choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
	error?: { message?: string };
}

/** Yields content deltas from the SSE byte stream; `nextChunk` wraps reads so callers can add time-outs. */
export async function* readChatStream(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	nextChunk: () => Promise<ReadableStreamReadResult<Uint8Array>> = () => reader.read(),
): AsyncGenerator<string> {
	const decoder = new TextDecoder();
	let buffer = '';
	let finished = false;
	for (;;) {
		const { value, done } = await nextChunk();
		if (value) buffer += decoder.decode(value, { stream: true });
		if (done) buffer += decoder.decode();
		let boundary = buffer.search(/\r?\n\r?\n/);
		while (boundary >= 0) {
			const event = buffer.slice(0, boundary);
			buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
			for (const delta of parseEvent(event)) {
				if (delta === null) finished = true;
				else yield delta;
			}
			boundary = buffer.search(/\r?\n\r?\n/);
		}
		if (done) break;
	}
	if (buffer.trim()) for (const delta of parseEvent(buffer)) if (delta === null) finished = true;
	if (!finished) throw new RewriteError('malformed', 'stream ended before [DONE]');
}

/** The deltas of one event; null marks the end of the answer ([DONE] or a finish_reason). */
function parseEvent(event: string): (string | null)[] {
	const data = event
		.split(/\r?\n/)
		.filter((line) => line.startsWith('data:'))
		.map((line) => line.slice(5).trimStart())
		.join('\n');
	if (data === '') return []; // comments / keep-alives
	if (data === '[DONE]') return [null];
	let parsed: ChunkShape;
	try {
		parsed = JSON.parse(data) as ChunkShape;
	} catch {
		throw new RewriteError('malformed', `bad JSON in stream: ${data.slice(0, 60)}`);
	}
	if (parsed.error) throw new RewriteError('server', parsed.error.message ?? 'error event in stream');
	if (!Array.isArray(parsed.choices)) throw new RewriteError('malformed', 'stream chunk without choices');
	const out: (string | null)[] = [];
	for (const choice of parsed.choices) {
		const content = choice.delta?.content;
		if (typeof content === 'string' && content) out.push(content);
		// 'length' (max_tokens) and 'content_filter' stop mid-sentence: that half is not a rewrite.
		if (choice.finish_reason === 'length' || choice.finish_reason === 'content_filter')
			throw new RewriteError('truncated', `finish_reason ${choice.finish_reason}`);
		if (choice.finish_reason) out.push(null);
	}
	return out;
}
