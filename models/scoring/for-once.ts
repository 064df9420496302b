/**
 * "For once" said to the reader as an order is a put-down (session 30, civil30b; issue 2): "Think for once." 0.06,
 * "Maybe think for once before you push to main." 0.28, "Read the docs for once." — it says the reader never does.
 * Said of the writer or of a thing it is civil: "I had to think for once about the memory layout, fun problem.",
 * "For once the CI was green on the first try."
 *
 * Structural condition, per sentence with "for once" (or "just once ,"), no "if" and no first-person word (I, we,
 * my, our, us) before it: the clause holding it (or the clause right after "for once ,") opens, after softeners
 * ("maybe", "just", "please", "try", "how about", "why don't you", "could you"), on an imperative verb of IMPERATIVES,
 * or is a request to the reader ("could you … for once?", "how about you … for once"). Gives the put-down floor
 * (SEGMENT_FLOOR) and the card's "Talks down to the reader" reason, underlined from the verb to "once" (verb and "for once" apart when far); its words
 * are culprits (culprit-words.ts).
 */
import { perTokenized, type Token, type Tokenized } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, wordSentences } from './sentences.ts';

const words = (s: string) => new Set(s.split(' '));

/** Verbs an order to the reader opens on (the -ing forms follow "try"). */
const IMPERATIVES = words(
	'think read test run try use listen check look learn write consider follow search open pay make do be ask ' +
		'proofread review reply answer thinking reading testing running using listening checking looking',
);
/** Words that soften an order without changing who it is for ("Maybe think …", "Please, for once, read …"). */
const SOFTENERS = words('maybe just please so now then ok okay try perhaps honestly seriously and');
/** A request to the reader: "could you", "how about you", "why don't you". */
const ASKERS = words("could can would will why how about don't dont not");
/** Most words between the verb and "for once" that one underline covers. */
const MAX_UNDERLINE_GAP = 5;
const FIRST_PERSON = words("i i'm i've i'd i'll me my mine we we're we've our ours us");

/** Whether a clause break lies between tokens `a` and `b`. */
function breakBetween(masked: string, a: Token, b: Token): boolean {
	return /[.!?;:,()\u2013\u2014]/.test(masked.slice(a.end, b.start));
}

/** Indices (into tokens) of the order's verb and its "for once", for every such order in the draft. */
export const forOnceWords = perTokenized((tokenized: Tokenized): number[] => {
	const { masked } = tokenized;
	const found: number[] = [];
	for (const { ws, toks, first } of wordSentences(tokenized)) {
		for (let i = 0; i + 1 < ws.length; i++) {
			const once = ws[i + 1] === 'once' && (ws[i] === 'for' || ws[i] === 'just');
			if (!once) continue;
			if (ws.slice(0, i).some((w) => FIRST_PERSON.has(w) || w === 'if')) continue;
			// The clause that carries the order: the one holding "for once", or the one after a fronted "for once ,".
			const fronted = i + 2 < ws.length && breakBetween(masked, toks[i + 1] as Token, toks[i + 2] as Token);
			let start = i;
			while (start > 0 && !breakBetween(masked, toks[start - 1] as Token, toks[start] as Token)) start--;
			if (fronted && start === i) start = i + 2;
			if (ws.slice(start, i).some((w) => FIRST_PERSON.has(w))) continue;
			let k = start;
			let asked = false;
			while (k < ws.length && k < start + 4 && (SOFTENERS.has(ws[k] ?? '') || ASKERS.has(ws[k] ?? ''))) {
				if (ASKERS.has(ws[k] ?? '')) asked = true;
				k++;
			}
			const toReader = asked && ws[k] === 'you' && IMPERATIVES.has(ws[k + 1] ?? '');
			if (toReader) k++;
			if (!IMPERATIVES.has(ws[k] ?? '')) continue;
			if (k >= start + 4 && !toReader) continue;
			// One underline from the verb to "once" when they are close ("Read the docs for once"), else the two.
			const close = i > k && i - k <= MAX_UNDERLINE_GAP;
			found.push(first + k, first + i, first + i + 1);
			if (close) for (let w = k + 1; w < i; w++) found.push(first + w);
		}
	}
	return [...new Set(found)].sort((a, b) => a - b);
});

/**
 * Gives a draft that orders the reader to do something "for once" the put-down floor (SEGMENT_FLOOR) with the card's
 * "Talks down to the reader" reason; a draft the models already score that high keeps its own score (its underline
 * still gets the words: culprit-words.ts). Call with talks-down.ts, after the put-down floor.
 */
export function applyForOnce(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	const found = forOnceWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
	entry.talksDown = true;
}
