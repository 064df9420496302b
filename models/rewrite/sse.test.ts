import { describe, expect, it } from 'vitest';
import { parseEvent, readChatStream } from './sse.ts';
import { drainGeneration } from './stream.ts';

function reader(parts: (string | Uint8Array)[]) {
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>({
		start(controller) {
			for (const part of parts) controller.enqueue(typeof part === 'string' ? encoder.encode(part) : part);
			controller.close();
		},
	}).getReader();
}

/** The deltas, and the finish reason the stream returned. */
async function collect(parts: (string | Uint8Array)[]) {
	const chunks: string[] = [];
	const result = await drainGeneration(
		(async function* () {
			const finish = yield* readChatStream(reader(parts));
			return { text: chunks.join(''), finish };
		})(),
		(chunk) => chunks.push(chunk),
	);
	return { text: chunks.join(''), chunks, finish: result.finish };
}

const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ delta: { content } }] })}\r\n\r\n`;
const finish = (reason: string) =>
	`data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: reason }] })}\n\n`;

describe('readChatStream', () => {
	it('joins deltas split across network chunks, CRLF framing and keep-alive comments', async () => {
		const body = `: ping\r\n\r\n${chunk('Hé')}${chunk('llo')}data: [DONE]\r\n\r\n`;
		const bytes = new TextEncoder().encode(body);
		const parts = [bytes.slice(0, 7), bytes.slice(7, 40), bytes.slice(40)];
		expect(await collect(parts)).toMatchObject({ text: 'Héllo', finish: 'stop' });
	});

	it('gives the same deltas however the bytes are split, even inside a UTF-8 character or "[DONE]"', async () => {
		const body = `${chunk('Ça ')}${chunk('marche, ')}: keep-alive\n\n${chunk('🙂 oui')}${finish('stop')}data: [DONE]\n\n`;
		const bytes = new TextEncoder().encode(body);
		const whole = await collect([bytes]);
		expect(whole).toEqual({
			text: 'Ça marche, 🙂 oui',
			chunks: ['Ça ', 'marche, ', '🙂 oui'],
			finish: 'stop',
		});
		for (let cut = 1; cut < bytes.length; cut++) {
			expect(await collect([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(whole);
		}
		// One byte at a time, the worst a proxy can do.
		expect(await collect([...bytes].map((b) => Uint8Array.of(b)))).toEqual(whole);
	});

	it('stops reading at [DONE] and accepts a last event without its blank line', async () => {
		expect(await collect([chunk('Ok'), 'data: [DONE]\n\n', 'data: not json\n\n'])).toMatchObject({
			text: 'Ok',
		});
		expect(await collect([chunk('Ok'), 'data: [DONE]'])).toMatchObject({ text: 'Ok', finish: 'stop' });
	});

	it('accepts a finish_reason as the end, and rejects a stream that just stops', async () => {
		expect(await collect([chunk('Ok'), finish('stop')])).toMatchObject({ text: 'Ok', finish: 'stop' });
		// Dropped mid-answer: a server error to retry, not a reply to fix in settings (qa30).
		await expect(collect([chunk('Half')])).rejects.toMatchObject({ code: 'server' });
	});

	it('turns an error event into a server error, and bad JSON into malformed', async () => {
		await expect(collect(['data: {"error":{"message":"overloaded"}}\n\n'])).rejects.toMatchObject({
			code: 'server',
		});
		await expect(collect(['data: {"choices": [{"delta": \n\ndata: [DONE]\n\n'])).rejects.toMatchObject({
			code: 'malformed',
		});
	});

	it.each(['length', 'content_filter'])(
		'reports a stream the server cut off (finish_reason %s), with the text it sent',
		async (reason) => {
			expect(await collect([chunk('This is a half'), finish(reason), 'data: [DONE]\n\n'])).toMatchObject({
				text: 'This is a half',
				finish: reason,
			});
		},
	);
});

describe('parseEvent', () => {
	it('joins multi-line data, ignores other fields, and follows only the first choice', () => {
		expect(
			parseEvent(
				'event: message\nid: 3\ndata: {"choices":[{"delta":{"content":"a"}},\ndata: {"index":1,"delta":{"content":"b"}}]}',
			),
		).toEqual({
			deltas: ['a'],
			done: false,
		});
		expect(parseEvent(': comment')).toEqual({ deltas: [], done: false });
		expect(parseEvent('data:[DONE]')).toEqual({ deltas: [], done: true });
	});
});
