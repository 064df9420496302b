import { describe, expect, it, vi } from 'vitest';
import type { ScoreResult } from '../../models/scoring/types.ts';
import type { Editor } from './editors/types.ts';
import {
	BOUNDARY_MS,
	FieldController,
	PASTE_MS,
	PAUSE_MS,
	SLOW_MS,
	uniqueSpans,
} from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';

function fakeEditor(initial: string): Editor & { text: string } {
	const ed = {
		kind: 'textarea' as const,
		el: document.createElement('textarea'),
		text: initial,
		read: () => ed.text,
		rects: () => [],
		replace: async () => false,
		dispose() {},
	};
	return ed;
}

function controller(editor: Editor, score: (t: string) => Promise<ScoreResult>) {
	return new FieldController(1, editor, {
		score: (t) => score(t),
		options: () => ({ sensitivity: 0.5 }),
		changed() {},
		signal: new AbortController().signal,
	});
}

/** A controller over `editor` that scores with fakeScore and keeps the texts it was asked to score. */
function recording(editor: Editor) {
	const scored: string[] = [];
	const c = controller(editor, async (t) => {
		scored.push(t);
		return fakeScore(t);
	});
	return { c, scored };
}

describe('FieldController', () => {
	it('maps a result for an older text onto the current text, then rescores the new text', async () => {
		const editor = fakeEditor('you idiot');
		const scored: string[] = [];
		let release: () => void = () => {};
		const gate = new Promise<void>((r) => {
			release = r;
		});
		const c = controller(editor, async (t) => {
			scored.push(t);
			if (scored.length === 1) await gate;
			return fakeScore(t, { sensitivity: 0.5 });
		});
		const first = c.run();
		editor.text = 'Well, you idiot'; // the user typed while the request was in flight
		void c.run(); // coalesced: one request in flight
		release();
		await first;
		await new Promise((r) => setTimeout(r, 0));
		expect(scored).toEqual(['you idiot', 'Well, you idiot']);
		const v = c.verdict;
		expect(v?.text).toBe('Well, you idiot');
		expect(v?.text.slice(v.spans[0]?.start, v.spans[0]?.end)).toBe('idiot');
	});

	it('drops spans the user edited before the result arrived, and clears on an empty field', async () => {
		const editor = fakeEditor('you idiot');
		const c = controller(editor, async (t) => fakeScore(t));
		await c.run();
		editor.text = 'you idiots';
		c.refresh();
		expect(c.verdict?.spans).toEqual([]);
		editor.text = '  ';
		c.refresh();
		expect(c.verdict).toBeNull();
	});

	it('rescores when the settings change while a request is in flight (the old settings must not stick)', async () => {
		const editor = fakeEditor('you idiot');
		let sensitivity = 0.05; // strictest-off: fakeScore flags only above 0.95
		const sent: number[] = [];
		let release: () => void = () => {};
		const gate = new Promise<void>((r) => {
			release = r;
		});
		const c = new FieldController(1, editor, {
			score: async (t, o) => {
				sent.push(o.sensitivity ?? -1);
				if (sent.length === 1) await gate;
				return fakeScore(t, o);
			},
			options: () => ({ sensitivity }),
			changed() {},
			signal: new AbortController().signal,
		});
		const first = c.run();
		sensitivity = 0.5; // the user moved the slider in the popup
		c.rescore();
		await new Promise((r) => setTimeout(r, 5)); // the rescore timer fires while the first request waits
		release();
		await first;
		await new Promise((r) => setTimeout(r, 5));
		expect(sent).toEqual([0.05, 0.5]);
		expect(c.verdict?.level).toBe('warn');
	});

	it('merges duplicate spans from both heads', () => {
		const spans = uniqueSpans([
			{ start: 4, end: 9, weight: 0.4, head: 'inappropriate' },
			{ start: 0, end: 3, weight: 0.2 },
			{ start: 4, end: 9, weight: 1, head: 'toxic' },
		]);
		expect(spans).toEqual([
			{ start: 0, end: 3, weight: 0.2 },
			{ start: 4, end: 9, weight: 1, head: 'toxic' },
		]);
	});
});

