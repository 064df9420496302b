/**
 * Turns raw head probabilities and per-word contributions into a ScoreResult for given options: the
 * sensitivity moves every head's threshold, disabled dimensions never flag, and each firing head
 * contributes spans for the words that push it up most.
 */
import type { Token } from '../features/featurize.ts';
import { EXPLAINED_WORD_FLOOR, sentenceRanges } from './sentences.ts';
import { dimensionsThatCount } from './switched-off.ts';
import {
	DIMENSIONS,
	type Dimension,
	type ScoreOptions,
	type ScoreResult,
	type Span,
	TOXICITY,
} from './types.ts';

/** Model outputs for one draft, independent of options (this is what the scorer caches). */
export interface RawScore {
	text: string;
	toxic: number;
	dimensions: Record<Dimension, number>;
	tokens: Token[];
	/** Per token, its share of the calibrated logit of the toxic / Inappropriateness head. */
	toxicWords: Float32Array;
	inappropriateWords: Float32Array;
	/**
	 * Per token, which contribution run its `toxicWords` entry came from (1, 2, … one per toxic sentence; 0 for
	 * none). Absent when one run covered the whole draft. Each run's words are ranked among themselves, so a
	 * milder insult is not hidden by a stronger one elsewhere in the draft.
	 */
	toxicRuns?: Uint8Array;
	/** Indices of the tokens in which the writer insults themselves (self-insult.ts): never a reason to underline. */
	selfInsultWords?: ReadonlySet<number>;
	/** Indices of the tokens of insult words the writer only mentions in quotes (quoted-mention.ts): never underlined. */
	mentionedWords?: ReadonlySet<number>;
	/** Indices of the tokens of insult words aimed at things (thing-insult.ts): never underlined. */
	thingInsultWords?: ReadonlySet<number>;
	/**
	 * Indices of the tokens a rule names as the toxic head's culprits (culprit-words.ts): always underlined when
	 * the toxic head fires, standing in for the weaker contribution words of their sentence.
	 */
	culpritWords?: ReadonlySet<number>;
	/** Indices of the tokens of quoted insults and the writer's self-insults (culprit-words.ts): never underlined. */
	excusedWords?: ReadonlySet<number>;
	/** Inappropriateness comes from the toxic head (`withToxicFold`): its words are the toxic ones. */
	inappropriateFromToxic?: boolean;
	/** Fewer than MIN_WORDS_TO_JUDGE words of the writer's own (short-drafts.ts): flags only with a span. */
	fewWords?: boolean;
	/** The toxic head was lifted by the sarcasm floor (sarcasm-at-others.ts): the words mock, they do not insult. */
	mocking?: boolean;
	/** A rule found wording that excludes a group of people (culprit-words.ts): the card names a group. */
	aboutGroup?: boolean;
	/** The toxic head was lifted by the contempt model (contempt.ts): the words talk down to the reader. */
	talksDown?: boolean;
}

/** True when quotes and code masked (`Tokenized.masked`) leave nothing: the writer has not said anything yet. */
export function nothingAuthored(masked: string): boolean {
	return masked.trim() === '';
}

/**
 * The raw score of a draft with none of the writer's own words (empty, blank, only quotes or code): 0 on every
 * head. The models' bias alone reads ~0.23 there, which flagged a quote-only reply at high sensitivity. (Thread
 * comments scored `wholeDraft` keep the models' output: the derailment model was trained on it.)
 */
export function unwrittenScore(text: string): RawScore {
	const dimensions = {} as Record<Dimension, number>;
	for (const d of DIMENSIONS) dimensions[d] = 0;
	return {
		text,
		toxic: 0,
		dimensions,
		tokens: [],
		toxicWords: new Float32Array(0),
		inappropriateWords: new Float32Array(0),
	};
}

/** Threshold on a calibrated probability for a sensitivity in 0..1 (0.5 → 0.5; higher flags more). */
export function thresholdFor(sensitivity = 0.5): number {
	return Math.min(0.95, Math.max(0.05, 1 - sensitivity));
}

