/**
 * The offline fixer in a tense thread, on drafts written for these tests. Expected outputs were read and judged
 * as the reply a user would post.
 */
import { describe, expect, it } from 'vitest';
import type { DerailResult } from '../derail/types.ts';
import { FakeScorer } from '../scoring/fake-scorer.ts';
import { seededRandom } from './bandit.ts';
import { suggestRewrite } from './engine.ts';
import { THREAD_OPENERS } from './fixer-thread.ts';
import { createOfflineBackend, fixForStrategy } from './offline-fixer.ts';
import { buildMessages } from './prompts.ts';
import { protectedViolation } from './protected.ts';
import { OFFLINE_STRATEGIES } from './strategies.ts';
import { isThreadTension, threadTension } from './thread-tension.ts';
import type { Strategy, ThreadTension } from './types.ts';

const FRUSTRATED: ThreadTension = { tense: true, frustrated: true, secondPerson: true, impatient: false };
const TENSE: ThreadTension = { tense: true, frustrated: false, secondPerson: true, impatient: true };
const CALM: ThreadTension = { tense: false, frustrated: false, secondPerson: true, impatient: false };
const arm = (id: string): Strategy => OFFLINE_STRATEGIES.find((s) => s.id === id) as Strategy;
const run = (text: string, id: string, thread?: ThreadTension) =>
	fixForStrategy({
		text,
		flaggedSpans: [{ start: 0, end: 1, weight: 1 }],
		dimensions: [],
		strategy: arm(id),
		thread,
	});

describe('offline fixer in a tense thread', () => {
	it.each([
		[
			'You broke the release again. Fix your script.',
			FRUSTRATED,
			'soften.none.t0',
			'I understand the frustration. This change broke the release again. Fix this script.',
		],
		[
			"Can't you read? I told you twice: pin the version.",
			FRUSTRATED,
			'minimal.none.t0',
			'I hear you. As mentioned before, pin the version.',
		],
		[
			'Your patch is garbage and you forgot the tests.',
			TENSE,
			'restate.none.t0',
			'Can we look at this together? I have some concerns about this patch and we forgot the tests.',
		],
		[
			'You need to rebase this for the third time, seriously.',
			TENSE,
			'minimal.none.t0',
			'I hear you. We need to rebase this.',
		],
		[
			'Why did you even merge this?',
			TENSE,
			'minimal.none.t0',
			'I hear you. What was the reason to merge this?',
		],
		[
			'You should shut up and read the changelog.',
			FRUSTRATED,
			'restate.argument.t0',
			'Could we step back for a moment? We should read the changelog.',
		],
		[
			"Can't you just add a test for the parser?",
			TENSE,
			'soften.none.t0',
			'Could we just add a test for the parser?',
		],
	])('%s (%j, %s) → %s', (draft, thread, id, expected) => {
		expect(run(draft, id, thread)).toBe(expected);
	});

	it('changes nothing when the thread is calm', () => {
		for (const strategy of OFFLINE_STRATEGIES)
			for (const draft of ['You broke the release again. Fix your script.', 'Your patch is garbage.'])
				expect(run(draft, strategy.id, CALM)).toBe(run(draft, strategy.id));
	});

	it('keeps protected tokens byte for byte: no rule reaches into code, quotes or references', () => {
		const draft = 'Your config in `your config` is wrong, you broke #12 and "your patch" too.';
		for (const strategy of OFFLINE_STRATEGIES) {
			const out = run(draft, strategy.id, FRUSTRATED);
			expect(protectedViolation(draft, out), out).toBeUndefined();
			expect(out).toContain('`your config`');
			expect(out).toContain('"your patch"');
		}
	});

	// Session 27 (qa26): "I hear you. > It works on my machine." ran the quote into the opener, so a reply that
	// opened with a quote or a code block had every candidate rejected and the Discourse card no suggestion.
	it.each([
		[
			'> It works on my machine.\n\nIt does not. This is garbage, you idiot.',
			'> It works on my machine.\n\nI hear you. It does not. I have concerns about this.',
		],
		[
			'> It works on my machine.\n> On Linux too.\nThis is garbage, you idiot.',
			'> It works on my machine.\n> On Linux too.\nI hear you. I have concerns about this.',
		],
		[
			'```\nlet x = 1;\n```\nThis is garbage, you idiot.',
			'I hear you.\n\n```\nlet x = 1;\n```\nI have concerns about this.',
		],
		['# Review\nThis is garbage, you idiot.', 'I hear you.\n\n# Review\nI have concerns about this.'],
	])(
		'the opener keeps a leading quote first and goes beside a block, never into it: %j',
		(draft, expected) => {
			const out = run(draft, 'minimal.none.t0', TENSE);
			expect(out).toBe(expected);
			expect(protectedViolation(draft, out), out).toBeUndefined();
		},
	);

	it('a reply that quotes first and already opens calmly after the quote gets no second opener', () => {
		const draft = '> It works on my machine.\n\nThanks, but it does not. This is garbage, you idiot.';
		expect(run(draft, 'minimal.none.t0', TENSE)).toMatch(/^> It works on my machine\.\n\nThanks, but/);
	});

	it('offers a suggestion for a reply that opens with a quote and holds code (FakeScorer)', async () => {
		const draft =
			'> It works on my machine.\n\nIt does not. This is garbage, you idiot.\n\n```\nlet x = parse(cfg).unwrap();\n```\n\n@kim-user please run `npm test` before pushing.';
		const { suggestion } = await suggestRewrite(
			{ text: draft, thread: FRUSTRATED },
			{ backend: createOfflineBackend(), scorer: new FakeScorer(), random: seededRandom(3) },
		);
		expect(suggestion.candidates.length).toBeGreaterThan(0);
		for (const { rewrite } of suggestion.candidates) {
			expect(rewrite.startsWith('> It works on my machine.\n\n'), rewrite).toBe(true);
			expect(protectedViolation(draft, rewrite), rewrite).toBeUndefined();
		}
	});

	it('never dresses up a fragment with an opener', () => {
		for (const strategy of OFFLINE_STRATEGIES)
			expect(run('Fuck you and your stupid PR.', strategy.id, FRUSTRATED)).toBe('');
	});

	it('ranks only de-escalating candidates, with a written opener, best by the reward (FakeScorer)', async () => {
		const scorer = new FakeScorer();
		const draft = 'You broke the build again, your code is garbage.';
		const openers: string[] = [
			...THREAD_OPENERS.acknowledge,
			...THREAD_OPENERS.neutral,
			...THREAD_OPENERS.question,
		];
		const { suggestion } = await suggestRewrite(
			{ text: draft, thread: FRUSTRATED },
			{ backend: createOfflineBackend(), scorer, random: seededRandom(3) },
		);
		expect(suggestion.candidates.length).toBeGreaterThan(0);
		for (const candidate of suggestion.candidates) {
			expect(
				openers.some((o) => candidate.rewrite.startsWith(o)),
				candidate.rewrite,
			).toBe(true);
			expect(candidate.rewrite).not.toMatch(/\byou broke\b|garbage/i);
		}
		const rewards = suggestion.candidates.map((c) => c.reward);
		expect(rewards).toEqual([...rewards].sort((a, b) => b - a));
		// Deterministic: the same request gives the same ranking.
		const again = await suggestRewrite(
			{ text: draft, thread: FRUSTRATED },
			{ backend: createOfflineBackend(), scorer, random: seededRandom(3) },
		);
		expect(again.suggestion.candidates.map((c) => c.rewrite)).toEqual(
			suggestion.candidates.map((c) => c.rewrite),
		);
	});
});

