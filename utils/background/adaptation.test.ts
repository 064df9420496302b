import { describe, expect, it } from 'vitest';
import type { FeedbackRow } from '../storage/db.ts';
import { DEFAULT_SETTINGS } from '../storage/settings.ts';
import {
	computeAdaptation,
	easeSensitivity,
	hashText,
	isAllowed,
	NUDGE_CAP,
	nudgeFor,
} from './adaptation.ts';

const NOW = Date.UTC(2026, 10, 28);
const row = (textHash: string, dimensions: FeedbackRow['dimensions'], at = NOW): FeedbackRow => ({
	id: 0,
	at,
	site: 'a',
	textHash,
	dimensions,
});

describe('hashText', () => {
	it('is stable, 14 hex digits, and ignores case and spacing only', () => {
		expect(hashText('Hello  World')).toMatch(/^[0-9a-f]{14}$/);
		expect(hashText(' hello world ')).toBe(hashText('Hello\nWorld'));
		expect(hashText('hello world!')).not.toBe(hashText('hello world'));
	});
});

describe('nudgeFor', () => {
	it('needs two clicks, grows by 0.03 and is capped', () => {
		expect([0, 1, 2, 3].map(nudgeFor)).toEqual([0, 0, 0.03, 0.06]);
		expect(nudgeFor(100)).toBe(NUDGE_CAP);
	});
});

describe('easeSensitivity', () => {
	it('lowers by the nudge, never below 0.2 nor raising a value the user set lower', () => {
		expect(easeSensitivity(0.6, 0.06)).toBeCloseTo(0.54);
		expect(easeSensitivity(0.25, 0.15)).toBe(0.2);
		expect(easeSensitivity(0.1, 0.15)).toBe(0.1); // a quiet site's own value stays as set
		expect(easeSensitivity(0.5, 0)).toBe(0.5);
	});
});

describe('computeAdaptation', () => {
	it('counts a dimension once per feedback row and never drops sensitivity below 0.2', () => {
		const settings = { ...structuredClone(DEFAULT_SETTINGS), sensitivity: 0.25 };
		const fb = Array.from({ length: 8 }, (_, i) => row(`h${i}`, ['Inappropriateness', 'Inappropriateness']));
		const a = computeAdaptation(settings, fb, NOW);
		expect(a.dimensionOffsets.Inappropriateness).toBe(0.15);
		expect(a.options.sensitivity).toBe(0.2);
		expect(isAllowed('anything', a)).toBe(false);
	});

	it('keeps a sensitivity the user set below the floor as it is', () => {
		const settings = { ...structuredClone(DEFAULT_SETTINGS), sensitivity: 0.1 };
		const fb = [row('a', ['Inappropriateness']), row('b', ['Inappropriateness'])];
		expect(computeAdaptation(settings, fb, NOW).options.sensitivity).toBe(0.1);
	});
});
