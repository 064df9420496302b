import { describe, expect, it, vi } from 'vitest';
import { FakeScorer } from '../scoring/fake-scorer.ts';
import { emptyBandit, seededRandom } from './bandit.ts';
import { flaggedDimensions, suggestRewrite } from './engine.ts';
import { RewriteError } from './errors.ts';
import { createLexiconScorer } from './lexicon-scorer.ts';
import { createOfflineBackend } from './offline-fixer.ts';
import { OFFLINE_STRATEGIES } from './strategies.ts';
import { CUT_OFF, type RewriteProgress } from './stream.ts';
import type { RewriterBackend } from './types.ts';

const scorer = createLexiconScorer();

describe('suggestRewrite', () => {
	it('ranks offline candidates by reward, rejects still-flagged ones, and credits the bandit', async () => {
		const draft = 'You never test your code, you idiot. This PR is GARBAGE!!! See #12.';
		const { suggestion, bandit } = await suggestRewrite(
			{ text: draft },
			{ backend: createOfflineBackend(), scorer, random: seededRandom(1) },
		);
		expect(suggestion.source).toBe(draft);
		expect(suggestion.candidates.length).toBeGreaterThan(0);
		const rewards = suggestion.candidates.map((c) => c.reward);
		expect(rewards).toEqual([...rewards].sort((a, b) => b - a));
		for (const c of suggestion.candidates) {
			expect(c.rewrite).toContain('#12');
			expect(c.reward).toBeCloseTo(0.5 * c.appropriate + 0.5 * c.similarity, 10);
		}
		expect(suggestion.context).toBe('Toxic Emotions');
		const arms = bandit.arms['Toxic Emotions'] ?? {};
		// The offline fixer is instant: every one of its arms gives a candidate and is credited.
		expect(Object.keys(arms).length).toBe(OFFLINE_STRATEGIES.length);
	});

	it('the weight dial trades civility for similarity', async () => {
		const draft = 'This is STUPID and honestly the docs are crap.';
		const civil = await suggestRewrite(
			{ text: draft },
			{ backend: createOfflineBackend(), scorer, weight: 1 },
		);
		const close = await suggestRewrite(
			{ text: draft },
			{ backend: createOfflineBackend(), scorer, weight: 0 },
		);
		expect(civil.suggestion.weight).toBe(1);
		expect(civil.suggestion.candidates[0]?.reward).toBeCloseTo(
			civil.suggestion.candidates[0]?.appropriate ?? -1,
			10,
		);
		expect(close.suggestion.candidates[0]?.reward).toBeCloseTo(
			close.suggestion.candidates[0]?.similarity ?? -1,
			10,
		);
	});

	it('keeps going when one strategy fails, stops at once on auth errors', async () => {
		let calls = 0;
		const flaky: RewriterBackend = {
			id: 'openai',
			async *generate(request) {
				calls++;
				if (calls === 1) throw new RewriteError('server');
				const text = request.text.replace('stupid', 'odd');
				yield text;
				return { text, finish: 'stop' };
			},
		};
		const ok = await suggestRewrite({ text: 'This is stupid.' }, { backend: flaky, scorer, n: 3 });
		expect(ok.suggestion.candidates[0]?.rewrite).toBe('This is odd.');
		const denied: RewriterBackend = {
			id: 'openai',
			// biome-ignore lint/correctness/useYield: a backend that fails before its first token
			async *generate() {
				throw new RewriteError('unauthorized');
			},
		};
		await expect(
			suggestRewrite({ text: 'x' }, { backend: denied, scorer, bandit: emptyBandit() }),
		).rejects.toMatchObject({
			code: 'unauthorized',
		});
	});

	it.each(['timeout', 'rate-limited', 'not-found', 'unreachable'] as const)(
		'a server-wide %s stops at once instead of failing each of the N strategies in turn',
		async (code) => {
			let calls = 0;
			const failing: RewriterBackend = {
				id: 'openai',
				// biome-ignore lint/correctness/useYield: fails before its first chunk, as a stalled server does
				async *generate() {
					calls++;
					throw new RewriteError(code);
				},
			};
			await expect(
				suggestRewrite({ text: 'This is STUPID!!' }, { backend: failing, scorer, n: 4 }),
			).rejects.toMatchObject({ code });
			// A 30 s time-out per strategy would keep the card at "Writing a suggestion…" for two minutes.
			expect(calls).toBe(1);
		},
	);

	it('lists flagged sub-dimensions strongest first', async () => {
		const [score] = await scorer.score(['YOU ARE AN IDIOT!!!']);
		expect(score && flaggedDimensions(score)[0]).toBe('Toxic Emotions');
	});

	it('works against the scoring engine’s FakeScorer (the shared test double)', async () => {
		const fake = new FakeScorer();
		const draft = 'Shut up, this is a stupid idea and `npm test` proves it.';
		const { suggestion } = await suggestRewrite(
			{ text: draft },
			{ backend: createOfflineBackend(), scorer: fake },
		);
		expect(suggestion.context).toBe('Toxic Emotions');
		expect(suggestion.candidates[0]?.rewrite).toBe('This is an unwise idea and `npm test` proves it.');
		expect(fake.calls[0]).toEqual([draft]);
	});

	it('reports each candidate as it starts, streams and ends, and never offers one cut off at the length limit', async () => {
		let calls = 0;
		const backend: RewriterBackend = {
			id: 'local',
			async *generate() {
				calls++;
				yield 'This is ';
				if (calls === 1) return { text: 'This is ', finish: 'length' };
				yield 'odd.';
				return { text: 'This is odd.', finish: 'stop' };
			},
		};
		const events: RewriteProgress[] = [];
		const { suggestion } = await suggestRewrite(
			{ text: 'This is stupid.' },
			{ backend, scorer, n: 2, onProgress: (e) => events.push(e) },
		);
		expect(events.map((e) => e.kind)).toEqual([
			'candidate',
			'chunk',
			'end',
			'candidate',
			'chunk',
			'chunk',
			'end',
		]);
		expect(events[0]).toMatchObject({ kind: 'candidate', index: 0, total: 2 });
		expect(events[2]).toEqual({ kind: 'end', index: 0, finish: 'length' });
		expect(suggestion.candidates.map((c) => c.rewrite)).toEqual(['This is odd.']);
		expect(suggestion.rejected).toMatchObject([{ rewrite: 'This is', rejected: CUT_OFF, reward: 0 }]);
	});

	it('while a server has not started its answer, says so every second, naming it, until the first chunk', async () => {
		vi.useFakeTimers();
		try {
			let release!: () => void;
			const loaded = new Promise<void>((resolve) => {
				release = resolve;
			});
			const backend: RewriterBackend = {
				id: 'openai',
				server: 'localhost:11434',
				async *generate() {
					await loaded; // the model loading cold
					yield 'This is ';
					yield 'odd.';
					return { text: 'This is odd.', finish: 'stop' };
				},
			};
			const events: RewriteProgress[] = [];
			const done = suggestRewrite(
				{ text: 'This is stupid.' },
				{
					backend,
					scorer,
					n: 1,
					onProgress: (e) => events.push(e),
					waitNotice: { afterMs: 3000, everyMs: 1000 },
				},
			);
			await vi.advanceTimersByTimeAsync(5500);
			release();
			await vi.advanceTimersByTimeAsync(5000);
			await done;
			expect(events.map((e) => (e.kind === 'waiting' ? e.seconds : e.kind))).toEqual([
				'candidate',
				3,
				4,
				5,
				'chunk',
				'chunk',
				'end',
			]);
			expect(events[1]).toEqual({ kind: 'waiting', index: 0, seconds: 3, server: 'localhost:11434' });
			expect(vi.getTimerCount()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});

	it('stops counting when the request fails or is stopped before any answer', async () => {
		vi.useFakeTimers();
		try {
			const controller = new AbortController();
			const backend: RewriterBackend = {
				id: 'openai',
				async *generate(_request, signal) {
					await new Promise((_, reject) =>
						signal?.addEventListener('abort', () => reject(new RewriteError('aborted'))),
					);
					return { text: '', finish: 'stop' };
				},
			};
			const events: RewriteProgress[] = [];
			const done = suggestRewrite(
				{ text: 'This is stupid.' },
				{ backend, scorer, n: 1, onProgress: (e) => events.push(e), waitNotice: { afterMs: 1000 } },
				controller.signal,
			).catch((e: unknown) => e);
			await vi.advanceTimersByTimeAsync(2500);
			controller.abort();
			expect(await done).toMatchObject({ code: 'aborted' });
			const count = events.length;
			await vi.advanceTimersByTimeAsync(10_000);
			expect(events.length).toBe(count);
			expect(events.filter((e) => e.kind === 'waiting')).toEqual([
				{ kind: 'waiting', index: 0, seconds: 1 },
				{ kind: 'waiting', index: 0, seconds: 2 },
			]);
			expect(vi.getTimerCount()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});

	it("does not stream the offline fixer's unchecked candidates to the card, only which one it is on", async () => {
		const events: RewriteProgress[] = [];
		await suggestRewrite(
			{ text: 'You are a f*cking id1ot, this PR is sh1t.' },
			{ backend: createOfflineBackend(), scorer, onProgress: (e) => events.push(e) },
		);
		expect(events.some((e) => e.kind === 'candidate')).toBe(true);
		expect(events.filter((e) => e.kind === 'chunk')).toEqual([]);
	});

	it('when every candidate was cut off, answers with them as rejected rather than an error', async () => {
		const backend: RewriterBackend = {
			id: 'openai',
			async *generate() {
				yield 'This is';
				return { text: 'This is', finish: 'length' };
			},
		};
		const { suggestion } = await suggestRewrite({ text: 'This is stupid.' }, { backend, scorer, n: 2 });
		expect(suggestion.candidates).toEqual([]);
		expect(suggestion.rejected.every((c) => c.rejected === CUT_OFF)).toBe(true);
	});

	it('an abort between candidates ends the request as aborted, even after a backend finished cleanly', async () => {
		const controller = new AbortController();
		await expect(
			suggestRewrite(
				{ text: 'This is STUPID!!' },
				{
					backend: createOfflineBackend(),
					scorer,
					n: 2,
					onProgress: (e) => e.kind === 'end' && controller.abort(),
				},
				controller.signal,
			),
		).rejects.toMatchObject({ code: 'aborted' });
	});
});
