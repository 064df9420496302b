import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RewriteProgress } from '../../../models/rewrite/stream.ts';
import type { RewriteSuggestion } from '../../../models/rewrite/types.ts';
import {
	REWRITE_DRAFT as DRAFT,
	fakeEditor,
	REWRITE_SUGGESTION as suggestion,
} from '../testing/fake-editor.ts';
import { applyCandidate } from './rewrite-apply.ts';
import {
	cancelRewrite,
	DOWNLOAD_POLL_MS,
	forgetSetupError,
	type RewriteDeps,
	requestRewrite,
	rewriteStateFor,
	STREAM_REPAINT_MS,
	stoppedModel,
	stopRewrite,
	switchToOfflineFixer,
	waitingOnModel,
} from './rewrite-state.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('rewrite state', () => {
	it('sends the thread’s tension with the request, so the fixer can de-escalate', async () => {
		const rewrite = vi.fn<RewriteDeps['rewrite']>(async () => suggestion);
		const editor = fakeEditor(DRAFT);
		const thread = { tense: true, frustrated: true, secondPerson: false, impatient: false };
		await requestRewrite(
			editor,
			DRAFT,
			['earlier comment'],
			{ rewrite, recordOutcome: vi.fn() },
			vi.fn(),
			thread,
		);
		expect(rewrite.mock.calls[0]?.[5]).toEqual(thread);
		expect(rewriteStateFor(editor).suggestion).toBe(suggestion);
	});

	it('keeps the code of a failure for the card’s ways out, and "Use the offline fixer" asks it for this field', async () => {
		const rewrite = vi.fn<RewriteDeps['rewrite']>(async () => {
			throw new Error('no-permission: http://127.0.0.1:8080');
		});
		const editor = fakeEditor(DRAFT);
		const deps = { rewrite, recordOutcome: vi.fn() };
		await requestRewrite(editor, DRAFT, [], deps, vi.fn());
		const state = rewriteStateFor(editor);
		expect(state.errorCode).toBe('no-permission');
		expect(state.error).toMatch(/needs your permission to contact http:\/\/127\.0\.0\.1:8080/);
		expect(rewrite.mock.calls[0]?.[6]).toBeUndefined();
		rewrite.mockImplementation(async () => suggestion);
		switchToOfflineFixer(editor);
		await requestRewrite(editor, DRAFT, [], deps, vi.fn());
		expect(rewrite.mock.calls[1]?.[6]).toBe('offline');
		expect(state).toMatchObject({ suggestion, error: undefined, errorCode: undefined });
		// Typing on keeps asking the offline fixer for this field.
		await requestRewrite(editor, `${DRAFT} More.`, [], deps, vi.fn());
		expect(rewrite.mock.calls[2]?.[6]).toBe('offline');
	});

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
			mayDownload: async () => true,
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

	it('does not poll for a download when the backend cannot download a model', async () => {
		let finish: (s: RewriteSuggestion) => void = () => undefined;
		const download = vi.fn(async () => null);
		const deps: RewriteDeps = {
			rewrite: () => new Promise((resolve) => (finish = resolve)),
			recordOutcome: vi.fn(),
			download,
			mayDownload: async () => false,
		};
		const request = requestRewrite(fakeEditor(DRAFT), DRAFT, [], deps, vi.fn());
		await vi.advanceTimersByTimeAsync(DOWNLOAD_POLL_MS * 5);
		finish(suggestion);
		await request;
		expect(download).not.toHaveBeenCalled();
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

	it('shows the text as it streams, repainting at most every STREAM_REPAINT_MS, then the ranked suggestion', async () => {
		let emit: (e: RewriteProgress) => void = () => undefined;
		let finish: (s: RewriteSuggestion) => void = () => undefined;
		const deps: RewriteDeps = {
			rewrite: (_t, _c, _f, onProgress) => {
				emit = onProgress ?? emit;
				return new Promise((resolve) => (finish = resolve));
			},
			recordOutcome: vi.fn(),
		};
		const editor = fakeEditor(DRAFT);
		const changed = vi.fn();
		const request = requestRewrite(editor, DRAFT, [], deps, changed);
		const state = rewriteStateFor(editor);
		const paints = changed.mock.calls.length;
		emit({ kind: 'candidate', index: 0, total: 2, strategy: 'soften.none.t0' });
		for (const word of ['This ', 'is ', 'an ', 'unwise ']) emit({ kind: 'chunk', index: 0, text: word });
		expect(state.stream).toEqual({ index: 1, total: 2, text: 'This is an unwise ' });
		// Five events, one repaint now and (at most) one when the throttle window ends.
		expect(changed.mock.calls.length - paints).toBe(1);
		await vi.advanceTimersByTimeAsync(STREAM_REPAINT_MS);
		expect(changed.mock.calls.length - paints).toBe(2);
		emit({ kind: 'end', index: 0, finish: 'length' });
		expect(state.stream?.cutOff).toBe(true);
		emit({ kind: 'candidate', index: 1, total: 2, strategy: 'minimal.none.t0' });
		expect(state.stream).toEqual({ index: 2, total: 2, text: '' });
		finish(suggestion);
		await request;
		expect(state).toMatchObject({ loading: false, suggestion, stream: undefined });
	});

	it('Stop cancels the request end to end, keeps what was written, and is not undone by a repaint', async () => {
		let signal: AbortSignal | undefined;
		let emit: (e: RewriteProgress) => void = () => undefined;
		const rewrite = vi.fn(
			(_t: string, _c: string[], _f: string, onProgress?: typeof emit, s?: AbortSignal) => {
				signal = s;
				emit = onProgress ?? emit;
				return new Promise<RewriteSuggestion>((_resolve, reject) =>
					s?.addEventListener('abort', () => reject(new Error('aborted: stop'))),
				);
			},
		);
		const deps: RewriteDeps = { rewrite, recordOutcome: vi.fn() };
		const editor = fakeEditor(DRAFT);
		const request = requestRewrite(editor, DRAFT, [], deps, () => undefined);
		emit({ kind: 'candidate', index: 0, total: 1, strategy: 's' });
		emit({ kind: 'chunk', index: 0, text: 'This is ' });
		stopRewrite(editor);
		expect(signal?.aborted).toBe(true);
		await request;
		const state = rewriteStateFor(editor);
		expect(state).toMatchObject({ loading: false, stopped: true, error: undefined, suggestion: undefined });
		expect(state.stream?.text).toBe('This is ');
		emit({ kind: 'chunk', index: 0, text: 'late' }); // a chunk already on its way is dropped
		expect(state.stream?.text).toBe('This is ');
		await requestRewrite(editor, DRAFT, [], deps, () => undefined); // the card re-rendering
		expect(rewrite).toHaveBeenCalledTimes(1);
		expect(await applyCandidate(editor, suggestion.candidates[0] as never, deps)).toBe(false);
		expect(editor.value).toBe(DRAFT);
	});

	it('Stop on a model that never answered offers the offline fixer, which then answers for this field (qa28)', async () => {
		let emit: (e: RewriteProgress) => void = () => undefined;
		const rewrite = vi.fn<RewriteDeps['rewrite']>((_t, _c, _f, onProgress, s) => {
			emit = onProgress ?? emit;
			return new Promise<RewriteSuggestion>((_resolve, reject) =>
				s?.addEventListener('abort', () => reject(new Error('aborted: stop'))),
			);
		});
		const deps: RewriteDeps = { rewrite, recordOutcome: vi.fn() };
		const editor = fakeEditor(DRAFT);
		const state = rewriteStateFor(editor);
		// Stopped before the model said anything or the "No answer yet" note: nothing tells a model from the fixer.
		let request = requestRewrite(editor, DRAFT, [], deps, () => undefined);
		emit({ kind: 'candidate', index: 0, total: 4, strategy: 's' });
		expect(stoppedModel(state)).toBe(false); // still loading
		stopRewrite(editor);
		await request;
		expect(stoppedModel(state)).toBe(false);
		// A server that sends nothing: "No answer yet (N s)" (the fixer is offered while it waits), then Stop.
		state.source = undefined;
		request = requestRewrite(editor, DRAFT, [], deps, () => undefined);
		emit({ kind: 'candidate', index: 0, total: 4, strategy: 's' });
		expect(waitingOnModel(state)).toBe(false);
		emit({ kind: 'waiting', index: 0, seconds: 30, server: '127.0.0.1:11434' });
		expect(waitingOnModel(state)).toBe(true);
		stopRewrite(editor);
		expect(waitingOnModel(state)).toBe(false);
		await request;
		expect(stoppedModel(state)).toBe(true);
		// A model stopped mid-sentence is a model too.
		state.source = undefined;
		request = requestRewrite(editor, DRAFT, [], deps, () => undefined);
		emit({ kind: 'candidate', index: 0, total: 4, strategy: 's' });
		emit({ kind: 'chunk', index: 0, text: 'This is ' });
		stopRewrite(editor);
		await request;
		expect(stoppedModel(state)).toBe(true);
		// "Use the offline fixer": the fixer is asked, and once chosen it is never offered again.
		rewrite.mockImplementation(async () => suggestion);
		switchToOfflineFixer(editor);
		await requestRewrite(editor, DRAFT, [], deps, () => undefined);
		expect(rewrite.mock.calls.at(-1)?.[6]).toBe('offline');
		expect(state).toMatchObject({ suggestion, stopped: false });
		state.stopped = true;
		state.stream = { index: 1, total: 4, text: 'x', waiting: { seconds: 9 } };
		expect(stoppedModel(state)).toBe(false);
	});

	it('typing on drops the older request end to end; its late chunks and result never reach the card', async () => {
		const signals: AbortSignal[] = [];
		const emits: ((e: RewriteProgress) => void)[] = [];
		const finishes: ((s: RewriteSuggestion) => void)[] = [];
		const deps: RewriteDeps = {
			rewrite: (_t, _c, _f, onProgress, s) => {
				if (s) signals.push(s);
				if (onProgress) emits.push(onProgress);
				return new Promise((resolve) => finishes.push(resolve));
			},
			recordOutcome: vi.fn(),
		};
		const editor = fakeEditor(DRAFT);
		const first = requestRewrite(editor, DRAFT, [], deps, () => undefined);
		const second = requestRewrite(editor, `${DRAFT} More`, [], deps, () => undefined);
		expect(signals[0]?.aborted).toBe(true);
		expect(signals[1]?.aborted).toBe(false);
		emits[0]?.({ kind: 'candidate', index: 0, total: 1, strategy: 's' });
		finishes[0]?.(suggestion);
		await first;
		const state = rewriteStateFor(editor);
		expect(state).toMatchObject({
			source: `${DRAFT} More`,
			loading: true,
			suggestion: undefined,
			stream: undefined,
		});
		finishes[1]?.({ ...suggestion, source: `${DRAFT} More` });
		await second;
		// The suggestion is for text the field no longer holds: Apply refuses through applyPlan's checks.
		expect(await applyCandidate(editor, suggestion.candidates[0] as never, deps)).toBe(false);
		expect(editor.value).toBe(DRAFT);
	});

	it('closing the card (or the field going away) cancels and forgets, so reopening asks again', async () => {
		let signal: AbortSignal | undefined;
		const rewrite = vi.fn((_t: string, _c: string[], _f: string, _p?: unknown, s?: AbortSignal) => {
			signal = s;
			return new Promise<RewriteSuggestion>(() => undefined);
		});
		const deps: RewriteDeps = { rewrite, recordOutcome: vi.fn() };
		const editor = fakeEditor(DRAFT);
		void requestRewrite(editor, DRAFT, [], deps, () => undefined);
		cancelRewrite(editor);
		expect(signal?.aborted).toBe(true);
		expect(rewriteStateFor(editor)).toMatchObject({ loading: false, source: undefined });
		void requestRewrite(editor, DRAFT, [], deps, () => undefined);
		expect(rewrite).toHaveBeenCalledTimes(2);
	});

	it('a failure from a rewrite setup that changed since is asked again, not shown again (a card reopened after the popup/options)', async () => {
		const rewrite = vi.fn<RewriteDeps['rewrite']>(async () => {
			throw new Error('bad-key: 401');
		});
		const deps: RewriteDeps = { rewrite, recordOutcome: vi.fn() };
		const editor = fakeEditor(DRAFT);
		await requestRewrite(editor, DRAFT, [], deps, () => undefined);
		expect(rewriteStateFor(editor).error).toBeTruthy();
		// Unchanged setup: reopening the card shows the same failure without asking again.
		await requestRewrite(editor, DRAFT, [], deps, () => undefined);
		expect(rewrite).toHaveBeenCalledTimes(1);
		forgetSetupError(editor);
		rewrite.mockImplementation(async () => suggestion);
		await requestRewrite(editor, DRAFT, [], deps, () => undefined);
		expect(rewrite).toHaveBeenCalledTimes(2);
		expect(rewriteStateFor(editor)).toMatchObject({ suggestion, error: undefined, errorCode: undefined });
		// A suggestion (no failure) is kept across a setup change: nothing to retry.
		forgetSetupError(editor);
		await requestRewrite(editor, DRAFT, [], deps, () => undefined);
		expect(rewrite).toHaveBeenCalledTimes(2);
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
