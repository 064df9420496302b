import { describe, expect, it } from 'vitest';
import { readChatStream } from './sse.ts';

function reader(parts: string[]) {
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>({
		start(controller) {
			for (const part of parts) controller.enqueue(encoder.encode(part));
			controller.close();
		},
	}).getReader();
}

async function collect(parts: string[]) {
	let out = '';
	for await (const delta of readChatStream(reader(parts))) out += delta;
	return out;
}

const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ delta: { content } }] })}\r\n\r\n`;

describe('readChatStream', () => {
	it('joins deltas split across network chunks, CRLF framing and keep-alive comments', async () => {
		const body = `: ping\r\n\r\n${chunk('Hé')}${chunk('llo')}data: [DONE]\r\n\r\n`;
		const bytes = new TextEncoder().encode(body);
		const parts = [bytes.slice(0, 7), bytes.slice(7, 40), bytes.slice(40)].map((b) =>
			new TextDecoder().decode(b),
		);
		expect(await collect(parts)).toBe('Héllo');
	});

	it('accepts a finish_reason as the end, and rejects a stream that just stops', async () => {
		const done = `data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: 'stop' }] })}\n\n`;
		expect(await collect([chunk('Ok'), done])).toBe('Ok');
		await expect(collect([chunk('Half')])).rejects.toMatchObject({ code: 'malformed' });
	});

	it('turns an error event into a server error', async () => {
		await expect(collect(['data: {"error":{"message":"overloaded"}}\n\n'])).rejects.toMatchObject({
			code: 'server',
		});
	});

	it.each(['length', 'content_filter'])(
		'a stream the server cut off (finish_reason %s) is never offered as a rewrite',
		async (reason) => {
			const cut = `data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: reason }] })}\n\n`;
			await expect(collect([chunk('This is a half'), cut, 'data: [DONE]\n\n'])).rejects.toMatchObject({
				code: 'truncated',
			});
		},
	);
});