/**
 * Underlined words per sentence of a contribution run: a one-sentence draft gets what it always got, and each
 * insulting sentence of a long draft its own (QA, session 10: a per-run cap underlined only the first six of
 * ten insults, none of them in view at the end of a scrolled field).
 */
const MAX_SPANS = 6;
/** Underlined words per draft, strongest first: a pasted wall of insults stays readable and cheap to draw. */
const MAX_DRAFT_SPANS = 48;
const MIN_LOGIT_SHARE = 0.15;
const MIN_RELATIVE = 0.3;
/**
 * In a sentence with a culprit word (culprit-words.ts), a contribution word is underlined beside it only when it
 * is this close to its run's strongest word and is a reason by itself (≥ EXPLAINED_WORD_FLOOR): session 14,
 * "you are an idiot if you think this passes review" also underlined "passes", "Oh sure, because you obviously
 * know better than everyone …" "everyone" (see models/README.md "Session 14: the underline on the culprit").
 */
const BESIDE_CULPRIT = 0.6;
/** Function words carry context, not blame: they never get an underline of their own. */
export const FUNCTION_WORDS = new Set(
	'a an and are as at be been before but by do for from had has have i if in is it its me my no not of on or so than that the their them then there these they this those to was we were what when which who why will with you your yours'.split(
		' ',
	),
);

/**
 * Adverbs that say how or when, not what is wrong (session 28, spans28): in a calm sentence ("It says the port is
 * already in use", "It just compares two dates") the model's share on them is context. They are never a verdict's
 * word (question-verdict.ts), and never underlined in a sentence without a culprit when a rule's culprit elsewhere
 * in the draft says why it flags.
 */
export const NEUTRAL_ADVERBS = new Set(
	'already still just even only also again yet really actually literally right clearly simply now ever'.split(
		' ',
	),
);

/**
 * The words that push a head up: positive contributors within a fraction of the strongest of their own
 * contribution run (`toxicRuns`; the whole draft when absent), at most MAX_SPANS per sentence of a run and MAX_DRAFT_SPANS in all. A firing
 * head whose words all sit under the floor (a short draft at a high sensitivity) still gets its strongest
 * positive word, so the flag carries a span (issue 2); a head that fires on the model's prior alone gets none.
 */
