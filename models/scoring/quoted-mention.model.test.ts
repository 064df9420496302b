// @vitest-environment node
/**
 * The shipped scorer with the quoted-mention pass (quoted-mention.ts): an insult word the writer only mentions
 * in quotes does not flag a draft, an insult outside the quotes still does, and thread comments (`wholeDraft`,
 * pooled by the derailment model) keep the models' own scores whatever was scored before them.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const MENTION = 'The crash dialog literally says "idiot user error" and we should change that copy.';
const ALSO_MENTION = 'Please rename the "moron check" job, new contributors find it confusing.';
/** insult-at-others.ts reads "only an idiot would" as aimed at someone: quoted, it must not floor the draft. */
const QUOTED_PREDICATE = 'The old setup wizard shows "only an idiot would skip this" on its last page.';
const ATTACK = 'Your "cleanup" deleted the tests, you moron.';

describe('quoted mentions in the shipped scorer', () => {
	it('does not flag or underline an insult word only mentioned in quotes', async () => {
		const scorer = await createNodeScorer();
		// Read whole, the first is flagged: the quoted insult word carries the toxic head.
		const [whole] = await scorer.score([MENTION], { wholeDraft: true });
		expect(whole?.flag).toBe(true);
		for (const draft of await scorer.score([MENTION, ALSO_MENTION, QUOTED_PREDICATE])) {
			expect(draft.flag).toBe(false);
			expect(draft.spans).toEqual([]);
		}
		await scorer.dispose();
	});

	it('still flags an insult outside the quotes', async () => {
		const scorer = await createNodeScorer();
		const [attack] = await scorer.score([ATTACK]);
		expect(attack?.flag).toBe(true);
		const underlined = (attack?.spans ?? []).map((s) => ATTACK.slice(s.start, s.end));
		expect(underlined).toContain('moron');
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [MENTION, ALSO_MENTION, QUOTED_PREDICATE, ATTACK];
		const expected = await fresh.score(texts, { wholeDraft: true });
		await reused.score(texts);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});
