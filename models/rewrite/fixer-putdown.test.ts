import { describe, expect, it } from 'vitest';
import { restateCondescension } from './fixer-condescend.ts';
import { restatePutDowns, verdictOnly } from './fixer-putdown.ts';
import { DISMISSAL_STATEMENT, fixOffline, offlineFix } from './offline-fixer.ts';

describe('restatePutDowns (session 30, fixer30)', () => {
	it('says a stop-imperative about the tracker as a plain request', () => {
		expect(restatePutDowns('Quit bumping this. The maintainers triage issues once a week.')).toBe(
			"Please don't bump this. The maintainers triage issues once a week.",
		);
		expect(restatePutDowns('Stop cross-posting this everywhere and wait for the triage label.')).toBe(
			"Please don't cross-post this everywhere; wait for the triage label.",
		);
	});

	it('drops a stop-imperative that only calls the posts noise, keeping the request after it', () => {
		expect(restatePutDowns('Stop spamming this thread and read the contributing guide.')).toBe(
			'Read the contributing guide.',
		);
	});

	it('drops a verdict or an exit beside a point', () => {
		expect(restatePutDowns('Wow. Just wow. The migration drops the users table without a backup.')).toBe(
			'The migration drops the users table without a backup.',
		);
		expect(
			restatePutDowns('This discussion is a waste of my time; the header is optional per the spec.'),
		).toBe('The header is optional per the spec.');
		expect(restatePutDowns('Whatever. Merge it if you like, but the benchmark regressed by 30%.')).toBe(
			'Merge it if you like, but the benchmark regressed by 30%.',
		);
	});

	it('says a third-person rule as the team practice, or the act as the writer would do it', () => {
		expect(restatePutDowns('Real engineers write tests before they open a PR.')).toBe(
			'We write tests before we open a PR.',
		);
		expect(restatePutDowns('Only a beginner would store passwords in plain text like this.')).toBe(
			"I wouldn't store passwords in plain text like this.",
		);
	});

	it('leaves civil twins alone', () => {
		for (const twin of [
			'Please stop the dev server before running the migration.',
			'Wow, just wow, this cut the build time in half!',
			'Just wow: the new renderer is twice as fast.',
			"I'm done here for today, will pick the review up tomorrow.",
			'Real engineers on the infra team run this migration on Fridays.',
			'People who know Rust well may prefer iterators here, but the loop is fine.',
			'Stop words are removed before indexing.',
			'Stop pushing to main, the follow-up PR is still open.',
			'This needs a review from someone experienced with OAuth before we merge.',
			'Some of us work in other time zones, so could we move the call to 16:00 UTC?',
		]) {
			expect(restatePutDowns(twin)).toBe(twin);
			expect(restateCondescension(twin)).toBe(twin);
		}
	});
});

describe('third-person lead-ins (fixer-condescend.ts PUT_DOWNS, session 30)', () => {
	it('drops the put-down and keeps the point after it', () => {
		expect(
			restateCondescension(
				'This is a beginner mistake that any junior would catch: the loop index is off by one.',
			),
		).toBe('The loop index is off by one.');
		expect(
			restateCondescension('Some of us have actual work to do. Please keep the issue to the crash report.'),
		).toBe('Please keep the issue to the crash report.');
		expect(
			restateCondescension('This clearly needs someone experienced, the locking around the cache is wrong.'),
		).toBe('The locking around the cache is wrong.');
	});
});

describe('a draft that is only a verdict or an exit', () => {
	it('is told apart from one that says more', () => {
		expect(verdictOnly("Whatever, do what you want. I'm done here.")).toBe('exit');
		expect(verdictOnly('This is not worth my time.')).toBe('exit');
		expect(verdictOnly('Wow. Just wow.')).toBe('dismay');
		expect(verdictOnly('Wow. Just wow. The migration drops the table.')).toBeUndefined();
	});

	it('gets the fixer’s honest alternative, never an empty string or a fragment', () => {
		expect(offlineFix("Whatever, do what you want. I'm done here.", 'soften')).toEqual({
			text: DISMISSAL_STATEMENT,
			replacement: true,
		});
		const dismay = offlineFix('Wow. Just wow.', 'minimal');
		expect(dismay.replacement).toBe(true);
		expect(dismay.text).toBe("I'm frustrated with this.");
		for (const template of ['minimal', 'soften', 'restate', 'neutral'] as const)
			expect(fixOffline('Not worth my time.', template)).toBe(DISMISSAL_STATEMENT);
	});
});
