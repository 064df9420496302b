import { describe, expect, it } from 'vitest';
import { hitLimit, StablePieces } from './token-stream.ts';

describe('StablePieces', () => {
	it('releases whole words only, holds a half-decoded character, and flushes the rest at the end', () => {
		const pieces = new StablePieces();
		const out: string[] = [];
		for (const text of ['Th', 'This ', 'This is', 'This is \uFFFD', 'This is é', 'This is é ok']) {
			pieces.update(text);
			out.push(pieces.take());
		}
		expect(out).toEqual(['', 'This', '', ' is', '', ' é']);
		expect(pieces.finish('This is é ok')).toBe(' ok');
		expect([...out, ' ok'].join('')).toBe('This is é ok');
	});

	it('a decode that rewrote released text releases nothing more', () => {
		const pieces = new StablePieces();
		pieces.update('a b ');
		expect(pieces.take()).toBe('a b');
		pieces.update('a-b c ');
		expect(pieces.take()).toBe('');
		expect(pieces.finish('a-b c')).toBe('');
	});
});

describe('StablePieces with a tokenizer that cleans up spaces', () => {
	it('chunks still join to the final text when a later token removes a space (" n\'t" → "n\'t")', () => {
		// Successive decodes of a GPT-2 style tokenizer with clean_up_tokenization_spaces (tests/fixtures/tiny-llm).
		const decodes = [
			'I',
			'I ',
			'I d',
			'I do',
			'I do ',
			'I do n',
			"I do n'",
			"I don't",
			"I don't ",
			"I don't k",
		];
		const pieces = new StablePieces();
		const out: string[] = [];
		for (const text of decodes) {
			pieces.update(text);
			out.push(pieces.take());
		}
		out.push(pieces.finish("I don't know"));
		expect(out.join('')).toBe("I don't know");
		// And it kept streaming: the words before the last one were out before the end.
		expect(out.slice(0, -1).join('')).toBe("I don't");
	});
});

describe('hitLimit', () => {
	it('is cut off only when the budget is used up without an end token', () => {
		const eos = new Set([2n]);
		expect(hitLimit([5n, 6n, 7n], 3, eos)).toBe(true);
		expect(hitLimit([5n, 6n, 2n], 3, eos)).toBe(false);
		expect(hitLimit([5n, 2n], 3, eos)).toBe(false);
	});
});
