/**
 * Sentence segments of a draft, for the "one clearly toxic sentence" rule: a long, mostly civil draft dilutes a
 * single insult in the whole-draft score (each n-gram family is L2-normalised over the draft: "You are an idiot."
 * scores 0.99 alone and ~0.4 after three calm lines), so the scorer also scores each sentence on its own and
 * lets one that is clearly toxic (≥ SEGMENT_FLOOR) carry the draft.
 */
import { perTokenized, type Token, type Tokenized } from '../features/featurize.ts';

/** A sentence must have this many words to be scored alone ("No." or "Thanks!" say nothing on their own). */
export const SEGMENT_MIN_WORDS = 3;
/** A sentence's own toxic probability counts only when it is clearly toxic (the ParaDetox override uses 0.8 too). */
export const SEGMENT_FLOOR = 0.8;
/**
 * A short draft's sentences are scored only when the whole draft is at least this toxic: most civil drafts
 * stay below, so they cost one model run, not one per sentence. In a draft of one or two sentences the whole
 * score is mostly the sentence's own, so a sentence that reads as toxic only alone is usually out of context
 * (ToxiCR F1 0.851 without the gate, 0.856 with it).
 */
export const SENTENCE_GATE = 0.03;
/**
 * From this many sentences on, they are always scored: civil sentences can dilute an insult below any gate
 * (QA, session 4: "You are a complete idiot and your code is garbage." before two long build-failure
 * sentences scored 0.005 as a whole draft). On validation this costs ToxiCR 0.856 → 0.852 (within seed noise)
 * and nothing elsewhere.
 */
export const ALWAYS_SCORED_SENTENCES = 3;
/**
 * At most this many toxic sentences get their own underlines (one contribution run each, only for drafts that
 * flag): as many as there are segments (MAX_SEGMENTS), so every insult of a long draft is underlined (QA,
 * session 7: 8 left the rest of a hostile draft unmarked) while a paste of hundreds still costs bounded runs.
 */
export const MAX_EXPLAINED_SENTENCES = 32;
/**
 * In a draft explained sentence by sentence, a sentence this toxic alone gets its own underlines although it
 * does not carry the draft: an insult in a short sentence reads ~0.4 alone ("You moron, the docs are
 * outdated."), while calm technical sentences read well under 0.1. Spans only, never the score.
 */
export const EXPLAINED_SENTENCE_FLOOR = 0.3;
/**
 * A sentence explained only because it leans toxic (EXPLAINED_SENTENCE_FLOOR ≤ p < SEGMENT_FLOOR) keeps its
 * underlines only when its strongest word adds at least this much to its logit: an insult does (4–7 in "You
 * moron, the docs are outdated." and its kind), a calm sentence that happens to read 0.34 does not (QA, session
 * 11: "minimal" at 0.37 in "I understand, I will attach a minimal CSV that reproduces it."). Spans only.
 */
export const EXPLAINED_WORD_FLOOR = 1;
/** Past this many sentences, neighbours are scored together, so a 100,000-character paste stays cheap. */
export const MAX_SEGMENTS = 32;

// A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace, or at a line break.
const BOUNDARY = /[.!?]+["')\]’”]*\s+|\n\s*/g;

/** Every sentence's character range [from, to) in a (masked) draft, however short. Shared: never mutate it. */
export function sentenceRanges(masked: string): readonly (readonly [number, number])[] {
	// A draft is split by several rule passes and the scorer in one score (session 20: 5-8 times per draft).
	for (const r of recentRanges) if (r.masked === masked) return r.ranges;
	const ranges = splitRanges(masked);
	recentRanges.unshift({ masked, ranges });
	if (recentRanges.length > RECENT_RANGES) recentRanges.pop();
	return ranges;
}

/** The last few drafts split (a draft's masked text and its raw text, decide.ts, alternate). */
const RECENT_RANGES = 4;
const recentRanges: { masked: string; ranges: readonly (readonly [number, number])[] }[] = [];

function splitRanges(masked: string): [number, number][] {
	const ranges: [number, number][] = [];
	let from = 0;
	for (const m of masked.matchAll(BOUNDARY)) {
		const to = (m.index ?? 0) + m[0].length;
		ranges.push([from, to]);
		from = to;
	}
	if (from < masked.length) ranges.push([from, masked.length]);
	return ranges;
}

/** One sentence of a draft by its words: its tokens, their words, the index of its first token, where it ends. */
export interface WordSentence {
	ws: string[];
	toks: Token[];
	first: number;
	to: number;
}

/**
 * The draft's sentences (`sentenceRanges`, however short) with their words, each token in the sentence its start
 * falls in: what the rule passes read sentence by sentence (session 20: each built its own, 4-6 per draft).
 * Shared: never mutate it.
 */
export const wordSentences = perTokenized(({ masked, tokens }: Tokenized): WordSentence[] => {
	const out: WordSentence[] = [];
	let t = 0;
	for (const [, to] of sentenceRanges(masked)) {
		const first = t;
		while (t < tokens.length && (tokens[t] as Token).start < to) t++;
		const toks = tokens.slice(first, t);
		out.push({ ws: toks.map((k) => k.word), toks, first, to });
	}
	return out;
});

/**
 * The draft's sentences as tokenised sub-drafts (masked text sliced, tokens keep their offsets into the
 * draft). Empty when the draft has fewer than two sentences worth scoring alone: then the whole-draft score is
 * the sentence's score.
 */
export function sentenceSegments(tokenized: Tokenized): Tokenized[] {
	const { masked, tokens } = tokenized;
	const ranges = sentenceRanges(masked);
	const segments: { from: number; to: number; tokens: Token[] }[] = [];
	let t = 0;
	for (const [a, b] of ranges) {
		const own: Token[] = [];
		while (t < tokens.length && (tokens[t] as Token).start < b) {
			if ((tokens[t] as Token).start >= a) own.push(tokens[t] as Token);
			t++;
		}
		if (own.length >= SEGMENT_MIN_WORDS) segments.push({ from: a, to: b, tokens: own });
	}
	if (segments.length < 2) return [];
	// Up to MAX_SEGMENTS each segment is its own sentence: no grouping, no copy of its words (session 15).
	if (segments.length <= MAX_SEGMENTS)
		return segments.map(({ from, to, tokens: own }) => ({ masked: masked.slice(from, to), tokens: own }));
	const group = Math.ceil(segments.length / MAX_SEGMENTS);
	const out: Tokenized[] = [];
	for (let i = 0; i < segments.length; i += group) {
		const members = segments.slice(i, i + group);
		const first = members[0] as (typeof members)[number];
		const last = members[members.length - 1] as (typeof members)[number];
		out.push({ masked: masked.slice(first.from, last.to), tokens: members.flatMap((s) => s.tokens) });
	}
	return out;
}

/** Whether the sentences of a draft with `sentences` scorable sentences are scored at all (see SENTENCE_GATE). */
export function sentencesApply(whole: number, sentences: number): boolean {
	return sentences >= 2 && (whole >= SENTENCE_GATE || sentences >= ALWAYS_SCORED_SENTENCES);
}

/**
 * The draft's toxic probability: the whole draft's, or its most toxic sentence's when that one is clearly toxic
 * and the sentences apply (`sentencesApply`; otherwise they are not scored).
 */
export function withSentences(whole: number, bestSentence: number, sentences: number): number {
	return sentencesApply(whole, sentences) && bestSentence >= SEGMENT_FLOOR
		? Math.max(whole, bestSentence)
		: whole;
}
