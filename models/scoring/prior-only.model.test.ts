// @vitest-environment node
/**
 * Session 19 (civil6) in the shipped scorer: short developer lines the toxic graph gates to its GitHub-incivility
 * expert warned on its prior alone (flagged before prior-only.ts: toxic 0.66 and 0.62; 0.61 for the sneer below,
 * which must keep warning); the same settings with an insult or a judging word still warn.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const CIVIL = ['Triaged: priority high, assigned to the networking team.', 'Does 3pm UTC work for everyone?'];
const HOSTILE = [
	'You are an idiot, assigned to the storage team.',
	'Does 3pm work for you, moron?',
	'Everyone on the storage team is useless.',
	'Is anyone competent working on this at all?',
];

describe('a moderate toxic score with no word to point at (session 19)', () => {
	it('does not flag short civil developer lines', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(CIVIL);
		expect(results.filter((r) => r.flag).map((r) => r.text)).toEqual([]);
		// A high sensitivity still shows it: the cap is under that threshold.
		const [high] = await scorer.score(CIVIL, { sensitivity: 0.7 });
		expect(high?.flag).toBe(true);
		await scorer.dispose();
	});

	it('still flags the hostile lines in the same settings', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(HOSTILE);
		expect(results.filter((r) => !r.flag).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});
});
