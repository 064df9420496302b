import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { withoutQuotedMentions } from './quoted-mention.ts';

const without = (text: string) => withoutQuotedMentions(tokenize(text));

describe('withoutQuotedMentions', () => {
	it('blanks a quoted insult mention, keeping offsets and the rest of the draft', () => {
		const text = 'The banner still reads "dumb request rejected" after the upgrade.';
		const out = without(text);
		expect(out?.rest.masked).toBe(
			`The banner still reads "${' '.repeat('dumb request rejected'.length)}" after the upgrade.`,
		);
		expect(out?.rest.tokens.map((t) => t.word)).toEqual([
			'the',
			'banner',
			'still',
			'reads',
			'after',
			'the',
			'upgrade',
		]);
		expect([...(out?.dropped ?? [])]).toEqual([4, 5, 6]);
	});

	it('takes curly quotes and reported speech as mentions', () => {
		expect(without('The flag is still called “stupid fallback” in the old docs.')?.dropped.size).toBe(2);
		expect(without('She wrote "what a moron" under my post, so I reported it.')?.dropped.size).toBe(3);
	});

	it.each([
		['an insult outside the quotes', 'Nice "cleanup", you clueless idiot.'],
		['an insult outside even with one inside', 'The "stupid check" is yours, moron.'],
		['scare quotes with no insult inside', 'What a "great" pull request this is.'],
		['a quote said of the reader', 'Honestly you are "a complete fool" here.'],
		['a quote after "you"', 'Thanks a lot, you "genius idiot".'],
		['a quote the reader is called', 'I would call you "a total dunce" for that.'],
		['a draft that is only the quote', '"You stupid idiot"'],
		['a long quote', 'He said "this is the stupidest thing I have ever seen in my whole life" today.'],
		['no quote at all', 'That heuristic is dumb but it works.'],
	])('leaves alone %s', (_why, text) => {
		expect(without(text)).toBeUndefined();
	});
});

describe('withoutQuotedMentions: a swear word named as a topic (session 22, civil9)', () => {
	it('blanks a quoted swear word the draft talks about', () => {
		expect(without('Dictionaries printed "shit" long before radio would say it.')?.rest.masked).toBe(
			`Dictionaries printed "${' '.repeat(4)}" long before radio would say it.`,
		);
		expect(without('My nephew thinks "bollocks" is a kind of vegetable.')).toBeDefined();
	});

	it('keeps the score when the draft names the reader, swears itself or quotes a longer line', () => {
		expect(without('Fuck off with your lecture on "fuck".')).toBeUndefined();
		expect(without('If you say "crap" at work, HR sends an email.')).toBeUndefined();
		expect(without('Repeat "damn" once more and your account is gone.')).toBeUndefined();
		expect(without('The sign said "what the fuck is this" in red paint.')).toBeUndefined();
	});

	it('keeps the score when the quote names a person (lead, session 22: "He is a "bastard"" was taken back)', () => {
		expect(without('He is a "bastard" and everyone here knows it.')).toBeUndefined();
		expect(without('That guy over there is a "motherfucker" and I will not work with him.')).toBeUndefined();
		expect(without('Their maintainer is such a "dick" about every PR we send.')).toBeUndefined();
		expect(without('The song was banned because of one "motherfucker" in the bridge.')).toBeDefined();
	});
});
