import { describe, expect, it } from 'vitest';
import { prefixLengths, prefixThreads } from './augment.ts';
import type { LabelledThread } from './data.ts';
import { prepareAll } from './pipeline.ts';

const thread = (id: string, n: number, label: 0 | 1, derailmentPoint?: number): LabelledThread => ({
	id,
	comments: Array.from({ length: n }, (_, i) => ({ author: `user${i % 2}`, text: `Comment number ${i}.` })),
	tbdf: Array.from({ length: n }, () => null),
	label,
	finalEval: false,
	subset: 'fixture',
	scorerSeen: false,
	...(derailmentPoint === undefined ? {} : { derailmentPoint }),
});

describe('prefixLengths', () => {
	it('cuts a derailed thread only after its derailment point, a calm one from minComments on', () => {
		expect(prefixLengths(6, 1, 2, 2)).toEqual([3, 4, 5]);
		expect(prefixLengths(6, 0, undefined, 2)).toEqual([2, 3, 4, 5]);
		// Unknown point: no prefix is known to be derailing; the point as last comment: no shorter cut keeps it.
		expect(prefixLengths(6, 1, undefined, 2)).toEqual([]);
		expect(prefixLengths(6, 1, 5, 2)).toEqual([]);
	});
});

describe('prefixThreads', () => {
	it('gives at most perThread seeded prefixes per thread, sliced with their scores, parent kept', () => {
		const threads = prepareAll([thread('a', 6, 1, 1), thread('b', 5, 0), thread('c', 3, 1)]);
		threads.forEach((t) => {
			t.scores = t.prepared.map((_, i) => [i]);
		});
		const options = { perThread: 2, weight: 0.25, minComments: 2, seed: 3 };
		const prefixes = prefixThreads(threads, options);
		expect(prefixes.map((p) => p.parent)).toEqual([0, 0, 1, 1]);
		for (const p of prefixes) {
			const parent = threads[p.parent];
			expect(p.prepared.length).toBeLessThan(parent?.prepared.length ?? 0);
			expect(p.thread.comments).toHaveLength(p.prepared.length);
			expect(p.scores).toEqual(parent?.scores?.slice(0, p.prepared.length));
			expect(p.thread.label).toBe(parent?.thread.label);
		}
		expect(prefixThreads(threads, options).map((p) => p.prepared.length)).toEqual(
			prefixes.map((p) => p.prepared.length),
		);
	});
});
