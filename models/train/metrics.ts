/** Binary classification metrics used by the trainer (model selection, calibration) and the eval script. */

/** Confusion counts at a threshold. */
export function confusion(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number) {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let tn = 0;
	for (let i = 0; i < labels.length; i++) {
		const pos = (scores[i] as number) >= threshold;
		if (labels[i] === 1) pos ? tp++ : fn++;
		else pos ? fp++ : tn++;
	}
	return { tp, fp, fn, tn };
}

/** F1 of the positive class. */
export function f1(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): number {
	const { tp, fp, fn } = confusion(scores, labels, threshold);
	return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Mean of the positive-class and negative-class F1 (the appropriateness paper's macro-F1). */
export function macroF1(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): number {
	const { tp, fp, fn, tn } = confusion(scores, labels, threshold);
	const pos = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
	const neg = tn === 0 ? 0 : (2 * tn) / (2 * tn + fn + fp);
	return (pos + neg) / 2;
}

/** Area under the ROC curve (rank statistic, ties averaged). */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
	const idx = Array.from({ length: labels.length }, (_, i) => i).sort(
		(a, b) => (scores[a] as number) - (scores[b] as number),
	);
	let rankSum = 0;
	let pos = 0;
	for (let i = 0; i < idx.length; ) {
		let j = i;
		while (j + 1 < idx.length && scores[idx[j + 1] as number] === scores[idx[i] as number]) j++;
		const rank = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) {
			if (labels[idx[k] as number] === 1) {
				rankSum += rank;
				pos++;
			}
		}
		i = j + 1;
	}
	const neg = labels.length - pos;
	return pos === 0 || neg === 0 ? Number.NaN : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Candidate thresholds: quantiles of the scores (at most ~200, so searches stay cheap). */
export function candidateThresholds(scores: ArrayLike<number>): number[] {
	const sorted = Array.from(scores).sort((a, b) => a - b);
	const step = Math.max(1, Math.floor(sorted.length / 200));
	const out: number[] = [];
	for (let i = 0; i < sorted.length; i += step) out.push(sorted[i] as number);
	return out;
}

/** The threshold maximising `metric`, and its value. */
export function bestThreshold(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	metric: (s: ArrayLike<number>, l: ArrayLike<number>, t: number) => number = f1,
): { threshold: number; value: number } {
	let best = { threshold: 0, value: -1 };
	for (const t of candidateThresholds(scores)) {
		const value = metric(scores, labels, t);
		if (value > best.value) best = { threshold: t, value };
	}
	return best;
}

/**
 * Like bestThreshold, but among thresholds within `slack` of the best value picks the highest: the same
 * F1 with fewer false alarms (a writing aid must not nag).
 */
export function strictBestThreshold(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	slack = 0.005,
	metric: (s: ArrayLike<number>, l: ArrayLike<number>, t: number) => number = f1,
): { threshold: number; value: number } {
	const candidates = candidateThresholds(scores).map((t) => ({
		threshold: t,
		value: metric(scores, labels, t),
	}));
	const best = Math.max(...candidates.map((c) => c.value));
	return (
		candidates.filter((c) => c.value >= best - slack).sort((a, b) => b.threshold - a.threshold)[0] ?? {
			threshold: 0,
			value: best,
		}
	);
}

/** The lowest threshold whose precision reaches `precision` (the highest score if none does). */
export function thresholdAtPrecision(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	precision: number,
): number {
	for (const t of candidateThresholds(scores)) {
		const { tp, fp } = confusion(scores, labels, t);
		if (tp > 0 && tp / (tp + fp) >= precision) return t;
	}
	return Math.max(...Array.from(scores));
}
