/**
 * The first pass over a new draft: both models' probabilities, with the appropriateness graph's style stackers
 * and toxic fold applied and the dimensions capped by the overall head. It keeps each model's prepared inputs,
 * so a span pass right after (for a draft that flags) does not featurise the draft again.
 */
import type { Tokenized } from '../features/featurize.ts';
import { nothingAuthored } from './decide.ts';
import type { OrtModels, Prepared } from './ort-models.ts';
import type { ScoreEntry } from './score-entry.ts';
import { shortDraftOf, wordsOfMasked } from './short-drafts.ts';
import { withStyleStackers } from './style-stack.ts';
import { withToxicFold } from './toxic-fold.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

/** Scores a tokenised draft; `prepared` holds the toxic model's inputs, then the appropriateness model's. */
export async function scoreProbabilities(
	models: OrtModels,
	text: string,
	tokenized: Tokenized,
): Promise<{ entry: ScoreEntry; prepared: Prepared[] }> {
	const toxicModel = models.model('toxic');
	const apModel = models.model('Inappropriateness');
	const prepared = [models.prepare(toxicModel, tokenized), models.prepare(apModel, tokenized)] as const;
	// Style stackers (style-stack.ts) re-score some dimensions from the graph's gate and corpus heads.
	const stacked = apModel.styleStackers !== undefined && apModel.styleStackers.heads.length > 0;
	const { hasGate } = await models.load(apModel);
	const outputs = ['probs', ...(stacked ? ['corpusProbs'] : []), ...(stacked || hasGate ? ['gate'] : [])];
	const [toxicProbs, ap] = await Promise.all([
		models.run(toxicModel, prepared[0], 'probs'),
		models.runOutputs(apModel, prepared[1], outputs),
	]);
	const apProbs = withStyleStackers(
		apModel,
		{ probs: ap.probs as Float32Array, corpusProbs: ap.corpusProbs, gate: ap.gate },
		tokenized,
	);
	const whole = toxicProbs[toxicModel.heads.indexOf('toxic')] ?? 0;
	const fold = withToxicFold(apModel.heads, apProbs, ap.gate?.[0], whole);
	const dimensions = {} as Record<Dimension, number>;
	const overall = fold.probs[apModel.heads.indexOf('Inappropriateness')] ?? 0;
	// The taxonomy is a hierarchy (every flaw makes an argument inappropriate overall), so no dimension
	// may be more likely than the overall head: a dimension flags only when the overall head agrees.
	for (const d of DIMENSIONS) dimensions[d] = Math.min(overall, fold.probs[apModel.heads.indexOf(d)] ?? 0);
	const entry: ScoreEntry = {
		text,
		toxic: whole,
		wholeToxic: whole,
		sentencesScored: false,
		dimensions,
		tokens: tokenized.tokens,
		...(fold.fromToxic ? { inappropriateFromToxic: true, wholeFromToxic: true } : {}),
		...shortDraftFields(tokenized.masked),
	};
	return { entry, prepared: [...prepared] };
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
