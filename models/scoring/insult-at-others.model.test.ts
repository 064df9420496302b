// @vitest-environment node
/**
 * The shipped scorer with the floor for insults aimed at others (insult-at-others.ts): a polite opener no
 * longer dilutes the insult, the underline is on the insult word, jargon with the same words stays civil, and
 * thread comments (`wholeDraft`, pooled by the derailment model) keep the models' own scores.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const HEDGED = 'Thanks for the patch. My clueless colleague merged the previous one.';
const ADDRESSED = 'Hey, dummy, the server answers with a redirect.';
const JARGON = 'Point the test at the dummy server and kill the child process afterwards.';

describe('insults aimed at others in the shipped scorer', () => {
	it('flags a hedged insult at someone else and underlines the insult word', async () => {
		const scorer = await createNodeScorer();
		const whole = await scorer.score([HEDGED, ADDRESSED], { wholeDraft: true });
		const drafts = await scorer.score([HEDGED, ADDRESSED]);
		for (const [i, text] of [HEDGED, ADDRESSED].entries()) {
			expect(whole[i]?.toxic).toBeLessThan(0.5);
			expect(drafts[i]?.flag).toBe(true);
			const underlined = (drafts[i]?.spans ?? []).map((s) => text.slice(s.start, s.end));
			expect(underlined).toEqual([i === 0 ? 'clueless' : 'dummy']);
		}
		await scorer.dispose();
	});

	it('leaves jargon unflagged and thread comments as the models score them', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [HEDGED, ADDRESSED, JARGON];
		const expected = await fresh.score(texts, { wholeDraft: true });
		const [, , jargon] = await reused.score(texts);
		expect(jargon?.flag).toBe(false);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});

/** Session 11: words the models barely weigh, in a person frame, and the same words said of code. */
const PERSON_FRAMES: [string, string][] = [
	['Your team is a bunch of amateurs.', 'amateurs'],
	['Useless, all of you.', 'Useless'],
	['Is English not your first language or are you just dense?', 'dense'],
	['This library is dead and the maintainers are too lazy to admit it.', 'lazy'],
];
const SAID_OF_CODE = [
	'We switched the thumbnails to lazy loading.',
	'The docs are useless for the v2 API.',
	'A dense matrix is faster for small sizes.',
];

describe('person-frame insults in the shipped scorer', () => {
	it('flags them with the underline on the insult word, and leaves the words said of code alone', async () => {
		const scorer = await createNodeScorer();
		const texts = PERSON_FRAMES.map(([t]) => t);
		const drafts = await scorer.score([...texts, ...SAID_OF_CODE]);
		for (const [i, [text, word]] of PERSON_FRAMES.entries()) {
			expect(drafts[i]?.flag, text).toBe(true);
			const underlined = (drafts[i]?.spans ?? []).map((s) => text.slice(s.start, s.end));
			expect(underlined, text).toEqual([word]);
		}
		for (const [i, text] of SAID_OF_CODE.entries())
			expect(drafts[PERSON_FRAMES.length + i]?.flag, text).toBe(false);
		await scorer.dispose();
	});
});
