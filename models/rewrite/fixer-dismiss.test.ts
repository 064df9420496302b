import { describe, expect, it } from 'vitest';
import { keepsAsk } from './fixer-asks.ts';
import { dropDismissals } from './fixer-dismiss.ts';
import { fixOffline } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everyTemplate = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];

// Session 28 (fixer29): QA found offline rewrites that kept a dismissal and lost the point ("Stop whining. If you
// want it fixed…, send a PR" → "I hear you. Stop whining."), left "So stop posting." alone, kept "like a normal
// person", or offered nothing for "Nobody asked for your opinion, and …". Drafts written for this test.
describe('dismissals beside a point (fixer-dismiss.ts)', () => {
	it('drops a dismissive imperative and keeps the point', () => {
		const cases: [string, string][] = [
			[
				"Stop whining. If you want it fixed so badly, send a PR and I'll review it.",
				"If you want it fixed, send a PR and I'll review it.",
			],
			[
				'Quit complaining, the installer needs the 64-bit runtime.',
				'The installer needs the 64-bit runtime.',
			],
			[
				'Enough with the complaining; the release notes list the breaking change.',
				'The release notes list the breaking change.',
			],
			['Stop moaning and rerun the job with a clean cache.', 'Rerun the job with a clean cache.'],
			['The cron entry runs hourly, so stop posting about it.', 'The cron entry runs hourly.'],
			['The flag is off by default. Stop replying.', 'The flag is off by default.'],
			[
				'Stop whining. If you want it fixed so badly, send a PR instead of spamming the maintainers.',
				'If you want it fixed, send a PR.',
			],
		];
		for (const [draft, fixed] of cases) expect(dropDismissals(draft)).toBe(fixed);
	});

	it('drops "nobody asked" and "who asked you?" before the point', () => {
		expect(dropDismissals('Nobody asked for your opinion, and the worker pool is capped at eight.')).toBe(
			'The worker pool is capped at eight.',
		);
		expect(dropDismissals('No one asked you. The mirror syncs every night.')).toBe(
			'The mirror syncs every night.',
		);
		const draft = 'Who asked you? The plugin API is frozen until 4.0.';
		expect(dropDismissals(draft)).toBe('The plugin API is frozen until 4.0.');
		// The mocking question is no ask the rewrite has to keep.
		expect(keepsAsk(draft, 'The plugin API is frozen until 4.0.')).toBe(true);
	});

	it('drops a "like a normal person" tail from the request', () => {
		expect(
			dropDismissals('The magic number breaks on 32-bit builds. Use the constant like a normal person.'),
		).toBe('The magic number breaks on 32-bit builds. Use the constant.');
		expect(dropDismissals('Check the return code like an adult would.')).toBe('Check the return code.');
	});

	it('drops a verdict that came with a dismissal, and never leaves "So …" alone', () => {
		for (const fix of everyTemplate('What a stupid take, the handler is async, so stop posting.'))
			expect(fix).toBe('The handler is async.');
		expect(everyTemplate('Pathetic idea, give it a rest: the schema is frozen for this release.')).toEqual([
			'The schema is frozen for this release.',
		]);
		expect(fixOffline('Nobody asked for your opinion, and frankly this proposal is idiotic.', 'soften')).toBe(
			'This proposal is unwise.',
		);
		for (const fix of everyTemplate('What a stupid take... so stop posting.'))
			expect(fix).not.toMatch(/^so\b/i);
	});

	it('leaves fair wording alone', () => {
		for (const text of [
			'Nobody asked for this feature, so I would rather drop it from the roadmap.',
			'Users stopped complaining once the cache was fixed.',
			'The form treats every visitor like an adult, so the age check is missing.',
			'That is a fair point, the queue does drain in order.',
			'Please stop posting tokens in the issue tracker; rotate the leaked one.',
			'It should behave like a normal function call.',
			'Attach the log instead of posting the whole trace here.',
			'Stop spamming and stop pinging the bot.',
			"Let's just ship it and move on like everyone else.",
			'I need it so badly fixed that I would pay for it.',
		])
			expect(dropDismissals(text)).toBe(text);
	});
});
