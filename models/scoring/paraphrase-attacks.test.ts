import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { paraphraseAttackWords } from './paraphrase-attacks.ts';

/** The rule's words, as the normaliser writes them. */
const found = (text: string) => {
	const t = tokenize(text);
	return paraphraseAttackWords(t).map((i) => t.tokens[i]?.word);
};

describe('paraphrased attacks (session 22, attacks9)', () => {
	it.each([
		['You are truly the most despicable reviewer here.', 'despicable'],
		["Frankly you're insufferable.", 'insufferable'],
		['Your attitude in this repo is an insult to the rest of us.', 'insult'],
		['Getting a ping from you ruins my day.', 'ruins'],
		['ur literally mid', 'mid'],
		['honestly the worst maintainer on github is you', 'worst'],
		['get good lol', 'good'],
		['you actually thought that was smart huh', 'thought'],
		['imagine being so clueless lmao', 'clueless'],
		['People who cross me find out the hard way.', 'cross'],
		["Don't worry, you'll know it was me.", 'know'],
		["It's not over between us.", 'over'],
		['Your name is at the top of my list.', 'list'],
		['Keep reverting me and you will lose your merge rights.', 'rights'],
		['Enjoy your maintainer role while it lasts.', 'role'],
		["I'm calling your boss, and I'll see you fired.", 'fired'],
		['Keep this up and nobody will review your patches again.', 'review'],
		["I'll make you an example of what happens to trolls.", 'happens'],
		['Stellar work, deleting the backups before the migration.', 'deleting'],
		['Genius, you skipped the tests again.', 'skipped'],
		['Impressive, an even worse version than last time.', 'worse'],
	])('%s', (text, word) => {
		expect(found(text)).toContain(word);
	});

	it.each([
		'This build system is truly the most repulsive thing here.',
		'Flaky CI is a daily annoyance to the rest of us.',
		'The outage ruins my weekend plans.',
		'If ur so tired, take a break.',
		"You're not the worst dev here, don't worry.",
		'The worst dev experience is a slow test loop, and your fix helps.',
		'Who let the cat near the keyboard?',
		'Who let you touch the release config? Asking because I need to add them to the docs as an owner.',
		"If you keep the token in the repo, you'll lose your access when it gets rotated.",
		'I want to get good at Rust.',
		'I really thought this was clever, sorry lol',
		'Sorry for being this slow lol',
		'Can you cross me off the list?',
		"You'll know it worked when the banner turns green.",
		'The game is over between rounds.',
		"I'm keeping a list of flaky tests, and this one is at the top.",
		"You'll lose your admin rights if you leave the org.",
		'Enjoy your admin rights, you earned them.',
		"I'll get you added to the team, and I'll see you onboarded.",
		'Nobody reviews on weekends, your PR is queued for Monday.',
		'Great job, the tests no longer break the build.',
		'Bravo, you found the typo that crashed the app.',
		'Congratulations on the fast recovery from the outage.',
		'Nice dropdown on the users page.',
		'Brilliant, the page loads faster now.',
	])('civil: %s', (text) => {
		expect(found(text)).toEqual([]);
	});
});
