import { describe, expect, it } from 'vitest';
import { maskNonAuthored } from './mask.ts';

describe('maskNonAuthored', () => {
	it('blanks quoted lines, fenced and indented code and inline code, keeping length and newlines', () => {
		const draft = [
			'> you are an idiot',
			'I disagree, see `rm -rf idiot/`.',
			'```js',
			'kill(child) // stupid',
			'```',
			'',
			'    indented idiot code',
			'Thanks!',
		].join('\n');
		const { text, ranges } = maskNonAuthored(draft);
		expect(text).toHaveLength(draft.length);
		expect(text.split('\n')).toHaveLength(draft.split('\n').length);
		expect(text).not.toContain('idiot');
		expect(text).not.toContain('stupid');
		expect(text).toContain('I disagree, see');
		expect(text).toContain('Thanks!');
		expect(ranges.map((r) => r.kind)).toEqual(['quote', 'inline-code', 'code', 'code', 'code', 'code']);
		for (const r of ranges) expect(draft.slice(r.start, r.end).length).toBe(r.end - r.start);
	});

	it('keeps an unclosed backtick and indented paragraph continuations as the user’s words', () => {
		const draft = 'a `stray backtick\nline one\n    still the paragraph';
		expect(maskNonAuthored(draft).text).toBe(draft);
	});

	it('masks an unclosed fence to the end (a code block being typed)', () => {
		const draft = 'look:\n```\nidiot()';
		expect(maskNonAuthored(draft).text).toBe('look:\n   \n       ');
	});

	it('leaves text without quotes or code untouched', () => {
		expect(maskNonAuthored('plain words > here').text).toBe('plain words > here');
	});
});
