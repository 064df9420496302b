// @vitest-environment node
/** The shipped models with the toxic fold: an insult in developer talk is inappropriate too, underlined once. */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

describe('toxic fold in the shipped scorer', () => {
	it('rates a plain insult inappropriate and a toxic emotion, with the toxic head’s spans only', async () => {
		const scorer = await createNodeScorer();
		const [insult, civil] = await scorer.score([
			'you are an idiot',
			'Please rename the variable before merging.',
		]);
		expect(insult?.toxic).toBeGreaterThan(0.9);
		expect(insult?.inappropriate).toBeGreaterThan(0.5);
		expect(insult?.dimensions['Toxic Emotions']).toBeGreaterThan(0.5);
		expect(insult?.spans.every((s) => s.head === 'toxic')).toBe(true);
		expect(insult?.spans.length).toBeGreaterThan(0);
		expect(civil?.flag).toBe(false);
		expect(civil?.inappropriate).toBeLessThan(0.1);
		await scorer.dispose();
	});
});
