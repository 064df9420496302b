import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { applySincerePraise, mockedPraise, PRAISE_CAP, sincerePraise } from './sincere-praise.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

const praises = (text: string) => sincerePraise(tokenize(text));

describe('sincerePraise', () => {
	it.each([
		'You are a competent reviewer.',
		"You're such a capable maintainer.",
		'You are clearly a knowledgeable developer.',
		"You're a diligent maintainer, thank you.",
		'Thanks, you were a huge help with the release checklist.',
		'You are clearly an expert on the query planner.',
		'You really know the plugin system, that hint unblocked me.',
		'You did a meticulous job on the changelog.',
		'Youre so kind, thanks for the review.',
	])('reads sincere praise of the reader: "%s"', (text) => {
		expect(praises(text)).toBe(true);
	});

	it.each([
		['a failure', 'You are a genius, you broke prod twice.'],
		['irony ("real")', "You're a real expert at breaking the build."],
		['a negation', 'You are not a competent reviewer.'],
		['a question', 'You are a competent reviewer? Really?'],
		['"said nobody"', 'You are a competent reviewer, said nobody.'],
		['an insult', 'You are a competent reviewer, idiot.'],
		['scare quotes', 'You are a "competent" reviewer.'],
		['a condition on the reader', 'You are a competent reviewer when you bother to read the diff.'],
		['"as long as"', 'You are a great maintainer as long as you are asleep.'],
		['a concession', 'You are a skilled engineer but this patch is a disaster.'],
		['"/s"', 'You are a careful reviewer /s'],
		['an eye-roll role', "So you're an expert now."],
		['no praise word', 'You are a reviewer on this team.'],
		['praise of someone else', 'He is a competent reviewer.'],
		['"you know" with no object of praise', 'You know nothing about this code.'],
		['a job word with no praise', 'You did a job on the parser.'],
	])('not for %s: "%s"', (_name, text) => {
		expect(praises(text)).toBe(false);
	});
});

describe('applySincerePraise', () => {
	const entryOf = (text: string, p: number): ScoreEntry => ({
		text,
		toxic: p,
		wholeToxic: p,
		sentencesScored: true,
		dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, p])) as Record<Dimension, number>,
		tokens: tokenize(text).tokens,
	});

	it('caps both heads of a praising draft that leans', () => {
		const text = 'You are a competent reviewer.';
		const entry = entryOf(text, 0.54);
		applySincerePraise(entry, tokenize(text));
		expect(entry.toxic).toBe(PRAISE_CAP);
		expect(entry.dimensions.Inappropriateness).toBe(PRAISE_CAP);
		expect(entry.wholeDimensions?.Inappropriateness).toBe(0.54);
	});

	it('leaves a draft under the cap, and a mocking twin, as they are', () => {
		const low = entryOf('You are a competent reviewer.', 0.2);
		applySincerePraise(low, tokenize(low.text));
		expect(low.toxic).toBe(0.2);
		const text = 'You are a competent reviewer, said nobody.';
		const mock = entryOf(text, 0.58);
		applySincerePraise(mock, tokenize(text));
		expect(mock.toxic).toBe(0.58);
		expect(mock.dimensions.Inappropriateness).toBe(0.58);
	});
});

describe('mockedPraise', () => {
	const mocked = (text: string) => {
		const { tokens } = tokenize(text);
		return mockedPraise(tokens.map((t) => t.word)).map((i) => tokens[i]?.word);
	};

	it.each([
		['You are a genius, you broke prod twice.', ['genius', 'broke']],
		["You're a real expert at breaking the build.", ['expert', 'breaking']],
		['You did a superb job of ignoring the style guide.', ['job', 'ignoring']],
		['You are a capable admin, you just deleted the backups.', ['capable', 'deleted']],
		['You are a brilliant planner, you only took four months to ship a button.', ['brilliant', 'took']],
		['Thanks, you are a kind reviewer, if by kind you mean silent.', ['kind', 'if', 'by']],
		['You are a true master at making small changes break everything.', ['master', 'break']],
	])('finds mock praise with the reader\'s failure: "%s"', (text, found) => {
		expect(mocked(text)).toEqual(found);
	});

	it.each([
		'You are a genius, you fixed the flaky test.',
		'You are an expert at spotting broken builds.',
		'You did a careful job of keeping the parser from breaking.',
		'You are a great reviewer and the outage report was clear.',
		'Thanks, you took the time to explain the crash.',
		'The build broke again, you are a great help anyway.',
		'You broke the build, sorry to say.',
	])('not for "%s"', (text) => {
		expect(mocked(text)).toEqual([]);
	});
});
