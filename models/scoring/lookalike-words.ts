/**
 * Ordinary words that the toxic head reads as profanity (session 20, civil7; issue 2). The head hashes character
 * 3–5-grams, so a common word that embeds a swear word's letters takes its weight: "Assess the risk first." scored
 * 0.95, "The assessment is in the doc." 0.90, "Shipped!" 0.70, "LGTM 🚀 ship it!" 0.53, "Reset your password
 * here." 0.51, "Hitchhiker's guide reference." 0.68, each underlining that word alone, while the same lines with
 * "review", "released", "credential" read 0.02–0.28 (one-off probes of the shipped models, models/README.md "Session 20:
 * civil7"). This is the Scunthorpe problem of a character-n-gram model, a class rather than a phrase.
 *
 * When a draft has such a word, it is read again with each one replaced by a plain word of the same role (offsets
 * kept), and each head keeps the lower score, as tool-names.ts does for misread product names (the same model run,
 * duplicate-jargon.ts). Only words that are never themselves insults are listed ("ass", "shit", "bitch" and their
 * compounds are not). A draft with an insult, profanity or a word judging people (prior-only.ts's JUDGING: "half
 * a brain", "hell", "stupid", "moron") is left as the models read it: there the look-alike's letters helped lift
 * four attack lines of older corpora over the line ("Nobody with half a brain would ship this. …", "… only a moron
 * would ship it without tests."), which the first version of this rule lost.
 */
import type { Tokenized } from '../features/featurize.ts';
import { hasInsult } from './insult-target.ts';
import { JUDGING } from './prior-only.ts';

/** Lower-case look-alike → its plain reading (a word the head reads near 0 in the same sentences). */
const READINGS: ReadonlyMap<string, string> = new Map([
	['assess', 'review'],
	['assesses', 'reviews'],
	['assessed', 'reviewed'],
	['assessing', 'reviewing'],
	['assessment', 'review'],
	['assessments', 'reviews'],
	['reassess', 'review'],
	['reassessed', 'reviewed'],
	['ship', 'release'],
	['ships', 'releases'],
	['shipped', 'released'],
	['shipping', 'releasing'],
	['shipit', 'release'],
	['password', 'credential'],
	['passwords', 'credentials'],
	['hitchhiker', 'traveller'],
	['hitchhikers', 'travellers'],
	["hitchhiker's", 'traveller'],
]);

/** The plain reading of a look-alike word, or undefined. */
export function lookalikeReading(word: string): string | undefined {
	return READINGS.get(word.toLowerCase());
}

/**
 * The draft with its look-alike words read plainly (offsets and masked text kept); undefined when it has none or
 * has a rude word beside them.
 */
export function withLookalikesRead(tokenized: Tokenized): Tokenized | undefined {
	if (!tokenized.tokens.some((t) => lookalikeReading(t.word) !== undefined)) return undefined;
	if (hasInsult(tokenized.tokens) || tokenized.tokens.some((t) => JUDGING.has(t.word.toLowerCase())))
		return undefined;
	let changed = false;
	const tokens = tokenized.tokens.map((t) => {
		const reading = lookalikeReading(t.word);
		if (reading === undefined) return t;
		changed = true;
		return { ...t, word: reading };
	});
	return changed ? { masked: tokenized.masked, tokens } : undefined;
}
