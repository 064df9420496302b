import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyPutDowns, putDownWords } from './put-downs.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';

/** The frame's words, as written (lowercased by the normaliser). */
const found = (text: string) => {
	const t = tokenize(text);
	return putDownWords(t).map((i) => t.tokens[i]?.word);
};

describe('putDownWords', () => {
	it.each([
		['Honestly, get lost.', 'lost'],
		['Just shut up, the thread was fine before you came.', 'shut'],
		['So go away and don’t come back.', 'away'],
		['Maybe learn to code first, then open issues.', 'code'],
		['Do everybody a favor and resign from the steering group.', 'resign'],
		['Stop wasting my time with drive-by PRs.', 'wasting'],
		['No one cares about your benchmark, mate.', 'cares'],
		['Who even asked you to review this?', 'asked'],
		['Why are you still here after the vote?', 'still'],
		["You really have no idea what you're talking about.", 'idea'],
		['Did you even run the tests once?', 'run'],
		["You'll never be a real engineer with that attitude.", 'real'],
		["You're honestly so pathetic at estimates.", 'pathetic'],
		['You are a complete waste of oxygen.', 'waste'],
		["Fine, I'll use smaller words for you.", 'smaller'],
		['Typical boomers, scared of a terminal.', 'boomers'],
		['Stop pretending you know Rust.', 'pretending'],
		['Quit pretending that you understand the borrow checker.', 'pretending'],
		['Of course a girl designed this logo.', 'girl'],
		["I'm going to get you banned from the org.", 'banned'],
		['Keep it up and you will never work in this industry again.', 'industry'],
		["Screw you, I'm not rebasing it for you.", 'screw'],
		['Screw you and your linter rules.', 'screw'],
		// Session 12.
		['Are you blind? Line 3 says it.', 'blind'],
		["I'll make sure you never work in this industry again.", 'never'],
		["I'll make sure you never walk again.", 'never'],
	])('a put-down: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		'New readers get lost in the config reference, can we split it?',
		'Shut up the deprecation warning with the env flag.',
		'Go away from the global store pattern, it does not scale.',
		'Learn to read core dumps with this short tutorial.',
		'Do us all a favour and pin the dependency versions.',
		'Stop wasting memory on the unused buffers.',
		'Nobody asked for a config option, so keep the default.',
		'Who asked for the rename? I need context for the changelog.',
		'You have no idea how much time this saves me, thanks!',
		"I don't know what I'm doing with Bazel yet.",
		'Is this a real developer account or a test one?',
		'The handler returns a garbage value when the key is missing.',
		'What a loser branch means: the side the merge strategy drops.',
		'Typical latency is under ten milliseconds.',
		"I'll get fired if this ships late, lol.",
		'The rate limiter will get you banned if you loop on the endpoint.',
		"I'll make sure you get credit in the release notes.",
		"I'll make sure you never have to rebase again.",
		"We'll make sure you never need to touch the YAML by hand.",
		'Please quit the old daemon before upgrading.',
		'Stop pretending the cache is warm; prime it in the setup step.',
		'That race condition will screw you over in production.',
		'Screw your courage to the sticking place, the release is close.',
		'Going back to the previous country list fixed the dropdown.',
		"If you deploy with FTP, you're a joke, or so the conference talk claimed.",
		'Are you colour blind? The new palette may be hard to read.',
		'Are you blind to the tradeoff, or did you weigh it?',
	])('not a put-down: %s', (text) => expect(found(text)).toEqual([]));

	it('does not count a frame only mentioned in quotes or code', () => {
		expect(found('The bot replied `get lost` to my command, a bug in its canned answers.')).toEqual([]);
	});
});

describe('putDownWords, session 27 (misses27)', () => {
	const under = (text: string) => {
		const t = tokenize(text);
		return putDownWords(t)
			.map((i) => t.tokens[i]?.word)
			.join(' ');
	};

	it.each([
		['This is the stupidest patch I have ever seen. Fix it.', 'stupidest patch i have ever seen'],
		["That's the dumbest PR I've reviewed this year.", "the dumbest pr i've reviewed"],
		['This is the most idiotic design I have ever read.', 'the most idiotic design i have ever read'],
		['Worst code I have seen in my life, honestly.', 'worst code i have seen in my life'],
		['It is the laziest fix all week.', 'the laziest fix all week'],
		['Your migration is the sloppiest script I have ever looked at.', 'sloppiest script i have ever looked'],
	])('a superlative put-down of the work: %s', (text, words) => expect(under(text)).toContain(words));

	it.each([
		'This is the worst bug I have ever debugged.',
		'That was the stupidest mistake I ever made.',
		"This is the worst outage we've had.",
		'Here is the dumbest possible implementation, on purpose, as a baseline.',
		'This is the cleanest PR I have ever reviewed.',
		'What is the dumbest code you have ever seen?',
		"This is the ugliest hack I've ever written, sorry.",
		"The worst API I've ever used is the old Win32 one.",
	])('not a put-down: %s', (text) => expect(under(text)).toBe(''));

	it('marks what a reader blames in the competence frame and the whole "did you even <verb>" sneer', () => {
		// Session 30 (civil30b): "even" alone did not say what was sneered at; decide.ts joins the four words into
		// one underline, "Did you even run" (a leading "do"/"you" is dropped there: "even test").
		expect(under('You clearly have no idea what you are doing. Did you even run the tests?')).toBe(
			'you no idea what you are doing did you even run',
		);
		expect(under("You don't know what you're doing.")).toBe("you don't know what you're doing");
	});
});

describe('applyPutDowns', () => {
	const entry = (text: string, toxic: number): ScoreEntry => {
		const tokens = tokenize(text).tokens;
		return { text, toxic, tokens } as unknown as ScoreEntry;
	};

	it('floors a civil-looking put-down at the sentence rule level and underlines the frame', () => {
		const text = 'Thanks for the patch, but nobody wants you here.';
		const e = entry(text, 0.2);
		applyPutDowns(e, tokenize(text));
		expect(e.toxic).toBe(SEGMENT_FLOOR);
		const t = tokenize(text);
		const marked = t.tokens.filter((_, i) => e.toxicWords?.[i] === 1).map((k) => k.word);
		expect(marked).toEqual(['nobody', 'wants', 'you']);
	});

	it('never lowers a score and leaves civil drafts alone', () => {
		const high = entry('Get lost.', 0.95);
		applyPutDowns(high, tokenize('Get lost.'));
		expect(high.toxic).toBe(0.95);
		const civil = entry('Stop the server before the migration.', 0.1);
		applyPutDowns(civil, tokenize(civil.text));
		expect(civil.toxic).toBe(0.1);
		expect(civil.toxicWords).toBeUndefined();
	});
});
