import { describe, expect, it } from 'vitest';
import { corpusTrainingRows, fitValidRequested, heldOutNote } from './corpus-rows.ts';

/** A tiny made-up corpus: the rows are just names. */
const set = { name: 'appropriateness', train: ['t1', 't2', 't3'], valid: ['v1', 'v2'] };

describe('fitValidRequested', () => {
	it('keeps the valid split held out unless asked to fit on it', () => {
		expect(fitValidRequested([], {})).toBe(false);
		expect(fitValidRequested([], { TACTFUL_FIT_VALID: '' })).toBe(false);
		expect(fitValidRequested([], { TACTFUL_FIT_VALID: '0' })).toBe(false);
		expect(fitValidRequested(['--seed', '2'], { TACTFUL_FIT_VALID: 'no' })).toBe(false);
	});

	it('fits on the valid split too with the flag or the environment switch', () => {
		expect(fitValidRequested(['--fit-valid'], {})).toBe(true);
		expect(fitValidRequested([], { TACTFUL_FIT_VALID: '1' })).toBe(true);
		expect(fitValidRequested([], { TACTFUL_FIT_VALID: ' TRUE ' })).toBe(true);
		expect(fitValidRequested(['--fit-valid'], { TACTFUL_FIT_VALID: '0' })).toBe(true);
	});

	it('rejects a value it cannot read instead of silently choosing', () => {
		expect(() => fitValidRequested([], { TACTFUL_FIT_VALID: 'maybe' })).toThrow(/TACTFUL_FIT_VALID/);
	});
});

describe('corpusTrainingRows', () => {
	it('held out: the train split alone, in its order', () => {
		const { rows, usage } = corpusTrainingRows(set, false);
		expect(rows).toEqual(['t1', 't2', 't3']);
		expect(usage).toEqual({ fittedOn: ['train'], fittedRows: 3, validInTraining: false });
	});

	it('refit: train rows first (their folds do not move), then valid', () => {
		const { rows, usage } = corpusTrainingRows(set, true);
		expect(rows).toEqual(['t1', 't2', 't3', 'v1', 'v2']);
		expect(usage).toEqual({ fittedOn: ['train', 'valid'], fittedRows: 5, validInTraining: true });
	});

	it('does not alias the split it was given', () => {
		const { rows } = corpusTrainingRows(set, false);
		rows.push('x');
		expect(set.train).toHaveLength(3);
	});
});

describe('heldOutNote', () => {
	it('says nothing when the valid split was held out or the entry predates the flag', () => {
		expect(heldOutNote([{ name: 'appropriateness', validInTraining: false }])).toEqual([]);
		expect(heldOutNote([{ name: 'appropriateness' }])).toEqual([]);
		expect(heldOutNote([{ name: 'toxicr', validInTraining: true }])).toEqual([]);
	});

	it('calls the valid row in-sample and gives the nested-CV estimate when valid was trained on', () => {
		const lines = heldOutNote([{ name: 'toxicr' }, { name: 'appropriateness', validInTraining: true }]);
		expect(lines.join('\n')).toMatch(/IN-SAMPLE/);
		expect(lines.join('\n')).toMatch(/nested 5-fold CV.*macro-F1 0\.\d{3}, AUC 0\.\d{3}/);
		expect(lines.join('\n')).toMatch(/without TACTFUL_FIT_VALID/);
	});
});
