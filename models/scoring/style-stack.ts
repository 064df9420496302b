/**
 * Runtime side of the style stackers (fitted by models/train/style-stack.ts, stored in the manifest): a
 * stacked head's probability is g · σ(a·z + w·style + b), where z is the head's calibrated corpus logit, g the
 * appropriateness model's argument gate (developer comments keep ~0, as before) and style the draft's style
 * features (models/features/style.ts). Applied in the ONE scorer, so the CLI and the extension agree.
 */
import type { Tokenized } from '../features/featurize.ts';
import { STYLE_VERSION, styleOf } from '../features/style.ts';
import type { ManifestModel } from './manifest.ts';

/** One head's stacker, with standardisation and calibration folded in (0.5 = decision point). */
export interface StyleStacker {
	head: string;
	logitWeight: number;
	styleWeights: number[];
	bias: number;
}

/** The manifest's record of a model's stackers and the style features' version they were fitted on. */
export interface StyleStackers {
	version: number;
	heads: StyleStacker[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** Probabilities this close to 0 or 1 keep a finite logit. */
const EPS = 1e-7;

/** The stacked logit of one head from its corpus probability (the graph's `corpusProbs`) and the style. */
export function stackedLogit(s: StyleStacker, corpusProb: number, style: readonly number[]): number {
	const p = Math.min(1 - EPS, Math.max(EPS, corpusProb));
	let z = s.bias + s.logitWeight * Math.log(p / (1 - p));
	for (let j = 0; j < s.styleWeights.length; j++) z += (s.styleWeights[j] as number) * (style[j] ?? 0);
	return z;
}

/**
 * Replaces each stacked head's gated probability: `probs` (model output order of `heads`) is updated in place
 * from `corpusProbs` (same order, before the gate) and the gate g.
 */
export function applyStyleStackers(
	stackers: readonly StyleStacker[],
	heads: readonly string[],
	probs: Float32Array,
	corpusProbs: ArrayLike<number>,
	gate: number,
	style: readonly number[],
): void {
	for (const s of stackers) {
		const h = heads.indexOf(s.head);
		if (h < 0) throw new Error(`style stacker for unknown head ${s.head}`);
		probs[h] = gate * sigmoid(stackedLogit(s, corpusProbs[h] as number, style));
	}
}

/**
 * A model's output probabilities with its manifest's stackers applied, from one run's outputs (`probs`,
 * `corpusProbs`, `gate`) and the tokenised draft. Refuses a graph or style version the stackers were not fitted for.
 */
export function withStyleStackers(
	model: Pick<ManifestModel, 'file' | 'heads' | 'styleStackers'>,
	out: { probs: Float32Array; corpusProbs?: Float32Array; gate?: Float32Array },
	tokenized: Tokenized,
): Float32Array {
	const stackers = model.styleStackers;
	if (!stackers || stackers.heads.length === 0) return out.probs;
	if (stackers.version !== STYLE_VERSION || !out.corpusProbs || !out.gate)
		throw new Error(
			`${model.file}: style stackers need style v${stackers.version} and corpusProbs/gate outputs`,
		);
	const probs = Float32Array.from(out.probs);
	applyStyleStackers(
		stackers.heads,
		model.heads,
		probs,
		out.corpusProbs,
		out.gate[0] ?? 0,
		styleOf(tokenized),
	);
	return probs;
}
