import { describe, expect, it, vi } from 'vitest';
import { levelChanges, spoken } from './card-announce.ts';
import type { Editor } from './editors/types.ts';
import { FieldController, SLOW_MS } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';

/** A field whose verdict (if any) was computed on the text it holds (`text`; blank when it has no verdict). */
const field = (
	id: number,
	level: string | null,
	summary = '',
	otherLanguage = false,
	text = level ? 'the draft' : '',
	resultText = text,
) =>
	({
		id,
		editor: { read: () => text },
		verdict: level
			? { level, summary, text, result: { text: resultText }, ...(otherLanguage ? { otherLanguage } : {}) }
			: null,
	}) as unknown as FieldController;
/** What a screen reader hears, without the invisible marker that makes a repeated sentence heard again. */
const heard = (levels: { announcement(): string }) =>
	levels
		.announcement()
		.replace(/\u00a0/g, '')
		.trim();

describe('levelChanges', () => {
	it('reports a field’s level only when it changed, announcing the summary or that concerns are gone', () => {
		const events: string[] = [];
		const levels = levelChanges((c, action) => events.push(`${c.id}:${action}`));
		expect(levels.note(field(1, null))).toBeNull(); // no verdict yet counts as ok
		expect(levels.announcement()).toBe('');
		expect(levels.note(field(1, 'caution', 'Sounds harsh'))).toBe('caution');
		expect(heard(levels)).toMatch(/^Sounds harsh\./);
		expect(levels.note(field(1, 'caution', 'Sounds harsh'))).toBeNull();
		expect(levels.note(field(1, 'warn', 'Insulting'))).toBe('warn');
		expect(levels.note(field(1, 'ok'))).toBe('ok');
		expect(heard(levels)).toBe('Tactful: no concerns now');
		expect(events).toEqual(['1:shown']); // only a change to warn is a `shown` event
	});

	it('keeps each field’s level apart', () => {
		const levels = levelChanges(() => undefined);
		expect(levels.note(field(1, 'warn', 'a'))).toBe('warn');
		expect(levels.note(field(2, 'warn', 'b'))).toBe('warn');
		expect(levels.note(field(1, 'warn', 'a'))).toBeNull();
	});

	it('a new warning tells a keyboard user how to reach the card (the badge is not in the Tab order)', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'warn', 'Tactful: this draft may land badly (insults)'));
		expect(heard(levels)).toBe(
			'Tactful: this draft may land badly (insults). Alt+Shift+T in the text box opens the details.',
		);
		// Typing on with the same warning says nothing new.
		const before = levels.announcement();
		levels.note(field(1, 'warn', 'Tactful: this draft may land badly (insults)'));
		expect(levels.announcement()).toBe(before);
	});

	it('says once that a draft in another language was not checked', () => {
		const levels = levelChanges(() => undefined);
		const other = 'Tactful reads English only: this draft was not checked';
		levels.note(field(1, 'ok', other, true));
		expect(heard(levels)).toBe(other);
		const before = levels.announcement();
		levels.note(field(1, 'ok', other, true));
		expect(levels.announcement()).toBe(before);
		// Back to English and calm: nothing to say; another-language again is said again.
		levels.note(field(1, 'ok', 'Tactful: no concerns with this draft'));
		levels.note(field(1, 'ok', other, true));
		expect(heard(levels)).toBe(other);
		expect(levels.announcement()).not.toBe(before);
	});

	it('announces the thread warning on its own, once while it stands, again when it comes back', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'ok', 'Tactful: no concerns with this draft'));
		levels.noteThread(1, 'This thread is getting heated: a reply may tip it');
		expect(heard(levels)).toBe('Tactful: This thread is getting heated: a reply may tip it');
		const first = levels.announcement();
		levels.noteThread(1, 'This thread is getting heated: a reply may tip it');
		levels.noteThread(1, 'This thread is getting heated: your reply sounds sharp'); // its detail follows the typing
		expect(levels.announcement()).toBe(first);
		levels.noteThread(1, undefined);
		// Its going is said (session 15), so the region's text changed and the warning coming back is heard again.
		expect(heard(levels)).toBe('Tactful: the thread warning is gone.');
		levels.noteThread(1, 'This thread is getting heated: a reply may tip it');
		expect(heard(levels)).toBe('Tactful: This thread is getting heated: a reply may tip it');
	});
});

