import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { endorsedOutputWords } from './output-endorse.ts';

const words = (text: string) => {
	const t = tokenize(text);
	return endorsedOutputWords(t).map((i) => t.tokens[i]?.word);
};

describe('endorsedOutputWords', () => {
	it.each([
		['The installer says stupid user, a fair description of whoever filed this.', ['stupid']],
		['The bot prints idiot reviewer, take it personally.', ['idiot']],
		['The CLI shows moron detected, a fair summary of our new contributor.', ['moron']],
		['The script echoes stupid commit, which describes yours perfectly.', ['stupid']],
	])('takes "%s" up as the writer\'s own', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});

	it.each([
		[
			'a description of the bug',
			'The installer says stupid user when the path is empty, a fair description of the bug is a missing check.',
		],
		[
			'"don\'t take it personally"',
			"The bot prints idiot reviewer as a joke label, please don't take it personally.",
		],
		[
			'"nobody takes it personally"',
			'Our bot prints idiot developer on stale branches, nobody here takes it personally.',
		],
		['no insult in the message', 'The bot prints done, a fair description of the maintainer.'],
		['no program output', 'Stupid user, a fair description of whoever filed this.'],
	])('not for %s', (_name, text) => {
		expect(words(text)).toEqual([]);
	});
});
