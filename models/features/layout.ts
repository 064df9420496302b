/**
 * The featuriser's layout features: length, capitals, ! and ?, a lower-case start, a missing end mark. They
 * carry orthography signal and no span (they belong to no word).
 */
import { fnv1a } from './hashing.ts';

/** The part of a token the layout features read. */
interface Word {
	word: string;
}

/** Layout keys' hashes (a few dozen distinct keys). */
const layoutHashes = new Map<string, number>();

function layoutHash(key: string): number {
	let hash = layoutHashes.get(key);
	if (hash === undefined) {
		hash = fnv1a(key);
		layoutHashes.set(key, hash);
	}
	return hash;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

/** What the layout features count: letters and capitals (\p{L}, \p{Lu}, by code point), the first letter, ! and ?. */
interface Orthography {
	letters: number;
	capitals: number;
	firstLetter?: string;
	bangs: number;
	questions: number;
}

/** One pass over the draft (this runs on every keystroke; a regex match list allocates per letter). */
function orthography(masked: string): Orthography {
	const o: Orthography = { letters: 0, capitals: 0, bangs: 0, questions: 0 };
	for (let i = 0; i < masked.length; i++) {
		const code = masked.charCodeAt(i);
		let ch: string;
		let upper: boolean;
		if (code < 128) {
			if (code === 33) o.bangs++;
			else if (code === 63) o.questions++;
			const lower = code >= 97 && code <= 122;
			upper = code >= 65 && code <= 90;
			if (!lower && !upper) continue;
			ch = masked[i] as string;
		} else {
			const cp = masked.codePointAt(i) as number;
			ch = String.fromCodePoint(cp);
			if (cp > 0xffff) i++;
			if (!LETTER.test(ch)) continue;
			upper = UPPER.test(ch);
		}
		o.letters++;
		if (upper) o.capitals++;
		o.firstLetter ??= ch;
	}
	return o;
}

/** Whether the draft ends (before trailing whitespace) with . ! ? or ). */
function endsSentence(masked: string): boolean {
	let i = masked.length - 1;
	while (i >= 0 && SPACE.test(masked[i] as string)) i--;
	return i >= 0 && '.!?)'.includes(masked[i] as string);
}

function layoutKeys(masked: string, tokens: readonly Word[]): string[] {
	const keys = ['m:bias', `m:len${Math.min(9, Math.floor(Math.log2(tokens.length + 1)))}`];
	const { letters, capitals, firstLetter, bangs, questions } = orthography(masked);
	if (letters >= 10) {
		const ratio = capitals / letters;
		keys.push(`m:caps${ratio < 0.05 ? 0 : ratio < 0.2 ? 1 : ratio < 0.5 ? 2 : 3}`);
	}
	keys.push(`m:bang${Math.min(3, Math.ceil(Math.log2(bangs + 1)))}`);
	keys.push(`m:ask${Math.min(3, Math.ceil(Math.log2(questions + 1)))}`);
	if (firstLetter && firstLetter === firstLetter.toLowerCase()) keys.push('m:lowerstart');
	if (tokens.length > 0 && !endsSentence(masked)) keys.push('m:noend');
	return keys;
}

/** The hashes of a draft's layout keys (`masked`: the draft with quotes and code blanked). */
export function layoutHashesOf(masked: string, tokens: readonly Word[]): number[] {
	return layoutKeys(masked, tokens).map(layoutHash);
}
