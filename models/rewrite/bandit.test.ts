import { describe, expect, it } from 'vitest';
import {
	armMeans,
	armOf,
	chooseStrategies,
	emptyBandit,
	parseBandit,
	recordOutcome,
	sampleBeta,
	seededRandom,
	updateBandit,
} from './bandit.ts';

describe('bandit', () => {
	it('converges to the best arm per context in a simulated environment', () => {
		// Each context has a different best strategy; rewards are noisy Bernoulli draws.
		const truth: Record<string, Record<string, number>> = {
			'Toxic Emotions': { a: 0.2, b: 0.8, c: 0.5, d: 0.4 },
			'Excessive Intensity': { a: 0.7, b: 0.3, c: 0.4, d: 0.2 },
		};
		const random = seededRandom(7);
		let state = emptyBandit();
		const picksLate = new Map<string, Record<string, number>>();
		for (let round = 0; round < 1500; round++) {
			for (const context of Object.keys(truth)) {
				const [arm = ''] = chooseStrategies(state, context, ['a', 'b', 'c', 'd'], 1, random);
				const reward = random() < (truth[context]?.[arm] ?? 0) ? 1 : 0;
				state = updateBandit(state, context, arm, reward);
				if (round < 1000) continue;
				const picks = picksLate.get(context) ?? {};
				picks[arm] = (picks[arm] ?? 0) + 1;
				picksLate.set(context, picks);
			}
		}
		expect((picksLate.get('Toxic Emotions')?.b ?? 0) / 500).toBeGreaterThan(0.85);
		expect((picksLate.get('Excessive Intensity')?.a ?? 0) / 500).toBeGreaterThan(0.85);
		const means = armMeans(state, 'Toxic Emotions', ['a', 'b']);
		expect(means.b).toBeCloseTo(0.8, 1);
	});

	it('user outcomes count more than a machine reward', () => {
		const s1 = recordOutcome(emptyBandit(), 'ctx', 'a', 'reject');
		expect(s1.arms.ctx?.a).toEqual([1, 4]);
		const s2 = recordOutcome(s1, 'ctx', 'a', 'accept');
		expect(s2.arms.ctx?.a).toEqual([4, 4]);
		expect(s1.arms.ctx?.a).toEqual([1, 4]); // pure: the old state is unchanged
	});

	it('chooses n distinct arms and round-trips through JSON', () => {
		const state = updateBandit(emptyBandit(), 'ctx', 'a', 0.9);
		const picks = chooseStrategies(state, 'ctx', ['a', 'b', 'c'], 2, seededRandom(1));
		expect(new Set(picks).size).toBe(2);
		expect(parseBandit(JSON.parse(JSON.stringify(state)))).toEqual(state);
		expect(parseBandit({ version: 2 })).toEqual(emptyBandit());
		expect(parseBandit({ version: 1, arms: { ctx: { a: [1, -1], b: [2, 3] } } })).toEqual({
			version: 1,
			arms: { ctx: { b: [2, 3] } },
		});
	});

	it('samples Beta with the right mean', () => {
		const random = seededRandom(3);
		let sum = 0;
		for (let i = 0; i < 4000; i++) sum += sampleBeta(2, 6, random);
		expect(sum / 4000).toBeCloseTo(0.25, 1);
	});
});

describe('the user tally (session 22: "What Tactful learned")', () => {
	it('counts applied and turned-down outcomes apart from the posterior, and survives a save and load', () => {
		let s = recordOutcome(emptyBandit(), 'ctx', 'a', 'accept');
		s = recordOutcome(s, 'ctx', 'a', 'reject');
		s = recordOutcome(s, 'ctx', 'a', 'edit');
		s = updateBandit(s, 'ctx', 'b', 0.7);
		expect(s.user).toEqual({ ctx: { a: [2, 1] } });
		expect(parseBandit(JSON.parse(JSON.stringify(s)))).toEqual(s);
	});
	it('a redo takes back the undo before it: one apply, undone and redone, is one apply (qa28: "2 applied, 1 turned down")', () => {
		const applied = recordOutcome(emptyBandit(), 'ctx', 'a', 'accept');
		const undone = recordOutcome(applied, 'ctx', 'a', 'reject');
		const redone = recordOutcome(undone, 'ctx', 'a', 'redo');
		expect(redone.user).toEqual({ ctx: { a: [1, 0] } });
		expect(redone.arms).toEqual(applied.arms);
		// A redo with no reject counted (what was learned was reset between) takes nothing below the prior.
		const lone = recordOutcome(emptyBandit(), 'ctx', 'a', 'redo');
		expect(lone.user).toEqual({ ctx: { a: [0, 0] } });
		expect(armOf(lone, 'ctx', 'a')).toEqual([1, 1]);
	});
	it('drops malformed counts and reads state saved before the tally existed', () => {
		expect(parseBandit({ version: 1, arms: {}, user: { ctx: { a: [1.5, 0], b: [2, 1] } } })).toEqual({
			version: 1,
			arms: {},
			user: { ctx: { b: [2, 1] } },
		});
		expect(parseBandit({ version: 1, arms: { ctx: { a: [2, 3] } } }).user).toBeUndefined();
	});
});
