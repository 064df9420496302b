/**
 * Session 20 (attacks7): a veiled threat in ordinary words, said by contrast: "I'm not going anywhere, but you
 * might have to.", "I'll still be here next year. Not sure you will be." No word is hostile; the threat is the
 * verb left out. Structure: a clause in which the writer stays ("I / I'm / I'll / we … anywhere / here / around"),
 * then a later clause that names the reader and ends on a modal or auxiliary with its verb left out ("you might
 * have to.", "you will be.", "you won't."), so the reader's clause can only be read as the writer's verb, negated:
 * the reader leaving. Quiet when the reader's clause goes on ("you might have to reboot first"), when no staying
 * clause comes before it ("Merge it when you can."), when it is a condition or a time, not a contrast ("I'll be
 * around all week, ping me whenever you can"), and for a question ("… will you be?").
 * Both clauses are underlined (from the writer on) (culprit-words.ts) and the draft gets the threat floor.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';

const words = (s: string) => new Set(s.split(' '));
/** The writer as a subject. */
const WRITER = words("i i'm im i'll ill we we're we'll");
/** Where the writer stays ("not going anywhere", "still be here", "still around"). */
const STAYING = words('anywhere here around');
/** The reader as a subject. */
const READER = words("you you'll u");
/** Words that set the reader's clause against the writer's ("not sure you will be", "doubt you can"). */
const CONTRARY = words("not doubt unlike don't");
/** Words that make the reader's clause a condition or a time, not a contrast ("ping me whenever you can"). */
const SUBORDINATE = words('if when whenever once as unless while until since because so');
/** What an elliptical clause may end on: a modal or auxiliary whose verb is left out ("you might have to."). */
const ELIDED = words("can can't could will won't would might may must be to");

/** Whether a clause break (punctuation) follows token `k`, or it is the last. */
function breakAfter(masked: string, tokens: readonly Token[], k: number): boolean {
	const next = tokens[k + 1];
	return next === undefined || /[,.;!\n]/.test(masked.slice((tokens[k] as Token).end, next.start));
}

/** Indices (into `tokenized.tokens`) of the reader's elliptical clause after the writer's staying one, or none. */
export function stayingContrastWords({ masked, tokens }: Tokenized): number[] {
	if (masked.includes('?')) return [];
	const ws = tokens.map((t) => t.word);
	// Clauses as [first, end) token ranges.
	const clauses: [number, number][] = [];
	let from = 0;
	for (let k = 0; k < ws.length; k++)
		if (breakAfter(masked, tokens, k)) {
			clauses.push([from, k + 1]);
			from = k + 1;
		}
	let stayed: number[] = [];
	for (const [a, b] of clauses) {
		const clause = ws.slice(a, b);
		if (stayed.length > 0) {
			const you = clause.findIndex((w) => READER.has(w));
			const before = clause.slice(0, Math.max(0, you));
			// A contrast ("but you …", "not sure you …"), not a condition or a time ("join us if you can").
			const contrast =
				before.some((w) => w === 'but' || CONTRARY.has(w)) && !before.some((w) => SUBORDINATE.has(w));
			// The reader, then at most three words ending on the left-out verb's modal: "you might have to".
			if (contrast && clause.length - you <= 4 && ELIDED.has(clause.at(-1) ?? ''))
				return [...stayed, ...Array.from({ length: b - a }, (_x, k) => a + k)];
		}
		const writer = clause.findIndex((w) => WRITER.has(w));
		if (writer >= 0 && clause.some((w) => STAYING.has(w)))
			stayed = Array.from({ length: b - a - writer }, (_x, k) => a + writer + k);
	}
	return [];
}

/** Gives a draft with such a contrast the threat floor (SEGMENT_FLOOR), underlined on the reader's clause. */
export function applyStayingContrast(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	const found = stayingContrastWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
