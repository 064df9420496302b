import { describe, expect, it } from 'vitest';
import { baseVerb, restateVerdicts } from './fixer-verdict.ts';
import { MEANING_DRAFTS } from './fixtures/meaning-drafts.ts';
import { fixOffline } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;

describe('restateVerdicts: a judgement of whoever does something becomes the view of what they do', () => {
	it.each([
		['Only a fool writes this.', "I wouldn't write this."],
		['Only an idiot would merge this without tests.', "I wouldn't merge this without tests."],
		['Only clowns hardcode API keys in the repo.', "I wouldn't hardcode API keys in the repo."],
		['Anyone who pushes to main is an idiot.', "I wouldn't push to main."],
		['Whoever thinks that this scales is delusional.', "I don't think this scales."],
		["You're an idiot for using a global here.", "I'd avoid using a global here."],
		['She is a fool to ignore the benchmarks.', "I wouldn't ignore the benchmarks."],
		[
			'You are a total moron if you merge this before the release.',
			"I wouldn't merge this before the release.",
		],
		['Any idiot can see that the loop never terminates.', 'I think the loop never terminates.'],
		['Some idiot pushed straight to main again.', 'Someone pushed straight to main again.'],
		['Idiots like you are why we need code review.', 'This is why we need code review.'],
		['Even a toddler could write better tests than this.', 'I think the tests could be better.'],
		['Anybody who still uses var is a clown.', "I wouldn't use var."],
		["Only an idiot doesn't test their code.", "I'd make sure to test their code."],
		["You're a moron if you don't pin your dependencies.", "I'd make sure to pin your dependencies."],
		["You'd have to be an idiot to deploy without backups.", "I wouldn't deploy without backups."],
		['They are clowns to think this will scale.', "I don't think this will scale."],
		['Even an idiot knows you need an index here.', 'I think you need an index here.'],
		[
			'Any fool can see this breaks on Windows, and you merged it anyway.',
			'I think this breaks on Windows, and you merged it anyway.',
		],
		[
			'The build is red. Only a moron deletes the lockfile.',
			"The build is red. I wouldn't delete the lockfile.",
		],
	])('%s → %s', (draft, expected) => {
		expect(restateVerdicts(draft)).toBe(expected);
	});

	it('leaves civil sentences, past acts and protected tokens alone', () => {
		for (const draft of [
			'Only a few people use this flag.',
			'Anyone who uses tabs should set the editorconfig.',
			'Whoever wrote this is an idiot.',
			'Only an idiot would run \uE0000\uE001.',
			'Any reviewer can see the diff.',
			'They are blind to timezone bugs, so add a test.',
			'Only a hack would fix this.',
			'Only a lazy load would help here.',
			'Only idiots here.',
			'Any idiot can see the bug.',
		])
			expect(restateVerdicts(draft)).toBe(draft);
	});

	it('finds the base form of a third-person verb', () => {
		expect(
			['writes', 'pushes', 'tries', 'has', 'does', 'catches', 'uses', 'trusts', 'merge'].map(baseVerb),
		).toEqual(['write', 'push', 'try', 'have', 'do', 'catch', 'use', 'trust', 'merge']);
	});
});

describe('offline fixer on the meaning corpus (fixtures/meaning-drafts.ts)', () => {
	it('keeps the criticism and drops the attack in every restating template, never a neutral-noun swap', () => {
		for (const { text, keep, drop } of MEANING_DRAFTS)
			for (const template of TEMPLATES.slice(1)) {
				const out = fixOffline(text, template, [{ start: 0, end: 1, weight: 1 }]);
				expect(out, `${template}: ${text}`).not.toMatch(drop);
				for (const word of keep)
					expect(out.toLowerCase(), `${template}: ${text}`).toContain(word.toLowerCase());
			}
	});

	it('an exclamation about a person is the disagreement about that person, never a softened insult', () => {
		expect(fixOffline('What a stupid idiot you are', 'restate')).toBe('I disagree with you.');
		expect(fixOffline('What a fool he is!', 'soften')).toBe('I disagree with him.');
		expect(fixOffline('What an idiot you are, the test is still failing.', 'restate')).toBe(
			'The test is still failing.',
		);
	});
});
