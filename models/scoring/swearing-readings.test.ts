import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { GENERIC_YOU, swearingReading } from './swearing-readings.ts';

/** The words of a one-sentence draft as the swearing rule reads them. */
const read = (text: string) => {
	const t = tokenize(text);
	return swearingReading(
		t.tokens.map((k) => k.word),
		t.tokens,
		t.masked,
	);
};

describe('swearingReading', () => {
	it.each([
		["You can't trust the clock.", [GENERIC_YOU, "can't", 'trust', 'the', 'clock']],
		['When you save, it crashes.', ['when', GENERIC_YOU, 'save', 'it', 'crashes']],
		['You never know with this tool.', [GENERIC_YOU, 'never', 'know', 'with', 'this', 'tool']],
		["You'd think it works.", [GENERIC_YOU, 'think', 'it', 'works']],
		['Man, it broke.', ['oh', 'it', 'broke']],
		['Oh boy, it broke.', ['oh', 'oh', 'it', 'broke']],
	])('%s', (text, words) => expect(read(text)).toEqual(words));

	it.each([
		'You have to be kidding.',
		'You need to stop doing that.',
		'You can fix your config.',
		'If you are done, merge it.',
		"You can't code, can you?",
		'You broke it.',
		'The man who wrote it left.',
	])('the reader or a person stays: %s', (text) => expect(read(text)).not.toContain(GENERIC_YOU));

	it('keeps a person word that is not an interjection', () => {
		expect(read('The man who wrote it left.')).toContain('man');
	});
});
