/**
 * The span pass: the per-word contributions behind the underlines, computed only for a head that fires under
 * a call's options (most drafts flag nothing, and contributions cost as much again as the probabilities).
 * When a sentence alone carries the toxic score, only that sentence's words are the reason, each toxic
 * sentence explained by its own run and cached by text.
 */
import type { Tokenized } from '../features/featurize.ts';
import { LruCache } from './lru.ts';
import type { ManifestModel } from './manifest.ts';
import { wordContributions } from './model-inputs.ts';
import type { OrtModels, Prepared } from './ort-models.ts';
import { NO_WORDS, type ScoreEntry } from './score-entry.ts';
import { sentenceKey } from './sentence-pass.ts';
import { EXPLAINED_WORD_FLOOR } from './sentences.ts';

/** Which heads a span pass explains. */
export interface ExplainedHeads {
	toxic: boolean;
	inappropriate: boolean;
}

/** Adds word contributions to cache entries, remembering each toxic sentence's own. */
export class WordSpans {
	/** A toxic sentence's word contributions (per its own tokens), so typing elsewhere re-explains nothing. */
	private readonly sentenceWords = new LruCache<string, Float32Array>(256);

	constructor(private readonly models: OrtModels) {}

	/**
	 * Adds the word contributions of the heads asked for to a cache entry: from the probability pass's
	 * `prepared` inputs when given, else from the draft tokenised again (`retokenize`).
	 */
	async explain(
		entry: ScoreEntry,
		heads: ExplainedHeads,
		prepared: Prepared[] | undefined,
		retokenize: () => Tokenized,
	): Promise<void> {
		// A cached entry asked for spans later (other options) is featurised again: rare, and cheaper than
		// keeping every draft's features in the cache.
		const tokenized = prepared ? undefined : retokenize();
		const jobs: [ManifestModel, string, 'toxicWords' | 'inappropriateWords', number][] = [];
		if (heads.toxic) jobs.push([this.models.model('toxic'), 'toxic', 'toxicWords', 0]);
		// Folded from the toxic head: the toxic spans (which fire too, as toxic ≥ the folded value) are the reason.
		if (heads.inappropriate && entry.inappropriateFromToxic) entry.inappropriateWords = NO_WORDS;
		else if (heads.inappropriate)
			jobs.push([this.models.model('Inappropriateness'), 'Inappropriateness', 'inappropriateWords', 1]);
		await Promise.all(
			jobs.map(async ([model, head, field, index]) => {
				const sentences = head === 'toxic' ? entry.toxicSentences : undefined;
				if (sentences) {
					await this.explainSentences(entry, model, sentences);
					return;
				}
				const p = prepared?.[index] ?? this.models.prepare(model, tokenized as Tokenized);
				const contrib = await this.models.run(model, p, 'contrib');
				entry[field] = wordContributions(
					p.features,
					p.inputs,
					entry.tokens,
					contrib,
					model.heads.length,
					model.heads.indexOf(head),
				);
			}),
		);
	}

	clear(): void {
		this.sentenceWords.clear();
	}

	/**
	 * The toxic words of each sentence that is toxic on its own, one contribution run per sentence (a
	 * contribution is a share of one input's logit, so sentences cannot share a run), merged into one array
	 * over the draft's tokens with `toxicRuns` saying which run each word came from.
	 */
	private async explainSentences(
		entry: ScoreEntry,
		model: ManifestModel,
		sentences: Tokenized[],
	): Promise<void> {
		const words = new Float32Array(entry.tokens.length);
		const runs = new Uint8Array(entry.tokens.length);
		const indexOf = new Map(entry.tokens.map((t, i) => [t.start, i]));
		for (const [s, sentence] of sentences.entries()) {
			const key = sentenceKey(sentence);
			let own = this.sentenceWords.get(key);
			if (!own) {
				const p = this.models.prepare(model, sentence);
				const contrib = await this.models.run(model, p, 'contrib');
				const head = model.heads.indexOf('toxic');
				own = wordContributions(p.features, p.inputs, sentence.tokens, contrib, model.heads.length, head);
				this.sentenceWords.set(key, own);
			}
			// A sentence that only leans toxic, with no word strong enough to be a reason, stays unmarked.
			if (entry.leaningSentences?.has(sentence) && !own.some((c) => c >= EXPLAINED_WORD_FLOOR)) continue;
			for (const [k, t] of sentence.tokens.entries()) {
				const i = indexOf.get(t.start);
				if (i === undefined) continue;
				words[i] = own[k] ?? 0;
				runs[i] = s + 1;
			}
		}
		entry.toxicWords = words;
		entry.toxicRuns = runs;
	}
}
