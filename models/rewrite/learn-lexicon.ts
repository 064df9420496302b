/**
 * Learns the offline fixer's lexicon (learned-lexicon.ts) from parallel data: each toxic sentence is aligned
 * with each human rewrite (word LCS), every run of removed words becomes an observed edit (what it became, the
 * word before and after it), and a phrase becomes a rule only when people changed it consistently, often enough
 * to generalise, and it is rare in civil developer comments (so "garbage collection" or "kill the process" are
 * never touched). Pure and deterministic: same pairs and options, same table.
 */
import {
	documentRates,
	keptTokens,
	observedEdits,
	type ParallelPair,
	phrases,
	sentenceTokens,
} from './align-edits.ts';
import { type LearnedLexicon, MAX_PHRASE } from './learned-lexicon.ts';

/** Thresholds of the learner (chosen on a development part of the training pairs, see models/rewrite/README). */
export interface LearnOptions {
	/** A phrase must occur in at least this many (toxic, rewrite) observations. */
	minOccurrences: number;
	/** …and people must have removed all its words in at least this share of them. */
	minChanged: number;
	/** The chosen replacement must be at least this share of the phrase's exact edits. */
	minActionShare: number;
	/** A context rule (word before / after) needs this many exact edits in that context. */
	minContextCount: number;
	/** A phrase found in more than this share of civil comments is never learned. */
	maxCivilRate: number;
	/** A word people removed at least this often, with no consistent replacement, is deleted. */
	alwaysRemoved: number;
}

/** Chosen on the dev part (eval-rewrite --split dev): see models/rewrite/README.md. */
export const DEFAULT_LEARN_OPTIONS: LearnOptions = {
	minOccurrences: 5,
	minChanged: 0.8,
	minActionShare: 0.4,
	minContextCount: 5,
	maxCivilRate: 0.001,
	alwaysRemoved: 0.95,
};

