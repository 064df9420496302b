import { describe, expect, it } from 'vitest';
import { applyLearnedLexicon, compileLexicon } from './learned-lexicon.ts';

const lexicon = compileLexicon({
	version: 1,
	rules: [
		['darn', ''],
		['give a darn', 'care'],
		['junk', ''],
		['junk', 'thing', 'same'],
		['junk', 'bad', '', 'day'],
		['ur', 'your'],
	],
});
const apply = (text: string) => applyLearnedLexicon(text, lexicon);

describe('applyLearnedLexicon', () => {
	it('deletes a phrase with the space before it', () => {
		expect(apply('This darn build failed again.')).toBe('This build failed again.');
	});
	it('prefers the longest phrase and keeps the case of its first letter', () => {
		expect(apply("I don't give a darn.")).toBe("I don't care.");
		expect(apply('Give a darn, please.')).toBe('Care, please.');
		expect(apply('Ur patch')).toBe('Your patch');
	});
	it('uses the word before or after the phrase when a context rule has it', () => {
		expect(apply('the same junk again')).toBe('the same thing again');
		expect(apply('what a junk day')).toBe('what a bad day');
		expect(apply('all this junk here')).toBe('all this here');
	});
	it('does not delete what a determiner or copula needs', () => {
		expect(apply('This is junk. Fix the tests.')).toBe('This is junk. Fix the tests.');
		expect(apply('a junk that nobody reads')).toBe('a junk that nobody reads');
		expect(apply('the junk code, again')).toBe('the code, again');
		expect(apply('a fine junk for you')).toBe('a fine junk for you');
		expect(apply('Darn, it works.')).toBe(', it works.');
		expect(apply('This is darn slow.')).toBe('This is slow.');
		expect(apply('this junk is slow')).toBe('this is slow');
		expect(apply("Don't darn me off.")).toBe("Don't darn me off.");
	});
	it('makes "a"/"an" agree with the word a deletion brings next to it', () => {
		expect(apply('a darn idea')).toBe('an idea');
		expect(apply('An darn move, again')).toBe('A move, again');
		expect(apply('an darn hack')).toBe('a hack');
		expect(apply('a darn useful hack')).toBe('a useful hack');
		expect(apply('an darn update')).toBe('an update');
		expect(apply('Ana darn idea')).toBe('Ana idea');
		expect(apply('a darn one-liner')).toBe('a one-liner');
		expect(apply('an darn European bank')).toBe('a European bank');
	});
	it('never matches across punctuation or a protected placeholder', () => {
		expect(apply('give a, darn')).toBe('give a,');
		expect(apply('give \uE0000\uE001 darn slow')).toBe('give \uE0000\uE001 slow');
		expect(apply('same \uE0000\uE001 junk code')).toBe('same \uE0000\uE001 code');
	});
	it('never changes a word glued into a path, file name or quote', () => {
		expect(apply('Fix it in src/junk/darn.ts now.')).toBe('Fix it in src/junk/darn.ts now.');
		expect(apply('Rename foo.darn to foo.bar')).toBe('Rename foo.darn to foo.bar');
		expect(apply("'Darn,' she said.")).toBe("'Darn,' she said.");
		expect(apply('(ur call)')).toBe('(ur call)');
		expect(apply('It broke, darn. Ur call!')).toBe('It broke,. Your call!');
	});
	it('leaves text without a learned phrase untouched, byte for byte', () => {
		const civil = 'Could you rebase onto main?  The CI run (#12) is  green now.\n\nThanks!';
		expect(apply(civil)).toBe(civil);
		expect(apply('darnation and junkyard')).toBe('darnation and junkyard');
	});
});
