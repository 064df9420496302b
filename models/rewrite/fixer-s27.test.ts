import { describe, expect, it } from 'vitest';
import { isPersonAttack } from './fixer-person.ts';
import { fixOffline } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everyTemplate = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];

// Session 27 (frames26): "you st-upid hack" became "You unwise hack": the split insult was joined, "stupid" softened
// by the word map, and "hack" (a noun that insults only a person) was left as if it were the thing. Drafts written
// for this test.
describe('a person-only insult noun as a vocative after "you"', () => {
	it('reads "you (adjectives) hack" as a vocative insult clause', () => {
		for (const clause of [
			'you stupid hack',
			'You worthless hack!',
			'you absolute amateur',
			'you code monkey',
		])
			expect(isPersonAttack(clause), clause).toBe(true);
		for (const clause of ['you hack the config', 'you hack around it', 'your stupid hack'])
			expect(isPersonAttack(clause), clause).toBe(false);
	});
	it('says the disagreement when the vocative was all the draft said', () => {
		expect(everyTemplate('you st-upid hack')).toEqual(['I disagree with you.']);
		expect(everyTemplate('You stupid hack!')).toEqual(['I disagree with you.']);
	});
	it('drops the vocative and keeps the point beside it', () => {
		expect(everyTemplate('you st-upid hack, the cache is stale after the deploy.')).toEqual([
			'The cache is stale after the deploy.',
		]);
		expect(everyTemplate('The migration drops the audit table, you worthless hack.')).toEqual([
			'The migration drops the audit table.',
		]);
	});
	it('leaves "hack" as a thing or a verb alone', () => {
		expect(fixOffline('You hack the config and it works.', 'soften')).toBe(
			'You hack the config and it works.',
		);
		expect(fixOffline('I removed your stupid hack.', 'soften')).toBe('I removed your unwise hack.');
	});
});
