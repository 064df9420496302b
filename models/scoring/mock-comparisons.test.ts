import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { mockComparisonWords } from './mock-comparisons.ts';

const found = (text: string) => {
	const t = tokenize(text);
	return mockComparisonWords(t)
		.map((i) => t.tokens[i]?.word)
		.join(' ');
};

describe('mockComparisonWords (session 30, edges30)', () => {
	it.each([
		['Who taught you to program, a toaster?', 'a toaster'],
		['Who reviewed this, a golden retriever?', 'a golden retriever'],
		['This code looks like it was written by a five-year-old.', 'a five year old'],
		['Did you write this with ChatGPT on a bad day?', 'chatgpt on a bad day'],
		['A trained monkey could have written a better regex.', 'a trained monkey'],
		['My toddler writes cleaner code than you.', 'my toddler'],
	])('the mocking comparison: %s', (text, words) => expect(found(text)).toBe(words));

	it('underlines an author’s put-down and the contempt word on their work', () => {
		expect(
			found(
				'Honestly this is a garbage article written by someone who has clearly never shipped anything in production.',
			),
		).toBe('garbage clearly never shipped anything');
	});

	it.each([
		'Who taught you to use the profiler? It is great.',
		'Who reviewed this, Alice or Bob?',
		'The toaster test in the kitchen demo is flaky.',
		'I have never shipped anything in Rust.',
		'The garbage collector never runs during the benchmark.',
	])('civil: %s', (text) => expect(found(text)).toBe(''));
});
