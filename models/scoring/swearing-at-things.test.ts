import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { insultsAtThings } from './insult-at-things.ts';
import { SWEARING_AT_THINGS } from './swearing-at-things.ts';

/** The words excused with the swearing option on (and off), as tokenised. */
const found = (text: string, on = true) => {
	const t = tokenize(text);
	return insultsAtThings(t, on ? SWEARING_AT_THINGS : undefined).map((i) => t.tokens[i]?.word);
};

describe('swearing at things (opt-in)', () => {
	it.each([
		['Damn, this build system is crap.', ['damn', 'crap']],
		['Oh crap, I forgot to push the tag.', ['crap']],
		['Well, shit. The cache was cold.', ['shit']],
		['Fuck this flaky runner, it died again.', ['fuck']],
		['What the hell does this flag do?', ['hell']],
		['Why the fuck is the lockfile different again?', ['fuck']],
		['The f*cking compiler crashed again.', ['fucking']],
		['That was damn fast.', ['damn']],
		['This plugin API sucks.', ['sucks']],
		['That really sucks, sorry about the outage.', ['sucks']],
		['I hate this config format.', ['hate']],
		// Session 11: a tool as the subject of "hates", and SQL as a thing.
		['the linter hates this shit', ['hates', 'shit']],
		['The bundler hates these damn circular imports.', ['hates', 'damn']],
		['these crappy ORM queries', ['crappy']],
		['Some truly shitty SQL in this migration.', ['shitty']],
		['I hate it when the formatter touches other lines.', ['hate']],
		['Crappy docs, but the library works.', ['crappy']],
		['A shitty little script wiped the cache.', ['shitty']],
		['The release notes are a steaming pile of crap.', ['pile', 'of', 'crap']],
		['Dependency hell again with the two plugins.', ['hell']],
		['God damn, the nightly job died again.', ['damn']],
		['The firewall is a piece of shit.', ['piece', 'of', 'shit']],
		['The dashboard is crap today.', ['crap']],
		['The workaround is ugly as hell but it works.', ['ugly', 'hell']],
		['The stupid fucking proxy strips the header.', ['stupid', 'fucking']],
		['This shit keeps breaking on Mondays.', ['shit']],
		['The whole pipeline is fucked since the upgrade.', ['fucked']],
		['My code is shit today, sorry.', ['shit']],
		// Session 12: a tool hating the writer's things ("hates my …"), and adjectives before the thing noun.
		['Prettier hates my damn ternaries.', ['hates', 'damn']],
		['The formatter hates our long lines.', ['hates']],
		['this shitty flaky test again', ['shitty']],
		['This crappy Bluetooth stack drops the keyboard.', ['crappy']],
		['A shitty half-finished migration script.', ['shitty']],
	])('aimed at a thing, a situation or no one: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		// At the reader, a person, or someone's work: never excused.
		'You are crap at reviewing.',
		'Fuck you, I am not changing it.',
		'This is shit, like your code.',
		'Damn, you are a terrible programmer.',
		'Go to hell with your nitpicks.',
		'Who the fuck wrote this?',
		'Fuck off, nobody asked.',
		'Shut the fuck up and fix the tests.',
		'Your PR is a steaming pile of shit.',
		'God damn you, the nightly job died again.',
		'The new admin is a piece of shit.',
		'He is full of shit.',
		'The maintainers are fucking useless.',
		'Whoever wrote this should be fired, it is shit.',
		// Session 11: "hates" with a person as its subject, or a person as its object.
		'The reviewer hates this shit.',
		'The linter hates you, damn it.',
		'I hate you and your reviews.',
		'You suck at this.',
		'Screw you and your process.',
		// Session 12: "hates my/our" only with a thing as the subject; adjectives before a person stay.
		'The reviewer hates my damn ternaries.',
		'He hates our shitty tests.',
		'Prettier hates your damn code.',
		'What a shitty flaky developer.',
		'A shitty lazy excuse for a reviewer.',
		// Slurs, sexual insults and insult words at people keep the whole draft.
		'The build is crap and the reviewer is a dick.',
		'Damn, what an asshole move, the docs are crap.',
		'This fucking compiler, and the idiot who configured it.',
		// Profanity the rules cannot place keeps the whole draft.
		'What an ass this build is.',
		// "ass" outside its two idioms, or the idiom said of a person.
		'You are a pain in the ass.',
		'The new lead is a pain in the ass.',
		'I will kick your ass.',
		// A "you" that is the reader: an insult, "be", "stop", another form of "you", or no thing after the swear.
		"You can't fucking code.",
		'You have to be fucking blind to miss it.',
		'You need to get your shit together.',
		'When you review, stop being a damn gatekeeper.',
		'Why the hell did you merge this?',
		'Fuck you, the build is fine.',
		// A person word that is not an interjection.
		'The man who wrote this is full of shit.',
	])('not excused: %s', (text) => expect(found(text)).toEqual([]));

	it.each([
		// "ass" in its two idioms about a thing or a situation.
		['What a pain in the ass this build is.', ['ass']],
		['Upgrading the SDK was a real pain in the arse.', ['arse']],
		['The new profiler kicks ass.', ['ass']],
		// A generic "you": anyone who uses the thing, with a thing after the swear word.
		["You can't fucking trust the clock on these runners.", ['fucking']],
		['You have to reinstall the damn plugin after every update.', ['damn']],
		['If you touch one file the whole damn build reruns.', ['damn']],
		["You'd think the damn changelog would say so.", ['damn']],
		// Person words as interjections.
		['Man, this lockfile is shit.', ['shit']],
		['Oh boy, the damn cache again.', ['damn']],
		['Dude, the staging deploy is fucked.', ['fucked']],
		['This release is a shitshow.', ['shitshow']],
	])('placed with the session-9 readings: %s', (text, words) => expect(found(text)).toEqual(words));

	it('excuses no swearing with the option off (the default)', () => {
		for (const text of ['Damn, this build system is crap.', 'This plugin API sucks.', 'Oh crap, I forgot.'])
			expect(found(text, false)).toEqual([]);
		// Insult words at things are excused either way.
		expect(found('The release checklist is garbage.', false)).toEqual(['garbage']);
	});
});
