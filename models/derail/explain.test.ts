/**
 * explain()'s de-escalation suggestions fit the thread and the draft: the card shows the first three, so the
 * ones about this draft and this thread come before the general advice, and advice about other people's
 * frustration is only given when someone in the thread is frustrated.
 */
import { describe, expect, it } from 'vitest';
import { explain, SUGGEST } from './explain.ts';
import { prepareComment, prepareThread } from './features.ts';
import type { Thread, ToneScores } from './types.ts';
import { TONES } from './types.ts';

const calmTones: ToneScores = { uncivil: 0.05, frustration: 0.05, attack: 0.02, heat: 0.1 };
const hotTones: ToneScores = { uncivil: 0.8, frustration: 0.7, attack: 0.6, heat: 0.8 };

/** Runs explain on `thread` with per-comment tones, a thread probability and an optional draft. */
function run(
	thread: Thread,
	tones: ToneScores[],
	threadDerail: number,
	draft?: [string, ToneScores, number, boolean?],
) {
	const prepared = prepareThread(thread.comments);
	const flat = new Float32Array(tones.flatMap((t) => TONES.map((k) => t[k])));
	return explain({
		thread,
		prepared,
		tones: flat,
		threadDerail,
		threshold: 0.5,
		...(draft
			? {
					draft: {
						prepared: prepareComment({ author: 'me', text: draft[0] }, false, false),
						tones: draft[1],
						derail: draft[2],
						...(draft[3] !== undefined ? { hostile: draft[3] } : {}),
					},
				}
			: {}),
	});
}

const calmThread: Thread = {
	comments: [
		{ author: 'ann', text: 'The export button does nothing on Firefox 128.' },
		{ author: 'bo', role: 'Member', text: 'Thanks, which page were you on when it happened?' },
	],
};

const heatedThread: Thread = {
	comments: [
		{ author: 'ann', text: 'The export button does nothing on Firefox 128.' },
		{ author: 'bo', role: 'Member', text: 'Works for me. Closing.' },
		{
			author: 'ann',
			text: 'This is ridiculous, I have waited three weeks and you closed it without even trying!',
		},
		{ author: 'bo', role: 'Member', text: 'You are not entitled to anything here. Stop pinging us.' },
		{
			author: 'ann',
			text: 'Unbelievable. Nobody here ever reads the reports, still waiting on a real answer.',
		},
	],
};

const personalDraft =
	'You clearly have no idea what you are doing, you broke it and you never test anything.';

describe('explain suggestions', () => {
	it('a hostile draft in a calm thread: about the draft first, no "acknowledge their frustration"', () => {
		const markers = run(calmThread, [calmTones, calmTones], 0.2, [personalDraft, hotTones, 0.7]);
		const top3 = markers.suggestions.slice(0, 3);
		expect(top3[0]).toMatch(/problem, not the person/);
		expect(top3.some((s) => /waiting before you post/.test(s))).toBe(true);
		expect(markers.suggestions.some((s) => /frustration/i.test(s))).toBe(false);
	});

	it('a heated back-and-forth with a calm draft: acknowledge, then a smaller channel, in the first three', () => {
		const tones = [calmTones, calmTones, hotTones, hotTones, hotTones];
		const markers = run(heatedThread, tones, 0.9, ['I will look at it again tomorrow.', calmTones, 0.88]);
		const top3 = markers.suggestions.slice(0, 3);
		expect(top3[0]).toMatch(/^Acknowledge/);
		expect(top3.some((s) => /smaller channel/.test(s))).toBe(true);
		expect(top3.some((s) => /not the person/.test(s))).toBe(false);
	});

	it('a hostile draft in a heated thread: the draft advice and the thread advice both make the first three', () => {
		const tones = [calmTones, calmTones, hotTones, hotTones, hotTones];
		const markers = run(heatedThread, tones, 0.9, [personalDraft, hotTones, 0.97]);
		const top3 = markers.suggestions.slice(0, 3);
		expect(top3[0]).toMatch(/problem, not the person/);
		expect(top3.some((s) => /^Acknowledge/.test(s))).toBe(true);
	});

	it('the opener pushing (two heated follow-ups): a suggestion that fits it makes the first three', () => {
		const tones = [calmTones, calmTones, hotTones, hotTones, hotTones];
		const markers = run(heatedThread, tones, 0.9, ['I will look at it again tomorrow.', calmTones, 0.88]);
		expect(markers.dynamics).toContain('issue-author-pushing');
		const top3 = markers.suggestions.slice(0, 3);
		expect(top3).toContain(SUGGEST.pushing);
		// It is the question to ask (what would settle it): the general "ask" is not said twice.
		expect(markers.suggestions).not.toContain(SUGGEST.ask);
		// The user writing is the opener: no advice to ask themselves; the general question stays.
		const own = run({ ...heatedThread, viewer: 'ann' }, tones, 0.9, ['Any news?', calmTones, 0.88]);
		expect(own.dynamics).toContain('issue-author-pushing');
		expect(own.suggestions).not.toContain(SUGGEST.pushing);
		expect(own.suggestions).toContain(SUGGEST.ask);
	});

	it('every dynamic the card names comes with a suggestion that fits it', () => {
		const fits: Record<string, string> = {
			'issue-author-pushing': SUGGEST.pushing,
			'back-and-forth': SUGGEST.channel,
			'many-voices': SUGGEST.channel,
			'maintainer-newcomer': SUGGEST.newcomer,
		};
		const tones = [calmTones, calmTones, hotTones, hotTones, hotTones];
		const markers = run(heatedThread, tones, 0.9);
		expect(markers.dynamics.length).toBeGreaterThan(1);
		for (const d of markers.dynamics) expect(markers.suggestions, d).toContain(fits[d]);
	});

	it('different threads get different advice, and a calm thread and draft get none', () => {
		const heated = run(heatedThread, [calmTones, calmTones, hotTones, hotTones, hotTones], 0.9);
		const tipped = run(calmThread, [calmTones, calmTones], 0.2, [personalDraft, hotTones, 0.7]);
		expect(heated.suggestions.slice(0, 3)).not.toEqual(tipped.suggestions.slice(0, 3));
		expect(run(calmThread, [calmTones, calmTones], 0.2, ['Thanks!', calmTones, 0.1]).suggestions).toEqual([]);
	});
});

