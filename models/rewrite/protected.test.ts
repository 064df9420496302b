import { describe, expect, it } from 'vitest';
import { protectedRanges, protectedViolation } from './protected.ts';

describe('protected tokens', () => {
	it('finds each kind without overlaps', () => {
		const text =
			'See ```\nlet x = 1;\n``` and `npm i`, https://a.b/c?d=2, @alice, owner/repo#12, "quoted words", 42% and abc1234f.';
		const kinds = protectedRanges(text).map((r) => [r.kind, r.text]);
		expect(kinds).toEqual([
			['code-block', '```\nlet x = 1;\n```'],
			['inline-code', '`npm i`'],
			['link', 'https://a.b/c?d=2'],
			['mention', '@alice'],
			['reference', 'owner/repo#12'],
			['quote', '"quoted words"'],
			['number', '42%'],
			['reference', 'abc1234f'],
		]);
	});

	it('rejects a candidate that drops or changes a token, or invents a link', () => {
		const draft = 'Broke in 1.2.3, see #5 and @amy.';
		expect(protectedViolation(draft, 'It broke in 1.2.3, see #5 and @amy.')).toBeUndefined();
		expect(protectedViolation(draft, 'It broke in 1.2.4, see #5 and @amy.')).toMatch(/number "1.2.3"/);
		expect(protectedViolation(draft, 'It broke, see #5.')).toMatch(/dropped/);
		expect(protectedViolation(draft, 'Broke in 1.2.3, see #5 and @amy at https://evil.example.')).toMatch(
			/added link/,
		);
	});
});
