/**
 * Trains the `toxic` head across every toxicity set. The sets define "toxic" differently (code-review
 * toxicity, GitHub incivility, hate, offensive tweets), so one shared threshold cannot suit all of them.
 * The model is a gated mixture on one shared hidden layer: K expert heads (one per set, each calibrated so
 * 0.5 is that set's best-F1 threshold) and K domain heads that say which kind of text this is;
 * toxic = Σ gate_k · expert_k with gate_k ∝ domain_k^τ. A draft that reads like a code review is judged by
 * the code-review definition, a tweet by the tweet one. The mixture is exported inside the ONNX graph.
 * Several seeds are trained and set side by side in one hidden layer (their logits averaged): one seed's
 * validation F1s swing by ±0.02, and the average ranks better (ToxiCR AUC 0.966 → 0.971).
 */
import { type FeatureConfig, featurize as featurizeRuntime } from '../features/featurize.ts';
import { type Normalized, normalize } from '../text/normalize.ts';
import { fitSlope, foldCalibration } from './calibrate.ts';
import { loadToxicSet, type Row, type SplitSet, TOXIC_SETS, type ToxicSetName } from './datasets.ts';
import { developerTalk } from './developer-talk.ts';
import { everydayTalk } from './everyday-talk.ts';
import { firmCritique } from './firm-critique.ts';
import { auc, bestThreshold, f1 } from './metrics.ts';
import { concatMembers, logits, type MlpParams, type Sample, sigmoid, trainMlp } from './mlp.ts';
import { foldScale, type NbScaleKind, nbScale, scaleSamples } from './nb-scale.ts';

/**
 * The camouflage rules the shipped toxic model's training rows were normalised with (model 1.3.0, trained
 * 2026-11-29): later rules (split words such as "st-upid", session 27; "f***" read as the word) changed 5 of its
 * 78,355 texts, and retraining on them moves every weight the way a new seed does (session 30, toxic30). Pinning
 * them keeps `npm run train` writing the committed file while the runtime reads drafts with every rule; drop the pin
 * (use `normalize`) when the toxic model is next retrained on purpose, and re-check `tests/train-inputs` then.
 */
export const TOXIC_TRAINING_NORMALIZER = (text: string): Normalized => normalize(text, false, false);

const featurize = (text: string, cfg: FeatureConfig) =>
	featurizeRuntime(text, cfg, TOXIC_TRAINING_NORMALIZER);

/** Loss share of each set, and its weight in model selection (the targets weigh most). */
export const TOXIC_SET_WEIGHTS: Record<ToxicSetName, { loss: number; select: number; gated: boolean }> = {
	toxicr: { loss: 1, select: 1, gated: true },
	'gh-incivility': { loss: 1, select: 1, gated: true },
	// Ferreira's quotations were sampled for incivility (70% uncivil): its expert would call most terse
	// developer sentences uncivil, so it trains the shared layer but never judges a draft.
	ferreira: { loss: 0.5, select: 0.3, gated: false },
	strudel: { loss: 0.4, select: 0.3, gated: true },
	davidson: { loss: 0.6, select: 0.3, gated: true },
	hatemoderate: { loss: 1, select: 1, gated: true },
	hatexplain: { loss: 0.5, select: 0.3, gated: true },
	paradetox: { loss: 0.6, select: 0.3, gated: true },
};

/** 1 for sets whose expert may judge drafts, 0 otherwise (TOXIC_SETS order). */
export const GATE_MASK = TOXIC_SETS.map((name) => (TOXIC_SET_WEIGHTS[name].gated ? 1 : 0));

