import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { MAX_SENTENCES, verdictSentences } from './question-verdict.ts';
import { NO_WORDS, type ScoreEntry } from './score-entry.ts';

/** A flagged entry whose only toxic underline is the question's "even" (as the "did you even" frame leaves it). */
const entryOf = (text: string): ScoreEntry => {
	const { tokens } = tokenize(text);
	const toxicWords = new Float32Array(tokens.length);
	toxicWords[tokens.findIndex((t) => t.word === 'even')] = 1;
	return {
		text,
		tokens,
		toxic: 0.8,
		wholeToxic: 0.8,
		toxicWords,
		inappropriateWords: NO_WORDS,
	} as unknown as ScoreEntry;
};
const verdicts = (text: string) =>
	verdictSentences(entryOf(text), tokenize(text)).map((s) => s.masked.trim());

describe('question-verdict sentence limit (lead, 90f9ddb)', () => {
	it('runs on a draft of at most MAX_SENTENCES (4) sentences', () => {
		expect(MAX_SENTENCES).toBe(4);
		expect(verdicts('Did you even read the post? What a waste of time.')).toEqual(['What a waste of time.']);
		expect(verdicts('Did you even read the post? What a waste of time. Seriously. Again.')).toHaveLength(2);
	});

	it('does not run on a draft of 5 or more sentences (the statements are mostly other points)', () => {
		expect(verdicts('Did you even read the post? What a waste of time. Seriously. Again. Sigh.')).toEqual([]);
	});
});
