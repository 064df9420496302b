/**
 * The scorer's word on what a candidate still attacks (session 22, fixer9). Each candidate sentence is scored on
 * its own: one the scorer flags still attacks, and so does a candidate still holding a word the scorer underlined
 * in the draft for its toxic head. Two uses in the engine:
 * - what candidates exist: each candidate also comes without its flagged sentences (the ones that hold no code,
 *   number, link, mention or quote, and whose loss leaves a statement and the draft's request), so "keep my words"
 *   has a candidate that keeps every other word. This replaced the offline fixer's word list (dropJudgingSentences),
 *   which dropped fair sentences ("The import block is a mess right now, so please sort it.").
 * - what is allowed: a candidate that keeps an attack another candidate did without is not offered (leastAttack).
 */
import type { ScoreOptions, ScoreResult, Scorer } from '../scoring/types.ts';
import { keepsAsk } from './fixer-asks.ts';
import { holdsPlain, plainWord } from './fixer-camouflage.ts';
import { heatWord } from './insult-words.ts';
import { protectedRanges } from './protected.ts';

/** Why a candidate is not offered beside one that keeps no attack. */
export const KEEPS_ATTACK = 'keeps a word the scorer underlines as an attack';

/** A sentence ends at . ! ? before a space or the end, or at a line break ("1.005" and "v4.2" are not two). */
const SENTENCE = /(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*[^\S\n]*|\n+/g;

export interface Sentence {
	text: string;
	start: number;
	/** Holds (part of) a protected token, a number or a link: never dropped. */
	kept: boolean;
	/** Inside a code block or a quote line: the draft's or the other person's own words, never scored. */
	quoted: boolean;
}

/** The sentences of `text` (line breaks are sentences of their own with no letters, left out). */
export function sentencesOf(text: string): Sentence[] {
	const ranges = protectedRanges(text);
	const out: Sentence[] = [];
	for (const m of text.matchAll(SENTENCE)) {
		const start = m.index ?? 0;
		const end = start + m[0].length;
		if (!/\p{L}/u.test(m[0])) continue;
		const over = ranges.filter((r) => r.start < end && r.end > start);
		out.push({
			text: m[0],
			start,
			kept: over.length > 0 || /\d|https?:\/\/|www\./i.test(m[0]),
			quoted: over.some(
				(r) =>
					r.kind === 'code-block' ||
					(r.kind === 'quote' && r.text.startsWith('>') && r.start <= start && r.end >= end - 1),
			),
		});
	}
	return out;
}

/**
 * The words the scorer underlined in the draft for its toxic head (the insult words, not context words), in
 * their plain spelling ("1d10t" → "idiot"): a rewrite holds one in any spelling (session 23).
 */
export function attackWords(draft: string, score: ScoreResult): string[] {
	const words = score.spans
		.filter((s) => s.head === 'toxic')
		.map((s) => plainWord(draft.slice(s.start, s.end)))
		.filter((w) => /\p{L}/u.test(w));
	return [...new Set(words)];
}

export interface AttackCheck {
	/**
	 * Per rewrite: what of the attack it still holds: the draft's underlined words it keeps, and (as "§" + text)
	 * its sentences the scorer flags on their own.
	 */
	held: string[][];
	/** Per rewrite: the rewrite without its droppable flagged sentences; undefined where nothing went. */
	trimmed: (string | undefined)[];
}

/**
 * Scores every sentence of `rewrites` once (one batch) and says which rewrites still attack, and what each is
 * without its flagged sentences. `draftScore`: the draft's score (its toxic underline).
 */
export async function checkAttacks(
	draft: string,
	draftScore: ScoreResult,
	rewrites: readonly string[],
	scorer: Scorer,
	options?: ScoreOptions,
): Promise<AttackCheck> {
	const split = rewrites.map(sentencesOf);
	const texts = [
		...new Set(
			split
				.flat()
				.filter((s) => !s.quoted)
				.map((s) => s.text.trim()),
		),
	];
	const scores = texts.length ? await scorer.score(texts, options) : [];
	const flagged = new Set(texts.filter((_t, i) => scores[i]?.flag === true));
	// Everyday words underlined with an attack ("everyone's", "time" of "Stop wasting everyone's time") are no attack
	// kept: a restatement that keeps them lost to one that dropped the sentence (session 24). A sentence the scorer
	// still flags counts below either way.
	const words = attackWords(draft, draftScore).filter(heatWord);
	const held = rewrites.map((rewrite, i) => [
		...words.filter((w) => holdsPlain(rewrite, w)),
		...(split[i] ?? [])
			.filter((s) => !s.quoted && flagged.has(s.text.trim()))
			.map((s) => `§${s.text.trim()}`),
	]);
	const trimmed = rewrites.map((rewrite, i) => {
		let out = rewrite;
		for (const s of [...(split[i] ?? [])].reverse()) {
			if (s.kept || s.quoted || !flagged.has(s.text.trim())) continue;
			const rest = (out.slice(0, s.start) + out.slice(s.start + s.text.length))
				.replace(/[^\S\n]+$/, '')
				.replace(/^\s+/, '');
			// What is left has to say something on its own, and still ask what the draft asked.
			if ((rest.match(/\p{L}+/gu) ?? []).length < 3 || !keepsAsk(draft, rest)) continue;
			out = rest;
		}
		return out === rewrite ? undefined : tidyGaps(out);
	});
	return { held, trimmed };
}

/**
 * The candidates that keep the least of the attack. The scorer also underlines words no rule could or should
 * drop ("doc" in "this design doc is complete nonsense", "mess" in a fair "the build script is a mess"): what every
 * candidate keeps is left out, so only an underlined word or flagged sentence that another candidate did without
 * counts against one. Order (the reward's) is kept.
 */
export function leastAttack<T>(candidates: readonly T[], held: (candidate: T) => readonly string[]): T[] {
	if (candidates.length === 0) return [];
	const sets = candidates.map(held);
	const core = sets.reduce((a, b) => a.filter((x) => b.includes(x)));
	const extra = sets.map((s) => s.filter((x) => !core.includes(x)).length);
	const least = Math.min(...extra);
	return candidates.filter((_c, i) => extra[i] === least);
}

/** A dropped sentence between two blank lines leaves three line breaks; one blank line is what was there. */
function tidyGaps(text: string): string {
	return text.replace(/\n{3,}/g, '\n\n').replace(/[^\S\n]+\n/g, '\n');
}
