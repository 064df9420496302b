import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

// Session 20 (civil7): the shipped models read these ordinary words as profanity by their letters.
describe('look-alike words (shipped models)', async () => {
	const scorer = await createNodeScorer();
	const flag = async (t: string) => (await scorer.score([t]))[0]?.flag;

	it('does not warn on civil lines whose only strong word is a look-alike', async () => {
		for (const t of ['Assess the risk first.', 'Shipped!', 'Reset your password here.'])
			expect(await flag(t), t).toBe(false);
	});

	it('still warns on the same words beside an insult', async () => {
		for (const t of ['Ship it, you idiot.', 'Assess your own stupidity first, moron.'])
			expect(await flag(t), t).toBe(true);
	});
});
