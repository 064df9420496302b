import { describe, expect, it, vi } from 'vitest';
import type { DerailResult, Thread } from '../../../models/derail/types.ts';
import { MAX_DRAFT_CHARS } from '../../../utils/limits.ts';
import type { Editor } from '../editors/types.ts';
import {
	onThreadRiskChange,
	THREAD_DEBOUNCE_MS,
	threadPending,
	threadReadFor,
	threadRiskFor,
	threadShowsOn,
	watchThreadRisk,
} from './thread-risk.ts';

const thread: Thread = {
	comments: [
		{ author: 'a', text: 'This is broken.' },
		{ author: 'b', text: 'Works for me.' },
	],
};

describe('watchThreadRisk', () => {
	it('assesses a draft longer than the host takes by its end, instead of failing', async () => {
		const text = `${'calm words '.repeat(10_000)}the reply being written`;
		const editor = { el: document.createElement('textarea'), read: () => text } as unknown as Editor;
		const sent: (string | undefined)[] = [];
		watchThreadRisk(editor, new AbortController().signal, {
			readThread: () => thread,
			predict: async (_thread, draft) => {
				sent.push(draft);
				if ((draft?.length ?? 0) > MAX_DRAFT_CHARS) throw new Error('the draft is too long');
				return { derail: 0.2 } as unknown as DerailResult;
			},
			sensitivity: async () => 0.5,
		});
		await new Promise((r) => setTimeout(r, 10));
		expect(sent[0]?.length).toBe(MAX_DRAFT_CHARS);
		expect(sent[0]?.endsWith('the reply being written')).toBe(true);
		expect(threadRiskFor(editor)).toBeDefined();
	});

	it('weighs a reply in another language as no reply (the models read English only), and says nothing of a thread in one', async () => {
		const reply =
			'Nein, das stimmt so nicht. Der Fehler liegt im Parser, nicht im Lexer, bitte noch einmal prüfen.';
		const editor = { el: document.createElement('textarea'), read: () => reply } as unknown as Editor;
		const sent: (string | undefined)[] = [];
		const predict = async (_thread: Thread, draft: string | undefined) => {
			sent.push(draft);
			return { derail: 0.9 } as unknown as DerailResult;
		};
		watchThreadRisk(editor, new AbortController().signal, {
			readThread: () => thread,
			predict,
			sensitivity: async () => 0.5,
		});
		await new Promise((r) => setTimeout(r, 10));
		expect(sent).toEqual([undefined]);
		expect(threadRiskFor(editor)).toBeDefined(); // the English thread itself is still assessed

		const german: Thread = {
			comments: [
				{ author: 'a', text: 'Das funktioniert bei mir nicht, der Build bricht ab.' },
				{ author: 'b', text: 'Bei mir auch nicht, ich habe es mit der neuen Version getestet.' },
			],
		};
		const other = { el: document.createElement('textarea'), read: () => 'a reply' } as unknown as Editor;
		watchThreadRisk(other, new AbortController().signal, {
			readThread: () => german,
			predict,
			sensitivity: async () => 0.5,
		});
		await new Promise((r) => setTimeout(r, 10));
		expect(sent).toHaveLength(1);
		expect(threadRiskFor(other)).toBeUndefined();
	});

	it('reads the thread again when the user types: comments loaded after the field was met count', async () => {
		const el = document.createElement('textarea');
		const editor = { el, read: () => 'a reply' } as unknown as Editor;
		let onPage: Thread = { comments: thread.comments.slice(0, 1) }; // the timeline is still loading
		const seen: number[] = [];
		vi.useFakeTimers();
		try {
			watchThreadRisk(editor, new AbortController().signal, {
				readThread: () => onPage,
				predict: async (t) => {
					seen.push(t.comments.length);
					return { derail: 0.2 } as unknown as DerailResult;
				},
				sensitivity: async () => 0.5,
			});
			await vi.advanceTimersByTimeAsync(10);
			expect(seen).toEqual([]); // one comment is not a conversation
			expect(threadRiskFor(editor)).toBeUndefined();
			// Still read, for the card's placement (its lines are on screen; qa30).
			expect(threadReadFor(editor)?.comments).toHaveLength(1);
			onPage = thread; // "Load more", or a live update
			el.dispatchEvent(new Event('input'));
			await vi.advanceTimersByTimeAsync(THREAD_DEBOUNCE_MS + 10);
			expect(seen).toEqual([2]);
			expect(threadRiskFor(editor)).toBeDefined();
		} finally {
			vi.useRealTimers();
		}
	});

	it('re-assesses when the sensitivity in effect changes, and only then', async () => {
		const editor = { el: document.createElement('textarea'), read: () => 'a reply' } as unknown as Editor;
		let sensitivity = 0.5;
		let notify = () => {};
		const asked: number[] = [];
		const stop = new AbortController();
		watchThreadRisk(editor, stop.signal, {
			readThread: () => thread,
			predict: async (_thread, _draft, s) => {
				asked.push(s);
				return { derail: 0.2 } as unknown as DerailResult;
			},
			sensitivity: async () => sensitivity,
			onSettingsChange: (listener) => {
				notify = listener;
				return () => {
					notify = () => {};
				};
			},
		});
		const settle = () => new Promise((r) => setTimeout(r, 10));
		await settle();
		notify(); // some other setting changed
		await settle();
		expect(asked).toEqual([0.5]);
		sensitivity = 0.9; // e.g. this site got its own thread sensitivity
		notify();
		await settle();
		expect(asked).toEqual([0.5, 0.9]);
		stop.abort();
		notify();
		expect(asked).toEqual([0.5, 0.9]);
	});

	it('with heated-thread alerts off: no assessment, no thread read, no timers; back on without a reload', async () => {
		const el = document.createElement('textarea');
		document.body.append(el);
		const editor = { el, read: () => 'a calm reply' } as unknown as Editor;
		let alerts = false;
		let notify = () => {};
		let pageChanged = () => {};
		let reads = 0;
		let predictions = 0;
		const stop = new AbortController();
		watchThreadRisk(editor, stop.signal, {
			readThread: () => {
				reads++;
				return thread;
			},
			predict: async () => {
				predictions++;
				return { derail: 0.9, flag: true } as unknown as DerailResult;
			},
			sensitivity: async () => 0.5,
			enabled: async () => alerts,
			onSettingsChange: (listener) => {
				notify = listener;
				return () => {
					notify = () => {};
				};
			},
			onPageChange: (listener) => {
				pageChanged = listener;
				return () => {};
			},
		});
		const settle = () => new Promise((r) => setTimeout(r, 10));
		await settle();
		expect([reads, predictions]).toEqual([0, 0]);
		expect(threadRiskFor(editor)).toBeUndefined();
		expect(threadPending(editor)).toBe(false);
		// Typing and page changes schedule nothing while off: the field is never "pending" a thread check.
		el.dispatchEvent(new Event('input'));
		pageChanged();
		expect(threadPending(editor)).toBe(false);
		notify(); // another setting changed: still off
		await settle();
		expect([reads, predictions]).toEqual([0, 0]);

		alerts = true; // switched back on from the options page or popup
		notify();
		await vi.waitFor(() => expect(threadRiskFor(editor)?.result.flag).toBe(true));
		expect(predictions).toBe(1);

		expect(threadReadFor(editor)).toBe(thread);

		alerts = false; // and off again: the warning goes at once, without waiting for a keystroke
		notify();
		await vi.waitFor(() => expect(threadRiskFor(editor)).toBeUndefined());
		expect(threadReadFor(editor)).toBeUndefined(); // nothing kept of a thread not read while off
		expect(predictions).toBe(1);
		stop.abort();
		el.remove();
	});

	it('an assessment in flight when the alerts are switched off does not bring the warning back', async () => {
		const editor = { el: document.createElement('textarea'), read: () => 'a reply' } as unknown as Editor;
		let alerts = true;
		let notify = () => {};
		let answer: (r: DerailResult) => void = () => {};
		watchThreadRisk(editor, new AbortController().signal, {
			readThread: () => thread,
			predict: () => new Promise<DerailResult>((r) => (answer = r)),
			sensitivity: async () => 0.5,
			enabled: async () => alerts,
			onSettingsChange: (listener) => {
				notify = listener;
				return () => {};
			},
		});
		await new Promise((r) => setTimeout(r, 10));
		alerts = false;
		notify();
		await new Promise((r) => setTimeout(r, 10));
		answer({ derail: 0.9, flag: true } as unknown as DerailResult);
		await new Promise((r) => setTimeout(r, 10));
		expect(threadRiskFor(editor)).toBeUndefined();
	});

	it('records whether the thread is tense without the draft (a calm thread only the draft tips is not)', async () => {
		const editor = { el: document.createElement('textarea'), read: () => 'you idiot' } as unknown as Editor;
		const markers = (thread: number) => ({ thread }) as unknown as DerailResult['markers'];
		let without = 0.2;
		watchThreadRisk(editor, new AbortController().signal, {
			readThread: () => thread,
			predict: async () =>
				({ derail: 0.8, flag: true, markers: markers(without) }) as unknown as DerailResult,
			sensitivity: async () => 0.5,
		});
		await new Promise((r) => setTimeout(r, 10));
		expect(threadRiskFor(editor)?.threadTense).toBe(false);
		without = 0.6;
		const again = document.createElement('textarea');
		const other = { el: again, read: () => 'you idiot' } as unknown as Editor;
		watchThreadRisk(other, new AbortController().signal, {
			readThread: () => thread,
			predict: async () =>
				({ derail: 0.8, flag: true, markers: markers(without) }) as unknown as DerailResult,
			sensitivity: async () => 0.5,
		});
		await new Promise((r) => setTimeout(r, 10));
		expect(threadRiskFor(other)?.threadTense).toBe(true);
	});

	it('re-reads the thread when the page changes while the user is not typing, and skips an unchanged thread', async () => {
		const el = document.createElement('textarea');
		const editor = { el, read: () => 'a reply' } as unknown as Editor;
		let onPage: Thread = thread;
		let pageChanged: () => void = () => undefined;
		const seen: number[] = [];
		vi.useFakeTimers();
		try {
			watchThreadRisk(editor, new AbortController().signal, {
				readThread: () => onPage,
				predict: async (t) => {
					seen.push(t.comments.length);
					return { derail: 0.2 } as unknown as DerailResult;
				},
				sensitivity: async () => 0.5,
				onPageChange: (listener) => {
					pageChanged = listener;
					return () => undefined;
				},
			});
			await vi.advanceTimersByTimeAsync(10);
			expect(seen).toEqual([2]);
			// A page change that leaves the thread as it was (a timestamp ticking, a menu opening) costs no prediction.
			pageChanged();
			await vi.advanceTimersByTimeAsync(THREAD_DEBOUNCE_MS + 10);
			expect(seen).toEqual([2]);
			// A new comment arrives (a live update) while the user reads their draft.
			onPage = { comments: [...thread.comments, { author: 'c', text: 'Stop ignoring this!' }] };
			pageChanged();
			await vi.advanceTimersByTimeAsync(THREAD_DEBOUNCE_MS + 10);
			expect(seen).toEqual([2, 3]);
		} finally {
			vi.useRealTimers();
		}
	});

	it('shows the thread on the field being written in (or last focused), not on every empty box of the page', async () => {
		// A Stack Exchange page: the answer box and a comment box both read the same tense thread.
		const answer = document.createElement('textarea');
		const comment = document.createElement('textarea');
		document.body.append(answer, comment);
		let draft = '';
		const answerEditor = { el: answer, read: () => '' } as unknown as Editor;
		const commentEditor = { el: comment, read: () => draft } as unknown as Editor;
		const deps = {
			readThread: () => thread,
			predict: async () => ({ derail: 0.9, flag: true }) as unknown as DerailResult,
			sensitivity: async () => 0.5,
		};
		const stop = new AbortController();
		watchThreadRisk(answerEditor, stop.signal, deps);
		watchThreadRisk(commentEditor, stop.signal, deps);
		await new Promise((r) => setTimeout(r, 10));
		expect(threadRiskFor(answerEditor)).toBeDefined();
		// Nothing focused yet and no drafts: no box is the one being written in.
		expect([threadShowsOn(answerEditor), threadShowsOn(commentEditor)]).toEqual([false, false]);
		const changed = vi.fn();
		const unsubscribe = onThreadRiskChange(changed);
		comment.focus();
		expect([threadShowsOn(answerEditor), threadShowsOn(commentEditor)]).toEqual([false, true]);
		expect(changed).toHaveBeenCalled(); // the badges repaint
		draft = 'a reply';
		// Focus moves on (to the card, a link, another box): the draft's own field keeps its ring.
		answer.focus();
		expect([threadShowsOn(answerEditor), threadShowsOn(commentEditor)]).toEqual([true, true]);
		unsubscribe();
		stop.abort();
		answer.remove();
		comment.remove();
	});

	it('is pending from the typing pause until the host answers, and tells listeners when it is done, calm or not', async () => {
		const el = document.createElement('textarea');
		const editor = { el, read: () => 'a calm reply' } as unknown as Editor;
		let answer: () => void = () => {};
		vi.useFakeTimers();
		const stop = new AbortController();
		try {
			watchThreadRisk(editor, stop.signal, {
				readThread: () => thread,
				predict: () =>
					new Promise<DerailResult>((resolve) => {
						answer = () => resolve({ derail: 0.1, flag: false } as unknown as DerailResult);
					}),
				sensitivity: async () => 0.5,
			});
			expect(threadPending(editor)).toBe(true); // the first assessment, when the field is met
			await vi.advanceTimersByTimeAsync(1);
			answer();
			await vi.advanceTimersByTimeAsync(1);
			expect(threadPending(editor)).toBe(false);
			const changed = vi.fn();
			const unsubscribe = onThreadRiskChange(changed);
			el.dispatchEvent(new Event('input'));
			expect(threadPending(editor)).toBe(true); // the pause before the draft is weighed
			await vi.advanceTimersByTimeAsync(THREAD_DEBOUNCE_MS + 1);
			expect(threadPending(editor)).toBe(true); // asked, not answered
			answer();
			await vi.advanceTimersByTimeAsync(1);
			expect(threadPending(editor)).toBe(false);
			expect(changed).toHaveBeenCalled(); // a calm answer changes no risk, yet the badge must repaint
			expect(threadRiskFor(editor)?.result.flag).toBe(false);
			unsubscribe();
		} finally {
			stop.abort();
			vi.useRealTimers();
		}
		expect(threadPending(editor)).toBe(false); // not watched any more
	});
});
