import { describe, expect, it } from 'vitest';
import type { Verdict } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';
import { HUGE_DRAFT, spansToDraw } from './views.ts';

const verdictFor = (scored: string, now: string): Verdict => {
	const result = fakeScore(scored);
	return { text: now, level: 'warn', spans: result.spans, reasons: [], summary: '', result };
};

describe('spansToDraw', () => {
	const log = `${'the cache key misses the lockfile hash, so stale modules are reused. '.repeat(400)}you idiot`;

	it('underlines a huge draft once its score is for the text on screen', () => {
		expect(log.length).toBeGreaterThan(HUGE_DRAFT);
		expect(spansToDraw(verdictFor(log, log), 'textarea').length).toBeGreaterThan(0);
	});

	it('does not re-measure a huge textarea draft on every keystroke: underlines wait for the new score', () => {
		expect(spansToDraw(verdictFor(log, `${log} and`), 'textarea')).toEqual([]);
	});

	it('keeps following the words while typing in ordinary drafts and in rich editors', () => {
		expect(spansToDraw(verdictFor('you idiot', 'you idiot and'), 'textarea').length).toBeGreaterThan(0);
		expect(spansToDraw(verdictFor(log, `${log} and`), 'contenteditable').length).toBeGreaterThan(0);
	});
});
