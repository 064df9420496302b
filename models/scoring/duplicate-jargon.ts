/**
 * On GitHub "dupe" is short for duplicate ("Dupe of #1425?", "Closing as a dupe", "possible dupe of the login
 * bug"), one of the commonest triage comments. The toxic head reads it as the insult (a dupe: someone easily
 * fooled): "Dupe of #12" scored 0.95 and "Closing as a dupe of #88." 0.55, while "Duplicate of #12" scores 0.23
 * (session 8's error analysis found it among GitHub incivility's civil rows flagged). When a draft uses "dupe"
 * in a duplicate frame, it is scored again with those words read as "duplicate" (offsets kept) and each head
 * keeps the lower of the two scores, as self-insult.ts does. Not excused: "dupe" aimed at a person ("you dupe",
 * "he is a dupe"), "duped" (tricked), and a bare "a dupe" with no duplicate frame (the models' score stands).
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on. The extra model run is spent only on drafts with such a "dupe".
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { withLookalikesRead } from './lookalike-words.ts';
import type { OrtModels } from './ort-models.ts';
import { scoreProbabilities } from './probability-pass.ts';
import type { ScoreEntry } from './score-entry.ts';
import { lowerScores } from './self-insult.ts';
import { withToolNamesRead } from './tool-names.ts';

/** The jargon words and what they abbreviate ("duped" means tricked, so it is not one of them). */
const EXPANSIONS: ReadonlyMap<string, string> = new Map([
	['dupe', 'duplicate'],
	['dupes', 'duplicates'],
]);
/** Words just before "dupe" that make it a triage label: "as a dupe", "possible dupe", "marked dupe". */
const LABELLING = new Set([
	'as',
	'possible',
	'possibly',
	'likely',
	'probable',
	'probably',
	'obvious',
	'another',
	'exact',
	'known',
	'mark',
	'marked',
	'marking',
	'close',
	'closed',
	'closing',
]);
/** People: a "dupe" near one of these may be aimed at them ("you dupe", "he is a dupe of the vendor"). */
const PEOPLE = new Set([
	'you',
	"you're",
	'youre',
	'your',
	'u',
	'ur',
	'he',
	"he's",
	'she',
	"she's",
	'they',
	"they're",
	'him',
	'her',
	'them',
]);
/** How many words before "dupe" may name a person it is aimed at. */
const PERSON_WINDOW = 4;
/** What follows a duplicate label: "of …", an issue reference "#12", "(#12)", or a link. */
const FOLLOWED_BY_REFERENCE = /^\s*(?:of\b|[:,-]?\s*\(?#\d|[:,-]?\s*https?:\/\/)/i;

/** Whether tokens[i], a "dupe" word, is the triage abbreviation of duplicate. */
function isDuplicateSense(tokenized: Tokenized, i: number): boolean {
	const { tokens, masked } = tokenized;
	const before = tokens.slice(Math.max(0, i - PERSON_WINDOW), i).map((t) => t.word);
	if (before.some((w) => PEOPLE.has(w))) return false;
	const token = tokens[i] as Token;
	return FOLLOWED_BY_REFERENCE.test(masked.slice(token.end)) || LABELLING.has(before.at(-1) ?? '');
}

/** The draft with its duplicate-sense "dupe" words read as "duplicate"; undefined when it has none. */
export function withDuplicatesSpelledOut(tokenized: Tokenized): Tokenized | undefined {
	let changed = false;
	const tokens = tokenized.tokens.map((t, i) => {
		const expansion = EXPANSIONS.get(t.word);
		if (expansion === undefined || !isDuplicateSense(tokenized, i)) return t;
		changed = true;
		return { ...t, word: expansion };
	});
	return changed ? { masked: tokenized.masked, tokens } : undefined;
}

/**
 * Lowers a draft's cache entry to its score with "dupe" read as "duplicate" and the tool names the models
 * misread read as a plain thing noun (tool-names.ts, session 12) and ordinary words that embed a swear word's letters
 * read plainly (lookalike-words.ts, session 20), where it has any; one model run for all.
 */
export class DuplicateJargonPass {
	constructor(private readonly models: OrtModels) {}

	/**
	 * Call after the self-insult pass (which records the models' own dimensions) and before the quoted-mention
	 * and sentence passes; returns what they should score (the draft as read, or as it was).
	 */
	async apply(entry: ScoreEntry, tokenized: Tokenized): Promise<Tokenized> {
		const dupes = withDuplicatesSpelledOut(tokenized);
		const named = withToolNamesRead(dupes ?? tokenized) ?? dupes;
		// Ordinary words that embed a swear word's letters ("assess", "shipped"), lookalike-words.ts (session 20).
		const spelled = withLookalikesRead(named ?? tokenized) ?? named;
		if (!spelled) return tokenized;
		const { entry: rest } = await scoreProbabilities(this.models, entry.text, spelled);
		const lower = lowerScores(entry, rest);
		if (lower.dimensions.Inappropriateness < entry.dimensions.Inappropriateness) {
			if (rest.inappropriateFromToxic) entry.inappropriateFromToxic = true;
			else delete entry.inappropriateFromToxic;
		}
		// Thread comments are scored with the models' own dimensions: keep them if no pass has yet.
		entry.wholeDimensions ??= entry.dimensions;
		entry.toxic = lower.toxic;
		entry.dimensions = lower.dimensions;
		return spelled;
	}
}
