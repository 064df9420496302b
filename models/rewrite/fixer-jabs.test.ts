import { describe, expect, it } from 'vitest';
import { restateJabs } from './fixer-jabs.ts';
import { fixOffline } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everywhere = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];

describe('restateJabs (session 12: drafts the card had no civil wording for)', () => {
	it.each([
		['Your benchmark is a lie.', "Your benchmark doesn't match what I measure."],
		['You are the slowest reviewer on the planet.', 'Could you review this when you have a moment?'],
		["Don't waste my time.", "My time is limited, so let's keep this focused."],
		[
			'Is English not your first language? The issue template asks for the version.',
			'The issue template asks for the version.',
		],
		['Jesus Christ, are you incapable of reading?', 'Could you reread my comment?'],
		["For God's sake, can you not read? The flag is `--no-cache`.", 'The flag is `--no-cache`.'],
		['Stop wasting my time and attach the logs.', 'To save time, please attach the logs.'],
		[
			'Christ, are you incapable of following three simple steps?',
			'Could you take another look at the three steps?',
		],
		[
			'You must be the slowest person alive at answering issues.',
			'Could you take a look at the issues when you have a moment?',
		],
	])('%s → %s, in every template', (draft, fixed) => {
		expect(everywhere(draft)).toEqual([fixed]);
	});

	it('drops a put-down before the clause with the point, keeping its tokens', () => {
		expect(
			everywhere("You have to be the slowest reviewer in the history of open source, it's been three weeks."),
		).toEqual(["It's been three weeks."]);
		const draft = 'This whole README is a lie, `make install` has not worked since 2.0.';
		for (const out of everywhere(draft)) {
			expect(out).toContain('`make install`');
			expect(out).toContain('2.0');
			expect(out).not.toMatch(/\blie\b/);
		}
	});

	it('leaves civil look-alikes alone', () => {
		for (const civil of [
			'Is English your first language? I can write the docs in German too.',
			'Can you read the logs from the nightly job?',
			'You are the fastest reviewer on the team, thanks!',
			"Please don't spend time on the old branch; it is archived.",
			'We waste a lot of CI time on the lint job.',
			'The best part is that `lie()` is never called.',
		])
			expect(restateJabs(civil)).toBe(civil);
	});
});

describe('restateJabs (session 13: a jab after an insult clause, an intensified put-down)', () => {
	it.each([
		["You're a clown and your benchmark is a lie.", "Your benchmark doesn't match what I measure."],
		[
			'You are an idiot and the changelog is a lie: 4.0 still ships the old parser.',
			"The changelog doesn't match what I see: 4.0 still ships the old parser.",
		],
		[
			'Hands down, you are the worst reviewer this repo has had; my PRs sit for weeks.',
			'My PRs sit for weeks; could we find a way to speed up reviews?',
		],
		[
			'No question, you are the most useless reviewer in this company; my pull request has waited nine days.',
			'My pull request has waited nine days; could we find a way to speed up reviews?',
		],
		[
			'Without a doubt you are the rudest maintainer this org has had, and my issue was closed with no reply.',
			'My issue was closed with no reply.',
		],
		[
			'Easily the laziest maintainer around; the CVE fix has been sitting in a branch since May.',
			'The CVE fix has been sitting in a branch since May.',
		],
	])('%s → %s, in every template', (draft, fixed) => {
		expect(everywhere(draft)).toEqual([fixed]);
	});

	it('asks for faster reviews only when the clause after the put-down is about waiting', () => {
		expect(everywhere('You are the worst reviewer on the planet, the diff is fine.')).toEqual([
			'The diff is fine.',
		]);
	});

	it('leaves civil look-alikes alone', () => {
		for (const civil of [
			'I know the docs say 3.2, but the docs are out of date.',
			'Easily the best maintainer around; the CVE fix shipped in a day.',
			'The worst reviewer this repo has had was the bot, and it is gone now.',
			'He said the numbers were wrong, and the numbers are a lie detector test.',
		])
			expect(restateJabs(civil)).toBe(civil);
	});
});
