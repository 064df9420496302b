import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { forOnceWords } from './for-once.ts';

const under = (text: string) => {
	const t = tokenize(text);
	return forOnceWords(t)
		.map((i) => t.tokens[i]?.word)
		.join(' ');
};

describe('forOnceWords', () => {
	it.each([
		['Think for once.', 'think for once'],
		['Maybe think for once before you push to main.', 'think for once'],
		['Read the docs for once.', 'read the docs for once'],
		['Could you test your code for once?', 'test your code for once'],
		['Why don\u2019t you listen for once?', 'listen for once'],
		['Please, for once, read the whole thread before replying.', 'for once read'],
	])('an order to the reader: %s', (text, words) => expect(under(text)).toBe(words));

	it.each([
		'I had to think for once about the memory layout, fun problem.',
		'For once the CI was green on the first try.',
		'We actually shipped on time for once, thanks everyone.',
		'I read the docs for once and they answered my question.',
		'If you want to try something new for once, the beta channel has the new parser.',
		'Our docs were right for once, the flag really is deprecated.',
	])('not an order to the reader: %s', (text) => expect(under(text)).toBe(''));
});
