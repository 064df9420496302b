import { describe, expect, it } from 'vitest';
import { restateSneers, sneersAtReader } from './fixer-sneer.ts';
import { fixOffline } from './offline-fixer.ts';
import { danglingEndings } from './prose-check.ts';
import { ENDS_MID_SENTENCE, rewardCandidate, SNEERS_AT_READER } from './reward.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everyTemplate = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];
const civil = (text: string) => ({ text, inappropriate: 0.01, flag: false, spans: [] }) as never;

// Session 27 user walk: "Are you serious? This is the dumbest thing I have read all week, you clearly have no
// clue." was offered as "I hear you. I have concerns about this thing, you clearly have no clue." (Civility 99%).
// Drafts written for this test.
describe('sneers at the reader (fixer-sneer.ts)', () => {
	it('finds the sneer clauses, and not praise or a plain statement', () => {
		for (const text of [
			'I have concerns about this thing, you clearly have no clue.',
			'You have no idea what you are doing.',
			'you obviously don’t understand async',
			'Do you even know what a mutex is?',
			'Did you even run the tests?',
			"You don't know what you're talking about.",
			'you evidently have zero idea.',
			"you haven't got a clue about threading",
		])
			expect(sneersAtReader(text), text).not.toEqual([]);
		for (const text of [
			'You have no idea how much this helped, thanks!',
			"I think you don't understand the problem I described.",
			'I have no idea why the build fails.',
			'Do you know what a mutex is?',
			'> you clearly have no clue\n\nThat was uncalled for.',
		])
			expect(sneersAtReader(text), text).toEqual([]);
	});

	it('drops a clause that only sneers and keeps the rest', () => {
		expect(restateSneers('I have concerns about this thing, you clearly have no clue.')).toBe(
			'I have concerns about this thing.',
		);
		expect(restateSneers('You clearly have no clue, the lock is never released.')).toBe(
			'The lock is never released.',
		);
		expect(restateSneers('Honestly you know nothing about caching. The TTL is 0.')).toBe('The TTL is 0.');
		expect(restateSneers('The retry loop never ends and you obviously have no clue why.')).toBe(
			'The retry loop never ends.',
		);
	});

	it('says the point of "you obviously don’t understand X", and asks "do you even …?" without "even"', () => {
		expect(restateSneers("You obviously don't understand async.")).toBe(
			'There seems to be a misunderstanding about async.',
		);
		expect(restateSneers('This is wrong, you clearly do not understand how locks work.')).toBe(
			'This is wrong, there seems to be a misunderstanding about how locks work.',
		);
		expect(restateSneers('Do you even know what a mutex is?')).toBe('Do you know what a mutex is?');
	});

	it('leaves praise and plain statements alone', () => {
		for (const text of [
			'You have no idea how much this helped, thanks!',
			"I think you don't understand the problem.",
			'I have no clue why CI is red.',
		])
			expect(restateSneers(text)).toBe(text);
	});

	it('the offline fixer keeps no sneer in any template', () => {
		const drafts = [
			'Are you serious? This is the dumbest thing I have read all week, you clearly have no clue.',
			'I hear you. I have concerns about this thing, you clearly have no clue.',
			'You obviously have no clue, the migration drops the index.',
			'Seriously, you clearly have no idea. The retry loop never ends.',
		];
		for (const draft of drafts)
			for (const out of everyTemplate(draft)) expect(sneersAtReader(out), `${draft} → ${out}`).toEqual([]);
		expect(
			everyTemplate('I hear you. I have concerns about this thing, you clearly have no clue.'),
		).toContain('I hear you. I have concerns about this thing.');
	});

	it('the ranking rejects a candidate that still sneers, from any backend, though the scorer passes it', () => {
		const draft =
			'Are you serious? This is the dumbest thing I have read all week, you clearly have no clue.';
		const kept = 'I hear you. I have concerns about this thing, you clearly have no clue.';
		expect(rewardCandidate(draft, kept, 'soften', civil(kept)).rejected).toBe(SNEERS_AT_READER);
		const fixed = 'I hear you. I have concerns about this thing.';
		expect(rewardCandidate(draft, fixed, 'soften', civil(fixed)).rejected).toBeUndefined();
	});
});

// Session 27: a model rewrote "whoever wrote this is an idiot." as "whoever wrote this is an." and it was offered.
describe('a sentence that stops half-way (prose-check danglingEndings)', () => {
	it('finds a sentence ending in an article, possessive, conjunction or a preposition with nothing to refer to', () => {
		for (const text of [
			'Honestly, whoever wrote this is an.',
			'Please look at the end of the.',
			'The tests pass and.',
			'I merged it, thanks for your.',
			'We could retry, but.',
			'I have concerns about.',
			'This is a waste of.',
			'Could you check this a.',
		])
			expect(danglingEndings(text), text).not.toEqual([]);
	});

	it('keeps real endings: a modal, a question or relative clause, a particle, an understood verb', () => {
		for (const text of [
			"That's all I can.",
			'What is it for?',
			'Who is this from?',
			"That's all I can think of.",
			'Something to look into.',
			'This is the file I was looking for.',
			"I'd like to.",
			'Please log in.',
			'Hold on.',
			'I think so.',
			'Not yet.',
			'It is his.',
			'We went with plan A.',
			'Bump `serde` to 1.0.',
			'That remark was uncalled for.',
			'The test was flaky to begin with.',
			'There is no bug here to blame the parser for.',
			'It is worth looking into.',
		])
			expect(danglingEndings(text), text).toEqual([]);
	});

	it('does not judge a sentence the draft itself holds, nor an end the draft itself cut off', () => {
		expect(danglingEndings('Fine. I have concerns about.', 'I have concerns about. You idiot.')).toEqual([]);
		expect(danglingEndings('The people who wrote this, and', 'The clowns who wrote this, and')).toEqual([]);
	});

	it('the ranking rejects such a candidate', () => {
		const draft = 'Honestly, whoever wrote this is an idiot.';
		const half = 'Honestly, whoever wrote this is an.';
		expect(rewardCandidate(draft, half, 'minimal', civil(half)).rejected).toBe(ENDS_MID_SENTENCE);
	});
});
