// @vitest-environment node
/**
 * The shipped scorer with the talks-down frames (talks-down.ts, session 30): qa28's calm put-down flags at the
 * default sensitivity with the card's "Talks down to the reader" reason, underlined on the comparison and not on
 * "all" (at the strict sensitivity too); its civil twin does not flag; thread comments (`wholeDraft`) keep the
 * models' own scores.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const PUT_DOWN = 'With all due respect, this is a beginner mistake that any junior would catch.';
const CIVIL = 'Any junior could pick this up with the guide in the wiki.';
const underlined = (text: string, spans: readonly { start: number; end: number }[] = []) =>
	spans.map((s) => text.slice(s.start, s.end));

describe('talks-down frames in the shipped scorer', () => {
	it('flags the put-down with its reason, underlined on the comparison', async () => {
		const scorer = await createNodeScorer();
		for (const options of [{}, { sensitivity: 0.8 }]) {
			const [r] = await scorer.score([PUT_DOWN], options);
			expect(r?.flag).toBe(true);
			expect(r?.talksDown).toBe(true);
			expect(underlined(PUT_DOWN, r?.spans)).toEqual(['any junior would catch']);
		}
		await scorer.dispose();
	});

	it('does not flag the civil twin, nor the put-down as a thread comment', async () => {
		const scorer = await createNodeScorer();
		const [civil] = await scorer.score([CIVIL]);
		expect(civil?.flag).toBe(false);
		// Scored as a draft first: the draft's marks must not carry over to the thread comment (same cache entry).
		await scorer.score([PUT_DOWN]);
		const [whole] = await scorer.score([PUT_DOWN], { wholeDraft: true });
		expect(whole?.flag).toBe(false);
		expect(whole?.talksDown).toBeUndefined();
		await scorer.dispose();
	});
});
