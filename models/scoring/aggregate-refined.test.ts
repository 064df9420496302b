/**
 * `aggregateRefined` (session 21: the appropriateness inputs from the toxic model's distinct ids) against
 * `aggregate`: the ids, the float32 values bit for bit, and each occurrence's slot, on the featuriser's fixture
 * drafts and the bench's drafts with the shipped bucket counts, and on small hand-made cases that take every branch.
 */
import { describe, expect, it } from 'vitest';
import { benchDraft } from '../../scripts/bench/drafts.ts';
import { DRAFTS } from '../features/drafts.fixture.ts';
import { type FeatureConfig, featurizeTokens, tokenize } from '../features/featurize.ts';
import { type Aggregated, aggregate, aggregateRefined } from './model-inputs.ts';

const TOXIC: FeatureConfig = { buckets: 1 << 17, charMin: 3, charMax: 5 };
const APPROPRIATENESS: FeatureConfig = { buckets: 1 << 15, charMin: 3, charMax: 5 };

/** The aggregate as plain numbers, the values as their float32 bits. */
function plain(a: Aggregated) {
	return {
		ids: [...a.ids],
		bits: [...new Uint32Array(Float32Array.from(a.vals).buffer)],
		slot: [...a.slot],
	};
}

describe('aggregateRefined', () => {
	it('gives the inputs aggregate gives, on fixture and bench drafts (merged ids included)', () => {
		let mergedDrafts = 0;
		for (const text of [
			...DRAFTS,
			...Array.from({ length: 30 }, (_, v) => benchDraft(1000, v + 1, v % 2 === 0)),
		]) {
			const tokenized = tokenize(text);
			const wideFeatures = featurizeTokens(tokenized, TOXIC);
			const wide = aggregate(wideFeatures);
			const narrow = featurizeTokens(tokenized, APPROPRIATENESS);
			const expected = aggregate(narrow);
			if (expected.ids.length < wide.ids.length) mergedDrafts++;
			expect(plain(aggregateRefined(narrow, wideFeatures, wide)), text.slice(0, 40)).toEqual(plain(expected));
		}
		// The drafts do reach the branch where several toxic ids share one appropriateness id.
		expect(mergedDrafts).toBeGreaterThan(5);
	});

	it('sums a merged id in occurrence order, and falls back where the grouping is not finer or the values differ', () => {
		// Values whose float32 sum depends on the order they are added in.
		const vals = Float32Array.from([1e8, 1, 3, -1e8, 1, 0.5]);
		const wideFeatures = { ids: Int32Array.from([5, 9, 5, 13, 9, 2]), vals };
		const wide = aggregate(wideFeatures);
		// 5, 9 and 13 meet in one narrow id (mod 4 = 1), 2 stays apart.
		const narrow = { ids: wideFeatures.ids.map((id) => id & 3), vals };
		expect(plain(aggregateRefined(narrow, wideFeatures, wide))).toEqual(plain(aggregate(narrow)));
		// Not finer: occurrences with one wide id split over two narrow ids.
		const split = { ids: Int32Array.from([5, 9, 6, 13, 9, 2]), vals };
		expect(plain(aggregateRefined(split, wideFeatures, wide))).toEqual(plain(aggregate(split)));
		// Other values: the wide sums are not theirs.
		const other = { ids: narrow.ids, vals: Float32Array.from(vals, (v) => v * 2) };
		expect(plain(aggregateRefined(other, wideFeatures, wide))).toEqual(plain(aggregate(other)));
		// Nothing at all.
		const none = { ids: new Int32Array(0), vals: new Float32Array(0) };
		expect(plain(aggregateRefined(none, none, aggregate(none)))).toEqual(plain(aggregate(none)));
	});
});
