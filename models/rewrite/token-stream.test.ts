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
		expect(out).toEqual(['', 'This ', '', 'is ', '', 'é ']);
		expect(pieces.finish('This is é ok')).toBe('ok');
		expect([...out, 'ok'].join('')).toBe('This is é ok');
	});

	it('a decode that rewrote released text releases nothing more', () => {
		const pieces = new StablePieces();
		pieces.update('a b ');
		expect(pieces.take()).toBe('a b ');
		pieces.update('a-b c ');
		expect(pieces.take()).toBe('');
		expect(pieces.finish('a-b c')).toBe('');
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
