import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';
import { eyeRollOpens } from './sarcasm-frames.ts';

/** The mocking words the sarcasm rule finds (sarcasm-frames.ts included), as written. */
const found = (text: string) => {
	const t = tokenize(text);
	return sarcasmAtOthers(t).map((i) => t.tokens[i]?.word);
};

describe('sarcasm frames', () => {
	it.each([
		// Mock praise, then the failure it mocks.
		['Superb work. The nightly job is failing again.', ['superb', 'failing']],
		['Well done, pal. Nothing compiles on Windows now.', ['well', 'pal', 'nothing']],
		["You outdid yourself, the installer doesn't even start.", ['outdid', "doesn't"]],
		// A role claimed with an eye-roll.
		["So you're a compiler expert now?", ["you're", 'expert']],
		["Oh, now you're the senior one here.", ["you're", 'senior']],
		// Eye-rolls and the other frames.
		['Oh joy, another rewrite from you.', ['another']],
		['What a surprise, you broke the nightly build.', ['what', 'broke']],
		["Can't wait to see what you delete next.", ["can't", 'delete']],
		['Tell us again how your tests never fail.', ['tell', 'us', 'again']],
		["Let's all listen to the guy who wiped the database.", ['guy']],
		['Obviously you know better than the whole team.', ['obviously', 'you']],
		['How kind of you to show up at all.', ['kind']],
		["Thanks for the 'review'.", ['review']],
	])('mocking: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		'Superb work. The nightly job is passing again.',
		'Well done. Nothing broke during the migration.',
		'Nice work. My branch is broken, could you take a look?',
		'Great job. If staging is down tomorrow, ping me.',
		"So you're the compiler expert now, congrats!",
		"Now you're the release lead, could you tag 2.0?",
		'Another great release from you, thanks!',
		"Can't wait to see what you ship next.",
		'Tell me again how the retry logic works?',
		"Let's listen to the team that wrote the spec.",
		'Obviously you know this module better than I do.',
		'Nice of you to show me around the codebase.',
		"Don't use the word 'fix' in commit titles.",
		"The users' 'help' page is linked from the footer.",
	])('sincere: %s', (text) => expect(found(text)).toEqual([]));

	it('knows an eye-roll opener from praise', () => {
		expect(eyeRollOpens(['oh', 'great', 'another'])).toBe(true);
		expect(eyeRollOpens(['what', 'a', 'shock'])).toBe(true);
		expect(eyeRollOpens(['what', 'a', 'release'])).toBe(false);
		expect(eyeRollOpens(['oh', 'how', 'nice'])).toBe(false);
	});
});
