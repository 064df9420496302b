/**
 * The pure half of the Node WebGPU bench (webgpu-node.ts): how WebGPU's results are checked against WASM's, the
 * speed ratios, and the table it prints. Kept apart so it is unit-tested without a GPU.
 */
import type { ScoreResult } from '../../models/scoring/types.ts';

/** Probabilities may differ by float32 summation order between the WASM kernels and the GPU shaders, no more. */
export const PROBABILITY_TOLERANCE = 1e-3;

/** The largest |a[i] − b[i]|; Infinity when the lengths differ (a missing output is not "close"). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
	if (a.length !== b.length) return Number.POSITIVE_INFINITY;
	let max = 0;
	for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
	return max;
}

/** Every probability a result reports, in a fixed order (toxic, inappropriate, then the dimensions by name). */
export function resultProbabilities(result: ScoreResult): number[] {
	const dims = Object.keys(result.dimensions).sort() as (keyof ScoreResult['dimensions'])[];
	return [result.toxic, result.inappropriate, ...dims.map((d) => result.dimensions[d])];
}

export interface Agreement {
	drafts: number;
	/** The largest probability difference over every draft and head. */
	maxDiff: number;
	/** Drafts flagged by one path and not the other. */
	flagMismatches: number;
	/** Drafts whose underline spans differ (start/end), among those both paths flag. */
	spanMismatches: number;
	withinTolerance: boolean;
}

/** How far the WebGPU scorer's results are from the WASM scorer's on the same drafts. */
export function compareResults(
	wasm: readonly ScoreResult[],
	gpu: readonly ScoreResult[],
	tolerance = PROBABILITY_TOLERANCE,
): Agreement {
	if (wasm.length !== gpu.length) throw new Error(`compared ${wasm.length} WASM results with ${gpu.length}`);
	let maxDiff = 0;
	let flagMismatches = 0;
	let spanMismatches = 0;
	for (const [i, a] of wasm.entries()) {
		const b = gpu[i] as ScoreResult;
		maxDiff = Math.max(maxDiff, maxAbsDiff(resultProbabilities(a), resultProbabilities(b)));
		if (a.flag !== b.flag) flagMismatches++;
		else if (a.flag) {
			const key = (r: ScoreResult) => r.spans.map((s) => `${s.start}-${s.end}`).join(',');
			if (key(a) !== key(b)) spanMismatches++;
		}
	}
	return {
		drafts: wasm.length,
		maxDiff,
		flagMismatches,
		spanMismatches,
		withinTolerance: maxDiff <= tolerance && flagMismatches === 0,
	};
}

/** `a / b` for the table ("×" figures), or NaN when either is missing or b is 0. */
export function ratio(a: number | undefined, b: number | undefined): number {
	if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
		return Number.NaN;
	return a / b;
}

/** One line of the latency table: a model on a path, with its load time and p50/p95 per draft length. */
export interface LatencyRow {
	model: string;
	path: 'WASM' | 'WebGPU';
	loadMs: number;
	byLength: Record<number, { p50: number; p95: number }>;
}

/** Milliseconds as printed: 2 decimals under 10 ms, 1 under 1,000, whole above. */
export function ms(value: number | undefined): string {
	if (value === undefined || !Number.isFinite(value)) return '–';
	if (value < 10) return value.toFixed(2);
	if (value < 1000) return value.toFixed(1);
	return Math.round(value).toString();
}

/** A plain-text table (one row per model and path), p50/p95 in ms for each draft length. */
export function formatLatencyTable(rows: readonly LatencyRow[], lengths: readonly number[]): string {
	const header = ['model', 'path', 'load ms', ...lengths.map((l) => `${l} ch p50/p95`)];
	const body = rows.map((row) => [
		row.model,
		row.path,
		ms(row.loadMs),
		...lengths.map((l) => {
			const s = row.byLength[l];
			return s ? `${ms(s.p50)} / ${ms(s.p95)}` : '–';
		}),
	]);
	return alignColumns([header, ...body]);
}

/**
 * The ratio lines: per length, each row's p95 over a reference row's p95 on the same path (how many times
 * slower a reference encoder is than our scorer), and each model's WebGPU p95 over its WASM p95.
 */
export function formatRatios(rows: readonly LatencyRow[], lengths: readonly number[], ours: string): string {
	const find = (model: string, path: LatencyRow['path']) =>
		rows.find((r) => r.model === model && r.path === path);
	const header = ['p95 ratio', ...lengths.map((l) => `${l} ch`)];
	const lines: string[][] = [];
	for (const path of ['WASM', 'WebGPU'] as const) {
		const base = find(ours, path);
		for (const row of rows) {
			if (row.path !== path || row.model === ours) continue;
			lines.push([
				`${row.model} / ${ours} (${path})`,
				...lengths.map((l) => times(ratio(row.byLength[l]?.p95, base?.byLength[l]?.p95))),
			]);
		}
	}
	for (const model of new Set(rows.map((r) => r.model))) {
		const gpu = find(model, 'WebGPU');
		const cpu = find(model, 'WASM');
		if (!gpu || !cpu) continue;
		lines.push([
			`${model} WebGPU / WASM`,
			...lengths.map((l) => times(ratio(gpu.byLength[l]?.p95, cpu.byLength[l]?.p95))),
		]);
	}
	return alignColumns([header, ...lines]);
}

function times(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}

/** Left-aligned columns separated by two spaces. */
export function alignColumns(table: readonly (readonly string[])[]): string {
	const widths: number[] = [];
	for (const row of table)
		for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
	return table
		.map((row) =>
			row
				.map((cell, i) => cell.padEnd(widths[i] ?? 0))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}
