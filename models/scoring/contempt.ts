/**
 * The contempt pass (session 28): calm-worded contempt aimed at the reader ("you clearly have no clue, …",
 * "Maybe leave the architecture decisions to people who understand them.") carries no insult word, and each new
 * hand-written frame list caught only the wording it listed. A small learned model (`contempt` head,
 * models/train/contempt.ts) reads each sentence that addresses the reader (you/your/yourself, or an imperative);
 * when it is sure (≥ CONTEMPT_THRESHOLD) the draft gets the sentence rule's floor (SEGMENT_FLOOR), underlined on
 * the words that drive the model (their contributions), and the card says it talks down to the reader.
 * Draft scoring only, after the rules and only when they left the draft under the floor: thread comments
 * (`wholeDraft`) keep the models' own scores, which the derailment model was trained on. A manifest without a
 * `contempt` model skips the pass.
 */
import { featurizeTokens, type Token, type Tokenized } from '../features/featurize.ts';
import { LruCache } from './lru.ts';
import { aggregate, wordContributions } from './model-inputs.ts';
import type { OrtModels } from './ort-models.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, sentenceRanges } from './sentences.ts';

/**
 * The contempt probability a reader-addressing sentence must reach. Picked on the held-out civil files
 * (scripts/train-contempt.ts, models/README.md "Session 28"): the lowest of the tried thresholds whose false
 * flags on held-out civil text stayed ≤ 1 %.
 */
export const CONTEMPT_THRESHOLD = 0.95;
/** Sentences of fewer words are not read alone (as the sentence rule's SEGMENT_MIN_WORDS, one less: "Get a clue."). */
const MIN_WORDS = 2;
/** At most this many sentences per draft are read (the first ones addressing the reader). */
const MAX_SENTENCES = 32;

const READER = new Set([
	'you',
	"you're",
	'youre',
	"you've",
	"you'd",
	"you'll",
	'your',
	'yours',
	'yourself',
	'yourselves',
	'u',
	'ur',
	'ya',
]);

/** Words a sentence may open with before its verb ("Maybe leave …", "Just read …", "Please try …"). */
const OPENERS = new Set([
	'just',
	'maybe',
	'please',
	'perhaps',
	'honestly',
	'seriously',
	'so',
	'ok',
	'okay',
	'now',
	'then',
	'and',
	'but',
	'well',
	'oh',
	'next',
	'time',
	'kindly',
	'really',
	'simply',
]);

/** Base verbs that open an imperative ("Leave …", "Try …", "Don't …"); not a full grammar, a cheap gate. */
const IMPERATIVE_VERBS = new Set(
	(
		"don't do try leave go get let stop learn read think ask check look keep come make find consider spend google " +
		'put use quit step stick write run open close fix test review study pick hand move wait sit listen pay grow ' +
		'figure take give stay tell show start focus remember understand note imagine hire call explain follow ' +
		'actually bother please drop maybe leave avoid refrain trust believe save spare'
	).split(' '),
);

/** Whether a sentence's words address the reader: a second-person word, or an imperative opening. */
export function addressesReader(words: readonly string[]): boolean {
	const lower = words.map((w) => w.toLowerCase());
	if (lower.some((w) => READER.has(w))) return true;
	let i = 0;
	while (i < lower.length - 1 && OPENERS.has(lower[i] as string)) i++;
	return IMPERATIVE_VERBS.has(lower[i] ?? '');
}

/** A draft's sentences of MIN_WORDS words or more, as tokenised sub-drafts with the index of their first token. */
function readerSentences(tokenized: Tokenized): { sentence: Tokenized; first: number }[] {
	const { masked, tokens } = tokenized;
	const out: { sentence: Tokenized; first: number }[] = [];
	let t = 0;
	for (const [a, b] of sentenceRanges(masked)) {
		let first = -1;
		const own: Token[] = [];
		while (t < tokens.length && (tokens[t] as Token).start < b) {
			if ((tokens[t] as Token).start >= a) {
				if (first < 0) first = t;
				own.push(tokens[t] as Token);
			}
			t++;
		}
		if (own.length < MIN_WORDS || !addressesReader(own.map((k) => k.word))) continue;
		out.push({ sentence: { masked: masked.slice(a, b), tokens: own }, first });
		if (out.length >= MAX_SENTENCES) break;
	}
	return out;
}

/** Scores a draft's reader-addressing sentences with the contempt model and lifts the draft when one is sure. */
export class ContemptPass {
	/** Contempt probability per sentence text (typing re-scores the same sentences). */
	private readonly cache = new LruCache<string, number>(1024);

	constructor(
		private readonly models: OrtModels,
		private readonly threshold = CONTEMPT_THRESHOLD,
	) {}

	async apply(entry: ScoreEntry, tokenized: Tokenized): Promise<void> {
		if (entry.toxic >= SEGMENT_FLOOR) return;
		const model = this.models.find('contempt');
		if (!model) return;
		const sentences = readerSentences(tokenized);
		if (sentences.length === 0) return;
		const todo = sentences.filter((s) => !this.cache.has(s.sentence.masked));
		if (todo.length > 0) {
			// One run for all of them: the graph's batch branch (models/train/onnx-batch.ts), each row bit-identical
			// to its own run.
			const rows = todo.map((s) => ({ inputs: aggregate(featurizeTokens(s.sentence, model.features)) }));
			const { probs } = await this.models.runBatch(model, rows, ['probs']);
			todo.forEach((s, i) => {
				this.cache.set(s.sentence.masked, probs[i] ?? 0);
			});
		}
		let best: { sentence: Tokenized; first: number; p: number } | undefined;
		for (const s of sentences) {
			const p = this.cache.get(s.sentence.masked) ?? 0;
			if (p >= this.threshold && (!best || p > best.p)) best = { ...s, p };
		}
		if (!best) return;
		// The words behind it: the sentence's own contribution run (as the other heads' underline).
		const features = featurizeTokens(best.sentence, model.features);
		const inputs = aggregate(features);
		const contrib = await this.models.run(model, { inputs }, 'contrib');
		const own = wordContributions(features, inputs, best.sentence.tokens, contrib, 1, 0);
		const toxicWords = new Float32Array(entry.tokens.length);
		own.forEach((c, i) => {
			if (c > 0 && !entry.mentionedWords?.has(best.first + i)) toxicWords[best.first + i] = c;
		});
		entry.toxic = SEGMENT_FLOOR;
		entry.toxicWords = toxicWords;
		entry.toxicSentences = undefined;
		entry.toxicRuns = undefined;
		entry.talksDown = true;
	}

	clear(): void {
		this.cache.clear();
	}
}
