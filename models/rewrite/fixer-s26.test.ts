import { describe, expect, it } from 'vitest';
import { decamouflage, joinSplitInsults } from './fixer-camouflage.ts';
import { restateStopBeing } from './fixer-stop-being.ts';
import { fixOffline } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everyTemplate = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];

// Session 26 (fixer13): the offline rewrite's misses redone after the lost fixer12 work. Drafts written for this test.
describe('split insults', () => {
	it('joins an insult written in chunks, in the draft case', () => {
		expect(joinSplitInsults('You id-iot, the cache is stale.')).toBe('You idiot, the cache is stale.');
		expect(joinSplitInsults('This is st.u.p.i.d, really.')).toBe('This is stupid, really.');
		expect(joinSplitInsults('a com-plete M-oron')).toBe('a com-plete Moron');
		expect(joinSplitInsults('your id iotic plan')).toBe('your idiotic plan');
		expect(decamouflage('You are an i d i o t.')).toBe('You are an idiot.');
	});
	it('leaves hyphenated compounds and real word pairs as written', () => {
		for (const civil of [
			'Please re-run the e-mail job for the co-op after the follow-up.',
			'The pre-commit hook and the read-me were re-written.',
			'That was a brain-dead moment on my part.',
			'God damn, the build failed again.',
			'Run `git re-base` on st.u.p.i.d.txt',
		])
			expect(joinSplitInsults(civil)).toBe(civil);
	});
	it('drops a split insult like the plain word, keeping the compounds', () => {
		expect(everyTemplate('You id-iot, the cache is stale after every deploy.')).toEqual([
			'The cache is stale after every deploy.',
		]);
		expect(everyTemplate('Please re-run the job, you stu-pid clown, the e-mail step timed out.')).toEqual([
			'Please re-run the job, the e-mail step timed out.',
		]);
		for (const out of everyTemplate('This is st.u.p.i.d, the retry loop never backs off.'))
			expect(out).not.toMatch(/st\.u|stupid/i);
	});
	it('says what "it" was once "whoever wrote this parser is a moron" goes', () => {
		expect(everyTemplate('Whoever wrote this parser is a com-plete m-oron, it drops the last line.')).toEqual(
			['This parser drops the last line.'],
		);
	});
});

describe('"this is nonsense" as a disagreement', () => {
	it('restates a verdict on a plan or claim, keeping its subject', () => {
		expect(
			fixOffline('This migration plan is complete nonsense, we would lose the audit table.', 'soften'),
		).toBe("I don't think this migration plan works, we would lose the audit table.");
		expect(fixOffline('This is nonsense.', 'restate')).toBe("I don't think this is right.");
		expect(fixOffline('These numbers are bs.', 'soften')).toBe("I don't think these numbers are right.");
		for (const out of everyTemplate('This is nonsense.'))
			expect(out).toMatch(/^I(?: don't think|'m not convinced) /);
	});
	it('restates "what nonsense" and a bare "utter garbage" before the reason', () => {
		expect(everyTemplate('What nonsense, the parser already handles empty input.')).toEqual([
			"I don't think that's right, the parser already handles empty input.",
		]);
		expect(everyTemplate('Utter garbage. The cache never expires anything.')).toEqual([
			"I don't think this works. The cache never expires anything.",
		]);
	});
	it('leaves the garbage collector alone', () => {
		expect(everyTemplate('The garbage collector runs twice.')).toEqual(['The garbage collector runs twice.']);
	});
});

describe('trailing vocatives', () => {
	it('drops the vocative with its comma', () => {
		expect(everyTemplate('The lock is taken before the read, you absolute donkey.')).toEqual([
			'The lock is taken before the read.',
		]);
		// The scorer flags "Read the stack trace before you ask." alone: the request under it is said instead.
		expect(everyTemplate('Read the stack trace before you ask, you absolute donkey.')).toEqual([
			'Please check the stack trace first.',
		]);
		expect(everyTemplate('I read the docs before asking, and the flag is missing.')).toEqual([
			'I read the docs before asking, and the flag is missing.',
		]);
		expect(everyTemplate('It only breaks when the queue is empty, smart guy.')).toEqual([
			'It only breaks when the queue is empty.',
		]);
		expect(everyTemplate('You forgot to bump the version, smartass.')).toEqual([
			'You forgot to bump the version.',
		]);
		for (const out of everyTemplate('The port is already in use, you numpty!'))
			expect(out).toMatch(/^The port is already in use[.!]$/);
	});
	it('keeps the same nouns where they are the thing itself', () => {
		expect(everyTemplate('Please stop the child process before the deploy.')).toEqual([
			'Please stop the child process before the deploy.',
		]);
	});
});

describe('"stop being X"', () => {
	it('turns an effort complaint with a topic into the request under it', () => {
		expect(restateStopBeing('Stop being lazy about tests.')).toBe('please add tests. ');
		expect(everyTemplate('Stop being lazy about tests.')).toEqual(['Please add tests.']);
		expect(everyTemplate('Stop being lazy about the docs.')).toEqual(['Please update the docs.']);
		expect(everyTemplate('Stop being so sloppy with the changelog.')).toEqual([
			'Please take more care with the changelog.',
		]);
		expect(everyTemplate('Please stop being so lazy about tests, the coverage dropped again.')).toEqual([
			'Please add tests, the coverage dropped again.',
		]);
	});
	it('drops "quit acting like a child" and keeps the request after it', () => {
		expect(everyTemplate('Quit acting like a child and review the PR.')).toEqual(['Review the PR.']);
		expect(everyTemplate('Can you stop being such a baby about the naming? It is one rename.')).toEqual([
			"Let's talk about the naming. It is one rename.",
		]);
	});
	it('never leaves the frame or "a person"', () => {
		for (const draft of ['Stop being a jerk.', 'Stop being difficult.', 'Quit acting like a know-it-all.'])
			for (const out of everyTemplate(draft)) expect(out).not.toMatch(/\b(?:stop|quit)\b|person/i);
	});
});
