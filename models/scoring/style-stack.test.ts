import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { STYLE_VERSION } from '../features/style.ts';
import { applyStyleStackers, type StyleStacker, stackedLogit, withStyleStackers } from './style-stack.ts';

const stacker: StyleStacker = { head: 'B', logitWeight: 2, styleWeights: [1, -0.5], bias: -1 };

describe('style stackers at runtime', () => {
	it('computes a·logit(p) + w·style + b', () => {
		expect(stackedLogit(stacker, 0.5, [1, 2])).toBeCloseTo(2 * 0 + 1 - 1 - 1, 6);
		expect(stackedLogit(stacker, 1 / (1 + Math.exp(-1.5)), [0, 0])).toBeCloseTo(2, 5);
		// Saturated probabilities keep a finite logit.
		expect(Number.isFinite(stackedLogit(stacker, 1, [0, 0]))).toBe(true);
		expect(Number.isFinite(stackedLogit(stacker, 0, [0, 0]))).toBe(true);
	});

	it('rescores only the stacked head, times the argument gate', () => {
		const probs = Float32Array.from([0.3, 0.2, 0.1]);
		const corpus = [0.6, 0.5, 0.4];
		applyStyleStackers([stacker], ['A', 'B', 'C'], probs, corpus, 0.25, [3, 0]);
		expect(probs[0]).toBeCloseTo(0.3, 6);
		expect(probs[2]).toBeCloseTo(0.1, 6);
		// logit 0 → 2·0 + 3 − 1 = 2
		expect(probs[1]).toBeCloseTo(0.25 / (1 + Math.exp(-2)), 6);
		// A developer comment (gate 0) stays appropriate whatever its style.
		applyStyleStackers([stacker], ['A', 'B', 'C'], probs, corpus, 0, [100, 0]);
		expect(probs[1]).toBe(0);
	});

	it('refuses a stacker for a head the model lacks', () => {
		expect(() => applyStyleStackers([stacker], ['A'], new Float32Array(1), [0.5], 1, [0, 0])).toThrow(
			/unknown head B/,
		);
	});

	it('withStyleStackers leaves a model without stackers alone and refuses a mismatched one', () => {
		const probs = Float32Array.from([0.3, 0.2]);
		const draft = tokenize('WHY!!!');
		const plain = { file: 'm.onnx', heads: ['A', 'B'] };
		expect(withStyleStackers(plain, { probs }, draft)).toBe(probs);
		const stacked = {
			...plain,
			styleStackers: { version: STYLE_VERSION, heads: [{ ...stacker, styleWeights: [] }] },
		};
		expect(() => withStyleStackers(stacked, { probs }, draft)).toThrow(/corpusProbs\/gate/);
		const old = { ...plain, styleStackers: { version: STYLE_VERSION + 1, heads: [stacker] } };
		const outputs = { probs, corpusProbs: Float32Array.from([0.5, 0.5]), gate: Float32Array.from([1]) };
		expect(() => withStyleStackers(old, outputs, draft)).toThrow(/style v/);
		const out = withStyleStackers(stacked, outputs, draft);
		expect(out[0]).toBeCloseTo(0.3, 6);
		expect(out[1]).toBeCloseTo(1 / (1 + Math.exp(1)), 6);
		expect(probs[1]).toBeCloseTo(0.2, 6);
	});
});
