// @vitest-environment node
/**
 * Session 30 (recall30): a mocking comparison aimed at the reader or their work warns as talking down, underlined
 * on the comparison, and its civil twins pass (mock-comparisons.ts READER_MOCK_FRAMES, read by talks-down.ts); a
 * short admission stays quiet at Strict too, while its hostile twin keeps warning (admissions.ts, held by civil-hold.ts since session 31).
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const underlined = (text: string, spans: { start: number; end: number }[]) =>
	spans.map((s) => text.slice(s.start, s.end));

describe('recall30', () => {
	it('warns on the reader mocked through a pet, a toddler or a chatbot, and passes the civil twins', async () => {
		const scorer = await createNodeScorer();
		const mocking = [
			'Who reviewed this, a golden retriever?',
			'Did you write this with ChatGPT on a bad day?',
			'My toddler writes cleaner code than you.',
		];
		const civil = [
			'I rubber-duck with my toddler; she’s a great listener.',
			'ChatGPT wrote the first draft of this script, I reviewed it.',
			'The golden retriever in the demo video is adorable.',
			'My cat walked on the keyboard, sorry for the stray commit.',
			'A five-year-old could use this UI — that was the design goal.',
		];
		const results = await scorer.score([...mocking, ...civil]);
		const [retriever, chatgpt, toddler] = results;
		expect(retriever?.flag).toBe(true);
		expect(retriever?.talksDown).toBe(true);
		expect(underlined(mocking[0] as string, retriever?.spans ?? [])).toEqual(['golden retriever']);
		expect(chatgpt?.flag).toBe(true);
		expect(toddler?.flag).toBe(true);
		expect(underlined(mocking[2] as string, toddler?.spans ?? [])).toEqual(['toddler']);
		// The rubber-duck line is the models' own (0.73 on main, "duck|toddler"); the frames do not fire on any twin.
		for (const r of results.slice(mocking.length + 1)) expect(r?.flag).toBe(false);
	});

	it('keeps a short admission quiet at every sensitivity, and its hostile twin warning', async () => {
		const scorer = await createNodeScorer();
		for (const sensitivity of [0.5, 0.65, 0.8, 1]) {
			const [admission, apology, hostile] = await scorer.score(
				[
					'My bad, I pushed to the wrong branch. Reverting now.',
					'You’re absolutely right, I should have asked before closing the issue.',
					'You were right, for once. Enjoy it.',
				],
				{ sensitivity },
			);
			expect(admission?.flag).toBe(false);
			expect(apology?.flag).toBe(false);
			expect(hostile?.flag).toBe(true);
		}
	});
});
