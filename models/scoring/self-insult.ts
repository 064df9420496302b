/**
 * A writer insulting themselves insults no one a comment warning should warn about (issue 2: "my stupid
 * mistake" must not be flagged). The toxic head is a bag of n-grams: "idiot" is toxic whoever it is aimed at,
 * so a short apology ("I'm such an idiot, I forgot to push.") read 0.6–0.9 as a whole draft, and the toxic fold
 * (toxic-fold.ts) carried that into Inappropriateness. insult-target.ts already keeps such a sentence from
 * carrying a draft through the sentence rule; this pass does the same for the whole draft: when every insult
 * word of the draft sits in a first-person-singular frame of a sentence that names no one else, the draft is
 * scored again without those frames ("I'm such an idiot", "my stupid", "silly me"), and each head keeps the
 * lower of the two scores. Whatever else the draft says still counts ("I'm an idiot, and this codebase is
 * garbage"), a draft that also insults anyone else is left as it is, and a self-insult never raises a score.
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on. The extra model run is spent only on drafts with a self-aimed insult.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { hasInsult, selfInsultFrames } from './insult-target.ts';
import type { OrtModels } from './ort-models.ts';
import { scoreProbabilities } from './probability-pass.ts';
import type { ScoreEntry } from './score-entry.ts';
import { sentenceRanges } from './sentences.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

/** The draft's tokens, sentence by sentence (short sentences too: "Idiot." is a sentence with an insult). */
function sentenceTokens({ masked, tokens }: Tokenized): Token[][] {
	let t = 0;
	return sentenceRanges(masked).map(([, to]) => {
		const own: Token[] = [];
		while (t < tokens.length && (tokens[t] as Token).start < to) own.push(tokens[t++] as Token);
		return own;
	});
}

/**
 * The draft without the frames of its insults at the writer (their characters blanked, so offsets stay) and
 * the indices of the tokens taken out; undefined when the draft has no insult word or any insult word in it
 * is aimed at someone else (insult-target.ts).
 */
export function withoutSelfInsults(
	tokenized: Tokenized,
): { rest: Tokenized; dropped: Set<number> } | undefined {
	// Most drafts have no insult word at all: one pass over the words, no sentence split.
	if (!hasInsult(tokenized.tokens)) return undefined;
	const dropped = new Set<Token>();
	for (const sentence of sentenceTokens(tokenized)) {
		if (!hasInsult(sentence)) continue;
		const frames = selfInsultFrames(sentence);
		if (!frames) return undefined;
		for (const [from, to] of frames) for (let k = from; k <= to; k++) dropped.add(sentence[k] as Token);
	}
	if (dropped.size === 0) return undefined;
	// One pass in token order: a pasted draft may hold thousands of self-insults.
	const parts: string[] = [];
	const indices = new Set<number>();
	let at = 0;
	tokenized.tokens.forEach((t, i) => {
		if (!dropped.has(t)) return;
		indices.add(i);
		parts.push(tokenized.masked.slice(at, t.start), ' '.repeat(t.end - t.start));
		at = t.end;
	});
	parts.push(tokenized.masked.slice(at));
	const masked = parts.join('');
	return { rest: { masked, tokens: tokenized.tokens.filter((t) => !dropped.has(t)) }, dropped: indices };
}

/**
 * Each head's score of the draft and of the draft without its self-insults, the lower of the two, per head
 * (the dimensions stay capped by Inappropriateness: the minimum of two capped vectors is capped).
 */
export function lowerScores(
	draft: Pick<ScoreEntry, 'toxic' | 'dimensions'>,
	rest: Pick<ScoreEntry, 'toxic' | 'dimensions'>,
): { toxic: number; dimensions: Record<Dimension, number> } {
	const dimensions = {} as Record<Dimension, number>;
	for (const d of DIMENSIONS) dimensions[d] = Math.min(draft.dimensions[d], rest.dimensions[d]);
	return { toxic: Math.min(draft.toxic, rest.toxic), dimensions };
}

/** Lowers a draft's cache entry to its score without the writer's insults at themselves, where it has any. */
export class SelfInsultPass {
	constructor(private readonly models: OrtModels) {}

	/** Call before the sentence pass: the sentence rule starts from the draft's `toxic`. */
	async apply(entry: ScoreEntry, tokenized: Tokenized): Promise<void> {
		const without = withoutSelfInsults(tokenized);
		if (!without) return;
		const { entry: rest } = await scoreProbabilities(this.models, entry.text, without.rest);
		const lower = lowerScores(entry, rest);
		if (lower.dimensions.Inappropriateness < entry.dimensions.Inappropriateness) {
			if (rest.inappropriateFromToxic) entry.inappropriateFromToxic = true;
			else delete entry.inappropriateFromToxic;
		}
		entry.wholeDimensions = entry.dimensions;
		entry.toxic = lower.toxic;
		entry.dimensions = lower.dimensions;
		entry.selfInsultWords = without.dropped;
	}
}
