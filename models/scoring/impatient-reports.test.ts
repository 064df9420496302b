import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyImpatientReports, IMPATIENCE_CAP, impatientReport } from './impatient-reports.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

const impatient = (text: string) => impatientReport(tokenize(text));

describe('impatientReport', () => {
	it.each([
		'Still broken after two years.',
		'Why is this still not fixed?',
		'Is this project still maintained? The last reply here was over a year ago.',
		'Any update on this? We are still hitting it on 3.2.',
		'Still broken, with no reply from the maintainers in months.',
	])('reads "%s" as impatience about an issue', (text) => {
		expect(impatient(text)).toBe(true);
	});

	it.each([
		['a person blamed', 'This has been broken for two years because you people cannot code.'],
		['everyone called lazy', 'Any update? Or is everyone here too lazy to read bug reports?'],
		['the maintainers blamed', 'Still broken after months because the maintainers never test anything.'],
		['an insult', 'Still broken after two years, this is idiotic.'],
		['swearing', 'This damn bug is still here after months.'],
		['contempt for the work', 'Still broken after two years, what a joke.'],
		['nothing about an issue', 'It has been two years since we met.'],
	])('not for %s', (_name, text) => {
		expect(impatient(text)).toBe(false);
	});
});

describe('applyImpatientReports', () => {
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
		const text = 'Still broken after two years.';
		const entry = entryOf(text, 0.74);
		applyImpatientReports(entry, tokenize(text));
		expect(entry.toxic).toBe(IMPATIENCE_CAP);
		expect(entry.dimensions.Inappropriateness).toBe(IMPATIENCE_CAP);
		expect(entry.wholeDimensions?.Inappropriateness).toBe(0.74);
		expect(entry.wholeToxic).toBe(0.74);
	});

	it('leaves a draft that blames someone, and one already under the cap, as scored', () => {
		const text = 'Still broken after two years because you cannot code.';
		const entry = entryOf(text, 0.74);
		applyImpatientReports(entry, tokenize(text));
		expect(entry.toxic).toBe(0.74);
		const low = entryOf('Still broken after two years.', 0.2);
		applyImpatientReports(low, tokenize(low.text));
		expect(low.toxic).toBe(0.2);
		expect(low.wholeDimensions).toBeUndefined();
	});
});