describe('FieldController and IME composition', () => {
	it('does not score half-composed text; scores once the composition ends', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('');
			const { c, scored } = recording(editor);
			editor.text = 'you ';
			c.onInput(' ', 'insertText');
			c.compositionStart(); // the user starts composing before the word-boundary timer fires
			editor.text = 'you ばか';
			c.onInput('ばか', 'insertCompositionText', true);
			await vi.advanceTimersByTimeAsync(2000); // choosing among candidates takes a while
			expect(scored).toEqual([]);
			editor.text = 'you 馬鹿';
			c.compositionEnd();
			await vi.advanceTimersByTimeAsync(1000);
			expect(scored).toEqual(['you 馬鹿']);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('FieldController after a lost compositionend', () => {
	it('scores again on the next ordinary keystroke', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('');
			const { c, scored } = recording(editor);
			c.compositionStart();
			editor.text = 'you idiot ';
			c.onInput(' ', 'insertText');
			await vi.advanceTimersByTimeAsync(1000);
			expect(scored).toEqual(['you idiot ']);
		} finally {
			vi.useRealTimers();
		}
	});
	it('a paste is scored on the next task, not after the boundary pause; typing on waits as usual', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('');
			const { c, scored } = recording(editor);
			editor.text = 'Thanks for the patch, it builds here.';
			c.onInput(null, 'insertFromPaste');
			await vi.advanceTimersByTimeAsync(PASTE_MS + 1);
			expect(scored).toEqual(['Thanks for the patch, it builds here.']);
			editor.text += ' ';
			c.onInput(' ', 'insertText');
			await vi.advanceTimersByTimeAsync(BOUNDARY_MS - 10);
			expect(scored).toHaveLength(1);
			await vi.advanceTimersByTimeAsync(20);
			expect(scored).toHaveLength(2);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a silent text change (no input event) is scored after the boundary pause, without cutting a typing pause short', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('Thanks for the patch.');
			const { c, scored } = recording(editor);
			editor.text = 'you stupid moron'; // pasted by the editor's own handler
			c.onSilentChange();
			await vi.advanceTimersByTimeAsync(BOUNDARY_MS);
			expect(scored).toEqual(['you stupid moron']);
			editor.text = 'you stupid moronic';
			c.onInput('i', 'insertText'); // mid-word: the longer pause
			c.onSilentChange(); // the same keystroke seen by the DOM watcher
			await vi.advanceTimersByTimeAsync(BOUNDARY_MS);
			expect(scored).toHaveLength(1);
			await vi.advanceTimersByTimeAsync(PAUSE_MS);
			expect(scored).toEqual(['you stupid moron', 'you stupid moronic']);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('FieldController.settled (the badge’s data-settled hook)', () => {
	it('is false while a pause is pending or a request is in flight, and true once the verdict is about the current text', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('');
			let release: () => void = () => {};
			const c = controller(editor, async (t) => {
				await new Promise<void>((r) => {
					release = r;
				});
				return fakeScore(t);
			});
			expect(c.settled).toBe(true); // blank and nothing asked
			editor.text = 'Thanks for the patch';
			c.onInput('h', 'insertText');
			expect(c.settled).toBe(false); // the pause is pending
			await vi.advanceTimersByTimeAsync(PAUSE_MS + 1);
			expect(c.settled).toBe(false); // scoring
			editor.text = 'Thanks for the patch!'; // typed while the request was out
			release();
			await vi.advanceTimersByTimeAsync(1);
			expect(c.verdict?.text).toBe('Thanks for the patch!');
			expect(c.settled).toBe(false); // the verdict is remapped, not yet scored on this text
			release();
			await vi.advanceTimersByTimeAsync(1);
			expect(c.verdict?.result.text).toBe('Thanks for the patch!');
			expect(c.settled).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	// Session 13: a failed score used to stay unsettled for ever (the badge "checking" with nothing coming). It now
	// settles on "cannot check" instead, which is still never "calm": no verdict, `unavailable` set (views.ts draws
	// the dashed badge, not the dot).
	it('a failed score (no host) never reads as "calm": it settles on "cannot check", with no verdict', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const editor = fakeEditor('Thanks for the patch');
		const c = controller(editor, async () => {
			throw new Error('no host');
		});
		await c.run();
		expect(c.verdict).toBeNull();
		expect(c.unavailable).toMatchObject({ text: 'Thanks for the patch', details: 'no host' });
		expect(c.settled).toBe(true);
		warn.mockRestore();
	});

	it('reports a pause that found nothing new to score (idle), so the overlay can show it settled', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('Thanks for the patch');
			const idle = vi.fn();
			const c = new FieldController(1, editor, {
				score: async (t) => fakeScore(t),
				options: () => ({ sensitivity: 0.5 }),
				changed() {},
				idle,
				signal: new AbortController().signal,
			});
			await c.run();
			expect(idle).not.toHaveBeenCalled();
			c.onInput(null, 'deleteContentBackward'); // typed a letter and took it back: the same text
			expect(c.settled).toBe(false);
			await vi.advanceTimersByTimeAsync(BOUNDARY_MS + 1);
			expect(idle).toHaveBeenCalledTimes(1);
			expect(c.settled).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('FieldController when the models cannot load (a broken install)', () => {
	it('says why on the badge instead of staying "checking", logs once, and recovers when scoring works again', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const editor = fakeEditor('you idiot');
		let broken = true;
		const c = controller(editor, async (t) => {
			if (broken)
				throw new Error('unavailable: the scoring model could not be loaded (protobuf parsing failed)');
			return fakeScore(t);
		});
		await c.run();
		expect(c.unavailable).toEqual({
			text: 'you idiot',
			reason: 'the scoring model could not be loaded (protobuf parsing failed)',
			details: 'the scoring model could not be loaded (protobuf parsing failed)',
		});
		expect(c.settled).toBe(true);
		editor.text = 'you idiot again';
		expect(c.settled).toBe(false); // new text: it will be asked about
		await c.run();
		expect(c.settled).toBe(true);
		expect(warn.mock.calls.filter(([m]) => /cannot check drafts/.test(String(m))).length).toBeLessThanOrEqual(
			1,
		);
		broken = false;
		editor.text = 'you idiot, again';
		await c.run();
		expect(c.unavailable).toBeNull();
		expect(c.verdict?.text).toBe('you idiot, again');
		warn.mockRestore();
	});

	it('plain words and the raw text apart: the reason for the badge, the details for a bug report', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const c = controller(fakeEditor('you idiot'), async () => {
			throw new Error(
				'unavailable: Tactful’s model file could not be loaded [details: Failed to load model because protobuf parsing failed.]',
			);
		});
		await c.run();
		expect(c.unavailable).toEqual({
			text: 'you idiot',
			reason: 'Tactful’s model file could not be loaded',
			details: 'Failed to load model because protobuf parsing failed.',
		});
		warn.mockRestore();
	});

	// The score already went out twice (deps.ts: sendMessageRetrying retries a dropped request once): a failure
	// that reaches the controller is the retry's. It used to stay quiet and unsettled ("checking" for ever).
	it('a score whose retry also failed settles on "cannot check" (not pending for ever), and Try again works', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		let down = true;
		const changed = vi.fn();
		const c = new FieldController(1, fakeEditor('you idiot'), {
			score: async (t) => {
				if (down) throw new Error('no reply to scoreDraft');
				return fakeScore(t);
			},
			options: () => ({ sensitivity: 0.5 }),
			changed,
			signal: new AbortController().signal,
		});
		await c.run();
		expect(c.settled).toBe(true);
		expect(c.unavailable?.reason).toMatch(/did not answer.*Try again/);
		expect(c.unavailable?.details).toBe('no reply to scoreDraft');
		expect(changed).toHaveBeenCalled();
		down = false;
		vi.useFakeTimers();
		try {
			c.retry();
			expect(c.unavailable).toBeNull();
			expect(c.settled).toBe(false);
			await vi.advanceTimersByTimeAsync(1);
		} finally {
			vi.useRealTimers();
		}
		expect(c.verdict?.text).toBe('you idiot');
		expect(c.settled).toBe(true);
		warn.mockRestore();
	});

	// flake4 (session 17): the card's Try again waits for the answer of the score it asks for (card.ts noteVerdict,
	// `trying.asked`). When an earlier request (the rescore on focus, or its retry) answered first, the draft already
	// had a verdict about its text, the retry's score was skipped as "nothing new", no answer came, and the card said
	// "Trying…" (its button disabled) for ever over a checked draft. Try again scores again, always.
	it('Try again scores the text again even when an earlier request already answered for it', async () => {
		const scored: string[] = [];
		const changed = vi.fn();
		const c = new FieldController(1, fakeEditor('you idiot'), {
			score: async (t) => {
				scored.push(t);
				return fakeScore(t);
			},
			options: () => ({ sensitivity: 0.5 }),
			changed,
			signal: new AbortController().signal,
		});
		await c.run();
		expect(c.verdict?.text).toBe('you idiot');
		vi.useFakeTimers();
		try {
			c.retry();
			changed.mockClear();
			await vi.advanceTimersByTimeAsync(1);
		} finally {
			vi.useRealTimers();
		}
		expect(scored).toEqual(['you idiot', 'you idiot']);
		// The answer is told (the card hears it), and the field is settled on it.
		expect(changed).toHaveBeenCalled();
		expect(c.settled).toBe(true);
		// An ordinary pause after it still finds nothing new to score.
		await c.run();
		expect(scored).toHaveLength(2);
	});
});

describe('FieldController while the models load (first score slow)', () => {
	function slowController(editor: Editor) {
		const answers: Array<() => void> = [];
		const changed = vi.fn();
		const c = new FieldController(1, editor, {
			score: (t) => new Promise<ScoreResult>((r) => answers.push(() => r(fakeScore(t)))),
			options: () => ({ sensitivity: 0.5 }),
			changed,
			signal: new AbortController().signal,
		});
		return { c, answers, changed };
	}

	it('says "checking…" once the first score has waited SLOW_MS, and stops when it answers', async () => {
		vi.useFakeTimers();
		try {
			const { c, answers } = slowController(fakeEditor('you idiot'));
			const running = c.run();
			expect(c.loading).toBe(false);
			await vi.advanceTimersByTimeAsync(SLOW_MS - 50);
			expect(c.loading).toBe(false);
			await vi.advanceTimersByTimeAsync(100);
			expect(c.loading).toBe(true);
			expect(c.settled).toBe(false);
			answers[0]?.();
			await running;
			expect(c.loading).toBe(false);
			expect(c.verdict?.text).toBe('you idiot');
		} finally {
			vi.useRealTimers();
		}
	});

	it('a warm engine never shows "checking…" (no flicker), nor does a later score of a field with a verdict', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('you idiot');
			const { c, answers, changed } = slowController(editor);
			const first = c.run();
			await vi.advanceTimersByTimeAsync(5);
			answers[0]?.();
			await first;
			const seen: boolean[] = [];
			changed.mockImplementation(() => seen.push(c.loading));
			editor.text = 'you idiot, really';
			const second = c.run();
			await vi.advanceTimersByTimeAsync(2000);
			expect(c.loading).toBe(false);
			answers[1]?.();
			await second;
			await vi.advanceTimersByTimeAsync(2000);
			expect(seen.every((l) => !l)).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('typing on while the models load keeps "checking…" up through the next score (no flicker)', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('you');
			const { c, answers, changed } = slowController(editor);
			const first = c.run();
			await vi.advanceTimersByTimeAsync(SLOW_MS + 10);
			expect(c.loading).toBe(true);
			editor.text = 'you idiot';
			void c.run(); // a pause while the first is in flight: queued
			const seen: boolean[] = [];
			changed.mockImplementation(() => seen.push(c.loading));
			answers[0]?.();
			await first;
			// The first answer is about older text: the verdict is adopted (remapped) and the newer text scored next.
			expect(c.verdict).not.toBeNull();
			expect(c.loading).toBe(false);
			answers[1]?.();
			await vi.advanceTimersByTimeAsync(1);
			expect(c.verdict?.result.text).toBe('you idiot');
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('FieldController when the settings change (recheck: no badge flicker, ui7 session 16)', () => {
	const RUDE = 'you idiot, this is garbage';

	/** A controller whose scorer answers after `delay` ms; `sensitivity` is what the popup says now. */
	function slowField(delay: number) {
		const editor = fakeEditor(RUDE);
		const state = { sensitivity: 0.5 };
		const seen: { level: string | null; rechecking: boolean; loading: boolean }[] = [];
		const c: FieldController = new FieldController(1, editor, {
			score: (t, o) => new Promise((r) => setTimeout(() => r(fakeScore(t, o)), delay)),
			options: () => ({ sensitivity: state.sensitivity }),
			changed: () =>
				seen.push({ level: c.verdict?.level ?? null, rechecking: c.rechecking, loading: c.loading }),
			signal: new AbortController().signal,
		});
		return { c, editor, state, seen };
	}

	it('keeps the previous verdict through a slow recheck, marked as rechecked after SLOW_MS, then swaps', async () => {
		vi.useFakeTimers();
		try {
			const { c, state, seen } = slowField(3 * SLOW_MS);
			c.schedule(0);
			await vi.advanceTimersByTimeAsync(5 * SLOW_MS);
			expect(c.verdict?.level).toBe('warn');
			seen.length = 0;
			state.sensitivity = 0.05; // the popup's slider to the quietest: the insult no longer flags
			c.recheck();
			// Never without a verdict while the new score is pending: the badge does not go away and come back.
			expect(c.verdict?.level).toBe('warn');
			expect(c.rechecking).toBe(false); // not marked at once: a warm engine answers in a few ms, no flash
			await vi.advanceTimersByTimeAsync(SLOW_MS + 10);
			expect(c.verdict?.level).toBe('warn');
			expect(c.rechecking).toBe(true);
			expect(c.loading).toBe(false); // "checking…" is for a field with no verdict at all
			expect(c.settled).toBe(false);
			await vi.advanceTimersByTimeAsync(3 * SLOW_MS);
			expect(c.verdict?.level).toBe('caution'); // 0.92 is under 0.05's flag point, near enough to caution
			expect(c.rechecking).toBe(false);
			expect(c.settled).toBe(true);
			// Every redraw in between had the old warning; the first without it is the new verdict, unmarked.
			const firstOk = seen.findIndex((s) => s.level !== 'warn');
			expect(firstOk).toBeGreaterThan(0);
			expect(seen.slice(0, firstOk).every((s) => s.level === 'warn')).toBe(true);
			expect(seen.slice(firstOk)).toEqual(
				seen.slice(firstOk).map(() => ({ level: 'caution', rechecking: false, loading: false })),
			);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a fast recheck is never marked (no flash on a warm engine)', async () => {
		vi.useFakeTimers();
		try {
			const { c, state, seen } = slowField(5);
			c.schedule(0);
			await vi.advanceTimersByTimeAsync(50);
			seen.length = 0;
			state.sensitivity = 0.05;
			c.recheck();
			await vi.advanceTimersByTimeAsync(2 * SLOW_MS);
			expect(c.verdict?.level).toBe('caution'); // 0.92 is under 0.05's flag point, near enough to caution
			expect(seen.some((s) => s.rechecking || s.level === null)).toBe(false);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a settings change while the old settings are still being scored stays marked until the answer under the new ones', async () => {
		vi.useFakeTimers();
		try {
			const { c, state } = slowField(3 * SLOW_MS);
			c.schedule(0);
			await vi.advanceTimersByTimeAsync(5 * SLOW_MS);
			state.sensitivity = 0.4;
			c.recheck();
			await vi.advanceTimersByTimeAsync(SLOW_MS + 10); // the request under 0.4 is in flight, marked
			expect(c.rechecking).toBe(true);
			state.sensitivity = 0.05; // moved again before it answered
			c.recheck();
			await vi.advanceTimersByTimeAsync(2 * SLOW_MS); // 0.4's answer lands: stale settings, still marked
			expect(c.verdict?.level).toBe('warn');
			expect(c.rechecking).toBe(true);
			await vi.advanceTimersByTimeAsync(4 * SLOW_MS);
			expect(c.verdict?.level).toBe('caution'); // 0.92 is under 0.05's flag point, near enough to caution
			expect(c.rechecking).toBe(false);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a recheck that fails leaves "cannot check", not a mark that never ends', async () => {
		const editor = fakeEditor(RUDE);
		let fail = false;
		let sensitivity = 0.5;
		const c = new FieldController(1, editor, {
			score: async (t, o) => {
				if (fail) throw new Error('unavailable: the model did not load');
				return fakeScore(t, o);
			},
			options: () => ({ sensitivity }),
			changed() {},
			signal: new AbortController().signal,
		});
		await c.run();
		fail = true;
		sensitivity = 0.05;
		c.recheck();
		await new Promise((r) => setTimeout(r, 20));
		expect(c.unavailable).not.toBeNull();
		expect(c.rechecking).toBe(false);
	});
});

describe('FieldController after Apply and Ctrl+Z (races6, session 19: remembered verdicts, late answers)', () => {
	it('an undo back to a scored draft shows its verdict at once; the late calm answer about the rewrite is not drawn over it', async () => {
		vi.useFakeTimers();
		try {
			const original = 'Fix this, you idiot.';
			const rewrite = 'Could you fix this, please?';
			const editor = fakeEditor(original);
			const scored: string[] = [];
			let release: () => void = () => {};
			const c = controller(editor, async (t) => {
				scored.push(t);
				if (t === rewrite)
					await new Promise<void>((r) => {
						release = r;
					});
				return fakeScore(t);
			});
			await c.run();
			expect(c.verdict?.level).toBe('warn');
			editor.text = rewrite; // Apply wrote the rewrite, and the field is scored again (its answer is slow)
			c.rescore();
			await vi.advanceTimersByTimeAsync(0);
			expect(c.verdict).toBeNull();
			editor.text = original; // Ctrl+Z
			c.onInput(null, 'historyUndo');
			expect(c.verdict?.level).toBe('warn'); // at once, not after a pause and a score
			expect(c.verdict?.result.text).toBe(original);
			expect(c.settled).toBe(false); // the pause and the rewrite's request are still pending
			release(); // the rewrite's (calm) answer lands late
			await vi.advanceTimersByTimeAsync(1000);
			expect(c.verdict?.level).toBe('warn');
			expect(c.verdict?.result.text).toBe(original);
			expect(c.settled).toBe(true);
			expect(scored).toEqual([original, rewrite]); // nothing new to score for the restored draft
			editor.text = rewrite; // Ctrl+Shift+Z: the rewrite's remembered (calm) verdict, at once
			c.onSilentChange();
			expect(c.verdict?.level).toBe('ok');
			expect(c.verdict?.result.text).toBe(rewrite);
		} finally {
			vi.useRealTimers();
		}
	});

	it('remembers results only under the settings they were scored with, and a late answer with nothing remembered is remapped as before', async () => {
		vi.useFakeTimers();
		try {
			const editor = fakeEditor('you idiot');
			let sensitivity = 0.5;
			const c = new FieldController(1, editor, {
				score: async (t, o) => fakeScore(t, o),
				options: () => ({ sensitivity }),
				changed() {},
				signal: new AbortController().signal,
			});
			await c.run();
			editor.text = 'hello';
			await c.run();
			sensitivity = 0.05; // stricter-off: the remembered 'you idiot' result was scored under other settings
			editor.text = 'you idiot';
			c.onInput(null, 'historyUndo');
			expect(c.verdict?.result.text).toBe('hello'); // not recalled: scored afresh after the pause
			await vi.advanceTimersByTimeAsync(BOUNDARY_MS);
			expect(c.verdict?.result.text).toBe('you idiot');
			expect(c.verdict?.level).toBe('ok');
		} finally {
			vi.useRealTimers();
		}
	});
});
