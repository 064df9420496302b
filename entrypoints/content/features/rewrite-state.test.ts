import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RewriteSuggestion } from '../../../models/rewrite/types.ts';
import type { Editor } from '../editors/types.ts';
import {
	applyCandidate,
	DOWNLOAD_POLL_MS,
	type RewriteDeps,
	requestRewrite,
	rewriteStateFor,
} from './rewrite-state.ts';

const DRAFT = 'This is a STUPID idea.';
const suggestion: RewriteSuggestion = {
	source: DRAFT,
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
function fakeEditor(initial: string): Editor & { value: string } {
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

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('rewrite state', () => {
	it('shows a first-time model download while the suggestion waits, then the suggestion', async () => {
		let finish: (s: RewriteSuggestion) => void = () => undefined;
		let loaded = 0;
		const deps: RewriteDeps = {
			rewrite: () => new Promise((resolve) => (finish = resolve)),
			recordOutcome: vi.fn(),
			download: async () => {
				loaded += 100;
				return { loaded, total: 1000, files: 3 };
			},
		};
		const editor = fakeEditor(DRAFT);
		const changed = vi.fn();
		const request = requestRewrite(editor, DRAFT, [], deps, changed);
		const state = rewriteStateFor(editor);
		expect(state.loading).toBe(true);
		await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 2);
		expect(state.download).toEqual({ loaded: 200, total: 1000, files: 3 });
		finish(suggestion);
		await request;
		expect(state).toMatchObject({ loading: false, suggestion, download: undefined });
		const polls = loaded;
		await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 3);
		expect(loaded).toBe(polls); // polling stopped with the request
	});

	it('keeps the original draft before Apply writes the rewrite', async () => {
		const keepOriginal = vi.fn();
		const deps: RewriteDeps = { rewrite: async () => suggestion, recordOutcome: vi.fn(), keepOriginal };
		const editor = fakeEditor(DRAFT);
		await requestRewrite(editor, DRAFT, [], deps, () => undefined);
		expect(await applyCandidate(editor, suggestion.candidates[0] as never, deps)).toBe(true);
		expect(keepOriginal).toHaveBeenCalledWith(editor, DRAFT);
		expect(editor.value).toBe('This is an unwise idea.');
	});

	it('names the field in each request, the same key for the same box and another for another box', async () => {
		const rewrite = vi.fn(async () => suggestion);
		const deps: RewriteDeps = { rewrite, recordOutcome: vi.fn() };
		const a = fakeEditor(DRAFT);
		const b = fakeEditor(DRAFT);
		await requestRewrite(a, DRAFT, [], deps, () => undefined);
		await requestRewrite(a, `${DRAFT} Again.`, [], deps, () => undefined);
		await requestRewrite(b, DRAFT, [], deps, () => undefined);
		const [k1, k2, k3] = rewrite.mock.calls.map((call) => (call as unknown[])[2]);
		expect(typeof k1).toBe('string');
		expect(k2).toBe(k1);
		expect(k3).not.toBe(k1);
	});

	it('says a draft is too long to rewrite instead of "failed unexpectedly", without sending it', async () => {
		const rewrite = vi.fn(async () => suggestion);
		const huge = 'You are a complete idiot and your code is garbage. '.repeat(4000);
		const editor = fakeEditor(huge);
		await requestRewrite(editor, huge, [], { rewrite, recordOutcome: vi.fn() }, () => undefined);
		expect(rewrite).not.toHaveBeenCalled();
		expect(rewriteStateFor(editor)).toMatchObject({ loading: false });
		expect(rewriteStateFor(editor).error).toMatch(/too long to rewrite.*204,000 characters.*100,000/);
	});
});
