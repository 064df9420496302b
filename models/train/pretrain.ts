/**
 * Self-supervised pretraining of the hashed embedding table: subword skip-gram with negative sampling
 * (Bojanowski et al. 2017, fastText's `-pretrainedVectors`). A word's input vector is the sum of the table
 * rows of its featuriser ids (its word id and its char 3–5-gram ids, hashed exactly as `featurize` hashes
 * them), trained to predict the words around it in unlabelled text. The supervised MLP then starts from
 * these rows instead of noise, so a rare word that shares char-grams with a frequent one starts near it.
 * Seeded and single-threaded: the same texts and seed give the same table.
 */
import { type FeatureConfig, featurizeTokens, tokenize } from '../features/featurize.ts';
import { mulberry32 } from '../random.ts';

/** Skip-gram settings. */
export interface PretrainOptions {
	dim: number;
	epochs: number;
	/** Largest context distance; each centre word draws its window from 1..window (word2vec). */
	window: number;
	negatives: number;
	/** Start learning rate, decayed linearly to 0. */
	lr: number;
	/** Frequent-word subsampling threshold (word2vec's t). */
	subsample: number;
	seed: number;
}

/** The pretrained table [buckets × dim] and which rows pretraining touched (1) or left at 0 (0). */
export interface Pretrained {
	dim: number;
	buckets: number;
	E: Float32Array;
	touched: Uint8Array;
}

/** A pool of texts as word types (with their featuriser ids) and one type index per running word. */
interface Corpus {
	/** Input ids of type t: ids[offsets[t]..offsets[t+1]). */
	ids: Int32Array;
	offsets: Int32Array;
	counts: Float64Array;
	/** Running words; -1 ends a text (windows never cross texts). */
	stream: Int32Array;
}

/** The featuriser's word and char-gram ids of one word (no layout or bigram ids). */
export function wordIds(word: string, cfg: FeatureConfig): Int32Array {
	const f = featurizeTokens({ tokens: [{ word, start: 0, end: word.length }], masked: word }, cfg);
	return f.ids.filter((_, i) => (f.spanStart[i] as number) >= 0);
}

function buildCorpus(texts: string[], cfg: FeatureConfig): Corpus {
	const typeOf = new Map<string, number>();
	const words: string[] = [];
	const stream: number[] = [];
	const counts: number[] = [];
	for (const text of texts) {
		for (const { word } of tokenize(text).tokens) {
			let t = typeOf.get(word);
			if (t === undefined) {
				t = words.length;
				typeOf.set(word, t);
				words.push(word);
				counts.push(0);
			}
			counts[t] = (counts[t] as number) + 1;
			stream.push(t);
		}
		stream.push(-1);
	}
	const perType = words.map((w) => wordIds(w, cfg));
	const offsets = new Int32Array(words.length + 1);
	perType.forEach((ids, t) => {
		offsets[t + 1] = (offsets[t] as number) + ids.length;
	});
	const ids = new Int32Array(offsets[words.length] as number);
	perType.forEach((list, t) => {
		ids.set(list, offsets[t] as number);
	});
	return { ids, offsets, counts: Float64Array.from(counts), stream: Int32Array.from(stream) };
}

/** word2vec's negative-sampling table: types drawn ∝ count^0.75. */
function negativeTable(counts: Float64Array, size = 1 << 20): Int32Array {
	let total = 0;
	for (const c of counts) total += c ** 0.75;
	const table = new Int32Array(size);
	let t = 0;
	let cum = (counts[0] ?? 0) ** 0.75 / total;
	for (let i = 0; i < size; i++) {
		table[i] = t;
		if ((i + 1) / size > cum && t < counts.length - 1) {
			t++;
			cum += (counts[t] as number) ** 0.75 / total;
		}
	}
	return table;
}

const sigmoid = (x: number): number => (x > 8 ? 1 : x < -8 ? 0 : 1 / (1 + Math.exp(-x)));

