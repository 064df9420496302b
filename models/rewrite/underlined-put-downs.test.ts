import { describe, expect, it } from 'vitest';
import type { ScoreResult, Span } from '../scoring/types.ts';
import { rewardCandidate, TALKS_DOWN } from './reward.ts';
import { keptUnderlinedPutDowns, underlinedPutDowns } from './underlined-put-downs.ts';

/** A score of `text` underlining `words` with `weight` (1: a rule floor's words; less: the model's attribution). */
function scored(text: string, words: readonly string[], weight = 1, flag = true): ScoreResult {
	const spans: Span[] = words.map((w) => {
		const start = text.indexOf(w);
		return { start, end: start + w.length, weight, head: 'toxic' };
	});
	return {
		text,
		inappropriate: flag ? 0.8 : 0.05,
		toxic: flag ? 0.8 : 0.05,
		dimensions: {} as ScoreResult['dimensions'],
		flag,
		spans,
	};
}

const DRAFT = 'Some of us actually read the RFC. The header name is case-insensitive.';
const FLOORED = scored(DRAFT, ['Some', 'us']);

describe('underlinedPutDowns (session 30, rank30)', () => {
	it('joins a rule floor’s words over the glue it left out', () => {
		expect(underlinedPutDowns(DRAFT, FLOORED)).toEqual([['some', 'us']]);
		const ask = 'Is reading the error message too much to ask? It says the port is in use.';
		expect(underlinedPutDowns(ask, scored(ask, ['too much to ask']))).toEqual([['too', 'much', 'ask']]);
	});

	it('leaves out single words, the model’s attributions and protected text', () => {
		const one = 'This is the dumbest take.';
		expect(underlinedPutDowns(one, scored(one, ['dumbest']))).toEqual([]);
		const model = 'The memory leak is in the worker pool.';
		expect(underlinedPutDowns(model, scored(model, ['memory', 'leak'], 0.6))).toEqual([]);
		const quoted = 'You closed #877 as "won\'t fix" without reading it.';
		expect(underlinedPutDowns(quoted, scored(quoted, ["won't fix"]))).toEqual([]);
	});
});

describe('keptUnderlinedPutDowns', () => {
	it('finds the put-down kept, moved or reworded around', () => {
		expect(
			keptUnderlinedPutDowns(DRAFT, FLOORED, 'The header name is case-insensitive; some of us read the RFC.'),
		).toEqual(['some us']);
		expect(
			keptUnderlinedPutDowns(
				DRAFT,
				FLOORED,
				'Some of us did actually read it. The header name is case-insensitive.',
			),
		).toEqual(['some us']);
	});

	it('passes a candidate that dropped it, one that quotes it, and any candidate of a draft with no floor', () => {
		expect(
			keptUnderlinedPutDowns(DRAFT, FLOORED, 'The header name is case-insensitive, as the RFC says.'),
		).toEqual([]);
		expect(
			keptUnderlinedPutDowns(
				DRAFT,
				FLOORED,
				'> Some of us actually read the RFC.\n\nThe header name is case-insensitive.',
			),
		).toEqual([]);
		expect(
			keptUnderlinedPutDowns(DRAFT, scored(DRAFT, [], 1, false), DRAFT.replace('actually ', '')),
		).toEqual([]);
		expect(keptUnderlinedPutDowns(DRAFT, undefined, DRAFT.replace('actually ', ''))).toEqual([]);
	});

	it('is a reject reason in the ranking, given the draft’s score', () => {
		const rewrite = 'Some of us read the RFC: the header name is case-insensitive.';
		const civil = scored(rewrite, [], 1, false);
		expect(rewardCandidate(DRAFT, rewrite, 's', civil, 0.5, false, undefined, FLOORED).rejected).toBe(
			TALKS_DOWN,
		);
		expect(rewardCandidate(DRAFT, rewrite, 's', civil).rejected).toBeUndefined();
	});
});
