import { describe, expect, it } from 'vitest';
import { camouflageText, camouflageWord, TECHNIQUES } from './camouflage.ts';
import {
	findSplitWords,
	lowercaseOnly,
	normalize,
	normalizeEveryStep,
	splitLexicon,
	squeeze,
	stretchOf,
} from './normalize.ts';

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

// Session 27 (camo27): insults split by in-word separators. Drafts written for this test.
describe('split words', () => {
	it.each([
		['you st-upid hack, stop pushing to main', 'you stupid hack, stop pushing to main'],
		['Only an id-iot would merge this.', 'only an idiot would merge this.'],
		['you mor-on', 'you moron'],
		['what a st.u.p.i.d idea', 'what a stupid idea'],
		['stop it, i_d_i_o_t.', 'stop it, idiot.'],
		['are you st*upid?', 'are you stupid?'],
		['shut up, id\u00b7iot', 'shut up, idiot'],
		['you s t-u p i d clown', 'you stupid clown'],
		['you f-u-c-k-ing idiot', 'you fucking idiot'],
		['a com-plete mor.on', 'a com-plete moron'],
		['(st-upid) and *mor-on*', '(stupid) and *moron*'],
		['what a bull-sh-it excuse', 'what a bullshit excuse'],
		['the dumb-est idea', 'the dumbest idea'],
		['You ID-IOT!', 'you idiot!'],
		['1d-10t', 'idiot'],
		['you st|upid hack', 'you stupid hack'],
		['i|d|i|o|t', 'idiot'],
		// Session 28: split AND stretched, whichever chunk the stretch is in.
		['you st-uuupid hack', 'you stupid hack'],
		['stop it, i-d-i-i-o-t.', 'stop it, idiot.'],
		['what a m.o.o.o.r.o.n', 'what a moron'],
		['an id-iiiot', 'an idiot'],
		['are you sttt-upid?', 'are you stupid?'],
		['i_d_i_i_o_t', 'idiot'],
		['ST-UUUPID!', 'stupid!'],
		['what a bu-lllshit excuse', 'what a bullshit excuse'],
		['you st|uuupid hack', 'you stupid hack'],
		['a mo-r-r-r-on', 'a moron'],
	])('joins %s', (input, expected) => {
		expect(normalize(input).text).toBe(expected);
		expect(normalizeEveryStep(input).text).toBe(expected);
	});

	it('underlines the whole split word: offsets run from its first letter to its last', () => {
		const draft = 'you st-upid hack, stop pushing to main';
		const n = normalize(draft);
		expect(n.text.length).toBe(n.start.length);
		expect(n.text.length).toBe(n.end.length);
		const at = n.text.indexOf('stupid');
		expect(draft.slice(n.start[at], n.end[at + 5])).toBe('st-upid');
		// Each letter keeps its own characters; the separator is dropped, not mapped onto a letter.
		expect([...'stupid'].map((_, k) => draft.slice(n.start[at + k], n.end[at + k]))).toEqual([
			's',
			't',
			'u',
			'p',
			'i',
			'd',
		]);
		expect(draft.slice(n.start[at + 6], n.end[at + 6])).toBe(' ');
		expect(origins(draft)).toEqual(['you', 'st-upid', 'hack', 'stop', 'pushing', 'to', 'main']);
		expect(origins('Shut up, id\u00b7iot, now')).toContain('id\u00b7iot');
		expect(origins('you s t-u p i d clown')).toEqual(['you', 's t-u p i d', 'clown']);
		expect(origins('Ｓｔ-ｕｐｉｄ move')).toEqual(['Ｓｔ-ｕｐｉｄ', 'move']);
	});

	it('underlines the whole split and stretched word; the kept letter of a run reaches its last copy', () => {
		expect(origins('you st-uuupid hack')).toEqual(['you', 'st-uuupid', 'hack']);
		expect(origins('stop it, i-d-i-i-o-t.')).toEqual(['stop', 'it', 'i-d-i-i-o-t']);
		expect(origins('who is the m.o.o.o.r.o.n here')).toEqual(['who', 'is', 'the', 'm.o.o.o.r.o.n', 'here']);
		const draft = 'you i-d-i-i-o-t';
		const n = normalize(draft);
		const at = n.text.indexOf('idiot');
		expect(n.text.length).toBe(n.start.length);
		expect([...'idiot'].map((_, k) => draft.slice(n.start[at + k], n.end[at + k]))).toEqual([
			'i',
			'd',
			'i-i',
			'o',
			't',
		]);
	});

	it('stretchOf: the same runs in order, each at least as long', () => {
		expect(stretchOf('stuuupid', 'stupid')).toBe(true);
		expect(stretchOf('idiiot', 'idiot')).toBe(true);
		expect(stretchOf('bulllshit', 'bullshit')).toBe(true);
		expect(stretchOf('bulshit', 'bullshit')).toBe(false);
		expect(stretchOf('stupd', 'stupid')).toBe(false);
		expect(squeeze('bullshit')).toBe('bulshit');
	});

	it.each([
		're-use the helper',
		'e.g. this, i.e. that',
		'rm -rf node_modules',
		'the x-ray view',
		'the co-op scheduler',
		'a.k.a. the intro',
		'v1.2.3 and v2.0.1-rc.1',
		'we parse s-expressions',
		'J. R. R. Tolkien',
		'open st.u.p.i.d.txt',
		'see src/id-iot-gateway.ts',
		'the x-stupid-y flag',
		'https://mor-on.example.org/id-iot',
		'a brain-dead moment',
		'the dumb-init entrypoint',
		'St. Upid Street',
		'P. Rick signed it',
		'mor-on2 and id-iot_v2',
		"the id-iot's flag",
		'stupid-idiot',
		'--no-verify and --force-with-lease',
		'is_dumb_terminal()',
		'id iot',
		'he||o w|th a |ist',
		'a|b and x|y',
		// Session 28: separators and repeated letters in civil text.
		'sooo-called fix',
		'we need to re-asssess it',
		'the nooo-op build step',
		'the bull-shit-free zone',
		'Weee-hooo, 3.0.0-rc.1 is out',
		'open st-uuupid.txt',
		'the st-uuupid-y flag',
		'the too-o-o-ling works',
		'bumped to 1.2.33',
	])('leaves %s with no split word joined', (civil) => {
		expect(normalize(civil).text).toBe(normalize(civil, false).text);
	});

	it('leaves split words alone when asked (the fixer finds its own)', () => {
		expect(normalize('you st-upid hack', false).text).toBe('you st-upid hack');
	});

	it('findSplitWords reads blanks alone only when asked, with any word list', () => {
		const wordOf = splitLexicon(['idiotic']);
		expect(findSplitWords('your id iotic plan', wordOf)).toEqual([]);
		expect(findSplitWords('your id iotic plan', wordOf, true)).toEqual([
			{ from: 5, to: 13, word: 'idiotic' },
		]);
	});
});
