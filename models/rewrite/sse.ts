/**
 * Reads an OpenAI-style Server-Sent-Events body (`data: {json}` events, `data: [DONE]` at the end) and yields
 * the content deltas as they arrive, whatever way the network split the bytes (mid-line, mid-UTF-8 character,
 * CRLF or LF framing, keep-alive comments). Returns how the answer ended: a `finish_reason` of `length` or
 * `content_filter` is reported, not hidden, so the caller can mark the text as cut off. Anything that is not
 * that shape, or a stream that stops before it says it is done, is a `malformed` RewriteError.
 */
import { RewriteError } from './errors.ts';
import type { FinishReason } from './types.ts';

interface ChunkShape {
	choices?: { index?: number; delta?: { content?: string | null }; finish_reason?: string | null }[];
	error?: { message?: string };
}

/** One parsed event: text deltas, a finish reason if the event carried one, and whether it was `[DONE]`. */
interface ParsedEvent {
	deltas: string[];
	finish?: FinishReason;
	done: boolean;
}

/** Blank line between events, in either framing. */
const EVENT_END = /\r?\n\r?\n/;

/** Yields content deltas from the SSE byte stream; `nextChunk` wraps reads so callers can add time-outs. */
export async function* readChatStream(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	nextChunk: () => Promise<ReadableStreamReadResult<Uint8Array>> = () => reader.read(),
): AsyncGenerator<string, FinishReason, undefined> {
	const decoder = new TextDecoder();
	let buffer = '';
	let finish: FinishReason | undefined;
	for (;;) {
		const { value, done } = await nextChunk();
		if (value) buffer += decoder.decode(value, { stream: true });
		if (done) buffer += `${decoder.decode()}\n\n`; // the last event may lack its blank line
		for (let end = buffer.search(EVENT_END); end >= 0; end = buffer.search(EVENT_END)) {
			const event = parseEvent(buffer.slice(0, end));
			buffer = buffer.slice(end).replace(EVENT_END, '');
			yield* event.deltas;
			finish ??= event.finish;
			if (event.done) return finish ?? 'stop';
		}
		if (done) break;
	}
	// Some servers end with a finish_reason and close without [DONE]; a stream with neither just stopped: the server
	// or a proxy dropped it mid-answer, and asking again may well get a whole one (qa30: as `malformed` the card sent
	// the user to check the base URL and model, with no Try again).
	if (!finish) throw new RewriteError('server', 'stream ended before [DONE]');
	return finish;
}

/** Parses one event (its `data:` lines joined); comments and keep-alives parse to nothing. */
export function parseEvent(event: string): ParsedEvent {
	const data = event
		.split(/\r?\n/)
		.filter((line) => line.startsWith('data:'))
		.map((line) => line.slice(5).replace(/^ /, ''))
		.join('\n')
		.trim();
	if (data === '') return { deltas: [], done: false };
	if (data === '[DONE]') return { deltas: [], done: true };
	let parsed: ChunkShape;
	try {
		parsed = JSON.parse(data) as ChunkShape;
	} catch {
		throw new RewriteError('malformed', `bad JSON in stream: ${data.slice(0, 60)}`);
	}
	if (parsed.error) throw new RewriteError('server', parsed.error.message ?? 'error event in stream');
	if (!Array.isArray(parsed.choices)) throw new RewriteError('malformed', 'stream chunk without choices');
	const out: ParsedEvent = { deltas: [], done: false };
	// We ask for one completion; a server that sends more choices is followed on the first.
	for (const choice of parsed.choices.filter((c) => (c.index ?? 0) === 0)) {
		const content = choice.delta?.content;
		if (typeof content === 'string' && content) out.deltas.push(content);
		if (choice.finish_reason) out.finish = finishReason(choice.finish_reason);
	}
	return out;
}

/** Maps a server's finish_reason to ours: anything but a length or filter stop is a finished answer. */
export function finishReason(reason: unknown): FinishReason {
	return reason === 'length' || reason === 'content_filter' ? reason : 'stop';
}
