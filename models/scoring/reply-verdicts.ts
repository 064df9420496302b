/**
 * Session 20 (attacks7): a bare verdict that is the whole reply ("stupid idea honestly", "idiotic proposal tbh",
 * "lol no, clueless") read calm (0.03–0.04). Two older rules are right for longer drafts and miss it here:
 * insult-at-things.ts reads "stupid idea" as a complaint about a thing (and thing-insult.ts re-scores the draft
 * without the word), and work-insults.ts `contributionInsult` needs the reader named ("what a dumb idea, you …").
 * A short reply with no subject, no other clause and no writer in it has no one else's idea to judge: the verdict
 * is on what the reader said. Structure, on the draft's own words:
 * - at most MAX_WORDS words, no "?" or ":" (a question or a lead-in: "Dumb question: why …?"), no writer or hedge
 *   (I, my, maybe, sorry, if: "stupid idea maybe, but …", "my dumb plan");
 * - a verdict adjective right before a contribution noun (work-insults.ts lists, with plan/opinion), opening its
 *   clause or after "a / an / what a / such a / another", not negated, and no clause joined after the noun
 *   ("stupid idea that works", "dumb question but …");
 * - or a clause that is only an insult adjective a thing cannot be (insult-at-others.ts INSULT_ADJECTIVES less
 *   insult-at-things.ts ADJECTIVES: "clueless", "incompetent"; not "useless", which a build can be).
 * The adjective is underlined (culprit-words.ts) and the draft gets the insult floor, as insult-at-others.ts does.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { INSULT_ADJECTIVES } from './insult-at-others.ts';
import { ADJECTIVES as THING_ADJECTIVES } from './insult-at-things.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';
import { CONTRIBUTIONS, NEGATIONS, OWN_OR_HEDGED, VERDICT_ADJECTIVES } from './work-insults.ts';

/** A reply longer than this says more than a verdict: the older rules judge it. */
export const MAX_WORDS = 6;
const words = (s: string) => new Set(s.split(' '));
/** What a reply's verdict may be on, beyond work-insults.ts CONTRIBUTIONS. */
const PROPOSED = new Set([...CONTRIBUTIONS, ...words('plan plans opinion opinions')]);
/** Insult adjectives only a person can be ("clueless", "incompetent"). */
const PERSON_ONLY = new Set([...INSULT_ADJECTIVES].filter((w) => !THING_ADJECTIVES.has(w)));
/** Articles a verdict may follow in its clause ("a stupid idea", "what a dumb take", "another idiotic proposal"). */
const LEAD = words('a an what such another');
/** Words that join a clause to the noun: the reply goes on to say something else about it. */
const JOINS = words('that which who but though and or for to of if when because is was are would could');
/** The writer named (OWN_OR_HEDGED has the rest: I, my, me, maybe, sorry, if …). */
const WRITER = words("we we're our us");

/** Whether a clause break (punctuation) stands between tokens `k` and `k + 1`. */
function breakAfter(masked: string, tokens: readonly Token[], k: number): boolean {
	const next = tokens[k + 1];
	return next === undefined || /[,.;!\n]/.test(masked.slice((tokens[k] as Token).end, next.start));
}

/** Indices (into `tokenized.tokens`) of the verdict words of a reply that is only a verdict, or none. */
export function replyVerdictWords({ masked, tokens }: Tokenized): number[] {
	if (tokens.length === 0 || tokens.length > MAX_WORDS || /[?:]/.test(masked)) return [];
	const ws = tokens.map((t) => t.word);
	if (ws.some((w) => OWN_OR_HEDGED.has(w) || WRITER.has(w))) return [];
	// Clause starts: the first word and every word after a break.
	const starts = ws.map((_w, k) => k === 0 || breakAfter(masked, tokens, k - 1));
	const clauseStart = (k: number) => {
		let s = k;
		while (s > 0 && !starts[s]) s--;
		return s;
	};
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i] ?? '';
		const from = clauseStart(i);
		const before = ws.slice(from, i);
		if (before.some((x) => NEGATIONS.has(x))) continue;
		// "stupid idea honestly", "what a brainless suggestion", "idiotic proposal tbh".
		if (VERDICT_ADJECTIVES.has(w) && PROPOSED.has(ws[i + 1] ?? '') && before.every((x) => LEAD.has(x))) {
			if (!ws.slice(i + 2).some((x) => JOINS.has(x))) return [i];
		}
		// "lol no, clueless": the clause is the adjective alone.
		if (PERSON_ONLY.has(w) && starts[i] && breakAfter(masked, tokens, i)) return [i];
	}
	return [];
}

/**
 * Gives a reply that is only a verdict the insult floor (SEGMENT_FLOOR), underlined on its adjective; a draft the
 * models already score that high keeps its own score. Call after the sentence pass, as insult-at-others.ts.
 */
export function applyReplyVerdicts(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	const found = replyVerdictWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
