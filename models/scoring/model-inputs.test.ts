import { describe, expect, it } from 'vitest';
import type { Features, Token } from '../features/featurize.ts';
import { aggregate, wordContributions } from './model-inputs.ts';

function features(rows: [id: number, val: number, start: number, end: number][]): Features {
	return {
		ids: Int32Array.from(rows.map((r) => r[0])),
		vals: Float32Array.from(rows.map((r) => r[1])),
		spanStart: Int32Array.from(rows.map((r) => r[2])),
		spanEnd: Int32Array.from(rows.map((r) => r[3])),
	};
}

// "bad code": two words, offsets into the draft.
const TOKENS: Token[] = [
	{ word: 'bad', start: 0, end: 3 },
	{ word: 'code', start: 4, end: 8 },
];

describe('aggregate', () => {
	it('sums repeated ids in first-occurrence order and maps each occurrence to its slot', () => {
		const a = aggregate(
			features([
				[7, 0.5, 0, 3],
				[2, 0.25, 4, 8],
				[7, 0.25, 0, 3],
			]),
		);
		expect([...a.ids]).toEqual([7, 2]);
		expect([...a.vals]).toEqual([0.75, 0.25]);
		expect([...a.slot]).toEqual([0, 1, 0]);
	});

	it('leaves its shared table clean for the next draft', () => {
		aggregate(features([[3, 1, 0, 3]]));
		const again = aggregate(
			features([
				[5, 1, 0, 3],
				[3, 1, 0, 3],
			]),
		);
		expect([...again.ids]).toEqual([5, 3]);
		expect([...again.slot]).toEqual([0, 1]);
	});
});

describe('wordContributions', () => {
	it('shares an id’s contribution by value, puts bigrams half on each word, skips layout features', () => {
		const f = features([
			[1, 0.75, 0, 3], // "bad", 3/4 of id 1
			[1, 0.25, 4, 8], // "code", 1/4 of id 1
			[2, 1, 0, 8], // bigram "bad code"
			[3, 1, -1, -1], // layout feature: no word
		]);
		const inputs = aggregate(f);
		// [ids × 2 heads]; head 1 is asked for.
		const contrib = Float32Array.from([0, 4, 0, 2, 0, 9]);
		const words = wordContributions(f, inputs, TOKENS, contrib, 2, 1);
		expect([...words]).toEqual([3 + 1, 1 + 1]);
	});
});
