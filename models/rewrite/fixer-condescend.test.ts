import { describe, expect, it } from 'vitest';
import { genuineAsks } from './fixer-asks.ts';
import { condescendingClauses, keptCondescension, restateCondescension } from './fixer-condescend.ts';
import { isFragment } from './fixer-text.ts';
import { fixOffline } from './offline-fixer.ts';
import { rewardCandidate, TALKS_DOWN } from './reward.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everyTemplate = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];

// Session 28 (fixer28): calm-worded put-downs that carry a technical point had no civil wording offline (the
// candidate came back unchanged, so no suggestion). Drafts written for this test.
describe('condescension with a point (fixer-condescend.ts)', () => {
	it('drops a put-down clause before the point', () => {
		const cases: [string, string][] = [
			[
				'Maybe leave the schema design to people who have done it before; this table has no primary key.',
				'This table has no primary key.',
			],
			[
				'Perhaps stick to CSS and leave the backend to us, the endpoint returns 500 on empty input.',
				'The endpoint returns 500 on empty input.',
			],
			[
				'Security is clearly not your area, so leave it alone; the token is logged in plain text.',
				'The token is logged in plain text.',
			],
			[
				'Best leave the regex work to people who know regex. This pattern matches an empty string.',
				'This pattern matches an empty string.',
			],
			[
				"It's honestly embarrassing that this needs saying, but the index on email is missing.",
				'The index on email is missing.',
			],
			[
				"I shouldn't have to point out that the password is stored unhashed.",
				'The password is stored unhashed.',
			],
			[
				'Maybe read a book on SQL before touching the queries again; this join returns duplicates.',
				'This join returns duplicates.',
			],
			[
				'Next time try thinking before you push: the build is red on every platform.',
				'The build is red on every platform.',
			],
			[
				"I'm not going to do your homework for you, but the off-by-one is in the last loop.",
				'The off-by-one is in the last loop.',
			],
			['Let the experts handle the TLS config, the cert expired yesterday.', 'The cert expired yesterday.'],
		];
		for (const [draft, want] of cases) expect(everyTemplate(draft), draft).toEqual([want]);
	});

	it('says what "anyone would have caught" was about', () => {
		expect(
			restateCondescension('Anyone with a week of experience would have caught this before pushing.'),
		).toBe('This could have been caught before pushing.');
		expect(
			restateCondescension(
				'A competent reviewer would have spotted the race in the cache refresh before approving.',
			),
		).toBe('The race in the cache refresh could have been spotted before approving.');
		expect(
			restateCondescension(
				'Even an intern would have noticed that the cron job runs every minute instead of every hour.',
			),
		).toBe('The cron job runs every minute instead of every hour.');
		expect(restateCondescension('Surely even you can see that the date parser ignores the time zone.')).toBe(
			'The date parser ignores the time zone.',
		);
		expect(
			restateCondescension(
				"Most people figure out in their first month that you don't commit the .env file.",
			),
		).toBe("We don't commit the .env file.");
		expect(
			fixOffline(
				"Most people figure out in their first month that you don't commit the .env file.",
				'soften',
			),
		).toBe("We don't commit the .env file.");
	});

	it('turns a mocking question into a plain request, or drops it before the point', () => {
		expect(everyTemplate('Do you need me to hold your hand through the rebase as well?')).toEqual([
			'Do you need help with the rebase?',
		]);
		expect(
			everyTemplate('Is reading the error message too much to ask? It says the port is already in use.'),
		).toEqual(['Could you read the error message? It says the port is already in use.']);
		expect(
			everyTemplate(
				"Were you planning to test this at all, or is that someone else's job? The form submits twice.",
			),
		).toEqual(['Could you test this? The form submits twice.']);
		expect(everyTemplate('Want me to spell it out? The cache key ignores the locale.')).toEqual([
			'The cache key ignores the locale.',
		]);
		expect(
			everyTemplate('Do you need me to hold your hand through the config too? The port is still hardcoded.'),
		).toEqual(['The port is still hardcoded.']);
		expect(genuineAsks('Want me to spell it out? The cache key ignores the locale.')).toEqual([]);
	});

	it('says the concern of a put-down said alone', () => {
		expect(
			restateCondescension('Maybe leave the architecture decisions to people who understand them.'),
		).toBe('I have some concerns about the architecture decisions.');
	});

	it('leaves civil wording alone', () => {
		for (const text of [
			"Please leave the release notes to me, I'll write them tonight.",
			'Everyone knows the release is on Friday.',
			'Stick to the plan and leave the rest to us.',
			'Do you want me to walk you through the setup? It has three steps.',
			'Should I draw a diagram of the flow for the docs?',
			'Anyone who wants to help should read the contributing guide first.',
			'I would leave the naming to you, the logic looks right.',
			'Let the tests finish before merging, the runner is slow today.',
			'Let me explain the design: the queue is drained on shutdown.',
			'This is the 101st release of the library.',
			'Leave those to the experts on the budget call, I just wanted you to see the numbers.',
			'Let me explain this slowly, it is subtle.',
			// A noun object or a how-clause is no statement once the subject goes ("Most people understand X" → "X").
			'Most people understand the changelog as a summary of the release.',
			'Anyone with a profiler can see how the cache grows without a limit.',
		])
			expect(restateCondescension(text), text).toBe(text);
		expect(genuineAsks('Do you want me to walk you through the setup? It has three steps.')).toHaveLength(1);
	});

	it('reads a dotfile after a determiner as a word, not a dangling "the"', () => {
		expect(isFragment("We don't commit the .env file.")).toBe(false);
		expect(isFragment('Please fix the.')).toBe(true);
	});
});

