/**
 * Word alignment of a toxic sentence with a human rewrite, for the lexicon learner (learn-lexicon.ts): tokens,
 * their short phrases (and how many comments of a corpus hold each),
 * which tokens both keep (longest common subsequence), the edits between them, and how far a table's edits
 * agree with people's on held-out pairs.
 */
import { MAX_PHRASE, wordKey } from './learned-lexicon.ts';

/** One toxic sentence and its human rewrites. */
export interface ParallelPair {
	toxic: string;
	neutral: readonly string[];
}

const TOKEN = /[\p{L}\p{N}_*]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}_*]+)*|[^\s\p{L}\p{N}_*]/gu;
/** A word token (not punctuation). */
export const isWord = (t: string) => /^[\p{L}\p{N}_*]/u.test(t);

/**
 * Word and punctuation tokens, lower case. ParaDetox is tokenised ("don 't", "it 's"): the split clitic is
 * joined back so the table's keys look like what people type.
 */
export function sentenceTokens(text: string): string[] {
	const joined = text.replace(/([\p{L}])\s+(['’](?:t|s|m|re|ve|ll|d)\b)/giu, '$1$2');
	return (joined.match(TOKEN) ?? []).map(wordKey);
}

/** The word n-grams (1..MAX_PHRASE, not across punctuation) of a token list, with their neighbours. */
export function phrases(
	tokens: readonly string[],
	visit: (phrase: string, at: number, n: number) => void,
): void {
	for (let i = 0; i < tokens.length; i++)
		for (let n = 1; n <= MAX_PHRASE && i + n <= tokens.length; n++) {
			const words = tokens.slice(i, i + n);
			// Only words with letters: a bare "*" may be markdown emphasis or a list bullet.
			if (!words.every((w) => /\p{L}/u.test(w))) break;
			visit(words.join(' '), i, n);
		}
}

/** Share of `texts` holding each phrase of `wanted` (a civil corpus' document frequency). */
export function documentRates(texts: readonly string[], wanted: ReadonlySet<string>): Map<string, number> {
	const docs = new Map<string, number>();
	for (const text of texts) {
		const seen = new Set<string>();
		phrases(sentenceTokens(text), (p) => {
			if (wanted.has(p)) seen.add(p);
		});
		for (const p of seen) docs.set(p, (docs.get(p) ?? 0) + 1);
	}
	return new Map([...docs].map(([p, c]) => [p, c / Math.max(1, texts.length)]));
}

/** For each token of `a`: is it kept (part of a longest common subsequence with `b`)? */
export function keptTokens(
	a: readonly string[],
	b: readonly string[],
): { keptA: boolean[]; keptB: boolean[] } {
	const width = b.length + 1;
	const lcs = new Uint16Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i * width + j] =
				a[i] === b[j]
					? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
					: Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
	const keptA = a.map(() => false);
	const keptB = b.map(() => false);
	for (let i = 0, j = 0; i < a.length && j < b.length; ) {
		if (a[i] === b[j]) {
			keptA[i++] = true;
			keptB[j++] = true;
		} else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) i++;
		else j++;
	}
	return { keptA, keptB };
}

/** One removed run of words and what replaced it, with the kept words around it. */
export interface ObservedEdit {
	removed: string;
	added: string;
	left?: string;
	right?: string;
}

/** The edits that turn `toxic` into `rewrite` (runs of removed words between kept tokens). */
export function observedEdits(toxic: readonly string[], rewrite: readonly string[]): ObservedEdit[] {
	const { keptA, keptB } = keptTokens(toxic, rewrite);
	const edits: ObservedEdit[] = [];
	let j = 0;
	for (let i = 0; i < toxic.length; ) {
		if (keptA[i]) {
			// Advance the rewrite to just past this kept token.
			while (j < rewrite.length && !keptB[j]) j++;
			i++;
			j++;
			continue;
		}
		const start = i;
		while (i < toxic.length && !keptA[i]) i++;
		const addedFrom = j;
		while (j < rewrite.length && !keptB[j]) j++;
		const removed = toxic.slice(start, i).filter(isWord);
		if (removed.length === 0) continue;
		const before = toxic[start - 1];
		const after = toxic[i];
		edits.push({
			removed: removed.join(' '),
			added: rewrite.slice(addedFrom, j).filter(isWord).join(' '),
			left: before && isWord(before) ? before : undefined,
			right: after && isWord(after) ? after : undefined,
		});
	}
	return edits;
}

/** How far the table's edits agree with people's on held-out pairs (word level, each rewrite counted once). */
export function lexiconAgreement(
	apply: (text: string) => string,
	pairs: readonly ParallelPair[],
): { precision: number; recall: number; sentencesChanged: number } {
	let both = 0;
	let ours = 0;
	let theirs = 0;
	let sentencesChanged = 0;
	for (const pair of pairs) {
		const toxic = sentenceTokens(pair.toxic);
		const mine = keptTokens(toxic, sentenceTokens(apply(pair.toxic))).keptA;
		if (mine.some((k, i) => !k && isWord(toxic[i] ?? ''))) sentencesChanged++;
		for (const reference of pair.neutral) {
			const human = keptTokens(toxic, sentenceTokens(reference)).keptA;
			toxic.forEach((token, i) => {
				if (!isWord(token)) return;
				if (!mine[i]) ours++;
				if (!human[i]) theirs++;
				if (!mine[i] && !human[i]) both++;
			});
		}
	}
	return {
		precision: ours ? both / ours : 0,
		recall: theirs ? both / theirs : 0,
		sentencesChanged: sentencesChanged / Math.max(1, pairs.length),
	};
}
