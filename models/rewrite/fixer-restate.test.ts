import { describe, expect, it } from 'vitest';
import { fixOffline } from './offline-fixer.ts';

describe('restatements', () => {
	it.each([
		['You are a complete idiot and your code is garbage.', 'I have some concerns about your code.'],
		// The elliptical "so are X" leans on the harsh word, so it joins the concern rather than dangling.
		[
			'Your PR is trash and honestly so are your excuses.',
			'I have some concerns about your PR and your excuses.',
		],
		['LOL this is the dumbest API design ever.', 'I have some concerns about this API design.'],
		[
			'This is the worst API design I have seen, did anyone even read the spec?',
			'I have some concerns about this API design. Was the spec read closely?',
		],
		[
			'Worst release ever. Everything broke in 4.2.0.',
			'I have some concerns about this release. Everything broke in 4.2.0.',
		],
		['Did anyone even test this before merging?', 'Was this tested before merging?'],
		['Did anybody actually review this garbage?', 'Was this reviewed?'],
		['Did you even read the docs?', 'Did you get a chance to read the docs?'],
		['Great job breaking everything again.', 'It looks like this broke everything again.'],
		['Nice work, genius. Now nothing compiles.', 'Now nothing compiles.'],
		['Oh great, another breaking change. Brilliant.', 'Another breaking change.'],
		['Seriously, how hard is it to run `npm test` first?', 'Please run `npm test` first.'],
		['Still not fixed after 3 months??', "It's still not fixed after 3 months. Is there an update?"],
		['WHY IS THIS STILL BROKEN??', 'This is still broken.'],
		['Shut up and fix the damn bug.', 'Please fix the bug.'],
		['RTFM.', 'Please check the manual.'],
		['Anyone with half a brain would have caught this.', 'This could have been caught.'],
		['@sam your refactor is a disaster.', '@sam I have some concerns about your refactor.'],
		['The worst pizza I have ever had.', 'I have some concerns about this pizza.'],
		// No noun to restate: left to the word-level rules rather than "concerns about this I've".
		["Might be the worst I've ever had.", "Might be the worst I've ever had."],
		['Duh, the dumbest headline that I have ever seen.', 'Duh, I have some concerns about this headline.'],
		// Not at a clause start, or used as an adjective: left alone rather than garbled.
		['He would know that statement was garbage.', 'He would know that statement was not good.'],
		['The paper is crap journalism.', 'The paper is not good journalism.'],
		['This is not the worst API I have seen.', 'This is not the worst API I have seen.'],
	])('restate: %s', (draft, expected) => {
		expect(fixOffline(draft, 'restate')).toBe(expected);
	});

	it('each template words the concern its own way, so the ranking has alternatives', () => {
		const draft = 'Your code is garbage.';
		expect(fixOffline(draft, 'soften')).toBe('I have concerns about your code.');
		expect(fixOffline(draft, 'restate')).toBe('I have some concerns about your code.');
		expect(fixOffline(draft, 'neutral')).toBe('Your code needs more work.');
		expect(fixOffline('These tests are trash.', 'neutral')).toBe('These tests need more work.');
	});
});

describe('a view called rubbish (session 13)', () => {
	it.each([
		[
			'The idea that nobody reads the docs is complete rubbish.',
			"I don't agree with the idea that nobody reads the docs.",
			'I disagree with the idea that nobody reads the docs.',
			"I'm not convinced by the idea that nobody reads the docs.",
		],
		[
			'Your claim that 3.1 is stable is beyond laughable, I lost 40 jobs yesterday.',
			"I don't agree with your claim that 3.1 is stable, I lost 40 jobs yesterday.",
			'I disagree with your claim that 3.1 is stable, I lost 40 jobs yesterday.',
			"I'm not convinced by your claim that 3.1 is stable, I lost 40 jobs yesterday.",
		],
	])('%s', (draft, soften, restate, neutral) => {
		expect(fixOffline(draft, 'soften')).toBe(soften);
		expect(fixOffline(draft, 'restate')).toBe(restate);
		expect(fixOffline(draft, 'neutral')).toBe(neutral);
	});

	it('keeps a view that is not called rubbish, and a thing called rubbish keeps its own wording', () => {
		const civil = 'The idea that nobody reads the docs is worth testing.';
		expect(fixOffline(civil, 'restate')).toBe(civil);
		expect(
			fixOffline('This whole migration plan is rubbish because it drops the audit table.', 'restate'),
		).toBe('I have some concerns about this whole migration plan because it drops the audit table.');
	});
});
