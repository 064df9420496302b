// @vitest-environment node
/**
 * Session 18 (praise) in the shipped scorer: kind drafts aimed at the reader are not flagged (each warned at
 * 02d71bd: toxic 0.54, 0.60, 0.67, 0.51), and their mocking twins that warned there still do; praise mocked by
 * the reader's failure in the same draft now warns as sarcasm (each passed at 02d71bd).
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const SINCERE = [
	'You are a competent reviewer.',
	'You are a competent engineer.',
	"You're a diligent maintainer, thank you.",
	'You are a professional reviewer.',
];
const MOCKING = [
	'You are a competent reviewer, said nobody.',
	'You are a competent reviewer, idiot.',
	'You are a "competent" reviewer.',
	'You are a competent reviewer when you bother to read the diff.',
];

const MOCKED = [
	'You are a genius, you broke prod twice.',
	'You did a superb job of ignoring the style guide.',
	'You are a capable admin, you just deleted the backups.',
];

describe('sincere praise of the reader (session 18)', () => {
	it('does not flag it', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(SINCERE);
		expect(results.filter((r) => r.flag).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});

	it('still flags its mocking twins', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(MOCKING);
		expect(results.filter((r) => !r.flag).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});

	it("flags praise mocked by the reader's failure as sarcasm", async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(MOCKED);
		expect(results.filter((r) => !r.flag || !r.mocking).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});
});
