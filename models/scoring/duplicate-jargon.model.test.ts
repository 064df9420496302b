// @vitest-environment node
/**
 * The shipped scorer with the duplicate-jargon pass (duplicate-jargon.ts): GitHub's "dupe of #N" does not flag a
 * draft, an insult beside it still does, and thread comments (`wholeDraft`, pooled by the derailment model) keep
 * the models' own scores whatever was scored before them.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const TRIAGE = 'Dupe of #4021, closing.';
const ALSO_TRIAGE = 'Looks like a possible dupe of the cache bug in #77, can you check?';
const ATTACK = 'Dupe of #12, you idiot.';

describe('"dupe" as duplicate in the shipped scorer', () => {
	it('does not flag the triage abbreviation', async () => {
		const scorer = await createNodeScorer();
		// Read whole, the models take "dupe" for the insult.
		const [whole] = await scorer.score([TRIAGE], { wholeDraft: true });
		expect(whole?.flag).toBe(true);
		for (const draft of await scorer.score([TRIAGE, ALSO_TRIAGE])) expect(draft.flag).toBe(false);
		await scorer.dispose();
	});

	it('still flags an insult beside it', async () => {
		const scorer = await createNodeScorer();
		const [attack] = await scorer.score([ATTACK]);
		expect(attack?.flag).toBe(true);
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [TRIAGE, ALSO_TRIAGE, ATTACK];
		const expected = await fresh.score(texts, { wholeDraft: true });
		await reused.score(texts);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});
