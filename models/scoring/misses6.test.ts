import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { insultsAtOthers } from './insult-at-others.ts';
import { putDownWords } from './put-downs.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';
import { threatWords } from './threats.ts';

/** The words each floor's rule finds, as written (lowercased by the normaliser). */
const words = (fn: (t: ReturnType<typeof tokenize>) => readonly number[]) => (text: string) => {
	const t = tokenize(text);
	return fn(t).map((i) => t.tokens[i]?.word);
};
const putDowns = words(putDownWords);
const sarcasm = words(sarcasmAtOthers);
const insults = words(insultsAtOthers);
/** Whether any of the four draft floors fires. */
const anyFloor = (text: string) =>
	[putDowns(text), sarcasm(text), insults(text), words(threatWords)(text)].some((f) => f.length > 0);

describe('veiled threats (session 13, veiled-frames.ts)', () => {
	it.each([
		['I know where your kids go to school, so maybe drop it.', ['i', 'know', 'where', 'your', 'kids']],
		[
			'I know which company you work for. Choose your next words carefully.',
			['i', 'know', 'which', 'company', 'you'],
		],
		['Go ahead and close it, see where that gets you.', ['see', 'where', 'that', 'gets', 'you']],
		['Think twice before you comment here again.', ['think', 'twice', 'before', 'you', 'comment']],
		['Careful, I remember faces.', ['i', 'remember', 'faces']],
		["I'm going to make your life miserable.", ["i'm", 'going', 'to', 'make', 'your', 'life', 'miserable']],
		['Better lock your doors.', ['better', 'lock', 'your', 'doors']],
		["Next time I won't be so patient.", ['next', 'time', 'i', "won't", 'be', 'so', 'patient']],
	])('a threat: %s', (text, found) => expect(putDowns(text)).toEqual(found));

	it.each([
		"I know which company maintains this; I'll ask them.",
		'I know where the config lives, I will send a link.',
		'I know what you mean, the docs are thin.',
		'Watch how the memory grows after the second request.',
		'Think carefully about the migration order before we merge.',
		'This will make your life much easier.',
		'Lock the versions in the lockfile, please.',
		'Next time I will add a test first.',
		"Let's try it on staging and see how that works for you.",
	])('not a threat: %s', (text) => expect(anyFloor(text)).toBe(false));
});

describe('condescension (session 13, veiled-frames.ts)', () => {
	it.each([
		['Try to keep up.', ['try', 'to', 'keep', 'up']],
		['Let me spell it out for you, again.', ['spell', 'it', 'out', 'for', 'you']],
		['Any junior knows this.', ['any', 'junior', 'knows', 'this']],
		["I'm not here to teach you the basics.", ['teach', 'you', 'the', 'basics']],
		['Aww, you tried.', ['aww', 'you', 'tried']],
		["I'll go slowly so you can follow.", ['slowly', 'so', 'you', 'can', 'follow']],
		['Let the adults handle this.', ['let', 'the', 'adults']],
	])('condescending: %s', (text, found) => expect(putDowns(text)).toEqual(found));

	it.each([
		'Try to keep up with the changelog: it moves fast.',
		'Slowly this time: the steps below reproduce it.',
		'Read the docs again: the flag moved to section 4.',
		'Try to follow the README from the top, the order matters.',
		'Let me spell out what the flag does.',
		'Any student can apply for the free licence.',
		'Once you have the token you can run it.',
		'Bless you! Get well soon.',
	])('not condescending: %s', (text) => expect(anyFloor(text)).toBe(false));
});

describe('mock praise, blame jabs, "you call this …?" (session 13, mock-praise.ts)', () => {
	it.each([
		['Wow, a whole week to change one constant. Impressive.', ['wow', 'week']],
		['Brilliant work, truly, now nothing compiles.', ['brilliant', 'nothing']],
		['Stellar work, the installer crashes on every machine now.', ['stellar', 'crashes']],
		['Hats off to you for making the build slower than ever.', ['hats', 'slower']],
		['Funny how every regression shows up right after you touch something.', ['funny', 'you', 'regression']],
		['Strange how it only ever breaks on your PRs.', ['strange', 'breaks', 'your']],
		['Every time you merge on a Friday, I get paged.', ['every', 'time', 'you']],
		['You call this a release?', ['you', 'call', 'this']],
		['And you call yourself a senior?', ['you', 'call', 'yourself']],
		['Who needs tests when you have users, right?', ['who', 'needs', 'tests']],
		['Oh yes, because a 2,000-line PR is so easy to review', ['oh', 'because', 'so', 'easy']],
	])('mocking: %s', (text, found) =>
		expect([...new Set(sarcasm(text))].sort()).toEqual([...new Set(found)].sort()),
	);

	it.each([
		"Congratulations on the release, it's impressive work!",
		'Wow, three weeks to find that race. Remarkable debugging, thank you.',
		'Bravo, the outage is over and nobody lost data.',
		'Stunning work, every test passes now.',
		'Wow, my build broke again after the update.',
		'Funny how this bug only shows up on Tuesdays — I think it is the cron job.',
		'Interesting that you can pass the flag positionally, but only as a keyword in the subclass.',
		'Odd how the build only goes red on Mondays.',
		'Every time I rebase, the lockfile breaks.',
		'You call that function twice, once is enough.',
		'You call this endpoint with a token, right?',
		'Who needs a coffee machine when you have a kettle?',
		'Sure, because the port was already taken, I moved it to 8081.',
	])('not mocking: %s', (text) => expect(sarcasm(text)).toEqual([]));
});

describe('a wreck said of the team’s work (session 13, work-insults.ts)', () => {
	it.each([
		['This release is a dumpster fire.', ['dumpster']],
		['The whole rollout was a train wreck.', ['train']],
	])('an attack: %s', (text, found) => expect(insults(text)).toEqual(found));

	it.each([
		'There was a real dumpster fire behind the office, nobody was hurt.',
		'Our launch was a train wreck, my fault entirely.',
		'This release is not a dumpster fire, it just needs one more fix.',
	])('not one: %s', (text) => expect(insults(text)).toEqual([]));
});

describe('a puzzled opener with "you" meaning anyone (session 14, civil3)', () => {
	it.each([
		'Funny how the cache always goes stale right when you need it most.',
		'Funny how the flaky test only fails when you are in a hurry.',
		'Odd how the dialog always breaks until you reload the page.',
		'Strange how the spinner only hangs once you try to cancel.',
	])('not mocking: %s', (text) => expect(sarcasm(text)).toEqual([]));

	it.each([
		'Odd how the build only goes red on the days you push.',
		'Weird how my code works fine until you touch it.',
		'Funny how it always breaks when you merge.',
		'Funny how it always breaks when you need it, and always on your PRs.',
	])('still mocking: %s', (text) => expect(sarcasm(text)).not.toEqual([]));
});

// Session 14 (civil3), decided: "Try to keep up," on its own is the condescending idiom even with a reason after
// it (the reader is the one told to keep up); with a technical object it is advice about the thing.
describe('"try to keep up" (session 14, civil3)', () => {
	it('a put-down: Try to keep up, the API moves weekly.', () =>
		expect(putDowns('Try to keep up, the API moves weekly.')).not.toEqual([]));
	it.each(['Try to keep up with the API, it moves weekly.', 'Keep up with the changelog, it moves fast.'])(
		'advice: %s',
		(text) => expect(anyFloor(text)).toBe(false),
	);
});
