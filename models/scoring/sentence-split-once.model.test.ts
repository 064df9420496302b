// @vitest-environment node
/**
 * A new draft's sentences are split once per tokenisation (session 14): the probability run's `ahead` and the
 * sentence pass right after read the same split, and the sentence cache keys are built once per sentence. A
 * draft a pass rewrote (here: a self-insult taken out) is split again, since its sentences differ.
 */
import { describe, expect, it, vi } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';
import * as sentences from './sentences.ts';

vi.mock('./sentences.ts', async (original) => {
	const actual = await original<typeof import('./sentences.ts')>();
	return { ...actual, sentenceSegments: vi.fn(actual.sentenceSegments) };
});

const CIVIL =
	'Thanks for the patch, I tried it locally. The build passes on Linux now. Could you add a test for the empty input case?';

describe('sentence split', { timeout: 120_000 }, () => {
	it('splits a new draft of three sentences once, and gives the same result as a fresh scorer', async () => {
		const scorer = await createNodeScorer();
		await scorer.score(['Warm the sessions up with a sentence or two.']);
		const split = vi.mocked(sentences.sentenceSegments);
		split.mockClear();
		const [result] = await scorer.score([CIVIL]);
		expect(split).toHaveBeenCalledTimes(1);
		expect(result?.flag).toBe(false);
		// A cached draft is not split again.
		await scorer.score([CIVIL]);
		expect(split).toHaveBeenCalledTimes(1);
		await scorer.dispose();
	});

	it('splits a draft again when a pass rewrote it (its sentences are not the draft’s)', async () => {
		const scorer = await createNodeScorer();
		const split = vi.mocked(sentences.sentenceSegments);
		split.mockClear();
		const [result] = await scorer.score([
			'Ugh, I am such an idiot, I forgot the flag. The build passes on Linux now. Thanks for the quick review!',
		]);
		expect(result?.flag).toBe(false);
		expect(split.mock.calls.length).toBeGreaterThanOrEqual(1);
		await scorer.dispose();
	});
});
