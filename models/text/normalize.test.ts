import { describe, expect, it } from 'vitest';
import { camouflageText, camouflageWord, TECHNIQUES } from './camouflage.ts';
import { lowercaseOnly, normalize } from './normalize.ts';

/** The original characters each normalised word came from. */
function origins(text: string): string[] {
	const n = normalize(text);
	return [...n.text.matchAll(/\p{L}+/gu)].map((m) => {
		const first = m.index ?? 0;
		return text.slice(n.start[first], n.end[first + m[0].length - 1]);
	});
}

describe('normalize', () => {
	it.each([
		['You are a f*cking id10t', 'you are a fucking idiot'],
		['sh1t happens', 'shit happens'],
		['what a b*tch', 'what a bitch'],
		['f u c k this', 'fuck this'],
		['f.u.c.k this', 'fuck this'],
		['shiiiiit', 'shit'],
		['ѕtupіd', 'stupid'],
		['Ｓｔｕｐｉｄ', 'stupid'],
		['stu\u200Bpid', 'stupid'],
		['dumb@ss', 'dumbass'],
		['Café', 'cafe'],
		// Session 12: the one letter + three stars everyone reads as one word.
		['f*** you and your tests', 'fuck you and your tests'],
		['F***, the build died', 'fuck, the build died'],
	])('undoes camouflage: %s', (input, expected) => {
		expect(normalize(input).text).toBe(expected);
	});

	it.each([
		'kill the child process',
		'git blame src/app.ts',
		'nuke node_modules',
		'v2.0.1 on ipv6',
		'@octocat thanks',
		'see #123',
		'a*** b***',
		'x*** markdown bullets',
	])('leaves ordinary developer text alone: %s', (input) => {
		expect(normalize(input).text).toBe(input.toLowerCase());
	});

	it('maps every output character back into the original draft', () => {
		const draft = 'Hey 👋 you\u200B are a f*ck1ng  i d i o t, ѕtupіd!!';
		const n = normalize(draft);
		expect(n.start).toHaveLength(n.text.length);
		for (let i = 0; i < n.text.length; i++) {
			expect(n.start[i]).toBeGreaterThanOrEqual(0);
			expect(n.end[i]).toBeGreaterThan(n.start[i] ?? 0);
			expect(n.end[i]).toBeLessThanOrEqual(draft.length);
		}
		expect(origins(draft)).toContain('f*ck1ng');
		expect(origins(draft)).toContain('i d i o t');
		expect(origins(draft)).toContain('ѕtupіd');
	});

	it('restores every camouflage technique of the eval', () => {
		for (const technique of TECHNIQUES) {
			expect(normalize(`you ${camouflageWord('idiot', technique)}`).text, technique).toBe('you idiot');
		}
		expect(normalize(camouflageText('you stupid moron', (w) => w.length > 3)).text).toBe('you stupid moron');
	});

	it('lowercaseOnly keeps a one-to-one map', () => {
		const n = lowercaseOnly('AbC');
		expect(n).toEqual({ text: 'abc', start: [0, 1, 2], end: [1, 2, 3] });
	});
});