describe('a draft the scoring engine reads as toxic, in a thread already at the top', () => {
	it('is told it addresses the person (not "does not add heat") and gets the person advice first', () => {
		const draft = 'Honestly, you are an idiot and your code is garbage.';
		// The thread's probability is saturated, so appending the insult moves it by 0; the comment heads are mild.
		const mild: ToneScores = { uncivil: 0.38, frustration: 0.21, attack: 0.23, heat: 0.32 };
		const tones = heatedThread.comments.map(() => hotTones);
		const quiet = run(heatedThread, tones, 0.9999, [draft, mild, 0.9999]);
		expect(quiet.draft?.message).toBe('Your reply does not add heat, but the thread is already tense.');
		expect(quiet.draft?.kind).toBe('neutral');
		const hostile = run(heatedThread, tones, 0.9999, [draft, mild, 0.9999, true]);
		expect(hostile.draft?.message).toBe(
			'Your reply addresses the person, not the problem, in a thread that is already tense.',
		);
		expect(hostile.draft?.kind).toBe('person'); // the card shows it although the delta is 0
		expect(hostile.suggestions[0]).toMatch(/^Talk about the problem, not the person/);
	});
});

describe('bots are not people', () => {
	// A stale bot's warning reads as heated to the tone heads (capitals, "you", "closed"): it must not be named as
	// a heated voice, make a newcomer of itself, or turn the thread's last comments into a back-and-forth.
	const thread: Thread = {
		comments: [
			{ author: 'kim', role: 'None', text: 'Sync stops after the token refresh.' },
			{ author: 'stale[bot]', role: 'Bot', text: 'WARNING: you did not follow the template. CLOSING.' },
			{ author: 'lee', role: 'Member', text: 'Can you share the log?' },
			{ author: 'stale[bot]', role: 'Bot', text: 'You have been warned. This will be closed!' },
			{ author: 'lee', role: 'Member', text: 'Removing the label.' },
		],
	};
	it('a bot is never a driving comment, a heated outsider, a voice or half of a back-and-forth', () => {
		const m = run(thread, [calmTones, hotTones, calmTones, hotTones, calmTones], 0.8);
		expect(m.comments).toEqual([]);
		expect(m.dynamics).toEqual([]);
		expect(m.trend).toBe('steady');
		expect(m.tones.uncivil).toBe(0.05);
		// The same text by a person is named, and makes the dynamics it should.
		const person = {
			comments: thread.comments.map((c) => (c.role === 'Bot' ? { ...c, author: 'pat', role: 'None' } : c)),
		};
		const p = run(person, [calmTones, hotTones, calmTones, hotTones, calmTones], 0.8);
		expect(p.comments.map((c) => c.author)).toEqual(['pat', 'pat']);
		expect(p.dynamics).toEqual(expect.arrayContaining(['maintainer-newcomer', 'back-and-forth']));
	});
});
