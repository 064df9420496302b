import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';
import { applyThreats, threatWords } from './threats.ts';

/** The threat's words, as written (lowercased by the normaliser). */
const found = (text: string) => {
	const t = tokenize(text);
	return threatWords(t).map((i) => t.tokens[i]?.word);
};

describe('threatWords', () => {
	it.each([
		['Seriously, kill yourself.', 'yourself'],
		['just go die', 'die'],
		['Die in a fire, spammer.', 'fire'],
		['Honestly kys, this PR is a joke.', 'kys'],
		['I am going to murder you if the pager goes off again.', 'murder'],
		["I'll stab you with a fork, I swear.", 'stab'],
		['gonna punch him when I see him', 'punch'],
		['Somebody should strangle the reviewer who approved this.', 'strangle'],
		["I'll break your neck.", 'neck'],
		['He deserves to be shot for that design.', 'shot'],
		['Your maintainer should die.', 'die'],
		['Users like you should be put down.', 'down'],
		['I really hope you choke on it.', 'choke'],
		['I hope the author gets hit by a truck.', 'hit'],
		['I wish he were dead.', 'dead'],
		['Careful, I know where you live.', 'live'],
		// Session 12 (threats-3 dev half): addresses, "end you", a bullet in someone, a line-up, "what happens
		// to you", "you should hang yourself", "hunt you down", burning a house, "every one of you", a subject
		// far from its harm, teeth knocked out, "you'll end up in the hospital".
		["You'll regret this, I know your home address.", 'address'],
		['If you close my issue again I will end you.', 'end'],
		['Somebody should put a bullet in whoever wrote this.', 'bullet'],
		['People like you should be lined up and shot.', 'shot'],
		['Keep closing my PRs and see what happens to you.', 'happens'],
		['You should hang yourself, seriously.', 'yourself'],
		['I will hunt you down for this API change.', 'hunt'],
		["I'll burn your house down if this ships.", 'house'],
		['I could strangle every one of you reviewers.', 'strangle'],
		['The author of this library needs to be beaten.', 'beaten'],
		["Say that again and I'll knock your teeth out.", 'teeth'],
		["Keep it up and you'll end up in the hospital.", 'hospital'],
	])('a threat: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		'Kill the stale container and restart the stack.',
		'You should kill the old worker first.',
		'Just kill it, it is leaking memory.',
		'The installer should die loudly when the disk is full.',
		'This refactor kills our startup time.',
		'Kill me, the release is late again.',
		'My manager will murder me if this slips.',
		"I'll shoot you an email with the logs.",
		'Shoot me a ping when it is merged.',
		"You beat me to it, I'll beat you to it next time.",
		"I'm gonna beat you at chess again tonight.",
		'Hang on, the CI is still running.',
		"Don't kill yourself over this flaky test.",
		"It won't hurt you to add a changelog entry.",
		'This will hurt you later if you skip the migration.',
		'I hope your build does not die again tonight.',
		"I hope you're well, my laptop died yesterday.",
		'I wish you luck, the old API is dead anyway.',
		'That option should DIAF.',
		'The old parser deserves to die.',
		'We need to shoot down this proposal.',
		'The temp workers? They should be killed before the upgrade.',
		'Those caches, they all should die with the session.',
		'If you kill yourself over every flaky test you will burn out.',
		'A troll told her to go kill yourself, which we reported.',
		'I wouldnt hurt you, it was a joke.',
		// Session 12's civil look-alikes (violent-words-civil-3 dev half and more).
		'I know your home directory is on NFS.',
		'If you close the socket early it will end the stream.',
		"We'll end the call at noon.",
		'Somebody should put a note in the changelog.',
		'Rerun the job and see what happens to the flaky test.',
		'I will hunt down the memory leak this week.',
		'Burn the test data after the demo.',
		'This library needs to be beaten into shape before 1.0.',
		'The reviewers should have killed this PR.',
		'Smash that merge button once CI is green.',
		'The hospital scheduling app is our biggest customer.',
		'You need to kill the old pods first.',
		'Every one of you deserves a raise.',
		'In that map a sniper on the roof is ready to put a bullet in your head.',
	])('not a threat: %s', (text) => expect(found(text)).toEqual([]));
});

