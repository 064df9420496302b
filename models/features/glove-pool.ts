/**
 * Pooled GloVe features of a draft (EXPERIMENT, session 7): the featuriser's words (normalised, quotes and
 * code blanked), lowercased, looked up in pretrained word vectors (contractions split GloVe-style, "don't"
 * → "don" + "'t"), pooled by a SIF-weighted mean (a / (a + p(w)), p from Zipf's law over GloVe's
 * frequency-ordered vocabulary) and/or an element-wise max.
 */
import type { WordVectors } from '../train/glove.ts';

/** SIF smoothing constant (Arora et al. 2017 use 1e-3). */
const SIF_A = 1e-3;

/** Rows of `words` in `glove` (unknown words skipped). */
export function gloveRows(glove: WordVectors, words: readonly string[]): number[] {
	const out: number[] = [];
	for (const raw of words) {
		const w = raw.toLowerCase();
		const r = glove.index.get(w);
		if (r !== undefined) out.push(r);
		else if (w.includes("'")) {
			const [head, ...tail] = w.split("'");
			for (const part of [head ?? '', ...tail.map((x) => `'${x}`)]) {
				const q = glove.index.get(part);
				if (q !== undefined) out.push(q);
			}
		}
	}
	return out;
}

/** SIF weight of GloVe row `rank` (rows are in frequency order). */
export function sifWeight(rank: number, vocabulary: number): number {
	const harmonic = Math.log(vocabulary) + 0.5772;
	return SIF_A / (SIF_A + 1 / ((rank + 1) * harmonic));
}

/** Pooled features: "sif" (weighted mean, dim) and/or "max" (dim), in the order given; zeros when no word is known. */
export function poolGlove(
	glove: WordVectors,
	words: readonly string[],
	kinds: readonly ('sif' | 'max')[],
): number[] {
	const rows = gloveRows(glove, words);
	const dim = glove.dim;
	const out: number[] = [];
	for (const kind of kinds) {
		const acc = new Float64Array(dim).fill(kind === 'max' ? Number.NEGATIVE_INFINITY : 0);
		let total = 0;
		for (const r of rows) {
			const w = kind === 'sif' ? sifWeight(r, glove.words.length) : 1;
			total += w;
			for (let d = 0; d < dim; d++) {
				const v = glove.vectors[r * dim + d] as number;
				acc[d] = kind === 'max' ? Math.max(acc[d] as number, v) : (acc[d] as number) + w * v;
			}
		}
		for (let d = 0; d < dim; d++) {
			if (rows.length === 0) out.push(0);
			else out.push(kind === 'max' ? (acc[d] as number) : (acc[d] as number) / total);
		}
	}
	return out;
}
