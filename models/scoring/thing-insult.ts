/**
 * A complaint about a tool is not an insult (issue 2: civil critique must not be flagged): when every insult
 * and profane word of a draft is aimed at a thing or at no one (insult-at-things.ts: "the docs are crap", "a
 * dumb bug", "Damn, that's clever"), the draft is scored again with those words blanked (offsets kept) and
 * each head keeps the lower of the two scores, as self-insult.ts does. Whatever else the draft says still
 * counts ("Damn, you are a terrible programmer" is judged on "you are a terrible programmer"), a draft with an
 * insult word aimed at a person is left as it is, and the excused words are never underlined.
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on. The extra model run is spent only on drafts with such a word.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { insultsAtThings } from './insult-at-things.ts';
import type { OrtModels } from './ort-models.ts';
import { scoreProbabilities } from './probability-pass.ts';
import type { ScoreEntry } from './score-entry.ts';
import { lowerScores } from './self-insult.ts';
import { SWEARING_AT_THINGS } from './swearing-at-things.ts';

/**
 * The draft with its insult words aimed at things blanked (characters replaced by spaces, so offsets stay) and
 * the indices of the tokens taken out; undefined when it has none, or any insult word aimed at a person.
 * `swearing` also excuses profanity aimed at things or at no one (the user's opt-in, swearing-at-things.ts).
 */
export function withoutThingInsults(
	tokenized: Tokenized,
	swearing = false,
): { rest: Tokenized; dropped: Set<number> } | undefined {
	const found = insultsAtThings(tokenized, swearing ? SWEARING_AT_THINGS : undefined);
	if (found.length === 0) return undefined;
	const dropped = new Set(found);
	const parts: string[] = [];
	let at = 0;
	for (const i of found) {
		const t = tokenized.tokens[i] as Token;
		parts.push(tokenized.masked.slice(at, t.start), ' '.repeat(t.end - t.start));
		at = t.end;
	}
	parts.push(tokenized.masked.slice(at));
	return {
		rest: { masked: parts.join(''), tokens: tokenized.tokens.filter((_t, i) => !dropped.has(i)) },
		dropped,
	};
}

/** Lowers a draft's cache entry to its score without its insult words aimed at things, where it has any. */
export class ThingInsultPass {
	constructor(private readonly models: OrtModels) {}

	/**
	 * Call after the self-insult and quoted-mention passes, on a draft neither changed, and before the sentence
	 * pass; returns what the sentence pass should score (the draft with those words blanked, or as it was).
	 * `swearing`: ScoreOptions.allowSwearingAtThings (the entry must be cached under that option).
	 */
	async apply(entry: ScoreEntry, tokenized: Tokenized, swearing = false): Promise<Tokenized> {
		const without = withoutThingInsults(tokenized, swearing);
		if (!without) return tokenized;
		const { entry: rest } = await scoreProbabilities(this.models, entry.text, without.rest);
		const lower = lowerScores(entry, rest);
		if (lower.dimensions.Inappropriateness < entry.dimensions.Inappropriateness) {
			if (rest.inappropriateFromToxic) entry.inappropriateFromToxic = true;
			else delete entry.inappropriateFromToxic;
		}
		entry.wholeDimensions ??= entry.dimensions;
		entry.toxic = lower.toxic;
		entry.dimensions = lower.dimensions;
		entry.thingInsultWords = without.dropped;
		return without.rest;
	}
}
