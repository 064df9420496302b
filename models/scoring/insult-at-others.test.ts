import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyInsultsAtOthers, insultsAtOthers } from './insult-at-others.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';

/** The insult words found, as written. */
const found = (text: string) => {
	const t = tokenize(text);
	return insultsAtOthers(t).map((i) => t.tokens[i]?.word);
};

describe('insultsAtOthers: a stupid question or idea told to the reader (session 14)', () => {
	it.each([
		['You clearly never read the docs, this is a stupid question.', 'stupid'],
		['Did you even try searching? What a dumb question.', 'dumb'],
		['You keep doing this, that was an idiotic suggestion.', 'idiotic'],
	])('aimed at the reader: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		// The writer's own question or idea, hedged or followed by the question itself.
		'This is a stupid question but why does the build need Python?',
		"It's a stupid question maybe, but why do we pin the compiler?",
		'Sorry, dumb question: where does the config live?',
		'Please ignore my stupid question above, I found the answer in the docs.',
		'Could you help? This might be a dumb question.',
		'You asked whether this is a stupid idea? It is not.',
		'You will hear that there is no stupid question here.',
		'I know this is a stupid idea, but could you try it anyway.',
	])('not at the reader: %s', (text) => expect(found(text)).toEqual([]));
});

describe('insultsAtOthers', () => {
	it.each([
		['Kind regards, but you are honestly a dimwit.', 'dimwit'],
		["I'd say you're the stupidest committer on this repo.", 'stupidest'],
		['Apparently the folks in ops are clueless.', 'clueless'],
		['Your migration plan is moronic.', 'moronic'],
		['Just curious which fool tagged this release.', 'fool'],
		['Who is the idiot that disabled the linter?', 'idiot'],
		['Sorry, only morons would ship without a changelog.', 'morons'],
		['Our dumb intern rebased the shared branch.', 'dumb'],
		['Hey, dummy, the port is 8080.', 'dummy'],
		['Whoever set this timeout is a complete moron.', 'moron'],
		['The guy who wrote this is an idiot.', 'idiot'],
		["I'm not saying they're stupid, but they never test.", 'stupid'],
		['Great work, clown.', 'clown'],
		['What kind of moron names a variable l?', 'moron'],
	])('aimed at others: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		'Seed the table with dummy rows first.',
		'Swap in a dummy logger for the benchmark.',
		'A dumb client keeps the protocol simple.',
		'The dumb pipe approach scales better.',
		'That was a stupid race in the scheduler.',
		'Make the setup wizard idiot-proof.',
		'A moron-simple config is the goal.',
		'The manual calls it "idiot mode" for historical reasons.',
		'Rename `stupidCache` to `memo`.',
		"I'm such a moron, the env file was stale.",
		'Silly me, wrong port.',
		'He is not an idiot for asking this.',
		"Please don't call people morons in reviews.",
		'Feel like a total fool, it was the proxy.',
		'The user said the old default was dumb.',
		'The clown icon shows a flaky test.',
	])('not aimed at others: %s', (text) => expect(found(text)).toEqual([]));
});

describe('insultsAtOthers: words the models do not weigh, only in a person frame', () => {
	it.each([
		['Your release team is a bunch of amateurs.', 'amateurs'],
		['Honestly, you folks are hopeless.', 'hopeless'],
		['Useless, all of you.', 'useless'],
		['Is English not your first language or are you just dense?', 'dense'],
		['You are the rudest, most useless support agent I have ever dealt with.', 'rudest'],
		['This library is dead and the maintainers are too lazy to admit it.', 'lazy'],
		['The people running this project are arrogant.', 'arrogant'],
		['You sloppy devs broke main twice this week.', 'sloppy'],
		['Pathetic, the whole lot of you.', 'pathetic'],
	])('aimed at someone: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		'We use lazy loading for the thumbnails.',
		'You just lazy load the module on first use.',
		'A dense matrix is faster for small sizes.',
		'He builds amateur radio kits.',
		'The docs are useless for the v2 API.',
		'Your docs are useless for the v2 API.',
		'This variable is useless after the refactor.',
		'I was too lazy to write the script by hand.',
		'The users here are mostly amateur cooks.',
		'The maintainers are not lazy, they are overloaded.',
		'I tried the old scripts; they are useless now.',
		'If you are lazy, the CLI has a --fix flag.',
		'Developers are lazy by nature, so defaults matter.',
		'You are right that this cast is useless.',
		'Please do not be rude to new contributors.',
		'You are entitled to believe what you want.',
		"The 'user' is useless here, say 'client'.",
	])('not aimed at anyone: %s', (text) => expect(found(text)).toEqual([]));
});