// Session 28 (rank28): an LLM candidate that kept the put-down was offered, the scorer reading it as civil.
// Drafts and candidates written for this test.
describe('a candidate that keeps the draft’s condescension (keptCondescension, reward.ts)', () => {
	const civil = (text: string) => ({ text, inappropriate: 0.02, flag: false, spans: [] }) as never;
	const DRAFT =
		'Maybe leave the schema design to people who have done it before; this table has no primary key!!!';

	it('finds the clauses the rules drop or restate, and a put-down wherever a clause starts', () => {
		for (const [text, clause] of [
			[DRAFT, 'Maybe leave the schema design to people who have done it before'],
			[
				'This table has no primary key; maybe leave the schema design to people who have done it before.',
				'maybe leave the schema design to people who have done it before',
			],
			[
				'Anyone with a week of experience would have caught this before pushing.',
				'Anyone with a week of experience would have caught this before pushing',
			],
			[
				'Do you need me to hold your hand through the rebase as well?',
				'Do you need me to hold your hand through the rebase as well?',
			],
			['Security is clearly not your area. The token is logged.', 'Security is clearly not your area'],
		] as const)
			expect(condescendingClauses(text), text).toEqual([clause]);
		for (const text of [
			'This table has no primary key.',
			'I have some concerns about the schema design.',
			'Do you need help with the rebase?',
			'Could you read the error message?',
			'Leave those to the experts on the budget call, I just wanted you to see the numbers.',
		])
			expect(condescendingClauses(text), text).toEqual([]);
	});

	it('rejects a candidate that keeps it, as written, reworded or moved, though the scorer passes it', () => {
		for (const kept of [
			'Maybe leave the schema design to people who have done it before; this table has no primary key.',
			'Perhaps leave schema design to people who have done it before. This table has no primary key.',
			'This table has no primary key; maybe leave the schema design to people who have done it before.',
		])
			expect(rewardCandidate(DRAFT, kept, 'soften', civil(kept)).rejected, kept).toBe(TALKS_DOWN);
		const fixed = 'This table has no primary key.';
		expect(rewardCandidate(DRAFT, fixed, 'soften', civil(fixed)).rejected).toBeUndefined();
	});

	it('never rejects a clause the draft did not have', () => {
		// The draft talks down about the rebase; the candidate's "leave … to people who …" is not the draft's.
		const draft =
			'Do you need me to hold your hand through the rebase as well? The branch is 40 commits behind!!!';
		const other =
			'Could you rebase? Leave the conflict in the lockfile to people who own it. The branch is 40 commits behind.';
		expect(keptCondescension(draft, other)).toEqual([]);
		// A civil draft: nothing to keep, whatever the candidate says.
		const plain = 'This table has no primary key, please add one!!!';
		const candidate = 'Leave the naming to people who know the domain; this table has no primary key.';
		expect(keptCondescension(plain, candidate)).toEqual([]);
		expect(rewardCandidate(plain, candidate, 'soften', civil(candidate)).rejected).toBeUndefined();
	});

	it('the offline fixer’s own fixes keep none of it', () => {
		for (const draft of [
			DRAFT,
			'Anyone with a week of experience would have caught this before pushing.',
			'Do you need me to hold your hand through the rebase as well?',
			'Is reading the error message too much to ask? It says the port is already in use.',
		])
			for (const out of everyTemplate(draft))
				expect(keptCondescension(draft, out), `${draft} → ${out}`).toEqual([]);
	});
});
