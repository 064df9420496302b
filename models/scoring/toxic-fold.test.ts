import { describe, expect, it } from 'vitest';
import { withToxicFold } from './toxic-fold.ts';

const HEADS = ['Inappropriateness', 'Toxic Emotions', 'Excessive Intensity'];

describe('withToxicFold', () => {
	it('lets a toxic developer comment (gate ~0) be inappropriate and a toxic emotion, nothing else', () => {
		const { probs, fromToxic } = withToxicFold(HEADS, Float32Array.of(0.01, 0, 0), 0.02, 0.99);
		expect(probs[0]).toBeCloseTo(0.98 * 0.99, 5);
		expect(probs[1]).toBeCloseTo(0.98 * 0.99, 5);
		expect(probs[2]).toBe(0);
		expect(fromToxic).toBe(true);
	});

	it('barely touches a debate argument (gate ~1), and never lowers a head', () => {
		const { probs, fromToxic } = withToxicFold(HEADS, Float32Array.of(0.3, 0.2, 0.1), 0.97, 0.9);
		expect(Array.from(probs)).toEqual(Array.from(Float32Array.of(0.3, 0.2, 0.1)));
		expect(fromToxic).toBe(false);
	});

	it('changes nothing for a graph without a gate output', () => {
		const input = Float32Array.of(0.1, 0.1, 0.1);
		expect(withToxicFold(HEADS, input, undefined, 0.99)).toEqual({ probs: input, fromToxic: false });
	});
});