const K = TOXIC_SETS.length;
/** The sets whose definitions cover developer talk (their experts learn the hand-written negatives). */
const DEVELOPER_SETS: ToxicSetName[] = ['toxicr', 'gh-incivility', 'strudel'];
/** Experts that learn the everyday civil comments (STRUDEL's definition counts pace complaints as toxic). */
export const EVERYDAY_CIVIL_SETS: ToxicSetName[] = ['toxicr', 'gh-incivility'];
/** Experts that also learn from ParaDetox pairs (GitHub incivility is broader: frustration counts there). */
const INSULT_AWARE_SETS: ToxicSetName[] = ['toxicr', 'strudel'];
const CROSS_WEIGHT = 0.3;
/** Per-sentence weight of the hand-written developer talk (few sentences, each standing for many). */
const DEVELOPER_TALK_WEIGHT = 4;
/** Per-sentence weight of the hand-written everyday developer comments (same as the developer talk). */
const EVERYDAY_TALK_WEIGHT = 4;
/** Per-sentence weight of the hand-written firm-critique contrast set (8 cost abusive recall). */
const FIRM_CRITIQUE_WEIGHT = 4;

export interface ToxicTrainOptions {
	dataDir: string;
	features: FeatureConfig;
	/** Hidden units of each ensemble member. */
	dim: number;
	/** Ensemble members (seeds `seed`, `seed + 1`, …), stored side by side as one hidden layer. */
	members: number;
	epochs: number;
	lr: number;
	l2?: number;
	dropout?: number;
	/** NB-weighted features (nb-scale.ts), folded into the table after training; off when absent (session 30). */
	nbScale?: NbScaleKind;
	seed: number;
	log: (line: string) => void;
}

/** Featurised training and validation rows, shared by every member and by the calibration. */
export interface ToxicData {
	sets: SplitSet<Row>[];
	train: Sample[];
	valid: ValidSet[];
}

/** What the toxic trainer produces: weights with 2K heads (experts, then domains) and the gate sharpness. */
export interface ToxicModel {
	params: MlpParams;
	sets: SplitSet<Row>[];
	tau: number;
	thresholds: number[];
	slopes: number[];
	validF1: Record<string, number>;
}

/** One set's featurised validation split. */
export interface ValidSet {
	name: ToxicSetName;
	samples: Sample[];
	labels: number[];
}

function toSample(text: string, label: number, set: number, w: number, cfg: FeatureConfig): Sample {
	const f = featurize(text, cfg);
	const y = new Float32Array(2 * K).fill(Number.NaN);
	y[set] = label;
	for (let k = 0; k < K; k++) y[K + k] = k === set ? 1 : 0;
	return { ids: f.ids, vals: f.vals, y, w };
}

/**
 * ParaDetox's expert knows explicit rudeness best (AUC 0.99); when it is sure, a draft is toxic in any
 * domain (e.g. "your docs are fucking worthless" reads like a HateModerate sentence, whose definition is
 * hate only). 0.8 had the best selection-weighted validation F1 of 0.9 / 0.8 / 0.7 / 0.6 (HateModerate,
 * Davidson, HateXplain move; the other sets do not).
 */
export const OVERRIDE = { expert: TOXIC_SETS.indexOf('paradetox'), above: 0.8 };

/** The mixture's probability from the 2K head logits (experts first, then domains), as the graph computes it. */
export function mixture(z: ArrayLike<number>, tau: number): number {
	let num = 0;
	let den = 0;
	for (let k = 0; k < K; k++) {
		const g = (GATE_MASK[k] as number) * sigmoid(z[K + k] as number) ** tau;
		num += g * sigmoid(z[k] as number);
		den += g;
	}
	const mix = den > 0 ? num / den : 0;
	const override = sigmoid(z[OVERRIDE.expert] as number);
	return override > OVERRIDE.above && override > mix ? override : mix;
}

/**
 * Hand-written developer talk is known to be developer text, though not which developer set's: its domain
 * heads of the non-developer sets learn 0, so the gate hands such drafts to the developer experts (which
 * learned that jargon is fine) instead of, say, the hate-speech expert for "blacklist".
 */
function notDeveloperDomain(y: Float32Array): void {
	TOXIC_SETS.forEach((name, k) => {
		if (!DEVELOPER_SETS.includes(name)) y[K + k] = 0;
	});
}

function weightedMean(values: { name: ToxicSetName; value: number }[]): number {
	let sum = 0;
	let wsum = 0;
	for (const v of values) {
		sum += TOXIC_SET_WEIGHTS[v.name].select * v.value;
		wsum += TOXIC_SET_WEIGHTS[v.name].select;
	}
	return sum / wsum;
}

