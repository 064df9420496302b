import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../models/scoring/types.ts';
import { AcceptedDrafts } from './accepted.ts';
import type { Verdict } from './field-controller.ts';

const draft = 'Seriously? You never tested this, stop closing my issues you clown.';
const at = (text: string, word: string) => ({
	start: text.indexOf(word),
	end: text.indexOf(word) + word.length,
	weight: 0.5,
});
const verdict = (text: string, words: string[]): Verdict => ({
	text,
	level: 'warn',
	spans: words.map((w) => at(text, w)),
	reasons: [],
	summary: 'warn',
	result: {} as ScoreResult,
});

describe('AcceptedDrafts', () => {
	it('keeps a draft the user called fine quiet when a word more makes the model point at other accepted words', () => {
		const accepted = new AcceptedDrafts();
		accepted.add(draft);
		const next = `${draft} Really.`;
		const v = accepted.quiet(verdict(next, ['Seriously', 'stop', 'clown']));
		expect(v.level).toBe('ok');
		expect(v.spans).toEqual([]);
	});

	it('still warns about words added after it, underlining only those', () => {
		const accepted = new AcceptedDrafts();
		accepted.add(draft);
		const next = `${draft} You are an idiot.`;
		const v = accepted.quiet(verdict(next, ['Seriously', 'idiot']));
		expect(v.level).toBe('warn');
		expect(v.spans.map((s) => next.slice(s.start, s.end))).toEqual(['idiot']);
	});

	it('leaves other drafts, and flagged verdicts without spans, alone', () => {
		const accepted = new AcceptedDrafts();
		accepted.add(draft);
		const other = 'What a clown show. Stop it.';
		expect(accepted.quiet(verdict(other, ['clown', 'Stop'])).spans).toHaveLength(2);
		const noSpans = verdict(`${draft} Really.`, []);
		expect(accepted.quiet(noSpans)).toBe(noSpans);
		expect(new AcceptedDrafts().quiet(verdict(draft, ['clown'])).level).toBe('warn');
	});
});
