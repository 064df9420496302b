import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { ADMISSION_CAP, applyAdmissions, isAdmission } from './admissions.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS } from './types.ts';

const admits = (t: string) => isAdmission(tokenize(t));

describe('isAdmission (session 30, edges30)', () => {
	it.each([
		'You were right about the retry logic and I was wrong.',
		"You're absolutely right, I should have asked before closing the issue.",
		'You win, I was wrong.',
		'My bad, the cron expression was off by an hour.',
		'Fair point. I will move the check into the parser.',
		'I stand corrected, the option was renamed in 3.0.',
	])('an admission, concession or apology: %s', (text) => expect(admits(text)).toBe(true));

	it.each([
		'You were right, for once. Enjoy it.',
		'I was wrong to expect competence from you.',
		'Fair point, for someone who has never written a test.',
		"You're right, and it only took you six tries. Impressive.",
		'I stand corrected, you are even more clueless than I thought.',
		'Makes sense, coming from someone who breaks main every week.',
		'Right you are, for a change. Try not to get used to it.',
		'My fault for thinking you would read the docs.',
		"You're absolutely right, and a monkey could have told you that.",
		'Thanks for the correction, genius.',
		'Sorry, were you right about the cache?',
	])('a hostile twin or a question keeps the models’ reading: %s', (text) =>
		expect(admits(text)).toBe(false),
	);

	it('needs an admission phrase, and every sentence naming the reader to hold one', () => {
		expect(admits('The retry logic was wrong.')).toBe(false);
		expect(admits('I was wrong about the lock. You broke the build though.')).toBe(false);
	});
});

describe('applyAdmissions', () => {
	const entry = (toxic: number, inappropriate: number): ScoreEntry =>
		({
			toxic,
			dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, inappropriate])),
		}) as unknown as ScoreEntry;

	it('caps both heads of an admission at ADMISSION_CAP and keeps the models’ dimensions aside', () => {
		const e = entry(0.1, 0.77);
		applyAdmissions(e, tokenize('You were right and I was wrong.'));
		expect(e.toxic).toBe(0.1);
		expect(e.dimensions.Inappropriateness).toBe(ADMISSION_CAP);
		expect(e.wholeDimensions?.Inappropriateness).toBe(0.77);
	});

	it('leaves a hostile twin as scored', () => {
		const e = entry(0.03, 0.56);
		applyAdmissions(e, tokenize('You were right, for once. Enjoy it.'));
		expect(e.dimensions.Inappropriateness).toBe(0.56);
	});
});

describe('isAdmission: threats and verdicts with "sorry" in them', () => {
	it.each([
		"Keep closing my issues and you'll be sorry.",
		"Cross me one more time and you'll be sorry.",
		'Sorry, but this is the ugliest hack in the codebase.',
		'Sorry but your approach will never scale.',
	])('not an admission: %s', (text) => expect(admits(text)).toBe(false));
});

describe('applyAdmissions marks (session 30, recall30; civil-hold.ts since session 31)', () => {
	it('marks an admission even when the models read it under the cap', () => {
		const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, 0.25])) as ScoreEntry['dimensions'];
		const e = { toxic: 0.05, dimensions } as unknown as ScoreEntry;
		applyAdmissions(e, tokenize('Good catch, I missed that null check entirely.'));
		expect(e.civil).toMatchObject({ rule: 'admission', cap: ADMISSION_CAP, toxic: true, underCap: true });
		expect(e.dimensions.Inappropriateness).toBe(0.25);
	});
});
