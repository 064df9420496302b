// @vitest-environment node
/**
 * The shipped scorer reads drafts with @handles and link destinations blanked (addresses.ts): a handle or URL
 * with an insult word in it does not flag or underline, the user's own words (link text, an insult after a
 * handle) still do, offsets point into the draft as typed, and thread comments (`wholeDraft`) keep the models'
 * own scores.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const HANDLE = 'cc @idiot-ci please take a look';
const LINK = 'The write-up is in [the guide](https://example.com/stupid-idiot-tricks) if you want it.';
const AUTOLINK = 'The write-up is at <https://example.com/stupid-idiot-tricks> if you want it.';
const BARE = 'The write-up is at https://example.com/stupid-idiot-tricks if you want it.';
const ATTACK = '@bob you are an idiot';
const LINK_TEXT = 'This is a [stupid idiotic mess](https://example.com/pr/12), you moron.';

describe('names and addresses in the shipped scorer', () => {
	it('does not flag or underline insult words inside a handle or a link destination', async () => {
		const scorer = await createNodeScorer();
		const drafts = [HANDLE, LINK, AUTOLINK, BARE];
		for (const [i, result] of (await scorer.score(drafts)).entries()) {
			expect(result.flag, drafts[i]).toBe(false);
			expect(result.spans).toEqual([]);
			expect(result.text).toBe(drafts[i]);
		}
		await scorer.dispose();
	});

	it('still flags the user own words, with offsets into the draft as typed', async () => {
		const scorer = await createNodeScorer();
		for (const [draft, word] of [
			[ATTACK, 'idiot'],
			['@you are an idiot', 'idiot'],
			['@moron stop force-pushing to main', 'moron'],
			[LINK_TEXT, 'moron'],
		] as const) {
			const [result] = await scorer.score([draft]);
			expect(result?.flag, draft).toBe(true);
			const underlined = (result?.spans ?? []).map((s) => draft.slice(s.start, s.end));
			expect(underlined, draft).toContain(word);
		}
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		await reused.score([HANDLE, LINK]);
		const options = { wholeDraft: true } as const;
		const [a, b] = [await fresh.score([HANDLE, LINK], options), await reused.score([HANDLE, LINK], options)];
		expect(b).toEqual(a);
		// Read whole, the handle's insult word still counts: the derailment model was trained on that.
		expect(a[0]?.toxic).toBeGreaterThan(0.5);
		await fresh.dispose();
		await reused.dispose();
	});
});
