// @vitest-environment node
/**
 * Session 23 (civil10) in the shipped scorer: a moderator's reply under a quoted insult (qa22: warned as
 * "confusing reasoning", Inappropriateness 0.50) is not flagged, with or without the quote; the same shapes aimed
 * at a person still are.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const CIVIL = [
	'> you are a clueless idiot\n\nPlease do not talk to people like that here, it helps nobody.',
	'Please do not talk to people like that here, it helps nobody.',
];
const ATTACKS = [
	'> you are a clueless idiot\n\nHe is right, you are a clueless idiot and everyone knows it.',
	"Don't talk to people like that, you clueless idiot.",
	'Someone should kill you before you push another migration.',
];

describe('civil10 lines that used to warn (session 23)', () => {
	it('does not flag them, and still flags their attack look-alikes', async () => {
		const scorer = await createNodeScorer();
		const civil = await scorer.score(CIVIL);
		expect(civil.filter((r) => r.flag).map((r) => r.text)).toEqual([]);
		const attacks = await scorer.score(ATTACKS);
		expect(attacks.filter((r) => !r.flag).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});
});