/** Trains subword skip-gram vectors on `texts` into a table with `cfg.buckets` rows. */
export function pretrainEmbeddings(texts: string[], cfg: FeatureConfig, opt: PretrainOptions): Pretrained {
	const random = mulberry32(opt.seed);
	const corpus = buildCorpus(texts, cfg);
	const D = opt.dim;
	const types = corpus.counts.length;
	const E = new Float32Array(cfg.buckets * D);
	const touched = new Uint8Array(cfg.buckets);
	for (const id of corpus.ids) {
		if (touched[id]) continue;
		touched[id] = 1;
		for (let d = 0; d < D; d++) E[id * D + d] = (random() - 0.5) * (2 / D);
	}
	// Output (context) vectors, one per word type, start at 0 as in word2vec.
	const O = new Float32Array(types * D);
	const negatives = negativeTable(corpus.counts);
	let running = 0;
	for (const c of corpus.counts) running += c;
	const keep = Float64Array.from(corpus.counts, (c) => {
		const f = c / running;
		return Math.min(1, Math.sqrt(opt.subsample / f) + opt.subsample / f);
	});
	const h = new Float32Array(D);
	const grad = new Float32Array(D);
	const sentence: number[] = [];
	const steps = opt.epochs * corpus.stream.length;
	let step = 0;
	const trainSentence = (lr: number) => {
		for (let i = 0; i < sentence.length; i++) {
			const centre = sentence[i] as number;
			const from = corpus.offsets[centre] as number;
			const to = corpus.offsets[centre + 1] as number;
			h.fill(0);
			for (let k = from; k < to; k++) {
				const row = (corpus.ids[k] as number) * D;
				for (let d = 0; d < D; d++) h[d] = (h[d] as number) + (E[row + d] as number);
			}
			const scale = 1 / (to - from);
			for (let d = 0; d < D; d++) h[d] = (h[d] as number) * scale;
			const span = 1 + Math.floor(random() * opt.window);
			for (let j = Math.max(0, i - span); j <= Math.min(sentence.length - 1, i + span); j++) {
				if (j === i) continue;
				grad.fill(0);
				for (let n = 0; n <= opt.negatives; n++) {
					const target =
						n === 0
							? (sentence[j] as number)
							: (negatives[Math.floor(random() * negatives.length)] as number);
					if (n > 0 && target === sentence[j]) continue;
					const row = target * D;
					let dot = 0;
					for (let d = 0; d < D; d++) dot += (h[d] as number) * (O[row + d] as number);
					const g = lr * ((n === 0 ? 1 : 0) - sigmoid(dot));
					for (let d = 0; d < D; d++) {
						grad[d] = (grad[d] as number) + g * (O[row + d] as number);
						O[row + d] = (O[row + d] as number) + g * (h[d] as number);
					}
				}
				for (let k = from; k < to; k++) {
					const row = (corpus.ids[k] as number) * D;
					for (let d = 0; d < D; d++) E[row + d] = (E[row + d] as number) + (grad[d] as number);
				}
			}
		}
	};
	for (let epoch = 0; epoch < opt.epochs; epoch++) {
		for (const t of corpus.stream) {
			step++;
			if (t >= 0) {
				if (random() < (keep[t] as number)) sentence.push(t);
				continue;
			}
			trainSentence(opt.lr * Math.max(1e-4, 1 - step / steps));
			sentence.length = 0;
		}
	}
	return { dim: D, buckets: cfg.buckets, E, touched };
}

/** How pretrained rows enter a model's initial table. */
export interface InitOptions {
	/** Element standard deviation of the placed rows, relative to the random init's (0.2/√12). */
	scale: number;
	/** Rotate the rows by a random orthogonal matrix drawn from the model's PRNG (seed members differ). */
	rotate?: boolean;
	/** Add to the random init instead of replacing it. */
	add?: boolean;
}

const RANDOM_INIT_STD = 0.2 / Math.sqrt(12);

/** A random orthogonal D×D matrix (Gram–Schmidt on uniform noise). */
function randomRotation(D: number, random: () => number): Float32Array {
	const Q = new Float32Array(D * D);
	for (let i = 0; i < D; i++) {
		for (let d = 0; d < D; d++) Q[i * D + d] = random() - 0.5;
		for (let j = 0; j < i; j++) {
			let dot = 0;
			for (let d = 0; d < D; d++) dot += (Q[i * D + d] as number) * (Q[j * D + d] as number);
			for (let d = 0; d < D; d++) Q[i * D + d] = (Q[i * D + d] as number) - dot * (Q[j * D + d] as number);
		}
		let norm = 0;
		for (let d = 0; d < D; d++) norm += (Q[i * D + d] as number) ** 2;
		norm = Math.sqrt(norm);
		for (let d = 0; d < D; d++) Q[i * D + d] = (Q[i * D + d] as number) / norm;
	}
	return Q;
}

/**
 * An `initE` for trainMlp: the pretrained rows, centred (skip-gram vectors share one large common
 * direction) and scaled to `scale` × the random init's spread, in place of (or added to) the random rows.
 * Rows pretraining never touched (bigrams, layout keys, unseen buckets) keep their random init.
 */
export function pretrainedInit(pt: Pretrained, opt: InitOptions) {
	const D = pt.dim;
	const mean = new Float64Array(D);
	let rows = 0;
	for (let r = 0; r < pt.buckets; r++) {
		if (!pt.touched[r]) continue;
		rows++;
		for (let d = 0; d < D; d++) mean[d] = (mean[d] as number) + (pt.E[r * D + d] as number);
	}
	for (let d = 0; d < D; d++) mean[d] = (mean[d] as number) / Math.max(1, rows);
	let sq = 0;
	for (let r = 0; r < pt.buckets; r++) {
		if (!pt.touched[r]) continue;
		for (let d = 0; d < D; d++) sq += ((pt.E[r * D + d] as number) - (mean[d] as number)) ** 2;
	}
	const factor = (opt.scale * RANDOM_INIT_STD) / Math.sqrt(sq / Math.max(1, rows * D) || 1);
	return (E: Float32Array, random: () => number): void => {
		if (E.length !== pt.buckets * D) throw new Error(`pretrained table is ${pt.buckets}×${D}`);
		const Q = opt.rotate ? randomRotation(D, random) : undefined;
		const row = new Float32Array(D);
		for (let r = 0; r < pt.buckets; r++) {
			if (!pt.touched[r]) continue;
			for (let d = 0; d < D; d++) row[d] = ((pt.E[r * D + d] as number) - (mean[d] as number)) * factor;
			for (let i = 0; i < D; i++) {
				let v = row[i] as number;
				if (Q) {
					v = 0;
					for (let d = 0; d < D; d++) v += (Q[i * D + d] as number) * (row[d] as number);
				}
				E[r * D + i] = (opt.add ? (E[r * D + i] as number) : 0) + v;
			}
		}
	};
}
