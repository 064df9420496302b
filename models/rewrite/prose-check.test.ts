import { describe, expect, it } from 'vitest';
import { proseProblems, readsAsProse } from './prose-check.ts';

describe('proseProblems', () => {
	it('accepts plain sentences, questions, requests and technical tokens', () => {
		expect(proseProblems('The login page has been down since v4.2.0. Can we roll back?')).toEqual([]);
		expect(proseProblems('Set `NODE_ENV=production` before you build, or the bundle is 4 MB.')).toEqual([]);
		expect(proseProblems('useState re-renders twice here. Thanks!')).toEqual([]);
		expect(readsAsProse("I've mentioned this before: we squash commits before merging.")).toBe(true);
	});

	it('names a sentence without a verb, unless the draft wrote it', () => {
		expect(proseProblems('Unhelpful, all of you. The build fails.')).toEqual([
			'no verb: "Unhelpful, all of you."',
		]);
		const draft = 'Nested YAML five levels deep for one flag. This is idiotic.';
		expect(proseProblems('Nested YAML five levels deep for one flag.', draft)).toEqual([]);
	});

	it('names orphan starts, lower-case starts and broken punctuation', () => {
		expect(proseProblems('And you broke the build.')[0]).toMatch(/^orphan start/);
		expect(proseProblems(', the tests fail.')[0]).toMatch(/^orphan start/);
		expect(proseProblems('the tests fail.')[0]).toMatch(/^lower-case start/);
		expect(proseProblems('The tests fail ,and it hangs.')).toContain('space before a mark');
		expect(proseProblems('The tests fail,. It hangs.')).toContain('doubled punctuation');
		expect(proseProblems('The tests fail')).toContain('no end mark');
	});

	it('names doubled words, stacked hedges and a phrase written twice that the draft did not repeat', () => {
		expect(proseProblems('It fails on the the second run.')).toContain('doubled word "the"');
		expect(proseProblems("I think I'm not sure this works.")[0]).toMatch(/^two hedges/);
		const twice = 'I have concerns about the docs, I have concerns about the API.';
		expect(proseProblems(twice).some((p) => p.startsWith('repeated phrase'))).toBe(true);
		expect(
			proseProblems(
				'The tests are slow and the tests are flaky.',
				'The tests are slow and the tests are flaky, idiot.',
			),
		).toEqual([]);
	});
});
