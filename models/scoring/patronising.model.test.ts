// @vitest-environment node
/**
 * The shipped scorer with contempt31's frames (patronising.ts, read by talks-down.ts): a calm put-down the models
 * read as civil flags at the default sensitivity with the card's "Talks down to the reader", underlined on the
 * condescending phrase; its civil twin does not flag; thread comments (`wholeDraft`) keep the models' own scores.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const PUT_DOWN = "It must be hard to review code when you don't understand it.";
const CIVIL = 'It must be hard to debug this without logs — here is how I did it.';
const underlined = (text: string, spans: readonly { start: number; end: number }[] = []) =>
	spans.map((s) => text.slice(s.start, s.end));

describe('contempt31 frames in the shipped scorer', () => {
	it('flags the put-down with its reason, underlined on the condescending phrase', async () => {
		const scorer = await createNodeScorer();
		const [r] = await scorer.score([PUT_DOWN]);
		expect(r?.flag).toBe(true);
		expect(r?.talksDown).toBe(true);
		expect(underlined(PUT_DOWN, r?.spans)).toEqual(["must be hard to review code when you don't understand"]);
		await scorer.dispose();
	});

	it('does not flag the civil twin, nor the put-down as a thread comment', async () => {
		const scorer = await createNodeScorer();
		const [civil] = await scorer.score([CIVIL]);
		expect(civil?.flag).toBe(false);
		const [whole] = await scorer.score([PUT_DOWN], { wholeDraft: true });
		expect(whole?.talksDown).toBeFalsy();
		await scorer.dispose();
	});
});
