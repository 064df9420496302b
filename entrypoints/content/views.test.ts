import { describe, expect, it } from 'vitest';
import { clipRects, isCutBelow } from './editors/types.ts';
import type { Verdict } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';
import { HUGE_DRAFT, spansToDraw, underlineSpots } from './views.ts';

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

describe('underlineSpots (QA session 19: a long draft scrolled in its textarea)', () => {
	const field = new DOMRect(100, 500, 400, 98); // a textarea's client box, 500..598
	it('draws an underline at the bottom of each line in view, cut to the box width', () => {
		const rects = clipRects([new DOMRect(120, 560, 60, 21), new DOMRect(80, 539, 60, 21)], field);
		expect(underlineSpots(rects, field)).toEqual([
			{ x: 120, y: 581, w: 60 },
			{ x: 100, y: 560, w: 40 },
		]);
	});
	it('draws none on a line the field’s bottom edge cuts (it would lie on the edge, half outside)', () => {
		// The last line half scrolled out: 588..609, the box ends at 598.
		const rects = clipRects([new DOMRect(120, 588, 60, 21)], field);
		expect(rects).toHaveLength(1);
		expect(underlineSpots(rects, field)).toEqual([]);
	});
	it('draws none on a line that a smaller visible box (pane, viewport) cuts', () => {
		const rects = clipRects([new DOMRect(120, 560, 60, 21)], field);
		expect(underlineSpots(rects, new DOMRect(100, 500, 400, 70))).toEqual([]);
	});
	it('keeps a line ending flush with the box inside it, and drops one cut at the top to its last pixel', () => {
		expect(underlineSpots([new DOMRect(120, 577, 60, 21)], field)).toEqual([{ x: 120, y: 596, w: 60 }]);
		expect(underlineSpots(clipRects([new DOMRect(120, 480, 60, 21)], field), field)).toEqual([]);
		// Cut at the top with its bottom in view: the underline is under the visible half of the words.
		expect(underlineSpots(clipRects([new DOMRect(120, 490, 60, 21)], field), field)).toEqual([
			{ x: 120, y: 511, w: 60 },
		]);
	});
	it('a rect clipped again keeps the mark of a line cut below', () => {
		const once = clipRects([new DOMRect(120, 588, 60, 21)], field);
		const twice = clipRects(once, field);
		expect(isCutBelow(twice[0] as DOMRect)).toBe(true);
		expect(isCutBelow(clipRects([new DOMRect(120, 560, 60, 21)], field)[0] as DOMRect)).toBe(false);
	});
});
