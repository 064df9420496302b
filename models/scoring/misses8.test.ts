import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { MISSES8_KEYS, MISSES8_PATTERNS, MISSES8_SETS } from './misses8-frames.ts';
import { groupWords, putDownWords } from './put-downs.ts';
import { withoutQuotedMentions } from './quoted-mention.ts';

/** The words a rule finds, as written (lowercased by the normaliser). */
const words = (fn: (t: ReturnType<typeof tokenize>) => readonly number[]) => (text: string) => {
	const t = tokenize(text);
	return fn(t).map((i) => t.tokens[i]?.word);
};
const putDowns = words(putDownWords);
const groups = words(groupWords);

describe('heated review drafts aimed at the reader’s work (session 16, misses8-frames.ts), underlined on the key words', () => {
	it.each([
		['Your new caching layer is a total joke.', ['joke']],
		['What a joke of a changelog.', ['joke']],
		['Honestly you should be ashamed of this.', ['ashamed']],
		['Stop merging garbage into the release branch.', ['garbage']],
		['Enough with the trash, every commit breaks CI.', ['trash']],
		['How hard can it be?', ['hard']],
		['How hard is it to read the FAQ?', ['hard']],
		['Is it really that difficult?', ['difficult']],
		['Would it kill you to write a docstring?', ['kill']],
		['Did you even bother to run it?', ['even', 'bother']],
		['Has anyone even tried the beta?', ['even']],
		['Did you bother testing any of this?', ['bother']],
		// Session 30 (edges30): the reader's contribution called garbage.
		['This PR is garbage.', ['garbage']],
		['These commits are trash, squash them.', ['trash']],
		['Your refactor is pure junk.', ['junk']],
		['This pull request is complete rubbish.', ['rubbish']],
	])('a jab: %s', (text, found) => expect(putDowns(text)).toEqual(found));

	it.each([
		'This rewrite is a joke compared to the old parser, in the best way.',
		'The joke in the README is from the first release.',
		'No need to feel embarrassed, everyone hits this once.',
		'Stop pushing to the release branch until the freeze ends.',
		'The garbage collector runs every few seconds.',
		'Garbage in, garbage out.',
		'How hard can it be to support both formats? Let me sketch it.',
		'How hard can it be? I will give it a try tonight.',
		'How difficult is it to port this to the new runtime?',
		'Is it hard to set up the emulator?',
		'Did you test the migration on a copy of prod?',
		'Did you bother with the cache or skip it?',
		"I didn't even notice the warning.",
		'My code is garbage, I will rewrite it.',
		'This library is garbage for large files.',
		'This PR fixes the garbage collection stall.',
		'This diff moves the trash can icon.',
	])('civil: %s', (text) => expect(putDowns(text)).toEqual([]));
});

describe('group exclusion in reported speech (session 16, misses8)', () => {
	it.each([
		'My neighbour said there is no place for women in tech, which is nonsense.',
		'A bot account posted that immigrants should stay out, we removed it.',
	])('reported, not taken up: %s', (text) => {
		expect(groups(text)).toEqual([]);
		expect(putDowns(text)).toEqual([]);
	});

	it.each([
		'My neighbour said there is no place for women in tech, and she is right.',
		'I said it before: immigrants should stay out.',
		'Women have no place in tech.',
		'Like my uncle says, immigrants should stay out.',
	])('the writer’s own or endorsed: %s', (text) => expect(groups(text).length).toBeGreaterThan(0));
});

describe('"a fair description of" a thing is not taking a program’s message up (session 16, misses8)', () => {
	it('blanks the message when the description is of the bug', () => {
		const t = tokenize(
			'The linter says stupid user on an empty field, a fair description of the bug is a missing check.',
		);
		expect(withoutQuotedMentions(t)).toBeDefined();
	});
	it('keeps it when the description is of a person', () => {
		const t = tokenize('The linter says stupid user, a fair description of the reviewer.');
		expect(withoutQuotedMentions(t)).toBeUndefined();
	});
});

describe('MISSES8_KEYS (the draft-wide pre-check of the misses8 frames)', () => {
	it.each(MISSES8_PATTERNS)('%s has a slot that needs a key word', (pattern) => {
		const slots = pattern
			.split(' ')
			.filter((p) => !/^[\^$~&%]$/.test(p) && !p.endsWith('?') && !p.startsWith('!'));
		const words = (slot: string) =>
			slot.split('|').flatMap((a) => (a.startsWith('@') ? [...(MISSES8_SETS[a.slice(1)] ?? ['?'])] : [a]));
		expect(slots.some((slot) => slot !== '*' && words(slot).every((w) => MISSES8_KEYS.has(w)))).toBe(true);
	});
});
