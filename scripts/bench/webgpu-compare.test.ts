import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../models/scoring/types.ts';
import {
	alignColumns,
	compareResults,
	formatLatencyTable,
	formatRatios,
	type LatencyRow,
	maxAbsDiff,
	ms,
	ratio,
	resultProbabilities,
} from './webgpu-compare.ts';

function result(toxic: number, flag: boolean, spans: [number, number][] = []): ScoreResult {
	return {
		text: 'a draft written for this test',
		toxic,
		inappropriate: toxic / 2,
		dimensions: { Inappropriateness: toxic, 'Toxic Emotions': 0.1 } as unknown as ScoreResult['dimensions'],
		flag,
		spans: spans.map(([start, end]) => ({ start, end, weight: 1 })),
	};
}

describe('WebGPU bench: agreement with WASM', () => {
	it('takes the largest absolute difference, and treats a length mismatch as no agreement', () => {
		expect(maxAbsDiff([0.1, 0.5], [0.1, 0.4])).toBeCloseTo(0.1, 12);
		expect(maxAbsDiff([], [])).toBe(0);
		expect(maxAbsDiff([1], [1, 2])).toBe(Number.POSITIVE_INFINITY);
	});

	it('lists toxic, inappropriate, then the dimensions by name', () => {
		expect(resultProbabilities(result(0.8, true))).toEqual([0.8, 0.4, 0.8, 0.1]);
	});

	it('passes within tolerance, and fails on a flag that differs even when probabilities are close', () => {
		const same = compareResults(
			[result(0.2, false), result(0.9, true, [[0, 4]])],
			[result(0.2004, false), result(0.9, true, [[0, 4]])],
		);
		expect(same).toMatchObject({ drafts: 2, flagMismatches: 0, spanMismatches: 0, withinTolerance: true });
		expect(same.maxDiff).toBeCloseTo(0.0004, 9);

		const flipped = compareResults([result(0.4999, false)], [result(0.5001, true)]);
		expect(flipped).toMatchObject({ flagMismatches: 1, withinTolerance: false });

		const far = compareResults([result(0.2, false)], [result(0.25, false)]);
		expect(far.withinTolerance).toBe(false);

		const spans = compareResults([result(0.9, true, [[0, 4]])], [result(0.9, true, [[0, 5]])]);
		expect(spans).toMatchObject({ spanMismatches: 1, withinTolerance: true });
	});

	it('refuses result lists of different lengths', () => {
		expect(() => compareResults([result(0.1, false)], [])).toThrow(/compared 1 WASM results with 0/);
	});
});

describe('WebGPU bench: table', () => {
	const rows: LatencyRow[] = [
		{ model: 'ours', path: 'WASM', loadMs: 120.4, byLength: { 100: { p50: 1, p95: 2 } } },
		{ model: 'ours', path: 'WebGPU', loadMs: 1500, byLength: { 100: { p50: 3, p95: 4 } } },
		{ model: 'bert', path: 'WASM', loadMs: 900, byLength: { 100: { p50: 50, p95: 60 } } },
		{ model: 'bert', path: 'WebGPU', loadMs: 2500, byLength: { 100: { p50: 5, p95: 8 } } },
	];

	it('computes ratios, NaN when a side is missing or zero', () => {
		expect(ratio(6, 2)).toBe(3);
		expect(ratio(undefined, 2)).toBeNaN();
		expect(ratio(1, 0)).toBeNaN();
	});

	it('prints milliseconds with fewer decimals as they grow', () => {
		expect([ms(1.234), ms(12.34), ms(1234.5), ms(undefined), ms(Number.NaN)]).toEqual([
			'1.23',
			'12.3',
			'1235',
			'–',
			'–',
		]);
	});

	it('aligns columns', () => {
		expect(
			alignColumns([
				['a', 'bb'],
				['ccc', 'd'],
			]),
		).toBe('a    bb\nccc  d');
	});

	it('prints one row per model and path with p50 / p95 per length', () => {
		const table = formatLatencyTable(rows, [100, 1000]).split('\n');
		expect(table[0]).toBe('model  path    load ms  100 ch p50/p95  1000 ch p50/p95');
		expect(table[1]).toBe('ours   WASM    120.4    1.00 / 2.00     –');
		expect(table[4]).toBe('bert   WebGPU  2500     5.00 / 8.00     –');
	});

	it('prints reference / ours per path and WebGPU / WASM per model, from p95', () => {
		expect(formatRatios(rows, [100], 'ours').split('\n')).toEqual([
			'p95 ratio             100 ch',
			'bert / ours (WASM)    30.0×',
			'bert / ours (WebGPU)  2.00×',
			'ours WebGPU / WASM    2.00×',
			'bert WebGPU / WASM    0.13×',
		]);
	});
});
