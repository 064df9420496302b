import { describe, expect, it } from 'vitest';
import { decide, type RawScore, thresholdFor } from './decide.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

function raw(dimensions: Partial<Record<Dimension, number>>, toxic = 0.1): RawScore {
	const all = Object.fromEntries(DIMENSIONS.map((d) => [d, dimensions[d] ?? 0.1])) as Record<
		Dimension,
		number
	>;
	return {
		text: 'a draft',
		toxic,
		dimensions: all,
		tokens: [],
		toxicWords: new Float32Array(),
		inappropriateWords: new Float32Array(),
	};
}

describe('decide', () => {
	it('flags at the calibrated decision point by default', () => {
		expect(thresholdFor()).toBe(0.5);
		expect(decide(raw({ 'Missing Openness': 0.55 })).flag).toBe(true);
		expect(decide(raw({ 'Missing Openness': 0.45 })).flag).toBe(false);
		expect(decide(raw({}, 0.6)).flag).toBe(true);
	});

	it('never flags on a dimension the user turned off', () => {
		expect(decide(raw({ 'Missing Openness': 0.9 }), { disabledDimensions: ['Missing Openness'] }).flag).toBe(
			false,
		);
	});

	it('raises only the dimensions the user called fine (feedback adaptation)', () => {
		const score = raw({ 'Missing Openness': 0.55 });
		expect(decide(score, { dimensionOffsets: { 'Missing Openness': 0.1 } }).flag).toBe(false);
		expect(decide(score, { dimensionOffsets: { 'Toxic Emotions': 0.1 } }).flag).toBe(true);
		// The toxicity head is not a taxonomy dimension: feedback on dimensions leaves it alone.
		expect(decide(raw({}, 0.7), { dimensionOffsets: { 'Toxic Emotions': 0.15 } }).flag).toBe(true);
	});

	it('a flag always carries a span when any word pushes its head up, however little', () => {
		// At a high sensitivity a short draft can flag on words whose share of the logit is under the usual
		// floor; the underline then shows the strongest of them rather than nothing.
		const score: RawScore = {
			...raw({}, 0.3),
			text: 'ok then',
			tokens: [
				{ word: 'ok', start: 0, end: 2 },
				{ word: 'then', start: 3, end: 7 },
			],
			toxicWords: Float32Array.from([0.08, 0.02]),
		};
		expect(decide(score, { sensitivity: 0.9 }).spans).toEqual([
			{ start: 0, end: 2, weight: 1, head: 'toxic' },
		]);
		// No word pushes it up (the flag is the model's prior alone): nothing to underline.
		const prior = { ...score, toxicWords: Float32Array.from([-0.1, -0.2]) };
		expect(decide(prior, { sensitivity: 0.9 }).spans).toEqual([]);
		expect(decide(prior, { sensitivity: 0.9 }).flag).toBe(true);
	});

	it('reports the same probabilities whatever the options', () => {
		const score = raw({ 'Missing Openness': 0.55 }, 0.3);
		const a = decide(score);
		const b = decide(score, { sensitivity: 0.9, dimensionOffsets: { 'Missing Openness': 0.1 } });
		expect(b.dimensions).toEqual(a.dimensions);
		expect(b.toxic).toBe(a.toxic);
	});
});
