/**
 * Word camouflage, the other way round: disguises words the way people dodge filters (after the techniques
 * surveyed in the word-camouflage literature: leetspeak, masking, spacing, stretching, homoglyphs,
 * zero-width characters, inner punctuation). Used by the eval to build camouflaged copies of abusive text
 * and by tests; deterministic.
 */

/** The disguises, in the order the eval cycles through them. */
export const TECHNIQUES = ['leet', 'mask', 'space', 'stretch', 'homoglyph', 'zero-width', 'dots'] as const;
export type Technique = (typeof TECHNIQUES)[number];

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', i: 'і', x: 'х', y: 'у' };

/** Disguises one word with one technique. */
export function camouflageWord(word: string, technique: Technique): string {
	const chars = [...word];
	switch (technique) {
		case 'leet':
			return chars.map((c) => LEET[c.toLowerCase()] ?? c).join('');
		case 'mask': {
			// Keep the first and last letters, star the first vowel in between (f*ck, st*pid).
			const at = chars.findIndex((c, i) => i > 0 && i < chars.length - 1 && /[aeiou]/i.test(c));
			return chars.map((c, i) => (i === (at > 0 ? at : 1) ? '*' : c)).join('');
		}
		case 'space':
			return chars.join(' ');
		case 'stretch': {
			const at = chars.findIndex((c) => /[aeiou]/i.test(c));
			return chars.map((c, i) => (i === at ? c.repeat(4) : c)).join('');
		}
		case 'homoglyph':
			return chars.map((c) => CYRILLIC[c] ?? c).join('');
		case 'zero-width':
			return chars.join('\u200B');
		case 'dots':
			return chars.join('.');
	}
}

/** Disguises every word of `text` that `pick` selects, cycling techniques from `offset`. */
export function camouflageText(text: string, pick: (word: string) => boolean, offset = 0): string {
	let n = offset;
	return text.replace(/[\p{L}]+/gu, (word) =>
		pick(word) ? camouflageWord(word, TECHNIQUES[n++ % TECHNIQUES.length] as Technique) : word,
	);
}
