import { describe, expect, it } from 'vitest';
import { tokenize } from './featurize.ts';
import { styleOf } from './style.ts';

/** Indices in styleOf's order. */
const QUESTIONS = 10;
const BANGS = 11;
const SHOUTED = 14;
const PROFANITY = 15;
const SECOND_PERSON = 6;

const style = (text: string) => styleOf(tokenize(text));

describe('styleOf', () => {
	it('returns 29 finite numbers, also for an empty draft', () => {
		for (const text of ['', 'ok', 'A calm and measured reply about the release plan.']) {
			const s = style(text);
			expect(s).toHaveLength(29);
			for (const v of s) expect(Number.isFinite(v)).toBe(true);
		}
	});

	it('counts shouting, exclamations, questions, second person and (camouflaged) profanity', () => {
		const calm = style('I think the plan could work, perhaps with a small change.');
		const heated = style('WHY would YOU do this?! You are an id1ot, this is sh*t!!!');
		for (const i of [QUESTIONS, BANGS, SHOUTED, PROFANITY, SECOND_PERSON])
			expect(heated[i]).toBeGreaterThan(calm[i] as number);
		expect(calm[PROFANITY]).toBe(0);
	});

	it('ignores quoted replies and code: someone else’s words', () => {
		const own = 'I disagree with this change.';
		const quoted = style(`> YOU ARE AN IDIOT!!!\n\n${own}`);
		expect(quoted[SHOUTED]).toBe(0);
		expect(quoted[BANGS]).toBe(0);
		expect(quoted[PROFANITY]).toBe(0);
		expect(style(`${own} \`WHY!!!\``)[BANGS]).toBe(0);
	});
});
