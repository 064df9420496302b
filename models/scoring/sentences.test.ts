import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import {
	ALWAYS_SCORED_SENTENCES,
	MAX_SEGMENTS,
	SEGMENT_FLOOR,
	SENTENCE_GATE,
	sentenceSegments,
	withSentences,
} from './sentences.ts';

const words = (text: string) =>
	sentenceSegments(tokenize(text)).map((s) => s.tokens.map((t) => t.word).join(' '));

describe('sentenceSegments', () => {
	it('splits at sentence ends and line breaks, keeping offsets into the draft', () => {
		const draft = 'The build is green now. Could you rebase on main?\nThen I will merge it today!';
		const segments = sentenceSegments(tokenize(draft));
		expect(segments.map((s) => s.masked.trim())).toEqual([
			'The build is green now.',
			'Could you rebase on main?',
			'Then I will merge it today!',
		]);
		const merge = segments[2]?.tokens.find((t) => t.word === 'merge');
		expect(draft.slice(merge?.start, merge?.end)).toBe('merge');
	});

	it('is empty for a one-sentence draft, and skips sentences too short to say anything alone', () => {
		expect(words('Please add a test for the parser.')).toEqual([]);
		expect(words('Thanks! Please add a test. No.')).toEqual([]);
		expect(words('Thanks! Please add a test. Then run the linter.')).toEqual([
			'please add a test',
			'then run the linter',
		]);
	});

	it('leaves quoted replies and code blanked, as the whole-draft score does', () => {
		const draft =
			'> you wrote this nonsense yesterday\nI disagree with the plan.\n```\nkill the zombie process now\n```\nLet us talk about it.';
		expect(words(draft)).toEqual(['i disagree with the plan', 'let us talk about it']);
	});

	it('scores neighbours together past MAX_SEGMENTS sentences, covering every sentence', () => {
		const draft = Array.from({ length: 100 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
		const segments = sentenceSegments(tokenize(draft));
		expect(segments.length).toBeLessThanOrEqual(MAX_SEGMENTS);
		expect(segments.reduce((n, s) => n + s.tokens.length, 0)).toBe(tokenize(draft).tokens.length);
	});
});

describe('withSentences', () => {
	it('lets a clearly toxic sentence carry the draft, and nothing less', () => {
		expect(withSentences(0.3, SEGMENT_FLOOR, 2)).toBe(SEGMENT_FLOOR);
		expect(withSentences(0.3, SEGMENT_FLOOR - 0.01, 2)).toBe(0.3);
		expect(withSentences(0.95, 0.9, 2)).toBe(0.95);
		// Below the gate a short draft keeps its whole score; a long one is always read sentence by sentence.
		expect(withSentences(SENTENCE_GATE / 2, 0.99, 2)).toBe(SENTENCE_GATE / 2);
		expect(withSentences(SENTENCE_GATE / 2, 0.99, ALWAYS_SCORED_SENTENCES)).toBe(0.99);
		expect(withSentences(0.9, 0.99, 1)).toBe(0.9);
	});
});
