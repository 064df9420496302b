/** Test stand-ins for the rewrite flow's unit tests: an editor over a plain string and one suggestion for it. */
import type { RewriteSuggestion } from '../../../models/rewrite/types.ts';
import type { Editor } from '../editors/types.ts';

/** The draft `REWRITE_SUGGESTION` was made for. */
export const REWRITE_DRAFT = 'This is a STUPID idea.';

/** A finished suggestion for `REWRITE_DRAFT` with one candidate. */
export const REWRITE_SUGGESTION: RewriteSuggestion = {
	source: REWRITE_DRAFT,
	backend: 'local',
	weight: 0.5,
	context: 'Toxic Emotions',
	rejected: [],
	candidates: [
		{
			rewrite: 'This is an unwise idea.',
			strategy: 'soften.none.t0',
			reward: 0.8,
			appropriate: 0.9,
			similarity: 0.7,
		},
	],
};

/** An editor over a plain string: replace() writes when the field still holds `expected`. */
export function fakeEditor(initial: string): Editor & { value: string } {
	const editor = {
		kind: 'textarea' as const,
		el: document.createElement('textarea'),
		value: initial,
		read: () => editor.value,
		rects: () => [],
		replace: async (start: number, end: number, text: string, expected: string) => {
			if (editor.value !== expected) return false;
			editor.value = editor.value.slice(0, start) + text + editor.value.slice(end);
			return true;
		},
		dispose: () => undefined,
	};
	return editor;
}
