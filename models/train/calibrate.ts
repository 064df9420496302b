/**
 * Calibration: a Platt slope fitted around a chosen decision threshold, so that p = sigmoid(a·(z − t)) is a
 * fair probability and crosses 0.5 exactly at the threshold picked on validation. The map is affine in the
 * logit, so it is folded into the output layer and the exported model needs no extra step.
 */
import type { MlpParams } from './mlp.ts';

/** Fits the slope a > 0 of sigmoid(a·(z − t)) by weighted maximum likelihood (golden-section search). */
export function fitSlope(
	logits: ArrayLike<number>,
	labels: ArrayLike<number>,
	weights: ArrayLike<number>,
	t: number,
): number {
	const nll = (a: number) => {
		let loss = 0;
		for (let i = 0; i < labels.length; i++) {
			const z = a * ((logits[i] as number) - t);
			const y = labels[i] as number;
			// log(1 + e^-|z|) form keeps large logits finite.
			const softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
			loss += (weights[i] as number) * (softplus - y * z);
		}
		return loss;
	};
	let lo = 0.02;
	let hi = 5;
	const g = (Math.sqrt(5) - 1) / 2;
	for (let k = 0; k < 60; k++) {
		const m1 = hi - g * (hi - lo);
		const m2 = lo + g * (hi - lo);
		if (nll(m1) < nll(m2)) hi = m2;
		else lo = m1;
	}
	return (lo + hi) / 2;
}

/** Folds z' = a·(z − t) into head h of the output layer. */
export function foldCalibration(p: MlpParams, head: number, a: number, t: number): void {
	for (let d = 0; d < p.dim; d++) p.W2[d * p.heads + head] = (p.W2[d * p.heads + head] as number) * a;
	p.b2[head] = a * ((p.b2[head] as number) - t);
}
