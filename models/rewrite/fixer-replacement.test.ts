/**
 * Drafts that are only an attack ("You stupid idiot.", "Shut up.") keep nothing a rewrite could keep: the offline
 * fixer offers an honest short alternative instead, marked as a replacement, which the engine exempts from the
 * similarity guard (any civil wording shares < 0.15 chrF++ with two insult words) and the card labels as such.
 */
import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../scoring/types.ts';
import { suggestRewrite } from './engine.ts';
import { createLexiconScorer } from './lexicon-scorer.ts';
import {
	createOfflineBackend,
	DISMISSAL_STATEMENT,
	offlineFix,
	offlineForStrategy,
} from './offline-fixer.ts';
import { MIN_SIMILARITY, rankCandidates, rewardCandidate } from './reward.ts';
import { OFFLINE_STRATEGIES } from './strategies.ts';

const scorer = createLexiconScorer();
const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;

describe('offline fixer: all-attack drafts get an alternative, marked as a replacement', () => {
	it.each([
		['You stupid idiot.', 'I disagree with you.'],
		['What a pathetic loser you are, honestly.', 'I disagree with you.'],
		['You are a moron.', 'I disagree with you.'],
		['What a clueless moron.', 'I disagree with you.'],
		// About a thing, not a person: the neutral statement.
		['What a mess.', "I'm frustrated with this."],
		['Shut up.', DISMISSAL_STATEMENT],
		['Go away, you worthless hack.', DISMISSAL_STATEMENT],
		['Get lost, clown!', DISMISSAL_STATEMENT],
	])('%s → %s', (draft, expected) => {
		for (const template of TEMPLATES)
			expect(offlineFix(draft, template)).toEqual({ text: expected, replacement: true });
	});

	it('in a tense thread, no opener goes before it ("Can we look at this together? I\'d rather not continue…")', () => {
		const thread = { tense: true, frustrated: true, secondPerson: true, impatient: false };
		for (const strategy of OFFLINE_STRATEGIES) {
			const request = { text: 'Shut up.', strategy, thread, flaggedSpans: [], dimensions: [] };
			expect(offlineForStrategy(request)).toEqual({ text: DISMISSAL_STATEMENT, replacement: true });
		}
	});

	it.each([
		'Shut up and merge it.',
		'Go away for a week and the cache is still stale.',
		'You never test your code, you idiot. See #12.',
	])('a draft with something to keep is rewritten, not replaced: %s', (draft) => {
		for (const template of TEMPLATES) expect(offlineFix(draft, template).replacement).toBe(false);
	});

	it('the engine offers the replacement, exempt from the similarity guard, with the draft untouched', async () => {
		for (const draft of ['You stupid idiot.', 'Shut up.', 'Go away, you worthless hack.']) {
			const { suggestion } = await suggestRewrite(
				{ text: draft },
				{ backend: createOfflineBackend(), scorer },
			);
			const best = suggestion.candidates[0];
			expect(best?.replacement).toBe(true);
			expect(best?.similarity).toBeLessThan(MIN_SIMILARITY);
			expect(suggestion.source).toBe(draft);
		}
	});
});

describe('reward: replacements', () => {
	const score = (text: string, flag = false): ScoreResult =>
		({
			text,
			flag,
			inappropriate: flag ? 0.9 : 0.1,
			toxic: 0,
			dimensions: {},
			spans: [],
		}) as unknown as ScoreResult;

	it('skips only the similarity guard: still flagged is still rejected', () => {
		const ok = rewardCandidate(
			'You stupid idiot.',
			'I disagree with you.',
			's',
			score('I disagree with you.'),
			0.5,
			true,
		);
		expect(ok.rejected).toBeUndefined();
		expect(ok.replacement).toBe(true);
		const plain = rewardCandidate(
			'You stupid idiot.',
			'I disagree with you.',
			's',
			score('I disagree with you.'),
		);
		expect(plain.rejected).toBe('unrelated to the draft');
		const flagged = rewardCandidate(
			'You stupid idiot.',
			'You idiot.',
			's',
			score('You idiot.', true),
			0.5,
			true,
		);
		expect(flagged.rejected).toBe('still flagged');
	});

	it('is never offered beside a real rewrite', () => {
		const real = { rewrite: 'a', strategy: 'x', reward: 0.3, appropriate: 0.5, similarity: 0.1 };
		const alt = { ...real, rewrite: 'b', reward: 0.9, replacement: true };
		const { accepted, rejected } = rankCandidates([alt, real]);
		expect(accepted).toEqual([real]);
		expect(rejected.map((c) => c.rewrite)).toEqual(['b']);
		expect(rankCandidates([alt]).accepted).toEqual([alt]);
	});
});
