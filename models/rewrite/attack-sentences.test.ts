import { describe, expect, it } from 'vitest';
import { FakeScorer } from '../scoring/fake-scorer.ts';
import { checkAttacks, KEEPS_ATTACK, leastAttack, sentencesOf } from './attack-sentences.ts';
import { seededRandom } from './bandit.ts';
import { suggestRewrite } from './engine.ts';
import type { RewriterBackend } from './types.ts';

describe('attack sentences (session 22, fixer9)', () => {
	it('never drops a sentence with code, a number or a link, and never scores a quote or a code block', () => {
		const text =
			'Use `retry()` here. Wait 30 s. See https://x.example.org/a. This is stupid.\n\n> you are wrong\n\nOk.';
		const s = sentencesOf(text);
		expect(s.map((x) => [x.text.trim(), x.kept, x.quoted])).toEqual([
			['Use `retry()` here.', true, false],
			['Wait 30 s.', true, false],
			['See https://x.example.org/a.', true, false],
			['This is stupid.', false, false],
			['> you are wrong', true, true],
			['Ok.', false, false],
		]);
	});

	it('drops only the sentences the scorer flags, keeping fair ones that hold a "judging" word', async () => {
		const draft =
			'@ines this refactor is garbage. The import block is a mess right now, so please sort it. Also this is stupid.';
		const scorer = new FakeScorer();
		const [score] = await scorer.score([draft]);
		if (!score) throw new Error('no score');
		const minimal =
			'@ines this refactor is garbage. The import block is a mess right now, so please sort it. Also this is stupid.';
		const { held, trimmed } = await checkAttacks(draft, score, [minimal], scorer);
		expect(held[0]).toContain('stupid');
		// The first sentence holds a mention: it stays (its insult is the rules' to reword), the flagged one goes.
		expect(trimmed[0]).toBe(
			'@ines this refactor is garbage. The import block is a mess right now, so please sort it.',
		);
	});

	it('leastAttack leaves out what every candidate keeps and keeps the reward order', () => {
		const held: Record<string, string[]> = {
			a: ['doc', 'garbage'],
			b: ['doc'],
			c: ['doc'],
			d: ['doc', '§x'],
		};
		expect(leastAttack(['a', 'b', 'c', 'd'], (c) => held[c] ?? [])).toEqual(['b', 'c']);
		expect(leastAttack(['a', 'd'], (c) => held[c] ?? [])).toEqual(['a', 'd']);
		expect(leastAttack([], () => [])).toEqual([]);
	});

	it('at every dial position the top drops the attack and "keep my words" keeps every other word', async () => {
		const draft = 'The retry loop never stops. Honestly this is stupid. Cap it at 30 s, please.';
		// Like the real scorer, it reads a word in context: "stupid" flags a short sentence, not a whole long
		// candidate, so a light candidate that keeps it passes the warning line.
		const fake = new FakeScorer();
		const scorer = {
			async score(texts: readonly string[]) {
				const masked = texts.map((t) => (t.length > 60 && t !== draft ? t.replace(/stupid/g, 'plain') : t));
				return (await fake.score(masked)).map((r, i) => ({ ...r, text: texts[i] ?? '' }));
			},
		};
		const backend: RewriterBackend = {
			id: 'local',
			async *generate(request) {
				const text =
					request.strategy.template === 'minimal'
						? 'The retry loop never stops. Honestly this is stupid. Cap it at 30 s, please!'
						: 'I think the loop should stop after a while, so could we cap it at 30 s, please?';
				yield text;
				return { text, finish: 'stop' as const };
			},
		};
		for (const weight of [0, 0.5, 1]) {
			const { suggestion } = await suggestRewrite(
				{ text: draft },
				{ backend, scorer, weight, n: 50, random: seededRandom(1) },
			);
			const top = suggestion.candidates[0]?.rewrite ?? '';
			expect(top, `w ${weight}`).not.toMatch(/stupid/);
			if (weight === 0) expect(top).toBe('The retry loop never stops. Cap it at 30 s, please!');
			expect(suggestion.rejected.map((r) => r.rejected)).toContain(KEEPS_ATTACK);
		}
	});
});
