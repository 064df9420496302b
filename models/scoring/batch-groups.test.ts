import { describe, expect, it } from 'vitest';
import { groupByLength } from './batch-groups.ts';

describe('groupByLength', () => {
	it('covers every draft exactly once, each group shortest first', () => {
		const lengths = [400, 90, 200, 1200, 46, 25, 300, 0];
		const groups = groupByLength(lengths, 300);
		expect(groups.flat().sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
		for (const g of groups)
			for (let k = 1; k < g.length; k++)
				expect(lengths[g[k] as number]).toBeGreaterThanOrEqual(lengths[g[k - 1] as number] as number);
	});

	it('keeps a long opening post apart from short replies, and short replies together', () => {
		const groups = groupByLength([2000, 50, 60, 40, 55], 500);
		expect(groups).toEqual([[3, 1, 4, 2], [0]]);
	});

	it('runs everything at once when runs are expensive, and one run per draft when they are free', () => {
		expect(groupByLength([10, 500, 20], 1e9)).toEqual([[0, 2, 1]]);
		expect(groupByLength([10, 500, 20], 0)).toHaveLength(3);
	});

	it('has no group for no drafts', () => {
		expect(groupByLength([])).toEqual([]);
	});
});
