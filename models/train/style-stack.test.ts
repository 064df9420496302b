import { describe, expect, it } from 'vitest';
import { macroF1 } from './metrics.ts';
import { rng } from './mlp.ts';
import { fitLogistic, fitStyleStacker, stackedScores } from './style-stack.ts';

/** Rows whose label depends on a noisy logit and on the first of two style features (the second is noise). */
function rows(n: number, seed: number) {
	const r = rng(seed);
	const zs: number[] = [];
	const styles: number[][] = [];
	const labels: number[] = [];
	for (let i = 0; i < n; i++) {
		const z = (r() - 0.5) * 4;
		const s = [r() * 3, r()];
		zs.push(z);
		styles.push(s);
		labels.push(z + 2 * ((s[0] as number) - 1.5) + (r() - 0.5) * 2 > 0 ? 1 : 0);
	}
	return { zs, styles, labels };
}

describe('style stackers in training', () => {
	it('fitLogistic finds the direction that separates the classes (raw-input weights)', () => {
		const X = [
			[0, 5],
			[1, 5],
			[2, 3],
			[3, 3],
		];
		const m = fitLogistic(X, [0, 0, 1, 1], 0.1);
		expect(m.weights[0]).toBeGreaterThan(0);
		expect(m.score([3, 4])).toBeGreaterThan(m.score([0, 4]));
	});

	it('learns the style feature that matters and is calibrated so that logit 0 is its threshold', () => {
		const { zs, styles, labels } = rows(600, 1);
		const { stacker, crossFitMacroF1 } = fitStyleStacker('H', zs, styles, labels);
		expect(stacker.logitWeight).toBeGreaterThan(0);
		expect(Math.abs(stacker.styleWeights[0] as number)).toBeGreaterThan(
			5 * Math.abs(stacker.styleWeights[1] as number),
		);
		const test = rows(600, 2);
		const plain = macroF1(test.zs, test.labels, 0);
		const stacked = macroF1(stackedScores(stacker, test.zs, test.styles), test.labels, 0);
		expect(stacked).toBeGreaterThan(plain + 0.1);
		expect(stacked).toBeGreaterThan(crossFitMacroF1 - 0.05);
	});
});
