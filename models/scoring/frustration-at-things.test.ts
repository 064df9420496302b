import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyFrustrationAtThings, FRUSTRATION_CAP, frustrationAtThings } from './frustration-at-things.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

const frustration = (text: string) => frustrationAtThings(tokenize(text));

describe('frustrationAtThings', () => {
	it.each([
		'That is incredibly irritating, the toast hides the save button on small screens.',
		"It's maddening, the cache only goes stale on the release build.",
		'The docs page is so exhausting to navigate, four clicks for one flag.',
		'Annoying regression in 2.3: drag and drop no longer works in the tree view.',
		'This is frustrating for our testers, the emulator resets between runs.',
	])('reads "%s" as frustration at software', (text) => {
		expect(frustration(text)).toBe(true);
	});

	it.each([
		['the reader', 'This is extremely annoying, you never listen.'],
		['a person as the subject', 'He is so frustrating to work with.'],
		['a person named elsewhere', 'This is infuriating, the maintainers ignore every report.'],
		['an insult', 'This bug is annoying, just like the idiot who wrote it.'],
		['profanity', 'This is annoying as hell, damn it.'],
		['a judging word', 'It is frustrating that this tracker is run by clueless people.'],
		['the feeling said of nothing', 'Working on this team is frustrating.'],
	])('not for %s', (_name, text) => {
		expect(frustration(text)).toBe(false);
	});
});

describe('applyFrustrationAtThings', () => {
	const entryOf = (text: string, p: number): ScoreEntry => {
		const dimensions = {} as Record<Dimension, number>;
		for (const d of DIMENSIONS) dimensions[d] = p;
		return {
			text,
			toxic: p,
			wholeToxic: p,
			dimensions,
			tokens: tokenize(text).tokens,
			sentencesScored: true,
		};
	};

	it("caps both heads under the default threshold and keeps the whole draft's dimensions", () => {
		const text = 'This is really frustrating, the export fails on every large file.';
		const entry = entryOf(text, 0.6);
		applyFrustrationAtThings(entry, tokenize(text));
		expect(entry.toxic).toBe(FRUSTRATION_CAP);
		expect(entry.dimensions.Inappropriateness).toBe(FRUSTRATION_CAP);
		expect(entry.wholeDimensions?.Inappropriateness).toBe(0.6);
	});

	it('leaves frustration with a person, and a draft under the cap, as scored', () => {
		const text = 'You are so annoying, stop commenting on my PR.';
		const entry = entryOf(text, 0.8);
		applyFrustrationAtThings(entry, tokenize(text));
		expect(entry.toxic).toBe(0.8);
		const low = entryOf('This is annoying.', 0.2);
		applyFrustrationAtThings(low, tokenize(low.text));
		expect(low.wholeDimensions).toBeUndefined();
	});
});
