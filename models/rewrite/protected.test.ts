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

	it('rejects a candidate that runs a code block or a quoted line into the text around it', () => {
		// Session 20 QA: an OpenAI-compatible answer that joined the draft's paragraphs kept every protected token's
		// text, but "tests: ```ts" is no fence and "``` > I tested it" no quote: Apply broke the comment's Markdown.
		const draft =
			'You broke it, did you even run the tests:\n\n```ts\nconst cfg = parse(path)\n```\n\n> I tested it locally\n\nNo you did not.';
		const joined =
			'You broke it, did you run the tests: ```ts\nconst cfg = parse(path)\n``` > I tested it locally No you did not.';
		expect(protectedViolation(draft, joined)).toMatch(/code-block/);
		const quoteJoined =
			'You broke it, did you run the tests:\n\n```ts\nconst cfg = parse(path)\n```\n\n> I tested it locally No you did not.';
		expect(protectedViolation(draft, quoteJoined)).toMatch(/quote/);
		const fenceClosedLate =
			'You broke it, did you run the tests:\n```ts\nconst cfg = parse(path)\n``` And\n> I tested it locally\nNo.';
		expect(protectedViolation(draft, fenceClosedLate)).toMatch(/code-block/);
		// One line break where the draft had two keeps the layout; so does the block opening the rewrite.
		const tidied =
			'You broke it, did you run the tests:\n```ts\nconst cfg = parse(path)\n```  \n> I tested it locally\nYou did not.';
		expect(protectedViolation(draft, tidied)).toBeUndefined();
		expect(protectedViolation('```\nx\n```\nYou idiot.', '```\nx\n```')).toBeUndefined();
		// A fence written inline in the draft may stay inline.
		expect(protectedViolation('See ```x``` you idiot.', 'See ```x```.')).toBeUndefined();
	});
});
