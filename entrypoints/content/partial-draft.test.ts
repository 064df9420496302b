import { describe, expect, it } from 'vitest';
import type { Editor } from './editors/types.ts';
import { FieldController, PARTIAL_DRAFT_SUMMARY } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';

/** An editor that can read only part of its draft (a long CodeMirror whose bridge does not answer). */
function editor(text: string, partial: boolean): Editor {
	return {
		kind: 'codemirror',
		el: document.createElement('div'),
		read: () => text,
		rects: () => [],
		replace: async () => false,
		partial: () => partial,
		dispose() {},
	};
}

const run = async (ed: Editor) => {
	const c = new FieldController(1, ed, {
		score: async (t) => fakeScore(t),
		options: () => ({ sensitivity: 0.5 }),
		changed() {},
		signal: new AbortController().signal,
	});
	await c.run();
	return c.verdict;
};

describe('a calm verdict on part of a long draft', () => {
	it('does not say "no concerns with this draft"', async () => {
		expect((await run(editor('Thanks for the patch.', true)))?.summary).toBe(PARTIAL_DRAFT_SUMMARY);
		expect((await run(editor('Thanks for the patch.', false)))?.summary).toBe(
			'Tactful: no concerns with this draft',
		);
	});
	it('a warning still says what it warns about', async () => {
		expect((await run(editor('you are an idiot', true)))?.summary).not.toBe(PARTIAL_DRAFT_SUMMARY);
	});
});
