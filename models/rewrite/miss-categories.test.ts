import { describe, expect, it } from 'vitest';
import { SHIPPED_LEXICON } from './fixer-learned.ts';
import { holdsKnownWord, missCategory } from './miss-categories.ts';
import type { RewriteCandidate } from './types.ts';

const candidate = (rewrite: string, rejected: string, appropriate = 0.3): RewriteCandidate => ({
	rewrite,
	strategy: 'soften.none.t0',
	reward: 0,
	appropriate,
	similarity: 0.5,
	rejected,
});

describe('missCategory', () => {
	it('names why no rewrite was offered', () => {
		const draft = 'This plan is stupid, frankly.';
		expect(missCategory(draft, false, [candidate(draft, 'unchanged')], null)).toBe('not-flagged');
		expect(missCategory(draft, true, [candidate(draft, 'unchanged')], null)).toBe('unchanged');
		expect(
			missCategory(
				'You dolt.',
				true,
				[candidate("I'm frustrated with this.", 'unrelated to the draft')],
				null,
			),
		).toBe('whole-insult');
		expect(missCategory(draft, true, [candidate('', 'empty'), candidate('x', 'still flagged')], null)).toBe(
			'fragment',
		);
		// Judged on the most civil attempt, not the lightest arm that keeps the word on purpose.
		const kept = [
			candidate('This plan is stupid.', 'still flagged', 0.2),
			candidate('This plan is unwise.', 'still flagged', 0.4),
		];
		expect(missCategory(draft, true, kept, SHIPPED_LEXICON)).toBe('still-flagged');
		expect(
			missCategory(draft, true, [candidate('This plan is stupid.', 'still flagged')], SHIPPED_LEXICON),
		).toBe('known-word-kept');
		expect(missCategory(draft, true, [candidate('x @a', 'dropped a mention')], null)).toBe('other');
	});

	it('knows hand-written words and learned phrases', () => {
		expect(holdsKnownWord('What a moron.', null)).toBe(true);
		expect(holdsKnownWord('The build is red.', SHIPPED_LEXICON)).toBe(false);
	});
});
