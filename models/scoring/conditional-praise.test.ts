import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';

const mocked = (text: string) => {
	const t = tokenize(text);
	return sarcasmAtOthers(t).map((i) => t.tokens[i]?.word);
};

describe('conditional mock praise (session 19)', () => {
	it.each([
		['Great reviewer, if the job is approving without reading.', 'great'],
		['Excellent teammate, provided nobody needs anything from you.', 'excellent'],
		['What a helpful answer, assuming help means linking the docs you never read.', 'helpful'],
		['Outstanding mentor, for someone who never answers questions.', 'outstanding'],
	])('mocking: %s', (text, word) => expect(mocked(text)).toContain(word));

	it.each([
		'Great reviewer, if you have time could you look at mine too?',
		'Excellent work, unless I am missing something this closes the issue.',
		"Great catch, unless I'm missing something.",
		'Nice fix, except it breaks on Windows.',
		'Great work, if nothing breaks in staging, we ship on Monday.',
		'Amazing talk, if you ever want to give it again let me know.',
		'Brilliant idea, as long as the tests pass.',
	])('sincere: %s', (text) => expect(mocked(text)).toEqual([]));
});