describe('threadTension', () => {
	const result = (overrides: Partial<DerailResult['markers']>, flag = false): DerailResult => ({
		thread: { comments: [] },
		derail: 0.3,
		flag,
		markers: {
			thread: 0.3,
			tones: { uncivil: 0, frustration: 0, attack: 0, heat: 0 },
			comments: [],
			trend: 'steady',
			dynamics: [],
			suggestions: [],
			...overrides,
		},
	});
	const effect = (delta: number, cues: string[]) => ({
		delta,
		cues,
		tones: { uncivil: 0, frustration: 0, attack: 0, heat: 0 },
		message: '',
	});

	it('reads the thread, the draft delta and the cues', () => {
		expect(threadTension(result({}), false)).toEqual({
			tense: false,
			frustrated: false,
			secondPerson: false,
			impatient: false,
		});
		expect(threadTension(result({}), true).tense).toBe(true);
		expect(threadTension(result({}, true), false).tense).toBe(true);
		expect(threadTension(result({ draft: effect(0.12, ['second-person', 'impatience']) }), false)).toEqual({
			tense: true,
			frustrated: false,
			secondPerson: true,
			impatient: true,
		});
		const frustrated = result({
			comments: [
				{
					index: 0,
					author: 'a',
					tones: { uncivil: 0, frustration: 0.7, attack: 0, heat: 0.6 },
					cues: ['bitter-frustration'],
				},
			],
		});
		expect(threadTension(frustrated, true).frustrated).toBe(true);
	});

	it('accepts only a well-formed value from the page', () => {
		expect(isThreadTension(FRUSTRATED)).toBe(true);
		expect(isThreadTension({ tense: 'yes' })).toBe(false);
		expect(isThreadTension(undefined)).toBe(false);
		// The optional summary (session 15) must be a short string when present.
		expect(isThreadTension({ ...FRUSTRATED, summary: 'dana has waited three weeks' })).toBe(true);
		expect(isThreadTension({ ...FRUSTRATED, summary: 5 })).toBe(false);
		expect(isThreadTension({ ...FRUSTRATED, summary: 'x'.repeat(2000) })).toBe(false);
	});

	it('tells an LLM what the tension is', () => {
		const [system] = buildMessages({
			text: 'You broke it.',
			flaggedSpans: [],
			dimensions: [],
			strategy: arm('soften.none.t0'),
			thread: FRUSTRATED,
		});
		expect(system?.content).toMatch(/tense right now/);
		expect(system?.content).toMatch(/acknowledge it first/);
		const [calm] = buildMessages({
			text: 'You broke it.',
			flaggedSpans: [],
			dimensions: [],
			strategy: arm('soften.none.t0'),
		});
		expect(calm?.content).not.toMatch(/tense right now/);
	});
});