export function spansFor(raw: RawScore, head: 'toxic' | 'inappropriate', toxicFires = false): Span[] {
	const words = head === 'toxic' ? raw.toxicWords : raw.inappropriateWords;
	const runs = head === 'toxic' ? raw.toxicRuns : undefined;
	const runOf = (i: number) => (runs ? (runs[i] ?? 0) : 1);
	const maxOf = new Map<number, number>();
	raw.tokens.forEach((_t, i) => {
		const run = runOf(i);
		if (run > 0) maxOf.set(run, Math.max(maxOf.get(run) ?? 0, words[i] ?? 0));
	});
	const sentences = sentenceRanges(raw.text);
	const sentenceOf: number[] = [];
	let sentence = 0;
	for (const t of raw.tokens) {
		while (sentence < sentences.length - 1 && t.start >= (sentences[sentence] as [number, number])[1])
			sentence++;
		sentenceOf.push(sentence);
	}
	const culprits = head === 'toxic' ? raw.culpritWords : undefined;
	const excused = head === 'toxic' ? raw.excusedWords : undefined;
	const culpritSentences = new Set<number>();
	// The inappropriate head's words are not added where the toxic head's culprit already says why.
	for (const i of head === 'toxic' || toxicFires ? (raw.culpritWords ?? []) : [])
		if (!FUNCTION_WORDS.has(raw.tokens[i]?.word ?? '')) culpritSentences.add(sentenceOf[i] ?? 0);
	const groups = new Map<string, Span[]>();
	// Adjacent culprit words are one phrase ("no idea what you are doing"): one underline, one quote on the card.
	let phrase: number[] = [];
	const closePhrase = () => {
		const span = phraseSpan(raw, phrase, head);
		if (span) {
			const key = `c:${sentenceOf[phrase[0] as number] ?? 0}`;
			groups.set(key, [...(groups.get(key) ?? []), span]);
		}
		phrase = [];
	};
	raw.tokens.forEach((t, i) => {
		const sentence = sentenceOf[i] ?? 0;
		const last = phrase.at(-1);
		if (
			last !== undefined &&
			(!culprits?.has(i) ||
				excused?.has(i) ||
				last !== i - 1 ||
				sentenceOf[last] !== sentence ||
				CLAUSE_BREAK.test(raw.text.slice((raw.tokens[last] as Token).end, t.start)))
		)
			closePhrase();
		if (excused?.has(i)) return;
		const withCulprit = culpritSentences.has(sentence);
		if (withCulprit && head === 'inappropriate') return;
		const run = runOf(i);
		const max = maxOf.get(run) ?? 0;
		const c = words[i] ?? 0;
		if (culprits?.has(i)) {
			phrase.push(i);
			return;
		}
		if (
			(withCulprit && (c < BESIDE_CULPRIT * max || c < EXPLAINED_WORD_FLOOR)) ||
			max < MIN_LOGIT_SHARE ||
			c < MIN_LOGIT_SHARE ||
			c < MIN_RELATIVE * max ||
			FUNCTION_WORDS.has(t.word) ||
			(!withCulprit && culpritSentences.size > 0 && NEUTRAL_ADVERBS.has(t.word)) ||
			raw.selfInsultWords?.has(i) ||
			raw.mentionedWords?.has(i) ||
			raw.thingInsultWords?.has(i)
		)
			return;
		const key = withCulprit ? `c:${sentence}` : `${run}:${sentence}`;
		const spans = groups.get(key) ?? [];
		spans.push({ start: t.start, end: t.end, weight: c / max, head });
		groups.set(key, spans);
	});
	closePhrase();
	dropPullingSentences(groups, raw, words, runOf, sentenceOf);
	// The toxic head's culprits already say why: the inappropriate head adds no fallback word beside them.
	if (groups.size === 0)
		return head === 'inappropriate' && culpritSentences.size > 0 ? [] : strongestWord(raw, words, head);
	return [...groups.values()]
		.flatMap((spans) => spans.sort((a, b) => b.weight - a.weight).slice(0, MAX_SPANS))
		.sort((a, b) => b.weight - a.weight)
		.slice(0, MAX_DRAFT_SPANS)
		.sort((a, b) => a.start - b.start);
}

/**
 * Session 28 (spans28): in a draft of several sentences explained by one contribution run, a sentence whose words
 * sum to no push at all (≤ 0: it pulls the head down) is not why the draft reads badly, even where one of its
 * words has a share of its own ("Why do I even bother explaining this to you? The flag is already deprecated in
 * version three." underlined "three"). Its underlines are dropped while another sentence keeps one that pushes
 * (a culprit phrase, or words of a sentence whose sum is positive). Words only: the flag does not change.
 */
function dropPullingSentences(
	groups: Map<string, Span[]>,
	raw: RawScore,
	words: Float32Array,
	runOf: (i: number) => number,
	sentenceOf: readonly number[],
): void {
	if (groups.size < 2) return;
	const net = new Map<string, number>();
	raw.tokens.forEach((_t, i) => {
		const key = `${runOf(i)}:${sentenceOf[i] ?? 0}`;
		net.set(key, (net.get(key) ?? 0) + (words[i] ?? 0));
	});
	const pulling = [...groups.keys()].filter((k) => !k.startsWith('c:') && (net.get(k) ?? 0) <= 0);
	if (pulling.length === 0 || pulling.length === groups.size) return;
	for (const k of pulling) groups.delete(k);
}

/**
 * Punctuation between two culprit words that ends a phrase ("Get lost, nobody asked you" is two), and a quote mark
 * ("another 'cleanup' from you": the underline does not start inside a quote it does not close).
 */
