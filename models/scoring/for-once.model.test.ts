import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

describe('for-once.ts in the shipped scorer (session 30, civil30b)', () => {
	it('warns on an order to the reader "for once", says it talks down, and leaves the writer’s own "for once" alone', async () => {
		const scorer = await createNodeScorer();
		const order = 'Maybe think for once before you push to main.';
		const own = 'I had to think for once about the memory layout, fun problem.';
		const [r, civil] = await scorer.score([order, own]);
		expect(r?.flag).toBe(true);
		expect(r?.talksDown).toBe(true);
		expect((r?.spans ?? []).map((s) => order.slice(s.start, s.end))).toEqual(['think for once']);
		expect(civil?.flag).toBe(false);
	});
});
