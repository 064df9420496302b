import { describe, expect, it } from 'vitest';
import { benchDraft, civilDraft } from '../../scripts/bench/drafts.ts';
import { lowercaseOnly, normalize } from '../text/normalize.ts';
import { asciiWords, regexWords, tokenize } from './featurize.ts';

/** Random ASCII text over `alphabet`, often apostrophes and digits next to letters (where a word may end). */
function randomText(seed: number, length: number, alphabet: string): string {
	let s = seed;
	let out = '';
	for (let i = 0; i < length; i++) {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		const r = s >>> 8;
		out += r % 5 === 0 ? String.fromCharCode(r % 128) : alphabet.charAt(r % alphabet.length);
	}
	return out;
}

const ALPHABETS = ["aZ'9 ", "ab''1.", "x'y'z0 '", 'aA zZ09_-*', "don't it's '' 2x"];

describe('asciiWords (session 24: all-ASCII drafts are split into words without a match array per word)', () => {
	const texts = [
		'',
		"'",
		"a'",
		"'a",
		"a''b",
		"don't",
		"don't2x",
		"rock'n'roll",
		"12'ab'cd3'e",
		"O'Neil's 3rd PR isn't it'",
		...Array.from({ length: 40 }, (_, v) => benchDraft(1000, v, v % 2 === 1)),
		...Array.from({ length: 20 }, (_, v) => civilDraft(1000, v)),
		...Array.from({ length: 500 }, (_, v) =>
			randomText(v + 1, 1 + (v % 61) * 5, ALPHABETS[v % ALPHABETS.length] as string),
		),
		String.fromCharCode(...Array.from({ length: 128 }, (_, c) => c)),
	];
	// Every two-unit and three-unit text over the units where the regex's word edges are decided.
	const edge = "aZ0'. ";
	for (const a of edge) for (const b of edge) for (const c of ['', ...edge]) texts.push(`${a}${b}${c}`);

	/** The text as it is (capitals kept), unit i from [i, i + 1). */
	const asIs = (text: string) => ({
		text,
		start: Array.from(text, (_, i) => i),
		end: Array.from(text, (_, i) => i + 1),
	});

	it('gives the WORD regex its words and offsets on every ASCII text (normalised, lower-cased, as is)', () => {
		let words = 0;
		for (const text of texts) {
			for (const norm of [normalize(text), lowercaseOnly(text), asIs(text)])
				if (!/[\u0080-\uffff]/.test(norm.text)) {
					const tokens = asciiWords(norm);
					expect(tokens).toEqual(regexWords(norm));
					words += tokens.length;
				}
		}
		expect(words).toBeGreaterThan(20_000);
	});

	it('leaves non-ASCII drafts to the regex (curly apostrophes, letters past U+007F)', () => {
		const draft = 'Don’t touch the café’s naïve code, 2nd time';
		const norm = normalize(draft);
		expect(tokenize(draft).tokens).toEqual(regexWords(norm));
		expect(tokenize(draft).tokens.map((t) => t.word)).toContain("don't");
	});
});
