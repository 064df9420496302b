import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { ATTACKS13_KEYS, ATTACKS13_PATTERNS, ATTACKS13_SETS } from './attacks13-frames.ts';
import { MISSES7_SETS } from './misses7-frames.ts';
import { MISSES8_SETS } from './misses8-frames.ts';
import { MISSES9_SETS } from './misses9-frames.ts';
import { SETS } from './put-down-frames.ts';
import { putDownWords } from './put-downs.ts';
import { VEILED_SETS } from './veiled-frames.ts';

/** The words put-downs.ts finds, as written (lowercased by the normaliser). */
const putDowns = (text: string) => {
	const t = tokenize(text);
	return putDownWords(t).map((i) => t.tokens[i]?.word);
};

describe('swear-free personal attacks (session 26, attacks13-frames.ts)', () => {
	it.each([
		["Frankly, you're way out of your depth on this one.", ["you're", 'way', 'out', 'of', 'your', 'depth']],
		['The scheduler rewrite is well beyond your skills.', ['well', 'beyond', 'your', 'skills']],
		['Sorry, but the type system is beyond you.', ['is', 'beyond', 'you']],
		['Just leave it to the adults.', ['leave', 'it', 'to', 'the', 'adults']],
		[
			'No one who knew the protocol would design the handshake like that.',
			['no', 'one', 'who', 'knew', 'the', 'protocol', 'would', 'design'],
		],
		['Did a toddler write this, or was it you?', ['a', 'toddler', 'write', 'this', 'or', 'was', 'it', 'you']],
		['You have no business touching the release scripts.', ['you', 'have', 'no', 'business', 'touching']],
		['Honestly, stick to fixing typos.', ['stick', 'to', 'fixing', 'typos']],
		['Please go back to school before the next review.', ['go', 'back', 'to', 'school']],
		['Maybe consider another career.', ['consider', 'another', 'career']],
		[
			'Find a hobby that does not involve programming.',
			['find', 'a', 'hobby', 'that', 'does', 'not', 'involve', 'programming'],
		],
		['Did you test it, or did you simply not care?', ['or', 'did', 'you', 'simply', 'not', 'care']],
		["This handler reads like you've never used async code.", ['reads', 'like', "you've", 'never', 'used']],
		['Think for a second before you reply.', ['think', 'for', 'a', 'second', 'before', 'you', 'reply']],
		// Session 27: the tightened frames still fire without the civil context.
		[
			'Honestly, find a hobby that does not involve software.',
			['find', 'a', 'hobby', 'that', 'does', 'not', 'involve', 'software'],
		],
		[
			'You have no business being anywhere near the release.',
			['you', 'have', 'no', 'business', 'being', 'anywhere'],
		],
		['Leave those to the adults.', ['leave', 'those', 'to', 'the', 'adults']],
	])('an attack: %s', (text, found) => expect(putDowns(text)).toEqual(found));

	it.each([
		"I'm out of my depth with the GPU code, could someone pair with me?",
		"If you're out of your depth on the SQL side, ping me and we'll pair.",
		'The data migration is beyond the scope of this ticket.',
		"It's not beyond you, the docs walk through each step.",
		'Nobody who understood the old API would be surprised by this change.',
		'Did the intern cohort pick up the onboarding tickets?',
		'There is no business reason to keep the legacy endpoint.',
		'Please stick to fixing typos in this PR; the refactor goes in another one.',
		"Let's go back to basics and reproduce it with a single worker.",
		'Go back to the tutorial page and follow step three.',
		'She left QA and found another career in design, which suits her.',
		"Don't worry if you don't care about Windows, it's optional.",
		'Find a hobby that gets you outside, it helps with burnout.',
		"It looks like you haven't run the migration yet; try `make db`.",
		"Let's think for a minute before we merge the schema change.",
		// Session 27 (frames26): advice that shares the frames' words (tests/corpora/civil27-dev.txt's kinds).
		'Maybe get a hobby that does not involve coding for a couple of months.',
		'You had no business being woken up at 3am for a flaky alert, sorry about that.',
		'Think for a moment before you drop the index, the nightly report depends on it.',
		'Honestly, nothing in this module is beyond you.',
		'For the next sprint, stick to fixing typos, and I will look at the engine.',
		'Nobody who understood the old scheduler would have built it differently at the time.',
		'Did the students write the exporter, or was it you? It works really well.',
		"You're out of your depth on day one, and that's completely normal.",
		'If the CLI confuses you, go back to tutorials such as the quick start.',
		'The onboarding page reads like you have never opened a terminal, which is great for beginners.',
		'Should the banner stay, or do you just not care about it?',
		'If you ever try another career, product management would suit you.',
		'Let the grown-ups from legal sort out the licence question.',
	])('civil: %s', (text) => expect(putDowns(text)).toEqual([]));
});

// put-downs.ts merges every list's sets into one record: a repeated name would replace an older set.
it('no set name of attacks13-frames.ts repeats one of the older lists', () => {
	const older = [SETS, VEILED_SETS, MISSES7_SETS, MISSES8_SETS, MISSES9_SETS].flatMap((s) => Object.keys(s));
	expect(Object.keys(ATTACKS13_SETS).filter((k) => older.includes(k))).toEqual([]);
});

describe('ATTACKS13_KEYS (the draft-wide pre-check of the attacks13 frames)', () => {
	it.each(ATTACKS13_PATTERNS)('%s has a slot that needs a key word', (pattern) => {
		const slots = pattern
			.split(' ')
			.filter((p) => !/^[\^$~&%+]$/.test(p) && !p.endsWith('?') && !p.startsWith('!') && !p.startsWith('-@'));
		const words = (slot: string) =>
			slot.split('|').flatMap((a) => (a.startsWith('@') ? [...(ATTACKS13_SETS[a.slice(1)] ?? ['?'])] : [a]));
		expect(slots.some((slot) => slot !== '*' && words(slot).every((w) => ATTACKS13_KEYS.has(w)))).toBe(true);
	});
});
