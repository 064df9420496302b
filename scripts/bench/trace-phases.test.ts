import { describe, expect, it } from 'vitest';
import { mergeIntervals, overlap, type TraceEvent, windowPhases } from './trace-phases.ts';

const mark = (name: string, ts: number, tid = 1): TraceEvent => ({
	name,
	cat: 'blink.user_timing',
	ph: 'R',
	ts,
	pid: 7,
	tid,
});
const x = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({
	name,
	cat: 'devtools.timeline',
	ph: 'X',
	ts,
	dur,
	pid: 7,
	tid,
});

describe('trace-phases', () => {
	it('merges nested and overlapping intervals', () => {
		expect(
			mergeIntervals([
				[5, 9],
				[0, 3],
				[1, 2],
				[8, 12],
			]),
		).toEqual([
			[0, 3],
			[5, 12],
		]);
		expect(
			overlap(
				[
					[0, 3],
					[5, 12],
				],
				2,
				6,
			),
		).toBe(2);
	});

	it('counts GC once per window, on the marks’ thread only, and the tasks started inside', () => {
		const events = [
			mark('tail-s-1', 1000),
			x('MajorGC', 1100, 400),
			x('V8.GC_MC_MARK', 1150, 100), // nested in MajorGC: not counted twice
			x('MinorGC', 1800, 500), // half inside window 1
			x('MinorGC', 1200, 900, 2), // another thread
			x('RunTask', 1500, 10),
			mark('tail-e-1', 2050),
			mark('tail-s-2', 3000),
			mark('tail-e-2', 3100),
		];
		const phases = windowPhases(events);
		expect(phases.get(1)).toEqual({ gcMs: 0.65, tasks: 1 });
		expect(phases.get(2)).toEqual({ gcMs: 0, tasks: 0 });
	});
});
