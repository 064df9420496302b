/**
 * The first pass over a new draft: both models' probabilities, with the appropriateness graph's style stackers
 * and toxic fold applied and the dimensions capped by the overall head. It keeps each model's prepared inputs,
 * so a span pass right after (for a draft that flags) does not featurise the draft again. Several drafts at once
 * (a thread's comments) run as one batch per model where the graphs take it (`scoreProbabilitiesBatch`).
 */
import type { Tokenized } from '../features/featurize.ts';
import { nothingAuthored } from './decide.ts';
import type { ManifestModel } from './manifest.ts';
import type { SentenceInputs } from './model-inputs.ts';
import type { BatchOutput, OrtModels, Prepared } from './ort-models.ts';
import type { ScoreEntry } from './score-entry.ts';
import { shortDraftOf, wordsOfMasked } from './short-drafts.ts';
import { withStyleStackers } from './style-stack.ts';
import { withToxicFold } from './toxic-fold.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

/** The appropriateness graph's outputs one draft's entry is built from. */
interface ApOutputs {
	probs: Float32Array;
	corpusProbs?: Float32Array;
	gate?: Float32Array;
}

/** The two models, and the appropriateness outputs their style stackers and toxic fold read. */
async function modelsAndOutputs(models: OrtModels) {
	const toxicModel = models.model('toxic');
	const apModel = models.model('Inappropriateness');
	// A toxic graph with a draft column (since 1.4.0) outputs `tension` beside `toxic` (the same run gives both);
	// a separate tension file (session 10's, not shipped) needs a run of its own.
	const found = models.find('tension');
	const tensionModel = found === toxicModel ? undefined : found;
	const tensionInToxic = found === toxicModel;
	// Style stackers (style-stack.ts) re-score some dimensions from the graph's gate and corpus heads.
	const stacked = apModel.styleStackers !== undefined && apModel.styleStackers.heads.length > 0;
	const { hasGate } = await models.load(apModel);
	const outputs: BatchOutput[] = [
		'probs',
		...(stacked ? (['corpusProbs'] as const) : []),
		...(stacked || hasGate ? (['gate'] as const) : []),
	];
	return { toxicModel, apModel, tensionModel, tensionInToxic, outputs };
}

/**
 * Scores a tokenised draft; `prepared` holds the toxic model's inputs, then the appropriateness model's. With
 * `sentences` (sentence-pass.ts `ahead`), the toxic run also scores them: `sentProbs` [sentences × heads].
 */
export async function scoreProbabilities(
	models: OrtModels,
	text: string,
	tokenized: Tokenized,
	sentences?: SentenceInputs,
): Promise<{ entry: ScoreEntry; prepared: Prepared[]; sentProbs?: Float32Array }> {
	const { toxicModel, apModel, tensionModel, tensionInToxic, outputs } = await modelsAndOutputs(models);
	const toxicPrepared = models.prepare(toxicModel, tokenized);
	const prepared = [toxicPrepared, models.prepare(apModel, tokenized, toxicPrepared)] as const;
	const [toxicOut, ap, tensionProbs] = await Promise.all([
		models.runOutputs(toxicModel, prepared[0], sentences ? ['probs', 'sentProbs'] : ['probs'], sentences),
		models.runOutputs(apModel, prepared[1], outputs),
		tensionModel && models.run(tensionModel, models.prepare(tensionModel, tokenized), 'probs'),
	]);
	const toxicProbs = toxicOut.probs as Float32Array;
	const whole = toxicProbs[toxicModel.heads.indexOf('toxic')] ?? 0;
	const tension = tensionInToxic
		? (toxicProbs[toxicModel.heads.indexOf('tension')] ?? 0)
		: tensionProbs && (tensionProbs[tensionModel?.heads.indexOf('tension') ?? 0] ?? 0);
	const entry = entryOf(
		apModel,
		text,
		tokenized,
		whole,
		{ probs: ap.probs as Float32Array, corpusProbs: ap.corpusProbs, gate: ap.gate },
		tension,
	);
	return { entry, prepared: [...prepared], ...(toxicOut.sentProbs ? { sentProbs: toxicOut.sentProbs } : {}) };
}

/**
 * The entries of several tokenised drafts, each the same as `scoreProbabilities` gives it (bit for bit: the
 * graphs' batch branch, models/train/onnx-batch.ts), in a few runs per model instead of one per draft.
 * Undefined when a graph has no batch branch (models exported before session 9).
 */