describe('insultsAtOthers: people named by a reduced relative clause (session 12)', () => {
	it.each([
		['The QA contractors you brought on last spring are worthless.', 'worthless'],
		['Those interns he picked are clueless about Docker.', 'clueless'],
		['Every tester you sent us was useless.', 'useless'],
		['The admin you put on call is an amateur.', 'amateur'],
		['The freelancers you keep paying are lazy.', 'lazy'],
	])('aimed at someone: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		'The contractors you hired did good work, the old build was useless.',
		'The tests you wrote are useless after the refactor.',
		'The interns you picked are not lazy, they are overloaded.',
		'The errors you get are useless without the stack trace.',
		'The vendor you chose has a useless warranty.',
		'If the people you hire are lazy, the onboarding docs matter more.',
	])('not aimed at anyone: %s', (text) => expect(found(text)).toEqual([]));
});

describe("insultsAtOthers: contempt for the reader's work, said to them (session 12)", () => {
	it.each([
		['Your changelog is garbage.', 'garbage'],
		['The exporter you wrote is a shoddy mess.', 'shoddy'],
		['The API you designed is a disaster.', 'disaster'],
		['Honestly your review was lazy.', 'lazy'],
		['What a sloppy patch your team merged.', 'sloppy'],
		['Another clueless issue from you.', 'clueless'],
		['That is pathetic work, even for you.', 'pathetic'],
		['Who merged this garbage?', 'garbage'],
		['Who wrote this lazy mess?', 'mess'],
	])('aimed at the reader through their work: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		// About a thing nobody here made, or the writer's own work: venting, left to the thing rules.
		'This error message is garbage, it does not say which file.',
		'My first draft was a mess, this one is cleaner.',
		'The vendor schema is a disaster, so we map it.',
		// Not contempt: a description, a negation, a condition, a plain critique.
		'Your branch is a mess of merge commits, could you rebase?',
		'Your patch is not garbage at all, it just needs a test.',
		'If your lockfile is a mess, delete it and reinstall.',
		'Your docs are useless for the v2 API.',
		'Your test is flaky on Windows.',
		'Who approved this change? It looks good to me.',
	])('not an attack on the reader: %s', (text) => expect(found(text)).toEqual([]));
});

/** A cache entry as the passes leave it, with only what this pass reads. */
const entry = (text: string, toxic: number) =>
	({ text, toxic, wholeToxic: toxic, tokens: tokenize(text).tokens }) as unknown as ScoreEntry;

describe('insultsAtOthers: a person named by a long clause of their own (session 24)', () => {
	// QA (session 24): a 2,100-character forum draft ending "whoever signed off on this without a load test is an
	// absolute moron, and …" read as no concerns: the clause put "whoever" nine words before "is".
	it.each([
		['Anyway, whoever signed off on this without a load test is an absolute moron, and so on.', 'moron'],
		['The reviewer who let this through with two failing tests and no notes is incompetent.', 'incompetent'],
		['Whoever set the cache to never expire on the main cluster last week is an idiot.', 'idiot'],
	])('aimed at that person: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		// Reported speech: the copula belongs to what was said.
		'Whoever wrote the first draft of this module said the old format is stupid.',
		// A copula inside the clause: the insult is not about the person it names.
		'Whoever decided the old default was fine for the staging cluster is right, it is stupid.',
		// No insult at all.
		'Whoever signed off on this without a load test is on call this week.',
	])('not at that person: %s', (text) => expect(found(text)).toEqual([]));
});

describe('applyInsultsAtOthers', () => {
	it('floors the draft at the sentence level and underlines only the insult', () => {
		const text = 'Thanks for the patch. I wonder which moron approved the last one.';
		const e = entry(text, 0.2);
		applyInsultsAtOthers(e, tokenize(text));
		expect(e.toxic).toBe(SEGMENT_FLOOR);
		expect(e.wholeToxic).toBe(0.2);
		const words = [...(e.toxicWords ?? [])].flatMap((w, i) => (w > 0 ? [e.tokens[i]?.word] : []));
		expect(words).toEqual(['moron']);
	});

	it('leaves a draft alone when no one is insulted or the models already score it higher', () => {
		const civil = entry('The dummy server answers with 200.', 0.1);
		applyInsultsAtOthers(civil, tokenize(civil.text));
		expect(civil.toxic).toBe(0.1);
		expect(civil.toxicWords).toBeUndefined();
		const high = entry('You are a moron.', 0.97);
		applyInsultsAtOthers(high, tokenize(high.text));
		expect(high.toxic).toBe(0.97);
		expect(high.toxicWords).toBeUndefined();
	});
});
