import { describe, expect, it } from 'vitest';
import { dropPersonAttacks, isPersonAttack } from './fixer-person.ts';
import { fixOffline } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;

describe('person attacks', () => {
	it('the demo draft keeps only its technical point, in every template', () => {
		const draft =
			'Honestly, whoever wrote this is an idiot. This code is garbage and you should be embarrassed.';
		expect(fixOffline(draft, 'minimal')).toBe('I have concerns about this code.');
		expect(fixOffline(draft, 'soften')).toBe('I have concerns about this code.');
		expect(fixOffline(draft, 'restate')).toBe('I have some concerns about this code.');
		expect(fixOffline(draft, 'neutral', [{ start: 50, end: 57, weight: 1 }])).toBe(
			'This code needs more work.',
		);
	});

	it.each([
		['The author is clueless, the retry loop never backs off.', 'The retry loop never backs off.'],
		['You are a moron. The cache key ignores the locale.', 'The cache key ignores the locale.'],
		[
			'What kind of clown wrote this? The migration drops the `users` table.',
			'The migration drops the `users` table.',
		],
		[
			'The parser chokes on empty lines and you should be ashamed of yourself.',
			'The parser chokes on empty lines.',
		],
		[
			'You should quit programming, this leaks a file handle on every request.',
			'This leaks a file handle on every request.',
		],
		[
			'Go back to school. There are off-by-one errors all over `paginate()`.',
			'There are off-by-one errors all over `paginate()`.',
		],
		[
			'Whoever approved this is incompetent, and the changelog for #482 is wrong.',
			'The changelog for #482 is wrong.',
		],
		[
			'The maintainers are lazy and useless, issues sit for 6 months without a reply.',
			'Issues sit for 6 months without a reply.',
		],
		['Frankly, you guys are a joke. The installer still needs root.', 'The installer still needs root.'],
		['Who hired you? The API returns 500 on every empty POST.', 'The API returns 500 on every empty POST.'],
		['You are an idiot if you think 2 retries is enough.', "I don't think 2 retries is enough."],
		[
			'Whoever wrote and approved this is a clown, and the cache is never invalidated.',
			'The cache is never invalidated.',
		],
		['This library is a joke and the maintainers are clueless.', 'I have some concerns about this library.'],
		["You're so clueless about async, the promise is never awaited.", 'The promise is never awaited.'],
		[
			'If you think this is fine, you are delusional. The lock is never released.',
			"I don't think this is fine. The lock is never released.",
		],
		['Dude, you are an embarrassment. Also the README is out of date.', 'The README is out of date.'],
		['You must be blind, the button is right there.', 'The button is right there.'],
		['The test is flaky, you moron, and the CI is red.', 'The test is flaky, and the CI is red.'],
		['You are an idiot.\n\nThe loop in `sync()` never exits.', 'The loop in `sync()` never exits.'],
		// Nothing technical left: the disagreement, about whoever was attacked, or else a neutral statement.
		['You are clueless and so is your reviewer.', 'I disagree with you.'],
		['Whoever wrote this should be fired.', "I'm frustrated with this."],
		['The author is clueless.', 'I disagree with the author.'],
		// A possessive or "you guys" is mid-sentence now: no capital left ("I disagree with My coworker.").
		['My coworker is an idiot who pushes straight to main.', 'I disagree with my coworker.'],
		['You guys are clowns.', 'I disagree with you guys.'],
		['Bob is a clown.', 'I disagree with Bob.'],
		['Wow. You are a clown.', "I'm frustrated with this."],
		['Do us all a favor and quit programming.', "I'm frustrated with this."],
		['What kind of clown wrote this?', "I don't follow the reasoning here."],
		// "What kind of X does Y?" asks why Y was done.
		['Seriously, what kind of idiot merges without running CI?', 'Why merge without running CI?'],
		['What kind of clown pushes to main on a Friday?', 'Why push to main on a Friday?'],
	])('restate: %s', (draft, expected) => {
		expect(fixOffline(draft, 'restate')).toBe(expected);
	});

	it('an attack between a lead-in and the point takes its own "and" with it, not the lead-in\'s comma', () => {
		expect(dropPersonAttacks('Honestly, you are a complete idiot and this project is garbage.')).toBe(
			'Honestly, this project is garbage.',
		);
		expect(dropPersonAttacks('Then: you are an idiot and your code is garbage.')).toBe(
			'Then: your code is garbage.',
		);
		// Between two clauses of substance the later one keeps its own conjunction.
		expect(dropPersonAttacks('The code is slow and you are an idiot, but the tests pass.')).toBe(
			'The code is slow, but the tests pass.',
		);
	});

	it('never turns a judgement into "X is a person"', () => {
		for (const draft of [
			'Whoever wrote this is an idiot.',
			'The devs are idiots.',
			'Bob is a clown, the build is red.',
		])
			for (const template of TEMPLATES)
				expect(fixOffline(draft, template)).not.toMatch(/\b(?:is|are) (?:a )?(?:person|people)\b/);
	});

	it('a lead-in stays with a sentence that remains and goes with one that does not', () => {
		expect(dropPersonAttacks('Frankly, the author is clueless, the retry loop never backs off.')).toBe(
			'Frankly, the retry loop never backs off.',
		);
		expect(dropPersonAttacks('Frankly, you are a clown. The build is red.')).toBe('The build is red.');
	});

	it('leaves criticism of things, disagreement and ordinary instructions alone', () => {
		for (const clause of [
			'This is stupid and slow',
			'The function is useless for large inputs',
			'You are wrong',
			'Please quit Chrome before updating',
			'He is right',
			'The idiot-proof mode is fine',
			'Who wrote this?',
		])
			expect(isPersonAttack(clause), clause).toBe(false);
		for (const civil of [
			'You are wrong, the index is off by one. Please quit Chrome before updating.',
			'They are blind to timezone bugs, so add a test.',
			'They are lazy, so iterate them once.',
			'What kind of person would use this feature?',
			'What kind of error do you get?',
			'You can quit now, the job is done.',
			'The devs are busy, so please be patient.',
			'He is a maintainer and the patch is fine.',
			'Whoever wrote this did a great job.',
			'The author is right about the cache.',
		])
			expect(dropPersonAttacks(civil)).toBe(civil);
	});

	it('never drops a clause holding a protected token', () => {
		expect(dropPersonAttacks('You are a moron \uE0000\uE001.')).toBe('You are a moron \uE0000\uE001.');
	});
});
