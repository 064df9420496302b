/**
 * Expletive idioms whose expletive cannot simply go (session 14, from ParaDetox valid misses and
 * tests/corpora/heated-idioms.txt): dropping the word alone wrote "gives a single about", "jack stuff",
 * "How in do they know", "her boring self house". Each is restated whole, keeping the sentence's point.
 */
import { describe, expect, it } from 'vitest';
import { fixOffline } from './offline-fixer.ts';

describe('offline fixer: expletive idioms restated whole', () => {
	it.each([
		['Nobody on the team gives a single fuck about the 502s.', 'Nobody on the team cares about the 502s.'],
		['Nobody gives two shits about IE11 anymore.', 'Nobody cares about IE11 anymore.'],
		['He gives zero fucks about tests.', "He doesn't care about tests."],
		["I'm not giving a fuck about lint until CI passes.", "I'm not caring about lint until CI passes."],
		[
			'That PR changed jack shit, the parser still throws.',
			'That PR changed nothing, the parser still throws.',
		],
		["We don't owe the vendor jack shit.", "We don't owe the vendor anything."],
		['How in the fuck does this pass review?', 'How does this pass review?'],
		[
			'You have got to be shitting me, v3.2.0 broke the installer.',
			"I can't believe it, v3.2.0 broke the installer.",
		],
		[
			'After the rebase the test suite is fucked, 312 tests fail.',
			'After the rebase the test suite is broken, 312 tests fail.',
		],
		["We're totally fucked if the cert expires.", "We're in trouble if the cert expires."],
		['Someone fucked shit up in the deploy script.', 'Someone messed things up in the deploy script.'],
		['No need to be a dick about the typo.', 'No need to be rude about the typo.'],
		['That piece of crap plugin rewrites every import.', 'That plugin rewrites every import.'],
		['We burned a shitload of CI minutes on it.', 'We burned a lot of CI minutes on it.'],
		['This sorry-ass installer needs admin rights.', 'This installer needs admin rights.'],
		['The janky-ass script hangs on Windows.', 'The janky script hangs on Windows.'],
		['What a half-assed fix.', 'What a rushed fix.'],
	])('%s → %s', (draft, expected) => {
		expect(fixOffline(draft, 'soften')).toBe(expected);
	});

	it.each([
		'The cache layer got fucked up by the rebase.',
		'Ask Jack about the release.',
		'The fix is in; give it a few days to roll out.',
		'How in the world did this pass?',
	])('leaves other wordings to the older rules: %s', (draft) => {
		const out = fixOffline(draft, 'soften');
		expect(out).not.toMatch(/\b(?:broken|in trouble|nothing|anything|cares?|rude)\b/);
	});
});
