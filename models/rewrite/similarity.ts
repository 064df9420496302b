/**
 * Similarity of a candidate to the draft, in 0..1, cheap enough to run on every candidate in the browser.
 *
 * The paper (Ziegenbein et al. 2024) used BERTScore, which needs a second transformer per candidate. We use
 * chrF++ (Popović 2017: character 1–6-grams plus word 1–2-grams, F-score): no model, ~0.3 ms per pair. On 1,000
 * ParaDetox sources it tells the human rewrite from an unrelated rewrite with AUC 0.991 (token F1: 0.992, 0.02 ms),
 * so both discriminate alike; chrF++ is kept because character n-grams also credit inflected and misspelt forms
 * ("tests"/"test", "stupidity"/"stupid") that word overlap scores as total misses, and 4 candidates cost ~1 ms.
 * Reproduce: `npm run eval:rewrite -- --similarity-check ../shared/data/paradetox/pairs.jsonl`.
 */

const CHAR_ORDER = 6;
const WORD_ORDER = 2;

function ngramCounts(units: readonly string[], n: number, joiner: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (let i = 0; i + n <= units.length; i++) {
		const gram = units.slice(i, i + n).join(joiner);
		counts.set(gram, (counts.get(gram) ?? 0) + 1);
	}
	return counts;
}

/** [matches, hypothesis total, reference total] for one n-gram order. */
function overlap(hyp: Map<string, number>, ref: Map<string, number>): [number, number, number] {
	let matches = 0;
	let hypTotal = 0;
	let refTotal = 0;
	for (const [gram, count] of hyp) {
		hypTotal += count;
		matches += Math.min(count, ref.get(gram) ?? 0);
	}
	for (const count of ref.values()) refTotal += count;
	return [matches, hypTotal, refTotal];
}

/** Lower-cased words (letters/digits runs); punctuation carries no meaning for similarity. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

/**
 * chrF++ with β = 1 (symmetric: dropping words and adding words cost alike). Averages precision and recall over
 * the n-gram orders that exist in both strings, as sacreBLEU's effective order does, so short texts are fair.
 */
export function chrF(candidate: string, draft: string, beta = 1): number {
	if (candidate === draft) return 1;
	const hypChars = [...candidate.toLowerCase().replace(/\s+/g, ' ').trim()];
	const refChars = [...draft.toLowerCase().replace(/\s+/g, ' ').trim()];
	const hypWords = words(candidate);
	const refWords = words(draft);
	const orders: [number, number, number][] = [];
	for (let n = 1; n <= CHAR_ORDER; n++) {
		orders.push(overlap(ngramCounts(hypChars, n, ''), ngramCounts(refChars, n, '')));
	}
	for (let n = 1; n <= WORD_ORDER; n++) {
		orders.push(overlap(ngramCounts(hypWords, n, ' '), ngramCounts(refWords, n, ' ')));
	}
	let precision = 0;
	let recall = 0;
	let effective = 0;
	for (const [matches, hypTotal, refTotal] of orders) {
		if (hypTotal === 0 || refTotal === 0) continue;
		precision += matches / hypTotal;
		recall += matches / refTotal;
		effective++;
	}
	if (effective === 0) return 0;
	precision /= effective;
	recall /= effective;
	if (precision + recall === 0) return 0;
	const b2 = beta * beta;
	return ((1 + b2) * precision * recall) / (b2 * precision + recall);
}

/** Bag-of-words F1 (the simpler baseline chrF++ is compared against in the eval). */
export function tokenF1(candidate: string, draft: string): number {
	const [matches, hypTotal, refTotal] = overlap(
		ngramCounts(words(candidate), 1, ' '),
		ngramCounts(words(draft), 1, ' '),
	);
	if (matches === 0) return hypTotal === 0 && refTotal === 0 ? 1 : 0;
	const p = matches / hypTotal;
	const r = matches / refTotal;
	return (2 * p * r) / (p + r);
}

/** The similarity the reward uses. */
export const similarity = chrF;
