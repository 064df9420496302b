/**
 * Session 20 (attacks7): the underline of a sneering question followed by its verdict. "Did you even read the post?
 * What a waste of time" was flagged by the "did you even …" put-down frame and underlined on "Did", "even",
 * "read": the frame's words, which say how the question sneers, not what it blames. When every underline of a
 * flagged draft sits in its questions, none of those words is an insult in itself (culprit-words.ts `loaded`), and
 * a statement follows the last of those questions, the statement is the verdict: its own toxic contribution run
 * (one per such sentence, at most MAX_VERDICTS) names the words, and its content words that carry a share of at
 * least MIN_SHARE logit (and MIN_RELATIVE of the sentence's strongest) are underlined in place of the question's.
 * A question alone ("Did you even read the post?"), a question with an insult ("Are you stupid? …") and a verdict
 * the model finds no word in keep the underline they had. Words only: scores and flags do not change.
 *
 * Session 28 (spans28): the statement after a sneer is as often the calm technical point ("Is reading the error
 * message too much to ask? It says the port is already in use."), and its strongest words were a neutral adverb
 * ("already" 0.32, "just" 0.47) or a noun ("config", "README" 0.87): the card said "Mostly because of 'already'".
 * A statement is a verdict only when it carries a word that is a reason by itself: a loaded word (culprit-words.ts
 * `loaded`), a VERDICT_WORDS word, or a content word of at least EXPLAINED_WORD_FLOOR (the real verdicts of the
 * corpora: "garbage" 3.07, "disaster" 1.77, "embarrassing" 1.28, "waste" 0.69-1.10); and NEUTRAL_ADVERBS are never
 * a verdict's word. Otherwise the question keeps its underline.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { loaded } from './culprit-words.ts';
import { FUNCTION_WORDS, NEUTRAL_ADVERBS, spansFor } from './decide.ts';
import { LruCache } from './lru.ts';
import { wordContributions } from './model-inputs.ts';
import type { OrtModels } from './ort-models.ts';
import { NO_WORDS, type ScoreEntry } from './score-entry.ts';
import { EXPLAINED_WORD_FLOOR, sentenceRanges } from './sentences.ts';

/** A verdict word's least contribution to the toxic logit, alone and relative to its sentence's strongest. */
export const MIN_SHARE = 0.3;
export const MIN_RELATIVE = 0.3;
/** Statements after the question explained at most (one contribution run each). */
export const MAX_VERDICTS = 2;
/**
 * Sentences a draft may have for the pass to run: the pattern is a short retort ("Did you even read the post?
 * What a waste of time"); in a long draft the statements after a jab are mostly other points, and explaining
 * them cost every such draft up to two more ORT runs (+16 % CPU per 1,000-character bench draft, lead, session 20).
 */
export const MAX_SENTENCES = 4;

/** Verdict words that are no insult by themselves ("a waste of time", "ridiculous"), so not `loaded`. */
const VERDICT_WORDS = new Set(
	'waste wasted ridiculous nonsense absurd awful terrible horrible unacceptable insane shameful'.split(' '),
);

/** Entries already looked at: the words depend on the draft only, so once per cache entry. */
const checked = new WeakSet<ScoreEntry>();

/**
 * A verdict sentence's word contributions by its text and words, per loaded models: while the user types
 * elsewhere in the draft, the same verdict is not explained again (one ORT run each otherwise).
 */
const verdictWords = new WeakMap<OrtModels, LruCache<string, Float32Array>>();

