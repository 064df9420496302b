import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../features/featurize.ts';
import { type Sentence, scareQuotes } from './sarcasm-quotes.ts';

/** The scare-quoted words found in a one-sentence draft, as written. */
const found = (text: string) => {
	const { masked, tokens } = tokenize(text);
	const sentence: Sentence = { ws: tokens.map((t: Token) => t.word), toks: tokens, first: 0 };
	return scareQuotes(masked, tokens, [sentence]).map((i) => tokens[i]?.word);
};

describe('scareQuotes', () => {
	it.each([
		['So your "optimisation" doubled the bundle size', ['optimisation']],
		['Thanks for the "review"', ['review']],
		['Nice "cleanup", half the tests are gone', ['cleanup']],
		['Apparently the "guru" has decided', ['guru']],
		['Mr. "never wrong" is back', ['never', 'wrong']],
	])('said of someone: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		'Please enable the "expert mode" toggle before you profile',
		'Could you tag this "Enhancement", "Help wanted" and close it',
		'You can rename your "master" branch later',
		'Happy to defer to you on the "best way" to do this',
		'The docs call it "expert" because you need root',
	])('a name, label or mention: %s', (text) => expect(found(text)).toEqual([]));
});
