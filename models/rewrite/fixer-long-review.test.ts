import { describe, expect, it } from 'vitest';
import { fixOffline } from './offline-fixer.ts';
import { protectedRanges, protectedViolation } from './protected.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
/** qa20 #2 (rewrite-backends.spec's review): every template handed back "" and the card said "no civil wording". */
const REVIEW =
	"@alice this is the stupidest refactor I've seen. You broke `parseConfig()`:\n\n```ts\nconst cfg = parseConfig(path)\n```\n\n> I tested it locally\n\nNo you didn't, fix your garbage!!!";
const keepsEveryToken = (draft: string, out: string) =>
	protectedRanges(draft).every((r) => out.includes(r.text)) && protectedViolation(draft, out) === undefined;

describe('offline fixer on long heated reviews (session 21)', () => {
	it('fixes the sentences with the attack in the qa20 review and keeps the code, quote and @mention', () => {
		for (const template of TEMPLATES) {
			const out = fixOffline(REVIEW, template, [{ start: 19, end: 28, weight: 1 }]);
			expect(out, template).not.toBe('');
			expect(out, template).not.toMatch(/stupidest|garbage/i);
			expect(keepsEveryToken(REVIEW, out), `${template}: ${out}`).toBe(true);
			// The reworded sentence still introduces the code block below it.
			expect(out, template).toContain('`parseConfig()`:\n\n```ts');
		}
	});

	it('a possessive left without its noun gets a neutral one ("fix your garbage" is not "fix your")', () => {
		expect(fixOffline('Please fix your garbage.', 'soften')).toBe('Please fix this.');
		expect(fixOffline('Please fix your garbage code.', 'soften')).toBe('Please fix your code.');
	});

	it('"make it civil" drops a flat "No you didn\'t," before the request', () => {
		expect(fixOffline("> I tested it\n\nNo you didn't, fix your garbage!!!", 'neutral')).toBe(
			'> I tested it\n\nFix this.',
		);
		expect(fixOffline("> I tested it\n\nNo you didn't, fix your garbage!!!", 'minimal')).toMatch(
			/^> I tested it\n\nNo you didn't/,
		);
	});

	it('"the dumbest X I have reviewed this year" is restated like "… I have ever seen"', () => {
		const out = fixOffline(
			'This is the dumbest API I have reviewed this year. Use an options object.',
			'soften',
		);
		expect(out).toBe('I have concerns about this API. Use an options object.');
	});

	it('"the dumbest thing about X is that …" names the problem, in every template', () => {
		for (const template of TEMPLATES)
			expect(fixOffline('The dumbest thing about this PR is that the key is committed.', template)).toBe(
				'The problem with this PR is that the key is committed.',
			);
	});

	it('"make it civil" (neutral) drops a sentence that only judges, where no rule had a wording for it', () => {
		const draft =
			'@felix your fix is wrong. `Math.round(x * 100)` rounds 1.005 down. Use integer cents. This is amateur hour.';
		const at = draft.indexOf('amateur');
		const out = fixOffline(draft, 'neutral', [{ start: at, end: at + 7, weight: 1 }]);
		expect(out).not.toMatch(/amateur/);
		expect(out).toContain('Use integer cents.');
		expect(keepsEveryToken(draft, out)).toBe(true);
		// The lighter templates keep the writer's sentences: the dial chooses between them.
		expect(fixOffline(draft, 'minimal')).toMatch(/amateur hour/);
	});

	it('"make it civil" keeps "the worst case" (an estimate, not a judgement)', () => {
		const draft = 'The retry loop is fine. In the worst case it waits a long time. Cap it anyway.';
		expect(fixOffline(draft, 'neutral')).toMatch(/In the worst case it waits a long time\./);
	});

	it('"make it civil" keeps a judging sentence that holds code or a link (those are never dropped)', () => {
		const draft = 'Use `cents` here. Your dumbest mistake is `Math.round` on floats, see https://x.io/money.';
		const at = draft.indexOf('dumbest');
		const out = fixOffline(draft, 'neutral', [{ start: at, end: at + 7, weight: 1 }]);
		expect(out).toMatch(/^Use `cents` here\./);
		expect(keepsEveryToken(draft, out)).toBe(true);
	});
});
