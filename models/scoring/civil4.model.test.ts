// @vitest-environment node
/**
 * Session 15 (civil4) in the shipped scorer: praise with a negative intensifier, damage done by code or
 * decisions, and "you" narrating a bug are not flagged (each warned at a940ed8: toxic 0.60, 0.53, 0.58,
 * Inappropriateness 0.78, toxic 0.54, Inappropriateness 0.68); the same shapes aimed at a person still are.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const CIVIL = [
	'The caching trick in this PR is stupidly simple and it works.',
	'Your regex is crazy elegant, I had to read it twice to believe it.',
	"Technical debt in the billing code is crushing the team's velocity.",
	'Our choice of ORM is slowly bleeding us dry on query costs.',
	'You lose your scroll position every time you switch back to the tab.',
	'When you drag a card to the last column, you lose the card entirely.',
];
const ATTACKS = [
	'You are stupidly slow at reviews, idiot.',
	"It's ridiculously easy to see you have no idea what you're doing.",
	'Insanely good job breaking the build again, genius.',
	'You are killing this project with your incompetence.',
	'You destroyed the database last night, you clueless idiot.',
	'You get everything wrong, every single time, you moron.',
	"You see bugs everywhere because you're too stupid to read the docs.",
	// A program's unquoted message turned on a person (output-endorse.ts): passed at a940ed8 (toxic 0.24).
	'The installer says stupid user, a fair description of whoever filed this.',
	'The bot prints idiot reviewer, take it personally.',
];

describe('civil developer idioms that used to warn (session 15)', () => {
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
