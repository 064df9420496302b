import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { stayingContrastWords } from './staying-contrast.ts';

/** The underlined words, as written (lowercased by the normaliser). */
const found = (text: string) => {
	const t = tokenize(text);
	return stayingContrastWords(t).map((i) => t.tokens[i]?.word);
};

describe('staying contrast (session 20, attacks7)', () => {
	it.each([
		["I'm not going anywhere, but you might have to.", 'might'],
		["I'll still be here next year. Not sure you will be.", 'sure'],
		["We're staying right here, but you won't.", "won't"],
	])('a veiled threat by contrast: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		"I'm not going anywhere, but you might have to reboot first.",
		"I'll be around all week, ping me whenever you can.",
		"I'm here if you need me, merge it when you can.",
		"We'll be here until six, join us if you can.",
		"I'll still be here next year, not sure about the old build server.",
		'Merge it when you can.',
		"I'm not going anywhere, but will you be?",
	])('not a threat: %s', (text) => expect(found(text)).toEqual([]));
});