/** Loads and featurises every toxicity set plus the hand-written contrast sentences. */
export function loadToxicData(opt: Pick<ToxicTrainOptions, 'dataDir' | 'features' | 'log'>): ToxicData {
	const sets = TOXIC_SETS.map((name) => loadToxicSet(opt.dataDir, name));
	const train: Sample[] = [];
	const valid: ValidSet[] = [];
	sets.forEach((set, k) => {
		const name = set.name as ToxicSetName;
		const w = TOXIC_SET_WEIGHTS[name].loss * Math.sqrt(10_000 / set.train.length);
		for (const r of set.train) train.push(toSample(r.text, r.label, k, w, opt.features));
		valid.push({
			name,
			samples: set.valid.map((r) => toSample(r.text, r.label, k, 1, opt.features)),
			labels: set.valid.map((r) => r.label),
		});
		opt.log(`toxic: ${name} train ${set.train.length} valid ${set.valid.length}`);
	});
	// ParaDetox's minimal pairs (rude sentence vs its polite rewrite) also teach the code-review experts
	// which words make a sentence toxic: explicit insults are toxic by their definitions too.
	const paradetox = sets.find((s) => s.name === 'paradetox');
	for (const r of paradetox?.train ?? []) {
		const f = featurize(r.text, opt.features);
		const y = new Float32Array(2 * K).fill(Number.NaN);
		for (const name of INSULT_AWARE_SETS) y[TOXIC_SETS.indexOf(name)] = r.label;
		train.push({ ids: f.ids, vals: f.vals, y, w: CROSS_WEIGHT });
	}
	// Civil developer talk: not toxic by any GitHub set's definition, and not a tweet or hate-speech text.
	const devTalk = developerTalk();
	for (const text of devTalk) {
		const f = featurize(text, opt.features);
		const y = new Float32Array(2 * K).fill(Number.NaN);
		for (const name of DEVELOPER_SETS) y[TOXIC_SETS.indexOf(name)] = 0;
		notDeveloperDomain(y);
		train.push({ ids: f.ids, vals: f.vals, y, w: DEVELOPER_TALK_WEIGHT });
	}
	// Firm critique vs. the same words aimed at a person: teaches the developer experts where the line is.
	const firm = firmCritique();
	for (const r of firm) {
		const f = featurize(r.text, opt.features);
		const y = new Float32Array(2 * K).fill(Number.NaN);
		for (const name of DEVELOPER_SETS) y[TOXIC_SETS.indexOf(name)] = r.label;
		notDeveloperDomain(y);
		train.push({ ids: f.ids, vals: f.vals, y, w: FIRM_CRITIQUE_WEIGHT });
	}
	opt.log(
		`toxic: + ${devTalk.length} civil developer sentences, ${firm.length} firm-critique contrast sentences`,
	);
	return { sets, train, valid };
}

/**
 * The same data plus the everyday developer comments (everyday-talk.ts): what the draft's toxic head learns.
 * The thread's tension model (run.ts) is trained on `data` without them, because the "frustrated but civil"
 * reading of a long-waiting issue comment is the cue the derailment model foresees derailment from.
 * The civil ones are not taught to STRUDEL's expert: its definition counts entitled complaints about a
 * project's pace as toxic, and its 12 validation positives lost two when it learned them (session 8).
 */
export function withEverydayTalk(
	data: ToxicData,
	features: FeatureConfig,
	log: (line: string) => void,
): ToxicData {
	const everyday = everydayTalk().map((r) => {
		const f = featurize(r.text, features);
		const y = new Float32Array(2 * K).fill(Number.NaN);
		for (const name of r.label === 1 ? DEVELOPER_SETS : EVERYDAY_CIVIL_SETS)
			y[TOXIC_SETS.indexOf(name)] = r.label;
		notDeveloperDomain(y);
		return { ids: f.ids, vals: f.vals, y, w: EVERYDAY_TALK_WEIGHT };
	});
	log(`toxic: + ${everyday.length} everyday developer comments (draft model only)`);
	return { ...data, train: [...data.train, ...everyday] };
}

