import { afterEach, describe, expect, it } from 'vitest';
import type { FieldController } from './field-controller.ts';
import { measureAnsweredPauses, perfFor } from './perf.ts';

afterEach(() => document.documentElement.removeAttribute('data-tactful-bench'));

describe('perf', () => {
	it('is off unless the page asks for the bench', () => {
		expect(perfFor(document, new AbortController().signal)).toBeNull();
	});

	it("measures a pause's warning once its verdict is about the text on screen, then forgets the pause", () => {
		document.documentElement.setAttribute('data-tactful-bench', '');
		const perf = perfFor(document, new AbortController().signal);
		if (!perf) throw new Error('bench on');
		const field = (text: string, shown: string) =>
			({
				lastPauseAt: 1,
				verdict: { result: { text } },
				editor: { read: () => shown },
			}) as unknown as FieldController;
		const answered = field('hi', 'hi');
		const behind = field('hi', 'hi there');
		measureAnsweredPauses(perf, [answered, behind], 1);
		expect(answered.lastPauseAt).toBe(0);
		expect(behind.lastPauseAt).toBe(1);
		document.dispatchEvent(new Event('tactful-bench-dump'));
		const result = JSON.parse(document.documentElement.getAttribute('data-tactful-bench-result') ?? '{}');
		expect(result.warn).toHaveLength(1);
	});
});