const CLAUSE_BREAK = /[,;:.!?()\-–—\n"'`‘’“”]/;
/** A function word that keeps its place at a phrase's edge: the negation is the put-down ("no idea …"). */
const NEGATING = new Set(['no', 'not']);

/**
 * One underline over adjacent culprit words (token indices, in order), or none: function words at its edges are
 * dropped (a negation and the word before one stay: "no idea", "do not know"), and a phrase of function words
 * alone says nothing (session 27, misses27).
 */
function phraseSpan(raw: RawScore, phrase: number[], head: 'toxic' | 'inappropriate'): Span | undefined {
	const word = (k: number) => raw.tokens[phrase[k] as number]?.word ?? '';
	const keeps = (k: number) =>
		!FUNCTION_WORDS.has(word(k)) || NEGATING.has(word(k)) || NEGATING.has(word(k + 1));
	let a = 0;
	let b = phrase.length - 1;
	while (a <= b && !keeps(a)) a++;
	while (b >= a && FUNCTION_WORDS.has(word(b))) b--;
	if (a > b) return undefined;
	let content = false;
	for (let k = a; k <= b; k++) if (!FUNCTION_WORDS.has(word(k))) content = true;
	if (!content) return undefined;
	const first = raw.tokens[phrase[a] as number] as Token;
	const last = raw.tokens[phrase[b] as number] as Token;
	return { start: first.start, end: last.end, weight: 1, head };
}

/** The one content word with the largest positive contribution, as a span of weight 1, or none. */
function strongestWord(raw: RawScore, words: Float32Array, head: 'toxic' | 'inappropriate'): Span[] {
	let best = -1;
	raw.tokens.forEach((t, i) => {
		const c = words[i] ?? 0;
		const eligible =
			!FUNCTION_WORDS.has(t.word) &&
			!raw.selfInsultWords?.has(i) &&
			!raw.mentionedWords?.has(i) &&
			!raw.thingInsultWords?.has(i) &&
			!(head === 'toxic' && raw.excusedWords?.has(i));
		if (c > 0 && eligible && (best < 0 || c > (words[best] ?? 0))) best = i;
	});
	const token = raw.tokens[best];
	return token ? [{ start: token.start, end: token.end, weight: 1, head }] : [];
}

/**
 * Which heads flag a draft under `options` (and so need spans): the toxic head unless `TOXICITY` is switched off,
 * and the inappropriate head when any dimension that counts (switched-off.ts) reaches its threshold. The scorer
 * asks this before it computes contributions.
 */
export function firingHeads(
	raw: Pick<RawScore, 'toxic' | 'dimensions' | 'inappropriateFromToxic'>,
	options: ScoreOptions = {},
): { toxic: boolean; inappropriate: boolean } {
	const t = thresholdFor(options.sensitivity);
	const disabled = new Set(options.disabledDimensions ?? []);
	const offsets = options.dimensionOffsets ?? {};
	return {
		// Feedback never eases the toxic head (adaptation.ts): insults stay caught however often one was let pass.
		toxic: !disabled.has(TOXICITY) && raw.toxic >= t,
		inappropriate: dimensionsThatCount(raw, disabled, t).some(
			(d) => raw.dimensions[d] >= Math.min(0.95, t + Math.max(0, offsets[d] ?? 0)),
		),
	};
}

/**
 * Applies options to a raw score. A draft of few words flags only with a word to point at (short-drafts.ts);
 * a thread comment scored whole (`wholeDraft`, no word contributions) is judged on its probabilities.
 */
export function decide(raw: RawScore, options: ScoreOptions = {}): ScoreResult {
	const inappropriate = raw.dimensions.Inappropriateness;
	const { toxic: toxicFires, inappropriate: inappropriateFires } = firingHeads(raw, options);
	const spans = [
		...(toxicFires ? spansFor(raw, 'toxic') : []),
		...(inappropriateFires ? spansFor(raw, 'inappropriate', toxicFires) : []),
	];
	const pointless = raw.fewWords === true && spans.length === 0 && !options.wholeDraft;
	return {
		text: raw.text,
		inappropriate,
		toxic: raw.toxic,
		dimensions: { ...raw.dimensions },
		flag: (toxicFires || inappropriateFires) && !pointless,
		spans,
		...(raw.inappropriateFromToxic ? { toxicFold: true as const } : {}),
		...(raw.mocking && toxicFires ? { mocking: true as const } : {}),
		...(raw.aboutGroup && toxicFires ? { aboutGroup: true as const } : {}),
		...(raw.talksDown && toxicFires ? { talksDown: true as const } : {}),
	};
}
