import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { calmAttackWords } from './calm-attacks.ts';

/** The frame's words, as the normaliser writes them. */
const found = (text: string) => {
	const t = tokenize(text);
	return calmAttackWords(t).map((i) => t.tokens[i]?.word.toLowerCase());
};

describe('calm attacks (session 21, attacks8)', () => {
	it.each([
		['I hate you so much.', 'hate'],
		['I really despise you.', 'despise'],
		["I can't stand you.", 'stand'],
		['I hate working with you.', 'working'],
		['Honestly, you sicken me.', 'sicken'],
		['We are all tired of you.', 'tired'],
		// qa20 on github-issue.html ("Looks fine" before).
		['If you merge this again without review I will make sure you never commit here again.', 'commit'],
		[
			'Oh wow, what a brilliant idea, breaking the build on a Friday. Truly genius work as always.',
			'breaking',
		],
		["I'll get you banned from the org.", 'banned'],
		['No one will ever hire you, I will make sure no one ever hires you.', 'hires'],
		['lmao ur so bad at this', 'bad'],
		['u have no clue what ur doing', 'clue'],
		['Better hope we never meet.', 'hope'],
		['Nice job you have here. Would be a shame to lose it.', 'shame'],
	])('an attack: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		'I hate this bug so much.',
		"I'd hate you to miss the release party.",
		"I don't hate you, I hate the deadline.",
		'I hate to bother you, but the build is red.',
		'I hate bothering you with this.',
		'If you hate YAML, you will love this.',
		"I'll make sure you never have to set this up by hand again.",
		"I'll make sure you never work weekends again.",
		'Make sure you never commit secrets here again.',
		'I will make sure your name is in the release notes.',
		"I'll get you added to the org.",
		'What a brilliant idea, thanks!',
		'Great job breaking the build into stages.',
		'Great job not breaking prod this time.',
		'Thanks for fixing the build after the breaking change.',
		'if ur bad at regex, use this tool',
		'ur not bad at this, nice',
		'ngl i have no clue what this regex is doing',
		'Hope we never meet this bug again.',
		'You have a nice setup here. Would be a pity to lose it, so back it up.',
		'Tired of your laptop fan? Try this.',
		// Words that name Object.prototype members are looked up like any other (eval crashed on one).
		'The constructor calls toString before hasOwnProperty.',
	])('not an attack: %s', (text) => expect(found(text)).toEqual([]));
});
