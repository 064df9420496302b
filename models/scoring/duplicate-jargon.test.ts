import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { withDuplicatesSpelledOut } from './duplicate-jargon.ts';

/** The words the models would read, or undefined when the draft is left as it is. */
const read = (draft: string) => withDuplicatesSpelledOut(tokenize(draft))?.tokens.map((t) => t.word);

describe('withDuplicatesSpelledOut', () => {
	it('reads the triage abbreviation as "duplicate"', () => {
		expect(read('Dupe of #1425?')).toEqual(['duplicate', 'of', '1425']);
		expect(read('Closing as a dupe of the login bug.')).toContain('duplicate');
		expect(read('Possible dupe, see #3021')).toContain('duplicate');
		expect(read('Marked dupe.')).toContain('duplicate');
		expect(read('dupe: #77')).toContain('duplicate');
		expect(read('Both of these are dupes of #9.')).toContain('duplicates');
		expect(read('probably a dupe (#12)')).toContain('duplicate');
	});

	it('keeps offsets and the masked text', () => {
		const draft = 'Thanks! Dupe of #12 though.';
		const tokenized = tokenize(draft);
		const spelled = withDuplicatesSpelledOut(tokenized);
		expect(spelled?.masked).toBe(tokenized.masked);
		const word = spelled?.tokens.find((t) => t.word === 'duplicate');
		expect(word && draft.slice(word.start, word.end)).toBe('Dupe');
	});

	it('leaves a dupe aimed at a person, "duped" and a bare "a dupe" alone', () => {
		expect(read('You dupe, that is a scam.')).toBeUndefined();
		expect(read('you are a dupe of the vendor')).toBeUndefined();
		expect(read('He is such a dupe.')).toBeUndefined();
		expect(read("They're a dupe of #12 anyway")).toBeUndefined();
		expect(read('I got duped by that config.')).toBeUndefined();
		expect(read('This is a dupe.')).toBeUndefined();
		expect(read('No jargon here at all.')).toBeUndefined();
	});
});