/** The verdict sentences after a draft's underlined questions, as token ranges, or none (see the module comment). */
export function verdictSentences(entry: ScoreEntry, tokenized: Tokenized): Tokenized[] {
	const { masked, tokens } = tokenized;
	const spans = spansFor(
		{
			...entry,
			toxicWords: entry.toxicWords ?? NO_WORDS,
			...(entry.toxicRuns ? { toxicRuns: entry.toxicRuns } : {}),
			inappropriateWords: entry.inappropriateWords ?? NO_WORDS,
		},
		'toxic',
	);
	if (spans.length === 0 || !masked.includes('?')) return [];
	// Each sentence as [first token, end token) and whether it asks.
	const sentences: { a: number; b: number; from: number; to: number; asks: boolean }[] = [];
	let t = 0;
	for (const [a, b] of sentenceRanges(masked)) {
		const from = t;
		while (t < tokens.length && (tokens[t] as Token).start < b) t++;
		if (t > from) sentences.push({ a, b, from, to: t, asks: masked.slice(a, b).includes('?') });
	}
	if (sentences.length > MAX_SENTENCES) return [];
	const sentenceOf = (start: number) => sentences.findIndex((s) => start >= s.a && start < s.b);
	let last = -1;
	for (const span of spans) {
		const s = sentenceOf(span.start);
		if (s < 0 || !sentences[s]?.asks) return [];
		// An underline may be a phrase of several words (decide.ts): none of them may be an insult.
		if (tokens.some((k) => k.start >= span.start && k.end <= span.end && loaded(k.word))) return [];
		last = Math.max(last, s);
	}
	return (
		sentences
			.slice(last + 1)
			.filter((s) => !s.asks)
			.slice(0, MAX_VERDICTS)
			// As sentences.ts `sentenceSegments` cuts them: the sentence's text, its tokens at draft offsets.
			.map((s) => ({ masked: masked.slice(s.a, s.b), tokens: tokens.slice(s.from, s.to) }))
	);
}

/**
 * Moves the toxic underline of a flagged draft from its sneering question to the verdict after it, where there
 * is one (see the module comment). Call once the toxic head fires and the entry has its culprits and words.
 */
export async function questionVerdictPass(
	models: OrtModels,
	entry: ScoreEntry,
	tokenized: Tokenized,
): Promise<void> {
	if (checked.has(entry)) return;
	checked.add(entry);
	const verdicts = verdictSentences(entry, tokenized);
	if (verdicts.length === 0) return;
	const model = models.model('toxic');
	const head = model.heads.indexOf('toxic');
	const words = new Float32Array(entry.tokens.length);
	const picked = new Set<number>();
	const indexOf = new Map(entry.tokens.map((k, i) => [k.start, i]));
	let cache = verdictWords.get(models);
	if (!cache) {
		cache = new LruCache(256);
		verdictWords.set(models, cache);
	}
	for (const sentence of verdicts) {
		const key = `${sentence.masked}\u0000${sentence.tokens.map((k) => k.word).join(' ')}`;
		let c = cache.get(key);
		if (!c) {
			const p = models.prepare(model, sentence);
			const contrib = await models.run(model, p, 'contrib');
			c = wordContributions(p.features, p.inputs, sentence.tokens, contrib, model.heads.length, head);
			cache.set(key, c);
		}
		const content = sentence.tokens.map((k, i) =>
			FUNCTION_WORDS.has(k.word) || NEUTRAL_ADVERBS.has(k.word) ? 0 : (c[i] ?? 0),
		);
		const max = Math.max(0, ...content);
		// A calm statement after the sneer is the point being made, not the verdict (see the module comment).
		const judges = sentence.tokens.some(
			(k, i) => loaded(k.word) || VERDICT_WORDS.has(k.word) || (content[i] ?? 0) >= EXPLAINED_WORD_FLOOR,
		);
		if (!judges) continue;
		content.forEach((v, i) => {
			const at = indexOf.get((sentence.tokens[i] as Token).start);
			if (at !== undefined && v >= MIN_SHARE && v >= MIN_RELATIVE * max) {
				picked.add(at);
				words[at] = v;
			}
		});
	}
	if (picked.size === 0) return;
	entry.toxicWords = words;
	entry.toxicRuns = undefined;
	entry.culpritWords = picked;
}
