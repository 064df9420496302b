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

	it('names a capital left mid-sentence after a deletion, but not names, acronyms, "I", identifiers or a start after a colon', () => {
		expect(proseProblems('Thanks, This works.')).toContain('capital mid-sentence: "This"');
		expect(proseProblems('I think The fix is wrong.')).toContain('capital mid-sentence: "The"');
		expect(proseProblems('It broke, and It still fails on main.')).toContain('capital mid-sentence: "It"');
		for (const fine of [
			'Thanks, Sam, this works.',
			'I asked Maria and she agreed that CI is flaky.',
			'I think I know why, and I will fix it.',
			'The build calls `This.init()` twice.',
			'Steps: The build runs first, then the tests.',
			'Please read "The Rust Book" before the review.',
			'We moved to GitHub Actions in May.',
			'- The cache is cold.\n- The tests are slow.',
		])
			expect(proseProblems(fine)).toEqual([]);
		// The draft's own sentence is the user's style.
		expect(proseProblems('Thanks, This works.', 'Thanks, This works.')).toEqual([]);
	});
});
