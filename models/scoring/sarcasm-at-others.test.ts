import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applySarcasmAtOthers, sarcasmAtOthers } from './sarcasm-at-others.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';

/** The mocking words found, as written. */
const found = (text: string) => {
	const t = tokenize(text);
	return sarcasmAtOthers(t).map((i) => t.tokens[i]?.word);
};

describe('sarcasmAtOthers', () => {
	it.each([
		['Lovely, Einstein, the cache is empty again.', ['einstein']],
		['Ask Sherlock here, he knows everything.', []],
		['Top marks, genius.', ['genius']],
		['Whatever you say, hotshot.', ['hotshot']],
		['I wonder which genius that decided to vendor the whole SDK.', ['genius']],
		['Sure, pal, you deleted the fixtures and blamed me.', ['pal']],
		['Thanks, pal, see you tomorrow.', []],
		['So your "optimisation" doubled the bundle size.', ['optimisation']],
		['Thanks for the "review", it was one emoji.', ['review']],
		['The "guru" has decided, apparently.', ['guru']],
		['Thanks for nothing, really.', ['thanks', 'for', 'nothing']],
		['Thanks for nothing failing in the nightly run.', []],
		['Oh, bless your heart.', ['bless', 'your', 'heart']],
		['Must be nice to ship without a single review.', ['must', 'be', 'nice']],
		['Must be nice to have a fast CI runner.', []],
		['Must be nice to write in a language with no null pointers.', []],
		['Must be nice to ship it with no review at all.', ['must', 'be', 'nice']],
		// Session 13: relief from a chore in a draft that thanks is sincere; without thanks, or with "thanks a lot", not.
		['Must be nice to never have to restart the server anymore, thank you!', []],
		['Thanks for the new runner. Must be nice to no longer have to wait an hour.', []],
		['Must be nice to never have to write tests.', ['must', 'be', 'nice']],
		['Must be nice to never have to write tests, thanks a lot.', ['must', 'be', 'nice']],
		['Must be nice to never test anything, thank you.', ['must', 'be', 'nice']],
		['Kudos, you broke the installer on every platform.', ['kudos', 'broke']],
		['Thanks for finding what broke the installer.', []],
		['Thanks for the notes on the breaking changes.', []],
		['You sure showed that linter. /s', ['s']],
		['The CI is green for once. /s', []],
	])('%s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		'Please enable the "expert mode" toggle before you profile.',
		'Could you tag this "Enhancement", "Help wanted" and close the duplicate?',
		'Our "hero" banner needs a smaller image.',
		'The "senior" label means you need a maintainer review.',
		'A genius trick, you saved us a whole allocation.',
		'The buddy allocator and the slab allocator share this lock.',
		'Einstein summation keeps the tensor code short.',
		'Sherlock is our log search tool; it indexes every build.',
		'Congrats on the release, you made startup faster.',
		'Well done, you tracked down the flaky test.',
		// Session 12 (sincere-praise-3 dev): the mock name said to someone who achieved something, with no blame.
		'Way to go, genius, you found the race condition nobody else could.',
		'Genius, you fixed the deadlock!',
	])('sincere or about things: %s', (text) => expect(found(text)).toEqual([]));
});

describe('sarcasmAtOthers, session 12', () => {
	it.each([
		'Way to go, genius, you found a way to break the build.',
		'Nice work, genius, you fixed it by deleting the tests. Prod broke anyway.',
		'Genius, you fixed nothing.',
		'Top marks, genius.',
	])('a mock name beside blame or no achievement still mocks: %s', (text) =>
		expect(found(text)).toContain('genius'),
	);
});

/** A cache entry as the passes leave it, with only what this pass reads. */
const entry = (text: string, toxic: number) =>
	({ text, toxic, wholeToxic: toxic, tokens: tokenize(text).tokens }) as unknown as ScoreEntry;

describe('applySarcasmAtOthers', () => {
	it('floors a mocking draft at the sentence level and underlines only the mocking words', () => {
		const text = 'The migration is merged. Top marks, genius.';
		const e = entry(text, 0.1);
		applySarcasmAtOthers(e, tokenize(text));
		expect(e.toxic).toBe(SEGMENT_FLOOR);
		expect(e.wholeToxic).toBe(0.1);
		const words = [...(e.toxicWords ?? [])].flatMap((w, i) => (w > 0 ? [e.tokens[i]?.word] : []));
		expect(words).toEqual(['genius']);
	});

	it('never lowers a score and leaves sincere drafts alone', () => {
		const sincere = entry('Genius idea, thanks for the help!', 0.05);
		applySarcasmAtOthers(sincere, tokenize(sincere.text));
		expect(sincere.toxic).toBe(0.05);
		expect(sincere.toxicWords).toBeUndefined();
		const high = entry('Thanks for nothing, genius.', 0.93);
		applySarcasmAtOthers(high, tokenize(high.text));
		expect(high.toxic).toBe(0.93);
		expect(high.toxicWords).toBeUndefined();
	});
});
