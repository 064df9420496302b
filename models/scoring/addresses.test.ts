import { describe, expect, it } from 'vitest';
import { addressRanges, blankAddresses } from './addresses.ts';

/** The blanked stretches of `text`, as the text they cover. */
function blanked(text: string): string[] {
	return addressRanges(text).map((r) => text.slice(r.start, r.end));
}

describe('addresses: handles and link destinations', () => {
	it('finds @handles, teams and dotted names, not e-mail addresses or paths', () => {
		expect(blanked('cc @idiot-ci please take a look')).toEqual(['@idiot-ci']);
		expect(blanked('ping @acme/core-team and @jane.doe.')).toEqual(['@acme/core-team', '@jane.doe']);
		expect(blanked('(@dumb_bot) and @x')).toEqual(['@dumb_bot', '@x']);
		expect(blanked('mail stupid@example.com or see pkg/@scope/idiot')).toEqual([]);
		expect(blanked('at @ 5pm, @-not-a-handle')).toEqual([]);
		// A bare insult noun after @ calls someone a name: that stays the user's words.
		expect(blanked('@moron fix your code, @Idiots')).toEqual([]);
	});

	it('finds link destinations and keeps the link text', () => {
		const link = 'See [the guide](https://example.com/stupid-idiot-tricks "a title") first.';
		expect(blanked(link)).toEqual(['https://example.com/stupid-idiot-tricks']);
		expect(blanked('![moron face](./img/moron.png)')).toEqual(['./img/moron.png']);
		expect(blanked('[x](<https://a.b/dumb path>)')).toEqual(['<https://a.b/dumb path>']);
		expect(blanked('[wiki](https://en.wikipedia.org/wiki/Idiot_(film)) is good')).toEqual([
			'https://en.wikipedia.org/wiki/Idiot_(film)',
		]);
	});

	it('finds autolinks, reference definitions and bare URLs, leaving end punctuation', () => {
		expect(blanked('read <https://example.com/stupid> now')).toEqual(['<https://example.com/stupid>']);
		expect(blanked('[guide]: https://example.com/idiot-proof "Title"')).toEqual([
			'https://example.com/idiot-proof',
		]);
		expect(blanked('see https://example.com/stupid-idiot-tricks.')).toEqual([
			'https://example.com/stupid-idiot-tricks',
		]);
		expect(blanked('or www.dumb.dev, thanks')).toEqual(['www.dumb.dev']);
		expect(blanked('fixes #123, see https://github.com/@idiot/repo')).toEqual([
			'https://github.com/@idiot/repo',
		]);
	});

	it('blanks to "@" and spaces, keeping length, newlines and everything else', () => {
		const draft = '@bob you are an idiot\nsee [it](https://x.dev/moron)';
		const out = blankAddresses(draft);
		expect(out).toBe(`@    you are an idiot\nsee [it](@${' '.repeat(18)})`);
		expect(out.length).toBe(draft.length);
		// No blanked line starts with four spaces: that would be an indented code block (text/mask.ts).
		expect(blankAddresses('@idiot-ci you are an idiot')).toMatch(/^@ {8} you are an idiot$/);
	});

	it('returns the draft itself when it names nothing', () => {
		const draft = 'Fixes #123: you are an idiot';
		expect(blankAddresses(draft)).toBe(draft);
	});
});
