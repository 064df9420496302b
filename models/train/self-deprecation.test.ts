import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfDeprecation } from './self-deprecation.ts';

const words = (text: string) =>
	text
		.toLowerCase()
		.match(/[\p{L}']+/gu)
		?.join(' ') ?? '';
const corpus = (name: string) =>
	readFileSync(join('tests/corpora', name), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '');

describe('selfDeprecation contrast set', () => {
	const rows = selfDeprecation();

	it('is deterministic and holds both sides in similar numbers', () => {
		expect(selfDeprecation()).toEqual(rows);
		const self = rows.filter((r) => r.label === 0).length;
		const others = rows.length - self;
		expect(self).toBeGreaterThan(100);
		expect(others).toBeGreaterThan(100);
		expect(Math.abs(self - others)).toBeLessThan(0.2 * rows.length);
	});

	it('has no unfilled template slots', () => {
		for (const r of rows) expect(r.text).not.toMatch(/[{}]|\s{2}/);
	});

	it('labels the insulted target, not the insult word', () => {
		const has = (label: 0 | 1, pattern: RegExp) =>
			rows.some((r) => r.label === label && pattern.test(r.text));
		expect(has(0, /^I'm an idiot\b/)).toBe(true);
		expect(has(1, /^you're an idiot\b/)).toBe(true);
		expect(has(0, /^I feel like a /)).toBe(true);
		expect(has(1, /^I feel like you are /)).toBe(true);
		expect(rows.filter((r) => r.label === 0).every((r) => !/\byou\b/i.test(r.text))).toBe(true);
	});

	it('shares no sentence with the held-out check corpora', () => {
		const trained = new Set(rows.map((r) => words(r.text)));
		for (const line of [...corpus('self-deprecation.txt'), ...corpus('insults-at-others.txt')])
			expect(trained.has(words(line))).toBe(false);
	});
});
