/**
 * The strategy policy: Thompson sampling over Beta posteriors, one per (context, strategy), where the context
 * is the strongest flagged dimension. Rewards in 0..1 update the posterior fractionally (α += r, β += 1 − r).
 * Machine rewards count once; the user's accept / edit / reject counts USER_WEIGHT times, because it is the
 * signal that matters. State is plain JSON so the background can save it in Dexie and load it back.
 */

import { mulberry32 } from '../random.ts';
import type { RewriteOutcome } from './types.ts';

/** Serialisable bandit state: context → strategy id → [α, β]. */
export interface BanditState {
	version: 1;
	arms: Record<string, Record<string, [number, number]>>;
	/**
	 * The user's own outcomes, context → strategy id → [applied, turned down], counted apart from the posteriors
	 * (which mix them with machine rewards): "What Tactful learned" says from how many of each it learned.
	 * Absent in state saved before session 22, and until the first outcome.
	 */
	user?: Record<string, Record<string, [number, number]>>;
}

/** How strongly one user outcome counts against one machine reward. */
export const USER_WEIGHT = 3;

/** The reward a user outcome stands for: accepted as is, accepted then edited, or dismissed. */
export const OUTCOME_REWARD: Record<Exclude<RewriteOutcome, 'redo'>, number> = {
	accept: 1,
	edit: 0.6,
	reject: 0,
};

/** A fresh bandit with the uniform Beta(1, 1) prior everywhere. */
export function emptyBandit(): BanditState {
	return { version: 1, arms: {} };
}

/** Posterior parameters of one arm (the prior when never seen). */
export function armOf(state: BanditState, context: string, strategy: string): [number, number] {
	return state.arms[context]?.[strategy] ?? [1, 1];
}

/** Returns a new state with `reward` (0..1) applied `times` times to one arm. Pure. */
export function updateBandit(
	state: BanditState,
	context: string,
	strategy: string,
	reward: number,
	times = 1,
): BanditState {
	const r = Math.min(1, Math.max(0, Number.isFinite(reward) ? reward : 0));
	const [alpha, beta] = armOf(state, context, strategy);
	return {
		...state,
		version: 1,
		arms: {
			...state.arms,
			[context]: { ...state.arms[context], [strategy]: [alpha + r * times, beta + (1 - r) * times] },
		},
	};
}

/**
 * Applies a user's outcome for a strategy (USER_WEIGHT observations). A `redo` takes back one earlier `reject` of
 * the arm (the undo it cancels): the reject's weight comes off β and off the turned-down count, and the apply that
 * was undone counts again as it was, once.
 */
export function recordOutcome(
	state: BanditState,
	context: string,
	strategy: string,
	outcome: RewriteOutcome,
): BanditState {
	const [applied, declined] = state.user?.[context]?.[strategy] ?? [0, 0];
	if (outcome === 'redo') {
		const [alpha, beta] = armOf(state, context, strategy);
		const tally: [number, number] = [applied, Math.max(0, declined - 1)];
		return {
			...state,
			version: 1,
			// Not below the prior: a redo whose reject was not counted here (a reset between) takes nothing back.
			arms: {
				...state.arms,
				[context]: { ...state.arms[context], [strategy]: [alpha, Math.max(1, beta - USER_WEIGHT)] },
			},
			user: { ...state.user, [context]: { ...state.user?.[context], [strategy]: tally } },
		};
	}
	const next = updateBandit(state, context, strategy, OUTCOME_REWARD[outcome], USER_WEIGHT);
	const tally: [number, number] = outcome === 'reject' ? [applied, declined + 1] : [applied + 1, declined];
	return { ...next, user: { ...state.user, [context]: { ...state.user?.[context], [strategy]: tally } } };
}

/**
 * Picks `n` distinct strategies for a context: each arm draws θ ~ Beta(α, β); the highest draws win.
 * `random` is injectable (seeded in tests).
 */
export function chooseStrategies(
	state: BanditState,
	context: string,
	strategyIds: readonly string[],
	n: number,
	random: () => number = Math.random,
): string[] {
	return strategyIds
		.map((id) => ({ id, draw: sampleBeta(...armOf(state, context, id), random) }))
		.sort((a, b) => b.draw - a.draw)
		.slice(0, Math.max(0, n))
		.map((arm) => arm.id);
}

/** Posterior mean of each arm in a context (for display and tests). */
export function armMeans(
	state: BanditState,
	context: string,
	strategyIds: readonly string[],
): Record<string, number> {
	return Object.fromEntries(
		strategyIds.map((id) => {
			const [a, b] = armOf(state, context, id);
			return [id, a / (a + b)];
		}),
	);
}

/** Validates JSON loaded from storage; anything malformed becomes a fresh bandit rather than a crash. */
export function parseBandit(value: unknown): BanditState {
	if (!value || typeof value !== 'object' || (value as BanditState).version !== 1) return emptyBandit();
	const arms: BanditState['arms'] = {};
	for (const [context, row] of Object.entries((value as BanditState).arms ?? {})) {
		if (!row || typeof row !== 'object') continue;
		for (const [id, ab] of Object.entries(row)) {
			if (Array.isArray(ab) && ab.length === 2 && ab.every((x) => Number.isFinite(x) && x > 0)) {
				arms[context] ??= {};
				arms[context][id] = [ab[0], ab[1]];
			}
		}
	}
	const user: NonNullable<BanditState['user']> = {};
	for (const [context, row] of Object.entries((value as BanditState).user ?? {})) {
		if (!row || typeof row !== 'object') continue;
		for (const [id, counts] of Object.entries(row)) {
			if (
				Array.isArray(counts) &&
				counts.length === 2 &&
				counts.every((x) => Number.isInteger(x) && x >= 0)
			) {
				user[context] ??= {};
				user[context][id] = [counts[0], counts[1]];
			}
		}
	}
	return Object.keys(user).length > 0 ? { version: 1, arms, user } : { version: 1, arms };
}

/** The shared seeded PRNG (models/random.ts), under the name this module's callers use. */
export const seededRandom = mulberry32;

function sampleNormal(random: () => number): number {
	const u = Math.max(random(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1) by Marsaglia–Tsang (with the shape < 1 boost). */
function sampleGamma(shape: number, random: () => number): number {
	if (shape < 1) return sampleGamma(shape + 1, random) * random() ** (1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = sampleNormal(random);
		const v = (1 + c * x) ** 3;
		if (v <= 0) continue;
		const u = random();
		if (Math.log(Math.max(u, 1e-12)) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
	}
}

/** θ ~ Beta(α, β). */
export function sampleBeta(alpha: number, beta: number, random: () => number = Math.random): number {
	const x = sampleGamma(alpha, random);
	const y = sampleGamma(beta, random);
	return x / (x + y);
}