const expertLogits = (p: MlpParams, valid: ValidSet[]) =>
	valid.map((v, k) => v.samples.map((s) => logits(p, s.ids, s.vals)[k] as number));

/** One ensemble member: an MLP trained with `seed`, at its best epoch on the weighted validation F1. */
export function trainToxicMember(data: ToxicData, opt: ToxicTrainOptions, seed: number): MlpParams {
	return trainMlp(data.train, opt.features.buckets, 2 * K, {
		dim: opt.dim,
		epochs: opt.epochs,
		lr: opt.lr,
		l2: opt.l2 ?? 0,
		dropout: opt.dropout,
		seed,
		log: opt.log,
		evaluate: (p) => {
			const z = expertLogits(p, data.valid);
			return weightedMean(
				data.valid.map((v, k) => ({ name: v.name, value: bestThreshold(z[k] ?? [], v.labels).value })),
			);
		},
	});
}

/** Loads, featurises, trains the members, calibrates each expert on its own set, and picks the gate sharpness. */
export function trainToxic(opt: ToxicTrainOptions, data: ToxicData = loadToxicData(opt)): ToxicModel {
	if (!opt.nbScale) {
		const members = Array.from({ length: opt.members }, (_, i) => trainToxicMember(data, opt, opt.seed + i));
		return combineToxicMembers(data, members, opt.log);
	}
	// Members learn (and pick their best epoch) on scaled values; the scale is then folded into their tables,
	// so calibration, the mixture and the exported graph read the featuriser's values as before.
	const scale = nbScale(data.train, opt.features.buckets, K, opt.nbScale);
	const scaled: ToxicData = {
		...data,
		train: scaleSamples(data.train, scale),
		valid: data.valid.map((v) => ({ ...v, samples: scaleSamples(v.samples, scale) })),
	};
	const members = Array.from({ length: opt.members }, (_, i) =>
		foldScale(trainToxicMember(scaled, opt, opt.seed + i), scale),
	);
	return combineToxicMembers(data, members, opt.log);
}

/**
 * The ensemble as one model (hidden layers side by side, logits averaged), then each expert calibrated on its
 * own validation split and the gate sharpness τ chosen on the selection-weighted mixture F1.
 */
export function combineToxicMembers(
	data: ToxicData,
	members: MlpParams[],
	log: (line: string) => void,
): ToxicModel {
	const { sets, valid } = data;
	const params = concatMembers(members);
	const z = expertLogits(params, valid);
	const thresholds: number[] = [];
	const slopes: number[] = [];
	valid.forEach((v, k) => {
		const zs = z[k] ?? [];
		const { threshold } = bestThreshold(zs, v.labels);
		const slope = fitSlope(zs, v.labels, new Float32Array(zs.length).fill(1), threshold);
		foldCalibration(params, k, slope, threshold);
		thresholds.push(threshold);
		slopes.push(slope);
	});
	const allLogits = valid.map((v) => v.samples.map((s) => logits(params, s.ids, s.vals)));
	const mixF1 = (tau: number) =>
		valid.map((v, k) => ({
			name: v.name,
			value: f1(
				(allLogits[k] ?? []).map((zz) => mixture(zz, tau)),
				v.labels,
				0.5,
			),
		}));
	let tau = 1;
	for (const candidate of [1, 2, 4, 8])
		if (weightedMean(mixF1(candidate)) > weightedMean(mixF1(tau))) tau = candidate;
	const validF1: Record<string, number> = {};
	for (const { name, value } of mixF1(tau)) validF1[name] = value;
	log(`toxic: gate sharpness τ = ${tau}`);
	valid.forEach((v, k) => {
		const p = (allLogits[k] ?? []).map((zz) => mixture(zz, tau));
		const expert = (allLogits[k] ?? []).map((zz) => zz[k] as number);
		log(
			`  ${v.name.padEnd(14)} mixture F1@0.5 ${validF1[v.name]?.toFixed(3)} AUC ${auc(p, v.labels).toFixed(3)}  own expert F1@0.5 ${f1(expert, v.labels, 0).toFixed(3)}`,
		);
	});
	return { params, sets, tau, thresholds, slopes, validF1 };
}