describe('threatWords, session 18 (threats4 dev half)', () => {
	it.each([
		['Just go play in traffic already.', 'traffic'],
		['You should go drink bleach.', 'bleach'],
		['Close this issue again and I will find you.', 'find'],
		["I'll track you down after the release.", 'track'],
		["I'm going to make you pay for deleting my branch.", 'pay'],
		['I will make you suffer for this.', 'suffer'],
		["I'm going to post your home address in this thread.", 'address'],
		["I'll leak your phone number.", 'phone'],
		['If you close this again I will get your account suspended.', 'suspended'],
		["I'll make sure your npm account gets taken away.", 'taken'],
		["I'll make sure you lose your job over this.", 'job'],
		['If you ban me I will ruin your career.', 'career'],
		["You won't live to see the next release.", 'live'],
		['Someone should put a bullet in the maintainer of this repo.', 'bullet'],
		['Better not walk home alone tonight.', 'alone'],
		["You're going to get what's coming to you.", 'coming'],
		['I will come to your house and settle this in person.', 'house'],
		["Touch my module again and you'll be sorry.", 'sorry'],
		["I'm going to beat you senseless.", 'senseless'],
		['I hope someone breaks your legs.', 'legs'],
		["Your family isn't safe while this bug is open.", 'safe'],
		['Devs like you deserve to get hurt.', 'hurt'],
	])('a threat: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		// The civil twins' dev half (tests/corpora/threats-4-civil.txt) and more look-alikes.
		'Go jump into the bridge module, the bug is there.',
		'Just go play with the traffic shaping settings already.',
		'Close this issue again and I will find the commit that fixes it.',
		"I'll find you a reviewer by Friday.",
		"I'll find you and pair on it after lunch.",
		"I'll track you down at the meetup to say thanks.",
		"I'm going to make you a branch with the fix.",
		'This flaky suite will make you suffer.',
		"I'll make you pay the invoice when it arrives.",
		"I won't make you pay for it, it was my bug.",
		'If you close this again I will reopen it with logs.',
		"I'm going to post the home page screenshot in this thread.",
		"I'll share my personal email with anyone who needs the logs.",
		"I'll make sure your npm account gets the publish rights back.",
		"I'll get your account unlocked today.",
		'If you ban the bot I will rerun the checks by hand.',
		'Stale caches will ruin your day if this PR gets closed.',
		"This branch won't live to see the next release.",
		'Someone should put a breakpoint in the retry loop of this repo.',
		'Better not push to main alone tonight, ask for a review.',
		"You're going to get the reviewer's notes soon.",
		'I will come to your meetup and present the migration in person.',
		"Touch the module's init and the tests will fail.",
		"Skip this step and you'll be sorry you didn't pin it.",
		"I'm going to beat my benchmark from last week.",
		"I'll beat you to it next time.",
		'I hope someone breaks the tie in the vote.',
		"Your data isn't safe while this bug is open.",
		'You should go drink some water and take a break.',
	])('not a threat: %s', (text) => expect(found(text)).toEqual([]));
});

describe('applyThreats', () => {
	const entryOf = (text: string, toxic: number) =>
		({ text, toxic, tokens: tokenize(text).tokens, sentencesScored: true }) as unknown as ScoreEntry;

	it('lifts a civil-scored threat to the floor, underlined on its words', () => {
		const text = 'With respect, I hope you die.';
		const entry = entryOf(text, 0.03);
		applyThreats(entry, tokenize(text));
		expect(entry.toxic).toBe(SEGMENT_FLOOR);
		expect([...(entry.toxicWords ?? [])].filter((w) => w > 0).length).toBeGreaterThan(0);
	});

	it('leaves drafts without a threat, and drafts already above the floor, as they are', () => {
		const civil = entryOf('Kill the job and rerun it.', 0.02);
		applyThreats(civil, tokenize(civil.text));
		expect(civil.toxic).toBe(0.02);
		const high = entryOf('I will kill you.', 0.97);
		applyThreats(high, tokenize(high.text));
		expect(high.toxic).toBe(0.97);
		expect(high.toxicWords).toBeUndefined();
	});
});
