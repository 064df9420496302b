import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { culpritWords } from './culprit-words.ts';
import { insultsAtOthers } from './insult-at-others.ts';
import { groupWords, putDownWords } from './put-downs.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';
import { threatWords } from './threats.ts';

/** The words each floor's rule finds, as written (lowercased by the normaliser). */
const words = (fn: (t: ReturnType<typeof tokenize>) => readonly number[]) => (text: string) => {
	const t = tokenize(text);
	return fn(t).map((i) => t.tokens[i]?.word);
};
const putDowns = words(putDownWords);
const groups = words(groupWords);
/** Whether any of the four draft floors fires. */
const anyFloor = (text: string) =>
	[putDowns(text), words(sarcasmAtOthers)(text), words(insultsAtOthers)(text), words(threatWords)(text)].some(
		(f) => f.length > 0,
	);

describe('veiled threats with no threat word (session 15, misses7-frames.ts)', () => {
	it.each([
		["Touch my branch again and you're dead.", ['my', 'branch', 'again', 'and', "you're", 'dead']],
		['It would be a shame if your account got compromised.', ['shame', 'if', 'your', 'account', 'got']],
		['Keep it up and see what happens.', ['keep', 'it', 'up', 'and', 'see', 'what', 'happens']],
		["You'll regret merging that.", ["you'll", 'regret', 'merging']],
		[
			'Nice repo. Would be a pity if something happened to it.',
			['pity', 'if', 'something', 'happened', 'to', 'it'],
		],
		['Go on, ban me. See what happens next.', ['see', 'what', 'happens', 'next']],
		["Keep ignoring me and you're next.", ['and', "you're", 'next']],
		["One more rejection and you'll see what I do.", ["you'll", 'see', 'what', 'i', 'do']],
	])('a threat: %s', (text, found) => expect(putDowns(text)).toEqual(found));

	it.each([
		'Touch the config again and the build is dead.',
		'It would be a shame if this regressed.',
		'Keep the retries on and see what happens under load.',
		"You'll regret not pinning that version, I did last year.",
		'Nice repo. Would be a pity if the docs fell behind.',
		'Go on, merge it. See what happens in the nightly build.',
		'Run the installer again and you are done.',
		'If you skip the tests, you will regret merging this.',
	])('not a threat: %s', (text) => expect(anyFloor(text)).toBe(false));
});

describe('commands and condescension with no insult word (session 15, misses7-frames.ts)', () => {
	it.each([
		['Get a clue before you comment.', ['get', 'a', 'clue']],
		['Go back to school.', ['go', 'back', 'to', 'school']],
		['Maybe try reading the docs for once in your life.', ['for', 'once', 'in', 'your', 'life']],
		['Get a grip and a basic understanding of Git.', ['get', 'a', 'grip', 'and']],
		["Honey, this isn't your league.", ['honey', "isn't", 'your', 'league']],
		["That's adorable, you think this is a bug.", ['adorable', 'you', 'think']],
		['Run along now, the grown-ups are talking.', ['run', 'along']],
		["I'd explain it, but I doubt you'd understand.", ['doubt', "you'd", 'understand']],
	])('a put-down: %s', (text, found) => expect(putDowns(text)).toEqual(found));

	it.each([
		'Go back to the previous release.',
		'Get a grip on the flaky test first, then we will look at perf.',
		'Let me explain this slowly, it is subtle.',
		'Honeycomb traces show the delay in the parser.',
		"It's okay, not everyone needs to understand the scheduler to use it.",
		'Run the tests along with the linter.',
		'Read it again after the rebase, the diff is smaller.',
	])('not one: %s', (text) => expect(anyFloor(text)).toBe(false));
});

describe('exclusion of a group of people (session 15, GROUP_PATTERNS)', () => {
	it.each([
		["Black people don't belong on this team, damn it.", ['black', 'people', "don't", 'belong']],
		['Immigrants do not belong in this community.', ['immigrants', 'do', 'not', 'belong']],
		["We don't want Indians on this team.", ["don't", 'want', 'indians']],
		['This community is no place for women.', ['no', 'place', 'for', 'women']],
		['Go back to your country.', ['go', 'back', 'to', 'your', 'country']],
	])('excludes a group: %s', (text, found) => {
		expect(groups(text)).toEqual(found);
		expect(putDowns(text)).toEqual(found);
	});

	it.each([
		"Black formatting doesn't belong in this PR.",
		'Vendored binaries do not belong in this repository.',
		'Chinese translations are welcome in this repo.',
		'No tabs allowed in the YAML.',
		'There are no women on the core team yet, which we want to change.',
		'Keep the secrets out of the repo.',
	])('not an exclusion: %s', (text) => expect(groups(text)).toEqual([]));

	it('underlines the exclusion, not the "damn it" beside it, and names a group', () => {
		const t = tokenize("Black people don't belong on this team, damn it.");
		const { culprits, excused, aboutGroup } = culpritWords(t);
		const named = (set: ReadonlySet<number>) => [...set].map((i) => t.tokens[i]?.word).sort();
		expect(named(culprits)).toEqual(['belong', 'black', "don't", 'people']);
		expect(named(excused)).toEqual(['damn']);
		expect(aboutGroup).toBe(true);
		expect(culpritWords(tokenize('You are an idiot, damn it.')).aboutGroup).toBe(false);
	});
});
