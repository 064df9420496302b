import { describe, expect, it } from 'vitest';
import { decide, type RawScore } from './decide.ts';
import { dimensionsThatCount } from './switched-off.ts';
import { DIMENSIONS, type Dimension, type Signal, TOXICITY } from './types.ts';

function raw(dims: Partial<Record<Dimension, number>>, extra: Partial<RawScore> = {}): RawScore {
	const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, dims[d] ?? 0.01])) as Record<
		Dimension,
		number
	>;
	return {
		text: 'a draft of several words',
		toxic: 0.01,
		dimensions,
		tokens: [],
		toxicWords: new Float32Array(),
		inappropriateWords: new Float32Array(),
		...extra,
	};
}
const counted = (r: RawScore, off: Signal[]) => dimensionsThatCount(r, new Set(off), 0.5);

describe('dimensionsThatCount', () => {
	it('counts every dimension when nothing is switched off', () => {
		expect(counted(raw({}), [])).toEqual([...DIMENSIONS]);
	});

	it('drops the overall head when the only reason it fires is a switched-off dimension', () => {
		const shouting = raw({ Inappropriateness: 0.8, 'Detrimental Orthography': 0.8 });
		expect(decide(shouting).flag).toBe(true);
		expect(counted(shouting, ['Detrimental Orthography'])).not.toContain('Inappropriateness');
		expect(decide(shouting, { disabledDimensions: ['Detrimental Orthography'] }).flag).toBe(false);
	});

	it('keeps the overall head when a dimension left on is half way there, or when no dimension stands out', () => {
		const two = raw({ Inappropriateness: 0.8, 'Detrimental Orthography': 0.8, 'Missing Openness': 0.3 });
		expect(decide(two, { disabledDimensions: ['Detrimental Orthography'] }).flag).toBe(true);
		const unclassified = raw({ Inappropriateness: 0.8 });
		expect(decide(unclassified, { disabledDimensions: ['Detrimental Orthography'] }).flag).toBe(true);
	});

	it('with the toxic head off, drops the dimensions the fold lifted, and the overall head with them', () => {
		const folded = raw(
			{ Inappropriateness: 0.97, 'Toxic Emotions': 0.97 },
			{ toxic: 0.97, inappropriateFromToxic: true },
		);
		expect(counted(folded, [TOXICITY])).not.toContain('Toxic Emotions');
		expect(counted(folded, [TOXICITY])).not.toContain('Inappropriateness');
		// "Toxic emotions" off alone: the toxic head still carries the insult.
		expect(decide(folded, { disabledDimensions: ['Toxic Emotions'] }).flag).toBe(true);
		expect(decide(folded, { disabledDimensions: [TOXICITY] }).flag).toBe(false);
	});
});
