import { describe, expect, it } from 'vitest';
import { restateSenseless } from './fixer-mistaken.ts';
import { fixOffline } from './offline-fixer.ts';

describe('restateSenseless (session 12)', () => {
	it.each([
		['The release slipped because hes an idiot.', 'The release slipped because hes mistaken.'],
		['She sounds like an idiot.', 'She sounds mistaken.'],
		[
			'They look like complete fools, and the vote is tomorrow.',
			'They look mistaken, and the vote is tomorrow.',
		],
	])('%s → %s', (draft, fixed) => {
		expect(restateSenseless(draft)).toBe(fixed);
	});

	it('leaves other people, other insults and a noun that starts a clause alone', () => {
		for (const text of [
			'It sounds like an idiot wrote this.',
			'He sounds like a liar.',
			'You are an idiot.',
			'Bob is a fool.',
			'The Fool is a tarot card.',
		])
			expect(restateSenseless(text)).toBe(text);
	});

	it('"suck it up" is "accept it", never "are not great it up"', () => {
		for (const template of ['minimal', 'soften', 'restate', 'neutral'] as const)
			expect(fixOffline('Suck it up and deal with it.', template)).toBe('Accept it and deal with it.');
	});
});
