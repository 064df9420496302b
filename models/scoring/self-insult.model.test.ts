// @vitest-environment node
/**
 * The shipped scorer with the self-insult pass (self-insult.ts): a draft in which the writer insults only
 * themselves is scored without those words, while thread comments (`wholeDraft`, pooled by the derailment
 * model) keep the models' own scores whatever was scored before them.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const SELF = 'I feel like such a complete idiot, the port was wrong all along.';
const SELF_TWO = "Wow, I'm a total moron. Restarting the runner fixed it.";
const SELF_AND_PROFANE = "I'm such an idiot, this shitty fucking build system wasted my whole day.";
const BOTH = "I'm an idiot for approving it, and you are a moron for writing it.";

describe('self-insults in the shipped scorer', () => {
	it('does not flag a writer insulting only themselves, which the whole-draft models read as toxic', async () => {
		const scorer = await createNodeScorer();
		const drafts = await scorer.score([SELF, SELF_TWO]);
		const whole = await scorer.score([SELF, SELF_TWO], { wholeDraft: true });
		for (const [i, draft] of drafts.entries()) {
			expect(whole[i]?.toxic).toBeGreaterThan(0.5);
			expect(draft.flag).toBe(false);
			expect(draft.toxic).toBeLessThan(0.2);
			expect(draft.inappropriate).toBeLessThan(0.2);
			expect(draft.spans).toEqual([]);
		}
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [SELF, SELF_TWO, SELF_AND_PROFANE, BOTH];
		const expected = await fresh.score(texts, { wholeDraft: true });
		await reused.score(texts);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});

	it('still flags what else the draft says, underlining that and not the self-insult', async () => {
		const scorer = await createNodeScorer();
		const [profane, both] = await scorer.score([SELF_AND_PROFANE, BOTH]);
		expect(profane?.flag).toBe(true);
		const underlined = (profane?.spans ?? []).map((s) => SELF_AND_PROFANE.slice(s.start, s.end));
		expect(underlined).toContain('fucking');
		expect(underlined).not.toContain('idiot');
		// An insult at someone else leaves the whole draft as it is, the writer's own insult included.
		const [bothWhole] = await scorer.score([BOTH], { wholeDraft: true });
		expect(both?.flag).toBe(true);
		expect(both?.toxic).toBe(bothWhole?.toxic);
		await scorer.dispose();
	});
});
