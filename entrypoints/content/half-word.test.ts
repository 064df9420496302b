import { describe, expect, it } from 'vitest';
import { fragmentStart } from './half-word.ts';

describe('fragmentStart', () => {
	it('finds the half-typed last word', () => {
		expect(fragmentStart('You are a com')).toBe('You are a '.length);
		expect(fragmentStart('idio')).toBe(0);
		expect(fragmentStart('Thanks.\nYou are an idio')).toBe('Thanks.\nYou are an '.length);
		expect(fragmentStart("it's (wip")).toBe("it's (".length);
	});
	it('says -1 when the draft ends at a word boundary', () => {
		for (const t of ['', 'You are a ', 'You are an idiot.', 'Done!', 'line\n', 'quote"', 'tab\t'])
			expect(fragmentStart(t)).toBe(-1);
	});
});
