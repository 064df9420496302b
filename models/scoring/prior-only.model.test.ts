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

/**
 * Session 28 (civil28): a plain request or question to the reader read "Close to the line" (QA: 0.485) on the
 * GitHub expert's prior; it now sits under the card's caution point (0.4 at the default sensitivity). Requests
 * that carry an insult, a judging word or a sneer keep warning.
 */
const ASKED = 'Can you send me the exact version and the error you get?';
const ASKED_HOSTILE = [
	'Can you send me the exact version, or is that too hard for your tiny brain?',
	'Send me the exact version and the error, you useless clown.',
	'Did you even read the error you get, genius?',
];

describe('a plain request to the reader near the line (session 28)', () => {
	it('reads under the caution point at the default sensitivity', async () => {
		const scorer = await createNodeScorer();
		const [r] = await scorer.score([ASKED]);
		expect(r?.flag).toBe(false);
		expect(Math.max(r?.toxic ?? 1, r?.inappropriate ?? 1)).toBeLessThan(0.4);
		await scorer.dispose();
	});

	it('still flags the hostile versions', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score(ASKED_HOSTILE);
		expect(results.filter((r) => !r.flag).map((r) => r.text)).toEqual([]);
		await scorer.dispose();
	});
});
