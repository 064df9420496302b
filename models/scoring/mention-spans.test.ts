import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { mentionSpans } from './mention-spans.ts';
import { endorsedQuoteWords, withoutQuotedMentions } from './quoted-mention.ts';

const spanTexts = (text: string) => mentionSpans(text).map((s) => [s.kind, text.slice(s.from, s.to).trim()]);
const dropped = (text: string) => {
	const t = tokenize(text);
	const out = withoutQuotedMentions(t);
	return out ? [...out.dropped].map((i) => t.tokens[i]?.word) : undefined;
};

describe('mentionSpans', () => {
	it('finds a message after its error label, to the end of its sentence or line', () => {
		expect(spanTexts('The test fails with Error: you should die. Please look.')).toEqual([
			['label', 'you should die'],
		]);
		expect(spanTexts('Our logs are full of: ERROR idiot user sent empty payload')).toEqual([
			['label', 'idiot user sent empty payload'],
		]);
		expect(spanTexts('It throws TypeError: kill is not a function')).toEqual([
			['label', 'kill is not a function'],
		]);
	});

	it('finds log lines by their level in brackets or their timestamp', () => {
		expect(spanTexts('The log line is [crit] shoot failed')).toEqual([['log', 'shoot failed']]);
		expect(spanTexts('Seen twice:\n2024-03-01 12:00:03 worker killed\nthen nothing')).toEqual([
			['log', 'worker killed'],
		]);
	});

	it('finds identifiers: camelCase, snake_case and calls', () => {
		expect(spanTexts('named fuckThisShit in dumbass_counter via die()')).toEqual([
			['identifier', 'fuckThisShit'],
			['identifier', 'dumbass_counter'],
			['identifier', 'die'],
		]);
	});

	it('leaves prose labels and plain words alone', () => {
		expect(mentionSpans('Fair warning: you are an idiot. Note: the build is red.')).toEqual([]);
		expect(mentionSpans('The error says the process died.')).toEqual([]);
	});
});

describe('withoutQuotedMentions with unquoted mentions and quoted threats (session 13)', () => {
	it.each([
		['a profane identifier', 'Their code has a variable named fuckThisShit in the loop.', ['fuckthisshit']],
		[
			'an insult in snake_case',
			'The variable is literally named dumbass_counter here.',
			['dumbass', 'counter'],
		],
		[
			'an error label',
			'The test fails with Error: you should die, said the fixture.',
			['you', 'should', 'die', 'said', 'the', 'fixture'],
		],
		[
			'a quoted threat',
			'The error is "I\'m going to kill you" from their test double.',
			["i'm", 'going', 'to', 'kill', 'you'],
		],
	])('blanks %s', (_name, text, words) => {
		expect(dropped(text)).toEqual(words);
	});

	it.each([
		['an endorsed quote', 'He said "you are an idiot" and he\'s right.'],
		['a quote agreed with', 'The linter calls it "idiot code" and I fully agree with it, moron.'],
		['a quote said to fit the reader', 'The error says "stupid input", which fits you.'],
		['a draft that is only a log line', 'FATAL: die you stupid program'],
		['an insult outside the message', 'Error: process killed. You are an idiot.'],
	])('excuses nothing for %s', (_name, text) => {
		expect(dropped(text)).toBeUndefined();
	});
});

describe('endorsedQuoteWords (session 13)', () => {
	const endorsed = (text: string) => {
		const t = tokenize(text);
		return endorsedQuoteWords(t).map((i) => t.tokens[i]?.word);
	};

	it.each([
		['He said "you are an idiot" and he\'s right.', ['idiot']],
		[
			'Quote from the reviewer: "this author is incompetent". Couldn\'t have said it better.',
			['incompetent'],
		],
		['The assert says "you moron" and it was written about you.', ['moron']],
		['They called him "a total clown" and I fully agree.', ['clown']],
	])('finds the insult of an endorsed quote in %s', (text, words) => {
		expect(endorsed(text)).toEqual(words);
	});

	it.each([
		'He called me "an idiot" in the review, so I asked the moderators to step in.',
		'Someone wrote "the maintainer is an idiot" in the forum, and I agree we should lock that thread.',
		'The banner says "stupid input" and she\'s right that we should reword it soon.',
		'He is right about the "retry" logic.',
	])('finds none in %s', (text) => {
		expect(endorsed(text)).toEqual([]);
	});
});

describe('program output reported without quotes (session 14, civil3)', () => {
	it.each([
		['The installer says stupid user, try again when the path has spaces.', 'stupid user, try again'],
		['It prints dumb user detected when the config has a typo.', 'dumb user detected'],
		['The stub returns moron detected for any unknown command.', 'moron detected'],
		['When the quota is exceeded the API responds with idiot, slow down.', 'idiot, slow down'],
		['The CLI echoes you broke it, loser on every failed run.', 'you broke it, loser'],
	])('finds the message in %s', (text, message) => {
		expect(spanTexts(text)).toContainEqual(['output', message]);
	});

	it.each([
		'He says you are an idiot.',
		'My manager says stupid things in standup.',
		'The docs say the flag is optional.',
		'Everyone says this module is slow.',
		'It says here the old mayor was a whiny little brat.',
	])('finds no program output in %s', (text) => {
		expect(spanTexts(text).filter(([kind]) => kind === 'output')).toEqual([]);
	});

	it.each([
		[
			'The installer says stupid user, try again when the path has spaces.',
			['stupid', 'user', 'try', 'again'],
		],
		['The stub returns moron detected for any unknown command.', ['moron', 'detected']],
		['Our bot replies you are an idiot and the snapshot pins that reply.', ['you', 'are', 'an', 'idiot']],
	])('blanks the message of %s', (text, words) => {
		expect(dropped(text)).toEqual(words);
	});

	it.each([
		['an endorsement', 'The tool says stupid user, and for once it is right about you.'],
		['an insult outside', 'The error says user error, and that user is you, moron.'],
		['the message said to be the reader', 'The installer says stupid user, which is what you are.'],
		['agreement', "The test says you are worthless and I couldn't agree more."],
		['a verdict on it', "The page shows you are an idiot, and it's accurate."],
		['a gloss that aims it', 'The parser says idiot input, meaning your input, idiot.'],
		['an echo aimed at the reader', 'The bot replies go to hell and so can you.'],
		['a person as the speaker', 'My reviewer says stupid user, try again, every single time.'],
	])('excuses nothing for %s', (_name, text) => {
		expect(dropped(text)).toBeUndefined();
	});
});
