import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { insultsAtThings } from './insult-at-things.ts';
import { withoutThingInsults } from './thing-insult.ts';

/** The words excused, as tokenised. */
const found = (text: string) => {
	const t = tokenize(text);
	return insultsAtThings(t).map((i) => t.tokens[i]?.word);
};

describe('insultsAtThings', () => {
	it.each([
		['The release checklist is garbage, nobody follows it.', ['garbage']],
		['I think the plugin API is kind of dumb.', ['dumb']],
		['Honestly the staging proxy is just junk today.', ['junk']],
		['That was a stupid regression in the date parser.', ['stupid']],
		['What a dumb race condition.', ['dumb']],
		['The test runner output is useless when a fixture fails.', ['useless']],
		['The login form in the admin panel is useless on mobile.', ['useless']],
		["It's a brain-dead default for a public bucket.", ['brain', 'dead']],
		['The sync story here is a total clown show.', ['clown']],
		['A dumb little shell script runs the nightly job.', ['dumb']],
		['The parser allocates on every token, which is insane.', ['insane']],
		['My code is garbage today, sorry.', ['garbage']],
		['The admin panel is useless on mobile.', ['useless']],
	])('aimed at a thing or no one: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		// At a person, the reader or someone's work.
		'You are garbage at reviews.',
		'Your docs are crap.',
		'You wrote garbage code again.',
		"It's garbage, like everything you write.",
		'The parser is dumb about unicode, you have to normalise first.',
		'His patch is useless.',
		'The maintainers are dumb.',
		'Whoever set this default is insane.',
		'The architect of this API is useless.',
		'The new hire is useless.',
		'Bob is garbage.',
		"The new guy's code is garbage.",
		'The user is useless, but the user settings page is fine.',
		'My dumb coworker broke staging.',
		'We are garbage at estimates.',
		"I'm useless before coffee.",
		'I hate you.',
		'I hate the new guy.',
		// Profanity, "ugly" and "hate" are ToxiCR's toxic words even about things: never excused.
		'Honestly the staging proxy is just crap today.',
		'The search on the forum sucks.',
		'Damn, that benchmark is fast.',
		'This is a ridiculous point of view.',
		'Holy crap, the cold start went from 9 s to 1 s.',
		'The fallback path is ugly as hell but it works.',
		'I hate how the formatter wraps long imports.',
		'The docs are garbage, damn it.',
		// Any insult or profane word not placed on a thing keeps the draft as it is.
		'This code is crap, you idiot.',
		'This code is shit.',
		'The docs are garbage and the authors are clueless.',
		"It's a dumb idea from a dumb intern.",
		'Damn, you are a terrible programmer.',
		// Nothing to excuse.
		'The build is red because of a flaky test.',
	])('not excused: %s', (text) => expect(found(text)).toEqual([]));

	it('blanks the excused words and keeps every offset', () => {
		const text = 'Ugh, the docs are junk. Thanks for the fix though!';
		const without = withoutThingInsults(tokenize(text));
		expect(without?.rest.masked).toBe('Ugh, the docs are     . Thanks for the fix though!');
		expect(without?.rest.tokens.map((t) => t.word)).not.toContain('junk');
		expect(without?.dropped).toEqual(new Set([4]));
		expect(withoutThingInsults(tokenize('The docs are fine.'))).toBeUndefined();
	});
});
