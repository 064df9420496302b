import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { talksDownWords } from './talks-down.ts';

/** The frame's words as written, joined by spaces. */
const found = (text: string) => {
	const t = tokenize(text);
	return talksDownWords(t)
		.map((i) => t.tokens[i]?.word)
		.join(' ');
};

describe('calm put-downs through a comparison (session 30, putdown30)', () => {
	it.each([
		// qa28's walk (entrypoints/content/README.md "qa28 — found, not fixed" item 3).
		[
			'With all due respect, this is a beginner mistake that any junior would catch.',
			'any junior would catch',
		],
		['I guess not everyone can be expected to understand async code.', 'not everyone can be expected to'],
		// Session 31 (contempt31): "cute idea" is patronising.ts's mock reassurance, underlined with the comparison.
		['Cute idea, but this is a real project.', 'cute idea this is a real project'],
		['Some of us have actual work to do.', 'some of us have actual work'],
		[
			"Thanks, I'll take it from here since this clearly needs someone experienced.",
			'needs someone experienced',
		],
		['As I already explained twice, this is basic stuff.', 'this is basic stuff'],
		[
			"No offense, but people who actually know Rust wouldn't write it like this.",
			"people who actually know rust wouldn't",
		],
		// The other shapes.
		['Any first-year student would have spotted that.', 'any first year student would have spotted'],
		['Even an intern knows not to log the token.', 'even an intern knows'],
		['My ten-year-old could write a tidier config than this.', 'my ten year old could write'],
		[
			"That's the kind of bug I'd expect from someone on their first week.",
			'expect from someone on their first week',
		],
		['Anybody who has read the manual knows why this hangs.', 'anybody who has read the manual knows'],
		['Those of us who actually run this in prod will fix it.', 'those of us who actually run'],
		[
			'Some of us have been writing code for twenty years.',
			'some of us have been writing code for twenty years',
		],
		['Fine for a demo, but this is production code.', 'this is production code'],
		["Grown-up teams don't ship like that.", "grown up teams don't"],
		['Leave the parser to people who understand grammars.', 'leave the parser to people who understand'],
		[
			'Someone more experienced should rewrite this properly.',
			'someone more experienced should rewrite this properly',
		],
		['The release process is for people who know what they are doing.', 'is for people who know'],
		['We are not here to teach you the basics.', 'here to teach you the basics'],
		['Amazing that a bug this obvious got past you.', 'this obvious got past you'],
		['Most folks pick this up on their first day.', 'pick this up on their first day'],
		['This is what happens when interns get merge rights.', 'what happens when interns get'],
		['Proper developers read the logs first.', 'proper developers read'],
		['Anyone competent would have tested it.', 'anyone competent would have'],
		["I'd tell you why, but it wouldn't sink in.", "it wouldn't sink in"],
	])('talks down: %s', (text, words) => expect(found(text)).toBe(words));

	it.each([
		// Civil twins: the same words in requests, hand-offs, self-description and plain critique of code.
		'Any junior could pick this up with the guide in the wiki.',
		'A junior on my team caught this last week, thanks to the new lint rule.',
		'Even an intern could set this up now that we have the script.',
		'A junior would benefit from pairing on this one.',
		'My ten-year-old loves this app, thanks for building it.',
		'People who know Rust better than me should review this before we merge.',
		'People who actually use the CLI daily asked for this flag.',
		'Anyone who has used Django will find this layout familiar.',
		'Not everyone can make the Tuesday call, so we will post notes here.',
		'Some of us are on holiday next week, so reviews may be slow.',
		'Some of us actually prefer tabs, but the formatter decides.',
		'Some of us have hard deadlines this week, can we move the sync?',
		'Those of us who maintain the docs will update the screenshots.',
		'This is a real project with users, so let us add a migration note.',
		'Nice idea, but we already support that with a flag.',
		'Grown-up features like SSO belong in the enterprise tier.',
		'Let someone from the security team look at the token handling.',
		'This clearly needs someone experienced with WebGL; I will ask around.',
		"I'll have one of the senior devs pair with you on it, it's a tricky area.",
		'Someone experienced with Postgres should double check the index choice.',
		'The backend is for services that need persistence.',
		'This is basic setup, see step 2 of the README.',
		'This is pretty basic stuff, but it trips everyone up at first.',
		'We do not have time to cover the basics in the meeting, so I linked a primer.',
		'Most people figure this out by trial and error, the docs are unclear here.',
		'This is what happens when the cache TTL is too long.',
		'Real engineers make mistakes too; the postmortem is blameless.',
		'Experienced developers sometimes skip this step too.',
		'A competent reviewer from the infra team would be ideal here.',
		'Give it a day to sink in before you decide.',
		"I'm a beginner myself, so take my comments with a pinch of salt.",
		"I'll take it from here, thanks!",
		'If any junior would catch it, the linter should too.',
		"Let someone who knows the payments code review this, I'm not familiar with it.",
		"Let's leave the final call to someone with more context on billing.",
		'Leave the rest to me, I know the parser.',
	])('civil: %s', (text) => expect(found(text)).toBe(''));
});
