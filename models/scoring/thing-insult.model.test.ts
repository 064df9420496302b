// @vitest-environment node
/**
 * The shipped scorer with the thing-insult pass (thing-insult.ts): a draft whose insult and profane words are
 * all aimed at things or at no one is scored without them, while thread comments (`wholeDraft`, pooled by the
 * derailment model) keep the models' own scores whatever was scored before them.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const TOOL = 'The test harness is a clown show on Windows.';
const SHOW = 'The progress bar is a clown show, it jumps back and forth.';
const AT_PERSON = 'The release tooling is garbage and so is the idiot who wrote it.';
const REST_COUNTS = 'The installer is junk. Also, you are a disgrace to this project and everyone knows it.';

describe('insults aimed at things in the shipped scorer', () => {
	it('does not flag a complaint about a tool, which the whole-draft models read as toxic', async () => {
		const scorer = await createNodeScorer();
		const drafts = await scorer.score([TOOL, SHOW]);
		const whole = await scorer.score([TOOL, SHOW], { wholeDraft: true });
		for (const [i, draft] of drafts.entries()) {
			expect(whole[i]?.toxic).toBeGreaterThan(0.5);
			expect(draft.flag).toBe(false);
			expect(draft.toxic).toBeLessThan(0.5);
			expect(draft.spans).toEqual([]);
		}
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [TOOL, SHOW, AT_PERSON, REST_COUNTS];
		const expected = await fresh.score(texts, { wholeDraft: true });
		await reused.score(texts);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});

	it('still flags an insult at a person, and what else the draft says', async () => {
		const scorer = await createNodeScorer();
		const [atPerson, rest] = await scorer.score([AT_PERSON, REST_COUNTS]);
		const [atPersonWhole] = await scorer.score([AT_PERSON], { wholeDraft: true });
		// An insult at someone leaves the whole draft as it is, the word about the tool included.
		expect(atPerson?.flag).toBe(true);
		expect(atPerson?.toxic).toBeGreaterThanOrEqual(atPersonWhole?.toxic ?? 1);
		expect(rest?.flag).toBe(true);
		const underlined = (rest?.spans ?? []).map((s) => REST_COUNTS.slice(s.start, s.end));
		expect(underlined).not.toContain('junk');
		await scorer.dispose();
	});
});
