import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { mockComparisonWords } from './mock-comparisons.ts';
import { talksDownWords } from './talks-down.ts';

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

/** The words of talks-down.ts's frames, which read READER_MOCK_FRAMES (session 30, recall30). */
const aimed = (text: string) => {
	const t = tokenize(text);
	return talksDownWords(t)
		.map((i) => t.tokens[i]?.word)
		.join(' ');
};

describe('READER_MOCK_FRAMES (session 30, recall30)', () => {
	it.each([
		['Who reviewed this, a golden retriever?', 'a golden retriever'],
		['Did you write this with ChatGPT on a bad day?', 'chatgpt on a bad day'],
		['My toddler writes cleaner code than you.', 'my toddler'],
		['Was this README written by a parrot?', 'a parrot'],
		['Did a squirrel design this schema?', 'a squirrel design'],
		['Your tests look like ChatGPT wrote them at 3am.', 'chatgpt wrote them at eam'],
		['You code like a toddler banging on a keyboard.', 'a toddler'],
	])('aimed at the reader or their work: %s', (text, words) => expect(aimed(text)).toBe(words));

	it.each([
		'I rubber-duck with my toddler; she’s a great listener.',
		'ChatGPT wrote the first draft of this script, I reviewed it.',
		'The golden retriever in the demo video is adorable.',
		'My cat walked on the keyboard, sorry for the stray commit.',
		'A five-year-old could use this UI — that was the design goal.',
		'Did you write this with ChatGPT? Just curious, we need to note it in the PR template.',
		'ChatGPT is better than you think at writing regexes, give it a try.',
		'This was written by a five-person team over two weekends.',
		'My toddler wrote her first Scratch program today.',
		// The reader's pet, child or picture compared, not the reader (lead, session 30).
		'Your dog looks like a golden retriever, what breed is it?',
		'Your avatar looks like a raccoon wearing sunglasses, love it.',
	])('a maker mentioned for itself: %s', (text) => expect(aimed(text)).toBe(''));
});
