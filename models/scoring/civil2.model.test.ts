// @vitest-environment node
/**
 * Session 13 (civil2) in the shipped scorer: frustrated but civil bug reports, bug reports that mention a rude
 * or violent error string, a profane identifier, and sincere "must be nice" after thanks are not flagged; the
 * same shapes aimed at a person still are.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const CIVIL = [
	// 0.74 before (toxic head): impatience about the issue, no one named.
	'Is this project still maintained? The last reply here was over a year ago.',
	'Why is this still not fixed?',
	// The threat floor read the error message as a threat.
	'The test fails with Error: you should die, a message from the fixture author.',
	'The error is "I\'m going to kill you" from their test double, we should rename it.',
	// A profane identifier from someone's code.
	'Their code has a variable named fuckThisShit in the loop.',
	'Our logs are full of: ERROR idiot user sent empty payload',
	// The "must be nice to never …" frame, as relief in a draft that thanks.
	'Must be nice to never have to restart the server anymore, thank you!',
];
const ATTACKS = [
	"This has been broken for two years because you people can't code.",
	'Any update? Or is everyone here too lazy to read bug reports?',
	"Error: process killed. I'll kill you too if you merge this again.",
	'Must be nice to never have to write tests.',
	'Must be nice to never have to write tests, thanks a lot.',
];

describe('civil drafts that used to warn (session 13)', () => {
	it('does not flag them', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(CIVIL);
		expect(results.filter((r) => r.flag).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});

	it('still flags their attack look-alikes', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(ATTACKS);
		expect(results.filter((r) => !r.flag).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});
});
