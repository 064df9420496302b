import { describe, expect, it } from 'vitest';
import { draftWindows, scoreLongDraft } from './long-drafts.ts';
import { fakeScore } from './testing/fake-deps.ts';

describe('draftWindows', () => {
	it('covers the text exactly, in windows of at most max, cut after whitespace', () => {
		const text = `${'word '.repeat(100)}tail`;
		const windows = draftWindows(text, 64);
		expect(windows[0]?.start).toBe(0);
		expect(windows.at(-1)?.end).toBe(text.length);
		for (const [i, w] of windows.entries()) {
			expect(w.end - w.start).toBeLessThanOrEqual(64);
			if (i > 0) expect(w.start).toBe(windows[i - 1]?.end);
			if (w.end < text.length) expect(text[w.end - 1]).toBe(' ');
		}
	});

	it('never splits a surrogate pair when there is no whitespace to cut at', () => {
		const text = '😀'.repeat(50);
		for (const w of draftWindows(text, 33)) {
			expect(w.end - w.start).toBeLessThanOrEqual(33);
			expect(text.slice(w.start, w.end)).toMatch(/^(?:\uD83D\uDE00)+$/);
		}
	});

	it('is one window for a short draft', () => {
		expect(draftWindows('short', 64)).toEqual([{ start: 0, end: 5 }]);
	});
});

describe('scoreLongDraft', () => {
	/** A host that refuses drafts over `max`, like the real one. */
	const host = (max: number) => async (text: string) => {
		if (text.length > max) throw new Error(`the draft is ${text.length} characters`);
		return fakeScore(text, { sensitivity: 0.5 });
	};

	it('flags an insult at the end of a draft longer than the host takes, with its span on the full text', async () => {
		const text = `${'The cache keeps stale entries for too long. '.repeat(20)}You are an idiot.`;
		const result = await scoreLongDraft(text, {}, host(200), 200);
		expect(result.text).toBe(text);
		expect(result.flag).toBe(true);
		const [span] = result.spans;
		expect(span && text.slice(span.start, span.end)).toBe('idiot');
	});

	it('stays calm on a long civil draft, and passes short drafts straight through', async () => {
		const calm = await scoreLongDraft('Thanks for the fix. '.repeat(40), {}, host(200), 200);
		expect(calm.flag).toBe(false);
		expect(calm.spans).toEqual([]);
		const short = await scoreLongDraft('you idiot', {}, host(200), 200);
		expect(short.flag).toBe(true);
	});
});