describe('levelChanges: "no concerns" only for an answer about the text the field holds (srflake, session 15)', () => {
	const RUDE = 'You are a complete idiot and your code is garbage.';
	const WARNING = 'Tactful: this draft may land badly (insults)';

	it('a warned draft waiting for its rescore (no verdict: settings changed) is not said to be calm', () => {
		const levels = levelChanges(() => undefined);
		expect(levels.note(field(1, 'warn', WARNING, false, RUDE))).toBe('warn');
		const warned = levels.announcement();
		// rescore() dropped the verdict; the slow-score timer redraws the field before the answer comes.
		expect(levels.note(field(1, null, '', false, RUDE))).toBeNull();
		expect(levels.announcement()).toBe(warned);
		// The answer: the same warning, nothing new to say.
		expect(levels.note(field(1, 'warn', WARNING, false, RUDE))).toBeNull();
		expect(levels.announcement()).toBe(warned);
	});

	it('a calm answer about older text is not "no concerns" for the draft typed since; the answer about it is', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'warn', WARNING, false, 'you idiot'));
		const warned = levels.announcement();
		// "you" (calm) answered while the field already holds an insult again (the verdict remapped onto it).
		expect(levels.note(field(1, 'ok', '', false, 'you fool', 'you'))).toBeNull();
		expect(levels.announcement()).toBe(warned);
		expect(levels.note(field(1, 'ok', '', false, 'you are right'))).toBe('ok');
		expect(heard(levels)).toBe('Tactful: no concerns now');
	});

	it('a warned draft cleared (blank, no verdict) is said to be calm', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'warn', WARNING, false, 'you idiot'));
		expect(levels.note(field(1, null))).toBe('ok');
		expect(heard(levels)).toBe('Tactful: no concerns now');
	});

	it('with a real field: the options changing mid-draft (adaptation loaded late) and a slow scorer say the warning once', async () => {
		vi.useFakeTimers();
		try {
			const ed: Editor = {
				kind: 'textarea',
				el: document.createElement('textarea'),
				read: () => RUDE,
				rects: () => [],
				replace: async () => false,
				dispose() {},
			};
			const levels = levelChanges(() => undefined);
			const said: string[] = [];
			let options: { sensitivity: number; dimensionOffsets?: object } = { sensitivity: 0.5 };
			/** The scorer answers after 2 × SLOW_MS (a loaded machine). */
			const c: FieldController = new FieldController(1, ed, {
				score: (t, o) =>
					new Promise((r) => setTimeout(() => r(fakeScore(t, o as { sensitivity: number })), 2 * SLOW_MS)),
				options: () => options,
				changed: () => {
					levels.note(c);
					const now = levels.announcement().replace(/\u00a0/g, '');
					if (now && now !== said.at(-1)) said.push(now);
				},
				signal: new AbortController().signal,
			});
			c.schedule(0);
			await vi.advanceTimersByTimeAsync(5 * SLOW_MS);
			expect(c.verdict?.level).toBe('warn');
			// session.ts: the adaptation arrives (`dimensionOffsets: {}`), the options' JSON changes, every field rescored.
			options = { sensitivity: 0.5, dimensionOffsets: {} };
			c.rescore();
			await vi.advanceTimersByTimeAsync(5 * SLOW_MS);
			expect(c.verdict?.level).toBe('warn');
			expect(said).toHaveLength(1);
			expect(said[0]).toMatch(/may land badly/);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a settings change with a slow scorer (recheck, ui7): the warning stays drawn, nothing is said until the new answer, then once', async () => {
		vi.useFakeTimers();
		try {
			const ed: Editor = {
				kind: 'textarea',
				el: document.createElement('textarea'),
				read: () => RUDE,
				rects: () => [],
				replace: async () => false,
				dispose() {},
			};
			const levels = levelChanges(() => undefined);
			const said: string[] = [];
			const levelsSeen: (string | null)[] = [];
			let options = { sensitivity: 0.5 };
			const c: FieldController = new FieldController(1, ed, {
				score: (t, o) =>
					new Promise((r) => setTimeout(() => r(fakeScore(t, o as { sensitivity: number })), 3 * SLOW_MS)),
				options: () => options,
				changed: () => {
					levels.note(c);
					levelsSeen.push(c.verdict?.level ?? null);
					const now = levels.announcement().replace(/\u00a0/g, '');
					if (now && now !== said.at(-1)) said.push(now);
				},
				signal: new AbortController().signal,
			});
			c.schedule(0);
			await vi.advanceTimersByTimeAsync(5 * SLOW_MS);
			levelsSeen.length = 0;
			options = { sensitivity: 0.05 }; // the popup's slider to the quietest
			c.recheck();
			await vi.advanceTimersByTimeAsync(2 * SLOW_MS);
			expect(c.rechecking).toBe(true);
			expect(said).toHaveLength(1); // only the first warning
			await vi.advanceTimersByTimeAsync(5 * SLOW_MS);
			expect(levelsSeen[0]).toBe('warn'); // the mark's redraw kept the warning
			expect(levelsSeen).not.toContain(null);
			expect(c.verdict?.level).toBe('caution');
			expect(said).toHaveLength(2);
			expect(said[1]).toMatch(/^Tactful: this draft is close to the l/);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('levelChanges when checking is unavailable (session 14)', () => {
	const REASON = 'Tactful’s checker did not answer. Try again; if it keeps happening, restart the browser';
	const down = (id: number, text = 'you idiot') =>
		({
			id,
			verdict: null,
			unavailable: { text, reason: REASON, details: 'Receiving end does not exist.' },
		}) as unknown as FieldController;

	it('says once that the draft cannot be checked and why, with the way to its card; then that it checks again', () => {
		const levels = levelChanges(() => undefined);
		levels.note(down(1));
		expect(heard(levels)).toBe(
			`Tactful cannot check this draft: ${REASON}. Alt+Shift+T in the text box opens the details.`,
		);
		// Each failed pause while it types on says nothing new.
		const before = levels.announcement();
		levels.note(down(1, 'you idiot, really'));
		expect(levels.announcement()).toBe(before);
		// Try again: the field is being checked again.
		levels.note(field(1, null));
		expect(heard(levels)).toBe('Tactful is checking this draft again');
		// The slow-score timer redraws the field meanwhile: not said a second time.
		const checking = levels.announcement();
		levels.note(field(1, null));
		expect(levels.announcement()).toBe(checking);
		// It worked and the draft is calm: said, so the user knows the check came back.
		levels.note(field(1, 'ok', 'Tactful: no concerns with this draft'));
		expect(heard(levels)).toBe('Tactful can check again: no concerns now');
	});

	it('back to checking with a rude draft: the warning is what is said', () => {
		const levels = levelChanges(() => undefined);
		levels.note(down(1));
		levels.note(field(1, null));
		levels.note(field(1, 'warn', 'Tactful: this draft may land badly (insults)'));
		expect(heard(levels)).toMatch(/^Tactful: this draft may land badly \(insults\)\. Alt\+Shift\+T/);
	});

	it('a warned draft whose checker then fails says it cannot check the new text (the warning is no longer drawn)', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'warn', 'rude'));
		const stale = {
			...down(1, 'rude, and more'),
			verdict: { level: 'warn', summary: 'rude', result: { text: 'rude' } },
		} as unknown as FieldController;
		levels.note(stale);
		expect(heard(levels)).toMatch(/^Tactful cannot check this draft: /);
	});
});

describe('spoken: the draft’s warning and the thread’s in one message (session 14, srthread)', () => {
	const DRAFT = 'Tactful: this draft may land badly (insults)';
	const THREAD = 'Your reply could make this conversation tense';
	const KEYS = 'Alt+Shift+T in the text box opens the details.';

	it('builds one message: the draft first, then the thread, one sentence each, the shortcut named once', () => {
		expect(spoken(DRAFT, THREAD)).toBe(`${DRAFT}. ${THREAD}. ${KEYS}`);
		expect(spoken(DRAFT, undefined)).toBe(`${DRAFT}. ${KEYS}`);
		expect(spoken(undefined, THREAD)).toBe(`Tactful: ${THREAD}`);
		expect(spoken(undefined, undefined)).toBe('');
		// A part that already ends a sentence gets no second full stop.
		expect(spoken(`${DRAFT}.`, `${THREAD}…`)).toBe(`${DRAFT}. ${THREAD}… ${KEYS}`);
	});

	it('thread alerts off (no thread given): the thread part is absent', () => {
		expect(spoken(DRAFT, undefined)).not.toMatch(/tense/);
	});

	it('the thread arriving after the draft warning: the region says both, not the thread alone', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'warn', DRAFT));
		levels.noteThread(1, THREAD);
		expect(heard(levels)).toBe(`${DRAFT}. ${THREAD}. ${KEYS}`);
		// Typing on (same warning, the thread's detail following the draft): nothing new is said.
		const before = levels.announcement();
		levels.note(field(1, 'warn', DRAFT));
		levels.noteThread(1, `${THREAD}: your reply sounds sharp`);
		levels.noteThread(1, `${THREAD}: your reply sounds sharp`);
		expect(levels.announcement()).toBe(before);
	});

	it('the draft warning arriving after the thread: both, the draft first', () => {
		const levels = levelChanges(() => undefined);
		levels.noteThread(1, THREAD);
		expect(heard(levels)).toBe(`Tactful: ${THREAD}`);
		levels.note(field(1, 'caution', DRAFT));
		expect(heard(levels)).toBe(`${DRAFT}. ${THREAD}. ${KEYS}`);
	});

	it('the draft calms while the thread stands: says the draft is fine and the thread is still tense', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'warn', DRAFT));
		levels.noteThread(1, THREAD);
		levels.note(field(1, 'ok', 'Tactful: no concerns with this draft'));
		expect(heard(levels)).toBe(`Tactful: no concerns with the draft now. ${THREAD}`);
	});

	it('the thread goes and the draft warning stays: says the thread warning is gone and the draft one stands, once', () => {
		// Session 14 said nothing here: a screen-reader user kept believing the thread was tense (session 15).
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'warn', DRAFT));
		levels.noteThread(1, THREAD);
		levels.noteThread(1, undefined);
		levels.note(field(1, 'warn', DRAFT));
		expect(heard(levels)).toBe("Tactful: the thread warning is gone; the draft's own warning stands.");
		const before = levels.announcement();
		levels.noteThread(1, undefined);
		levels.note(field(1, 'warn', DRAFT));
		expect(levels.announcement()).toBe(before);
	});

	it('the thread goes over a calm draft: says so; a thread warning never shown is not said to go', () => {
		const levels = levelChanges(() => undefined);
		levels.note(field(1, 'ok', 'Tactful: no concerns with this draft'));
		levels.noteThread(1, undefined);
		expect(levels.announcement()).toBe('');
		levels.noteThread(1, THREAD);
		levels.noteThread(1, undefined);
		expect(heard(levels)).toBe('Tactful: the thread warning is gone.');
	});
});

describe('levelChanges: the warning episode outlives the page (session 18)', () => {
	const box = (id: number, level: string | null, text: string) =>
		({
			id,
			editor: { read: () => text },
			verdict: level ? { level, summary: 'Insulting', text, result: { text } } : null,
		}) as unknown as FieldController;

	it('a field that held a warned draft and is emptied ends its episode once; one never warned does not', () => {
		const ended: number[] = [];
		const levels = levelChanges(
			() => undefined,
			(c) => ended.push(c.id),
		);
		levels.note(box(2, null, '')); // an empty field that never held a warning: nothing to end
		levels.note(box(1, 'warn', 'you idiot'));
		levels.note(box(1, null, ''));
		levels.note(box(1, null, ''));
		expect(ended).toEqual([1]);
		// Warned again and emptied again (posted twice): ended again.
		levels.note(box(1, 'warn', 'you idiot'));
		levels.note(box(1, null, ''));
		expect(ended).toEqual([1, 1]);
		expect(ended).not.toContain(2);
	});
});
