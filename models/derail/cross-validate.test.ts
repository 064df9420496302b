import { describe, expect, it } from 'vitest';
import { unseenMetrics } from './cross-validate.ts';

describe('unseenMetrics (leak check)', () => {
	it('scores recall on unseen derailed threads only, precision at the full prevalence', () => {
		// 4 derailed threads (2 seen by the scorer), 4 calm ones (one false positive).
		const scores = [0.9, 0.1, 0.8, 0.2, 0.6, 0.1, 0.2, 0.3];
		const labels = [1, 1, 1, 1, 0, 0, 0, 0];
		const seen = [true, true, false, false, false, false, false, false];
		const m = unseenMetrics(scores, labels, seen);
		expect(m.recall).toBe(0.5);
		// Expected true positives at full prevalence: 0.5 × 4 = 2, against 1 false positive.
		expect(m.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 6);
		// Unseen derailed 0.8 and 0.2 against the four calm ones: 4 + 1.5 (one tie) of 8 pairs.
		expect(m.auc).toBeCloseTo(0.6875, 6);
	});
});
