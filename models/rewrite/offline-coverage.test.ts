/**
 * Session 6 cases of the offline fixer, on drafts written for these tests: all-attack drafts reframed as the
 * disagreement, "shut up" inside a sentence, "ass" idioms, new insult words, and the opinion-framing arms.
 * Every expected output was read and judged as a user would see it.
 */
import { describe, expect, it } from 'vitest';
import { fixForStrategy, fixOffline } from './offline-fixer.ts';
import { OFFLINE_STRATEGIES } from './strategies.ts';
import type { Strategy } from './types.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const arm = (id: string): Strategy => {
	const strategy = OFFLINE_STRATEGIES.find((s) => s.id === id);
	if (!strategy) throw new Error(`no offline arm ${id}`);
	return strategy;
};
const run = (text: string, id: string) =>
	fixForStrategy({
		text,
		flaggedSpans: [{ start: 0, end: 1, weight: 1 }],
		dimensions: [],
		strategy: arm(id),
	});

describe('all-attack drafts become the disagreement, about whoever was attacked', () => {
	it.each([
		['You are an idiot.', 'I disagree with you.'],
		["You're a total muppet.", 'I disagree with you.'],
		['Sam is a clown.', 'I disagree with Sam.'],
		['Whoever reviewed this is a nitwit.', 'I disagree with whoever reviewed this.'],
		['Honestly, the maintainers are liars.', "I don't think the maintainers are being honest."],
	])('%s → %s', (draft, expected) => {
		for (const template of TEMPLATES) expect(fixOffline(draft, template)).toBe(expected);
	});

	it('keeps the old statements where no one is named or the draft asks', () => {
		expect(fixOffline('Damn it!', 'restate')).toBe("I'm frustrated with this.");
		expect(fixOffline('Are you a clown?', 'restate')).toBe("I don't follow the reasoning here.");
	});
});

describe('"shut up" inside a sentence and "ass" idioms keep a whole sentence', () => {
	it.each([
		['Dude shut up talking about tabs.', 'Dude stop talking about tabs.'],
		[
			'Just shut up about semicolons, the linter handles them.',
			'Just stop talking about semicolons, the linter handles them.',
		],
		['You should shut up and read the changelog.', 'You should read the changelog.'],
		['Tell him to shut up, the benchmark is fine.', 'Tell him to stop, the benchmark is fine.'],
		['I busted my ass on this migration.', 'I worked hard on this migration.'],
		['Get off your ass and review my PR.', 'Get going and review my PR.'],
		['We worked our asses off for this release.', 'We worked hard for this release.'],
		['Cover your ass and document the workaround.', 'Cover yourself and document the workaround.'],
	])('%s → %s', (draft, expected) => {
		for (const template of TEMPLATES) expect(fixOffline(draft, template)).toBe(expected);
	});
});

describe('new words', () => {
	it.each([
		[
			'The bozos who wrote this parser never heard of unicode.',
			'The authors of this parser never heard of unicode.',
		],
		['This benchmark is laughable.', 'This benchmark is unconvincing.'],
		['The error handling here is inept.', 'The error handling here is ineffective.'],
	])('%s → %s (soften)', (draft, expected) => {
		expect(fixOffline(draft, 'soften')).toBe(expected);
	});
});

describe('the opinion-framing arms', () => {
	it('frame a plain claim as the author’s view, each in its own words', () => {
		const draft = 'Dependency pinning is a stupid idea.';
		expect(run(draft, 'soften.argument.t0')).toBe('In my opinion, dependency pinning is an unwise idea.');
		expect(run(draft, 'restate.argument.t0')).toBe('I think dependency pinning is an unwise idea.');
		expect(run('This release process is stupid and the changelog is garbage.', 'restate.argument.t0')).toBe(
			'I think this release process is unwise and I have some concerns about the changelog.',
		);
	});

	it.each([
		['Stop pushing to main, it is stupid.'],
		['But who approved this stupid change?'],
		['I think this flag is a stupid idea.'],
		['Please drop this garbage commit.'],
	])('leave what is no plain claim as the template wrote it: %s', (draft) => {
		expect(run(draft, 'soften.argument.t0')).toBe(
			fixOffline(draft, 'soften', [{ start: 0, end: 1, weight: 1 }]),
		);
		expect(run(draft, 'restate.argument.t0')).toBe(
			fixOffline(draft, 'restate', [{ start: 0, end: 1, weight: 1 }]),
		);
	});

	it('never dress up a fragment', () => {
		for (const strategy of OFFLINE_STRATEGIES)
			expect(run('Fuck you and your stupid PR.', strategy.id)).toBe('');
	});
});
