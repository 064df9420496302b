/**
 * "What Tactful learned" in plain words (the history page): which rewrite styles the user's own outcomes favour,
 * and from how many. Read from the bandit's user tally (bandit.ts `user`), not its posteriors: those also hold
 * every suggestion's machine reward, so "you applied 3 Softened rewrites" would not be what they say.
 */
import type { BanditState } from './bandit.ts';
import { APPROACH_LABELS } from './strategies.ts';
import type { Strategy } from './types.ts';

export interface LearnedStyle {
	/** The card's name for it ("Softened"). */
	label: string;
	applied: number;
	declined: number;
}

export interface LearnedSummary {
	/** The user's outcomes since the preferences were last reset (or deleted with the history). */
	applied: number;
	declined: number;
	/** One or two sentences: what was learned, or that nothing was. */
	words: string;
	/** Each style the user met, the most favoured first. */
	styles: LearnedStyle[];
	/** Anything to reset (a user outcome, or machine rewards alone). */
	learned: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A style's standing from the user's outcomes alone: Beta(1 + applied, 1 + declined)'s mean. */
const standing = (s: LearnedStyle) => (1 + s.applied) / (2 + s.applied + s.declined);

/** The summary of a bandit state (a fresh one: nothing learned). */
export function learnedSummary(state: BanditState): LearnedSummary {
	const byLabel = new Map<string, LearnedStyle>();
	for (const row of Object.values(state.user ?? {}))
		for (const [strategy, [applied, declined]] of Object.entries(row)) {
			const template = strategy.split('.')[0] as Strategy['template'];
			const label = APPROACH_LABELS[template] ?? 'Other';
			const style = byLabel.get(label) ?? { label, applied: 0, declined: 0 };
			style.applied += applied;
			style.declined += declined;
			byLabel.set(label, style);
		}
	const styles = [...byLabel.values()]
		.filter((s) => s.applied + s.declined > 0)
		.sort((a, b) => standing(b) - standing(a) || b.applied - a.applied || a.label.localeCompare(b.label));
	const applied = styles.reduce((n, s) => n + s.applied, 0);
	const declined = styles.reduce((n, s) => n + s.declined, 0);
	const learned = styles.length > 0 || Object.keys(state.arms).length > 0;
	if (applied + declined === 0)
		return {
			applied,
			declined,
			styles,
			learned,
			words:
				'Nothing learned from you yet: you have not applied or turned down a rewrite. Every style starts out equal.',
		};
	const from = `From ${plural(applied, 'rewrite')} you applied and ${declined} you turned down`;
	const [best, second] = styles;
	const worst = styles.length > 1 ? styles[styles.length - 1] : undefined;
	const leans =
		best && standing(best) > 0.5 && (!second || standing(best) > standing(second))
			? `it now leans towards “${best.label}” rewrites`
			: undefined;
	const away = worst && standing(worst) < 0.5 ? `away from “${worst.label}”` : undefined;
	const words = leans
		? `${from}, ${leans}${away ? `, and ${away}` : ''}.`
		: away
			? `${from}, it now leans ${away}; no style stands out as the one you prefer.`
			: `${from}, no style stands out yet.`;
	return { applied, declined, styles, learned, words };
}