export async function scoreProbabilitiesBatch(
	models: OrtModels,
	drafts: readonly { text: string; tokenized: Tokenized }[],
): Promise<ScoreEntry[] | undefined> {
	const { toxicModel, apModel, tensionModel, tensionInToxic, outputs } = await modelsAndOutputs(models);
	const [toxicLoaded, apLoaded] = [await models.load(toxicModel), await models.load(apModel)];
	if (!toxicLoaded.hasBatch || !apLoaded.hasBatch) return undefined;
	if (tensionModel && !(await models.load(tensionModel)).hasBatch) return undefined;
	const toxic = await models.runBatch(
		toxicModel,
		drafts.map((d) => models.prepare(toxicModel, d.tokenized)),
		['probs'],
	);
	const ap = await models.runBatch(
		apModel,
		drafts.map((d) => models.prepare(apModel, d.tokenized)),
		outputs,
	);
	const row = (data: Float32Array | undefined, i: number) => {
		if (!data) return undefined;
		const width = data.length / drafts.length;
		return data.subarray(i * width, (i + 1) * width);
	};
	const tension =
		tensionModel &&
		(await models.runBatch(
			tensionModel,
			drafts.map((d) => models.prepare(tensionModel, d.tokenized)),
			['probs'],
		));
	const toxicAt = toxicModel.heads.indexOf('toxic');
	const tensionAt = (tensionInToxic ? toxicModel : tensionModel)?.heads.indexOf('tension') ?? 0;
	const tensionRows = tensionInToxic ? toxic.probs : tension?.probs;
	return drafts.map(({ text, tokenized }, i) =>
		entryOf(
			apModel,
			text,
			tokenized,
			row(toxic.probs, i)?.[toxicAt] ?? 0,
			{ probs: row(ap.probs, i) as Float32Array, corpusProbs: row(ap.corpusProbs, i), gate: row(ap.gate, i) },
			tensionRows ? (row(tensionRows, i)?.[tensionAt] ?? 0) : undefined,
		),
	);
}

/** The dimensions with the toxic fold of `toxic`, and whether the fold carried the overall head. */
function dimensionsOf(
	apModel: ManifestModel,
	apProbs: Float32Array,
	gate: number | undefined,
	toxic: number,
) {
	const fold = withToxicFold(apModel.heads, apProbs, gate, toxic);
	const dimensions = {} as Record<Dimension, number>;
	const overall = fold.probs[apModel.heads.indexOf('Inappropriateness')] ?? 0;
	// The taxonomy is a hierarchy (every flaw makes an argument inappropriate overall), so no dimension
	// may be more likely than the overall head: a dimension flags only when the overall head agrees.
	for (const d of DIMENSIONS) dimensions[d] = Math.min(overall, fold.probs[apModel.heads.indexOf(d)] ?? 0);
	return { dimensions, fromToxic: fold.fromToxic === true };
}

/** A draft's entry from its toxic (and, with a tension model, tension) probability and the appropriateness outputs. */
function entryOf(
	apModel: ManifestModel,
	text: string,
	tokenized: Tokenized,
	whole: number,
	ap: ApOutputs,
	tension?: number,
): ScoreEntry {
	const apProbs = withStyleStackers(apModel, ap, tokenized);
	const { dimensions, fromToxic } = dimensionsOf(apModel, apProbs, ap.gate?.[0], whole);
	return {
		text,
		toxic: whole,
		wholeToxic: whole,
		sentencesScored: false,
		dimensions,
		tokens: tokenized.tokens,
		...(fromToxic ? { inappropriateFromToxic: true, wholeFromToxic: true } : {}),
		...(tension === undefined
			? {}
			: { thread: { toxic: tension, ...dimensionsOf(apModel, apProbs, ap.gate?.[0], tension) } }),
		...shortDraftFields(tokenized.masked),
	};
}

/**
 * A draft with nothing of the writer's own, or only greetings and thanks, is `unwritten` (scores 0); one of
 * fewer than MIN_WORDS_TO_JUDGE words is `fewWords` (short-drafts.ts).
 */
function shortDraftFields(masked: string): Pick<ScoreEntry, 'unwritten' | 'fewWords'> {
	if (nothingAuthored(masked)) return { unwritten: true };
	const kind = shortDraftOf(wordsOfMasked(masked));
	if (kind === 'courtesy') return { unwritten: true };
	return kind === 'few' ? { fewWords: true } : {};
}
