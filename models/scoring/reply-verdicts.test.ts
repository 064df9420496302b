import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { replyVerdictWords } from './reply-verdicts.ts';

/** The verdict's words, as written (lowercased by the normaliser). */
const found = (text: string) => {
	const t = tokenize(text);
	return replyVerdictWords(t).map((i) => t.tokens[i]?.word);
};

describe('reply verdicts (session 20, attacks7)', () => {
	it.each([
		['stupid idea honestly', 'stupid'],
		['What a brainless suggestion.', 'brainless'],
		['idiotic proposal tbh', 'idiotic'],
		['lol no, clueless', 'clueless'],
		['another dumb take', 'dumb'],
	])('a reply that is only a verdict: %s', (text, word) => expect(found(text)).toEqual([word]));

	it.each([
		'Dumb question: why does the cache miss on Windows?',
		'stupid question but why is this async',
		'my dumb idea, ignore it',
		'not a stupid idea',
		'stupid idea that actually works',
		'Stupid idea maybe, but what if we cached it?',
		'dumb bug, fixed now',
		'useless error message',
		'we had a stupid idea last night',
		'This is a stupid idea for the cache layer, but the rest is solid and I would merge it.',
	])('not a bare verdict on the reader: %s', (text) => expect(found(text)).toEqual([]));
});
