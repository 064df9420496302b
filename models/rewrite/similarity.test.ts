import { describe, expect, it } from 'vitest';
import { chrF, tokenF1 } from './similarity.ts';

describe('similarity', () => {
	it('is 1 for identical text and 0 for nothing in common', () => {
		expect(chrF('same words', 'same words')).toBe(1);
		expect(chrF('xyz', 'abc')).toBe(0);
		expect(tokenF1('a b', 'c d')).toBe(0);
	});

	it('is symmetric and ranks a light edit above a heavy one', () => {
		const draft = 'This patch is garbage, you never run the tests.';
		const light = 'This patch is not good, you rarely run the tests.';
		const heavy = 'Could the tests be run before merging?';
		expect(chrF(light, draft)).toBeCloseTo(chrF(draft, light), 10);
		expect(chrF(light, draft)).toBeGreaterThan(chrF(heavy, draft));
		expect(chrF(light, draft)).toBeGreaterThan(0.5);
	});
});