type Counter = Map<string, number>;
const bump = (m: Counter, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
const CTX = '\u0001';

/** The most frequent action of a counter (ties: alphabetical, for determinism) and its share. */
function best(actions: Counter | undefined): { to: string; count: number; share: number } | undefined {
	if (!actions) return undefined;
	let total = 0;
	let top: [string, number] | undefined;
	for (const [to, c] of [...actions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		total += c;
		if (!top || c > top[1]) top = [to, c];
	}
	return top && { to: top[0], count: top[1], share: top[1] / total };
}

/** What the learner saw, for the manifest. */
export interface LearnStats {
	observations: number;
	edits: number;
	candidates: number;
	droppedAsCivil: number;
	/** Candidate words dropped because labelled civil comments use them more than rude ones. */
	droppedAsNotRude: number;
	rules: number;
}

/** Comments labelled rude or civil (the scorer's training rows), for the rudeness check. */
export interface LabelledComments {
	toxic: readonly string[];
	civil: readonly string[];
}

/**
 * Learns the table from `pairs`; `civil` are comments nobody found rude (the civil filter). With `labelled`, a
 * word is learned only if rude comments use it at least as often as civil ones (where civil ones use it at
 * all often): people also drop words that are no insult ("*gulp*", "xx", "&lt;"), and in a developer's draft "gulp" is a build tool.
 */
export function learnLexicon(
	pairs: readonly ParallelPair[],
	civil: readonly string[],
	options: LearnOptions = DEFAULT_LEARN_OPTIONS,
	labelled?: LabelledComments,
): { lexicon: LearnedLexicon; stats: LearnStats } {
	const occurrences: Counter = new Map();
	const changed: Counter = new Map();
	const actions = new Map<string, Counter>();
	const act = (key: string, to: string) => {
		const m = actions.get(key) ?? new Map();
		bump(m, to);
		actions.set(key, m);
	};
	let observations = 0;
	let edits = 0;
	for (const pair of pairs) {
		const toxic = sentenceTokens(pair.toxic);
		for (const reference of pair.neutral) {
			const rewrite = sentenceTokens(reference);
			observations++;
			const { keptA } = keptTokens(toxic, rewrite);
			phrases(toxic, (p, at, n) => {
				bump(occurrences, p);
				if (keptA.slice(at, at + n).every((k) => !k)) bump(changed, p);
			});
			for (const edit of observedEdits(toxic, rewrite)) {
				if (edit.removed.split(' ').length > MAX_PHRASE || edit.added.split(' ').length > MAX_PHRASE + 1)
					continue;
				edits++;
				act(edit.removed, edit.added);
				if (edit.left) act(`${edit.removed}${CTX}L${edit.left}`, edit.added);
				if (edit.right) act(`${edit.removed}${CTX}R${edit.right}`, edit.added);
			}
		}
	}
	const candidates = [...occurrences]
		.filter(([p, n]) => n >= options.minOccurrences && (changed.get(p) ?? 0) / n >= options.minChanged)
		.map(([p]) => p)
		.sort();
	const civilRates = documentRates(civil, new Set(candidates));
	const civilOk = candidates.filter((p) => (civilRates.get(p) ?? 0) <= options.maxCivilRate);
	// A phrase needs a word of two letters or more that people remove on its own ("give a shit" has "shit"),
	// so neither "* *" (a cron line) nor "that's so" (left over from "that's so fucking …") is learned.
	const words = candidates.filter((p) => !p.includes(' ') && /\p{L}.*\p{L}/u.test(p));
	const inToxic = labelled && documentRates(labelled.toxic, new Set(words));
	const inCivil = labelled && documentRates(labelled.civil, new Set(words));
	// Civil use counts only when seen often enough to tell (1 civil vs 0 rude comments says nothing about "dunce").
	const civilUse = (w: string) =>
		labelled && (inCivil?.get(w) ?? 0) * labelled.civil.length >= options.minOccurrences
			? (inCivil?.get(w) ?? 0)
			: 0;
	const rudeWords = new Set(words.filter((w) => (inToxic?.get(w) ?? 0) >= civilUse(w)));
	const kept = civilOk.filter((p) => p.split(' ').some((w) => rudeWords.has(w)));
	const keptSet = new Set(kept);
	const free = new Map<string, string>();
	const rules: LearnedLexicon['rules'] = [];
	// Each phrase's counters by the word before or after it.
	const byContext = new Map<string, Counter[]>();
	for (const [key, counter] of actions) {
		const [phrase = '', context] = key.split(CTX);
		if (context) byContext.set(phrase, [...(byContext.get(phrase) ?? []), counter]);
	}
	// How often `to` replaced `phrase` next to the one neighbour it was seen with most.
	const nextToOneWord = (phrase: string, to: string) =>
		Math.max(0, ...(byContext.get(phrase) ?? []).map((c) => c.get(to) ?? 0));
	for (const phrase of kept) {
		const top = best(actions.get(phrase));
		if (
			top &&
			top.count >= options.minContextCount &&
			top.share >= options.minActionShare &&
			// A replacement people wrote next to one word mostly is a context rule: "fucked up" → "messed up"
			// (59 of 62), but "we're fucked" → "we're messed" is no English. (2/3: set by reading, not tuned.)
			(top.to === '' || nextToOneWord(phrase, top.to) <= (top.count * 2) / 3)
		)
			free.set(phrase, top.to);
		else if (
			!phrase.includes(' ') &&
			(changed.get(phrase) ?? 0) / (occurrences.get(phrase) ?? 1) >= options.alwaysRemoved &&
			// Deleted on its own at least once ("holy" only ever went with "holy shit", so "holy cow" keeps it),
			// and respelled, not removed: "tellin" became "telling" more often than nothing.
			top?.to === ''
		)
			free.set(phrase, '');
	}
	// A phrase rule that only does what its words' own rules do adds nothing.
	const composed = (phrase: string) =>
		phrase
			.split(' ')
			.map((w) => free.get(w) ?? w)
			.filter(Boolean)
			.join(' ');
	for (const [phrase, to] of free)
		if (!phrase.includes(' ') || composed(phrase) !== to) rules.push([phrase, to]);
	for (const [key, counter] of [...actions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		const [phrase = '', context = ''] = key.split(CTX);
		if (!context || !keptSet.has(phrase)) continue;
		const top = best(counter);
		if (!top || top.count < options.minContextCount || top.share < options.minActionShare) continue;
		if (top.to === free.get(phrase)) continue;
		const word = context.slice(1);
		rules.push(context.startsWith('L') ? [phrase, top.to, word] : [phrase, top.to, '', word]);
	}
	return {
		lexicon: { version: 1, rules },
		stats: {
			observations,
			edits,
			candidates: candidates.length,
			droppedAsCivil: candidates.length - civilOk.length,
			droppedAsNotRude: words.length - rudeWords.size,
			rules: rules.length,
		},
	};
}
