import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { culpritWords } from './culprit-words.ts';

/** The draft's culprit and excused words, as text. */
function read(text: string): { culprits: string[]; excused: string[] } {
	const tokenized = tokenize(text);
	const { culprits, excused } = culpritWords(tokenized);
	const at = (set: ReadonlySet<number>) =>
		[...set]
			.sort((a, b) => a - b)
			.map((i) => text.slice(tokenized.tokens[i]?.start, tokenized.tokens[i]?.end));
	return { culprits: at(culprits), excused: at(excused) };
}

describe('culpritWords', () => {
	it('names the loaded word of a sentence said to the reader beside a rule frame', () => {
		expect(read('You clearly have no idea what you are doing, this is garbage code.').culprits).toContain(
			'garbage',
		);
		expect(read('Be honest, are you stupid or just lazy? The changelog is empty again.').culprits).toEqual([
			'stupid',
			'lazy',
		]);
		expect(read('Shut up, you f*cking clown.').culprits).toEqual(
			expect.arrayContaining(['f*cking', 'clown']),
		);
	});

	it('names a rule frame even where the models score the draft high on their own', () => {
		expect(read('Get lost, nobody wants your patches here.').culprits).toEqual(['Get', 'lost']);
	});

	it('leaves loaded words alone where no reader is named, negated or part of an identifier', () => {
		expect(read('The docs are garbage and the build is slow.').culprits).toEqual([]);
		expect(read('Your patch is not garbage, it just needs tests.').culprits).toEqual([]);
		expect(read('You can drop the junk_filter flag now.').culprits).toEqual([]);
		expect(read('You should use lazy loading for the images.').culprits).toEqual([]);
	});

	it("excuses quoted insults and the writer's own slips, so they are never underlined", () => {
		const quoted = read('You wrote "this is idiotic" in the last review, and you are the idiot here.');
		expect(quoted.excused).toEqual(['idiotic']);
		expect(quoted.culprits).toEqual(['idiot']);
		const slip = read('I made a stupid mistake in the config, but you are a jerk for gloating about it.');
		expect(slip.excused).toEqual(['stupid']);
		expect(slip.culprits).toEqual(['jerk']);
		expect(read('Stupid me, I trusted your tests.').excused).toEqual(['Stupid']);
	});

	it('keeps a quote said of the reader as a culprit', () => {
		expect(read('Honestly you are "a total idiot" sometimes.').excused).toEqual([]);
	});
});
