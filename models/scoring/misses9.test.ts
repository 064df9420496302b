import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { MISSES7_SETS } from './misses7-frames.ts';
import { MISSES8_SETS } from './misses8-frames.ts';
import { MISSES9_KEYS, MISSES9_PATTERNS, MISSES9_SETS } from './misses9-frames.ts';
import { SETS } from './put-down-frames.ts';
import { putDownWords } from './put-downs.ts';
import { VEILED_SETS } from './veiled-frames.ts';

/** The words put-downs.ts finds, as written (lowercased by the normaliser). */
const putDowns = (text: string) => {
	const t = tokenize(text);
	return putDownWords(t).map((i) => t.tokens[i]?.word);
};

describe('contemptuous labels and sneering questions (session 17, misses9-frames.ts)', () => {
	it.each([
		['Some clown deleted the staging database again.', ['clown']],
		['Which amateur wrote this retry loop?', ['amateur']],
		['Only a total amateur commits secrets to git.', ['amateur']],
		['Honestly, amateur hour all round on this release.', ['amateur']],
		['That is a sorry excuse for a code review.', ['sorry', 'excuse']],
		['A pathetic attempt at caching, nothing is ever reused.', ['pathetic']],
		['Your half-baked migration dropped a column.', ['half', 'baked']],
		['This amateurish patch of yours breaks Windows.', ['amateurish']],
		['Great job, you clowns.', ['clowns']],
		['What kind of engineer writes a loop like this?', ['what', 'kind', 'of', 'engineer', 'writes']],
		['Are you kidding?', ['are', 'you', 'kidding']],
		["You obviously don't grasp how locking works.", ['you', 'obviously', "don't", 'grasp']],
		["Quit merging code you don't understand.", ['quit', 'merging', 'code', 'you', "don't", 'understand']],
		['Who in their right mind ships that?', ['who', 'in', 'their', 'right', 'mind']],
		['What were you thinking?', ['what', 'were', 'you', 'thinking']],
		[
			'Do you ever read the thread before you comment?',
			['do', 'you', 'ever', 'read', 'the', 'thread', 'before', 'you', 'comment'],
		],
		['Who taught you how to review?', ['who', 'taught', 'you', 'how']],
		// misses8's frames keep their own "a bad joke" (a repeated set name once replaced misses8's "mod").
		['The API you designed is a bad joke.', ['joke']],
	])('a jab: %s', (text, found) => expect(putDowns(text)).toEqual(found));

	it.each([
		'Some amateur radio operators asked for the new band plan.',
		'Which clown emoji should the bot react with?',
		'Only amateur astronomers use this plugin, as far as I know.',
		'There is no excuse for a flaky test in CI, so I quarantined it.',
		'My half-baked prototype is on the branch, ignore it for now.',
		'Sorry, I had no excuse for missing the deadline.',
		'What kind of lock would fit here, a mutex?',
		'What kind of reviewer do we need for the crypto module?',
		'Are you serious about maintaining the port? Thank you, that would be amazing!',
		'Wait, are you serious? Thanks so much!',
		'Are you serious about the offer?',
		"You don't need to understand the parser to fix this one.",
		"If you don't understand a step, ask in the channel.",
		"Stop worrying about the parts you don't understand yet.",
		'What were you thinking of for the file format?',
		'Do you ever run the suite on ARM?',
		'Who taught you the bit-mask trick? It is neat.',
		'Who taught you to use bisect? Such a neat habit, thanks for sharing.',
	])('civil: %s', (text) => expect(putDowns(text)).toEqual([]));
});

// put-downs.ts merges every list's sets into one record: a repeated name replaces the older set. misses9's first cut
// named one "mod", and misses8's "The API you designed is a bad joke" stopped matching ("bad" was gone).
it('no set name of misses9-frames.ts repeats one of the older lists', () => {
	const older = [SETS, VEILED_SETS, MISSES7_SETS, MISSES8_SETS].flatMap((s) => Object.keys(s));
	expect(Object.keys(MISSES9_SETS).filter((k) => older.includes(k))).toEqual([]);
});

describe('MISSES9_KEYS (the draft-wide pre-check of the misses9 frames)', () => {
	it.each(MISSES9_PATTERNS)('%s has a slot that needs a key word', (pattern) => {
		const slots = pattern
			.split(' ')
			.filter((p) => !/^[\^$~&%+]$/.test(p) && !p.endsWith('?') && !p.startsWith('!'));
		const words = (slot: string) =>
			slot.split('|').flatMap((a) => (a.startsWith('@') ? [...(MISSES9_SETS[a.slice(1)] ?? ['?'])] : [a]));
		expect(slots.some((slot) => slot !== '*' && words(slot).every((w) => MISSES9_KEYS.has(w)))).toBe(true);
	});
});
