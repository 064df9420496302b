/**
 * What the user's switched-off signals (`ScoreOptions.disabledDimensions`) take out of a verdict, so that a signal
 * switched off never warns through another head: a switched-off dimension never counts; with the toxic head
 * (`TOXICITY`) off, neither do the dimensions the toxic fold lifted to its probability (toxic-fold.ts), which only
 * repeat it; and the overall head does not count when its reason is one the user switched off (every
 * sub-dimension that reaches the threshold is off, and none left on is even half way there), which would
 * otherwise warn as "Tone".
 */
import { FOLDED_HEADS } from './toxic-fold.ts';
import { DIMENSIONS, type Dimension, type Signal, TOXICITY } from './types.ts';

/** The dimensions whose probability may flag a draft, given the signals switched off and the threshold `t`. */
export function dimensionsThatCount(
	raw: { dimensions: Record<Dimension, number>; inappropriateFromToxic?: boolean },
	disabled: ReadonlySet<Signal>,
	t: number,
): Dimension[] {
	if (disabled.size === 0) return [...DIMENSIONS];
	const echo = new Set<Dimension>(disabled.has(TOXICITY) && raw.inappropriateFromToxic ? FOLDED_HEADS : []);
	const off = (d: Dimension) => disabled.has(d) || echo.has(d);
	const subs = DIMENSIONS.filter((d) => d !== 'Inappropriateness');
	const reasonOff =
		subs.some((d) => off(d) && raw.dimensions[d] >= t) &&
		!subs.some((d) => !off(d) && raw.dimensions[d] >= t / 2);
	return DIMENSIONS.filter((d) => !off(d) && !(d === 'Inappropriateness' && reasonOff));
}
