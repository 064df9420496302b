/**
 * The one scoring engine, on onnxruntime-web, used by the extension's inference host and by Node (CLI, eval,
 * bench) so both give the same numbers. The environment is injected: the `ort` module (onnxruntime-web/wasm
 * or /webgpu) and a `loadBytes(file)` for model files named in the manifest. Sessions are created lazily,
 * one per model file (ort-models.ts), and raw scores are cached by text (LRU).
 *
 * A draft is scored with its @handles and link destinations blanked (addresses.ts: names, not the user's words);
 * a thread comment (`wholeDraft`) is scored as written. A new draft then goes through these passes, each in its
 * own module (most drafts need only the first and the rule checks):
 * - probabilities (probability-pass.ts), always;
 * - the writer's insults at themselves taken out (self-insult.ts), for drafts that have any;
 * - "dupe" read as "duplicate" where it is GitHub's triage jargon (duplicate-jargon.ts), for drafts that use it;
 * - insult words only mentioned in double quotes taken out (quoted-mention.ts), for drafts that have any; so
 *   are loaded words in unquoted error messages, log lines and identifiers (mention-spans.ts);
 * - insult words aimed only at things taken out (thing-insult.ts), for drafts that have any; with
 *   `allowSwearingAtThings`, profanity aimed at things or at no one too (swearing-at-things.ts);
 * - the sentence rule (sentence-pass.ts): the toxic head also scores each sentence alone, so one clearly toxic
 *   sentence is not diluted by the civil ones around it;
 * - impatience about an issue that names no one but its writer is capped under the default threshold
 *   (impatient-reports.ts, no model run); so are three civil developer idioms (praise with a negative
 *   intensifier, damage done by code or decisions, "you" narrating a bug; civil-dev-idioms.ts, no model run);
 * - an insult aimed at someone else gives the draft a floor at the sentence rule's level (insult-at-others.ts,
 *   no model run), so a polite opener cannot dilute it; so does a threat aimed at a person (threats.ts);
 * - a quoted insult the writer endorses ("… and he's right") gets the same floor (quoted-mention.ts);
 * - sarcasm aimed at someone (mock address, scare-quoted praise, mock thanks) gets the same floor
 *   (sarcasm-at-others.ts, no model run);
 * - a sentence to the reader that the contempt model reads as talking down to them gets the same floor
 *   (contempt.ts, one small model run for the draft's reader-addressing sentences);
 * - the per-word contributions behind the underline spans (word-spans.ts), only for a head that flags under
 *   the call's options (most drafts flag nothing, and contributions cost as much again), and, once the toxic
 *   head fires, the words the rules name as the reason (culprit-words.ts, no model run).
 */

import { type Tokenized, tokenize } from '../features/featurize.ts';
import bundledManifest from '../manifest.json';
import { blankAddresses } from './addresses.ts';
import { applyAdmissions } from './admissions.ts';
import { applyCalmAttacks } from './calm-attacks.ts';
import { applyChosenPeoplePraise } from './chosen-people-praise.ts';
import { applyCivilDevIdioms } from './civil-dev-idioms.ts';
import { heldCivil } from './civil-hold.ts';
import { ContemptPass } from './contempt.ts';
import { culpritWords } from './culprit-words.ts';
import { decide, firingHeads, unwrittenScore } from './decide.ts';
import { DuplicateJargonPass } from './duplicate-jargon.ts';
import { applyFirmNotPersonal } from './firm-not-personal.ts';
import { applyForOnce } from './for-once.ts';
import { applyFrustrationAtThings } from './frustration-at-things.ts';
import { applyHelpPings } from './help-pings.ts';
import { applyImpatientReports } from './impatient-reports.ts';
import { applyInsultsAtOthers } from './insult-at-others.ts';
import { LruCache } from './lru.ts';
import type { ModelManifest } from './manifest.ts';
import { OrtModels, type OrtModule, type Prepared } from './ort-models.ts';
import { applyParaphraseAttacks } from './paraphrase-attacks.ts';
import { applyPlainStatements } from './plain-statements.ts';
import { priorOnlyPass } from './prior-only.ts';
import { scoreProbabilities, scoreProbabilitiesBatch } from './probability-pass.ts';
import { applyPutDowns } from './put-downs.ts';
import { questionVerdictPass } from './question-verdict.ts';
import { applyEndorsedQuotes, QuotedMentionPass } from './quoted-mention.ts';
import { applyReplyVerdicts } from './reply-verdicts.ts';
import { applySarcasmAtOthers } from './sarcasm-at-others.ts';
import { NO_WORDS, type ScoreEntry } from './score-entry.ts';
import { SelfInsultPass } from './self-insult.ts';
import { SentencePass } from './sentence-pass.ts';
import { applySincerePraise } from './sincere-praise.ts';
import { applyStayingContrast } from './staying-contrast.ts';
import { applyTalksDown } from './talks-down.ts';
import { ThingInsultPass } from './thing-insult.ts';
import { applyThreats } from './threats.ts';
import type { ScoreOptions, ScoreResult, Scorer } from './types.ts';
import { WordSpans } from './word-spans.ts';

export type { OrtModule } from './ort-models.ts';

/** Prefix of the cache key of an entry scored with `allowSwearingAtThings` (no draft starts with a NUL). */
const SWEARING_KEY = '\u0000swearing\u0000';

export interface OnnxScorerOptions {
	ort: OrtModule;
	/** Returns the bytes of a model file named in the manifest (e.g. 'toxic.onnx'). */
	loadBytes: (file: string) => Promise<Uint8Array>;
	/** Defaults to the manifest bundled next to the models. */
	manifest?: ModelManifest;
	executionProviders?: string[];
	/** Drafts remembered (default 256): typing re-scores the same text often. */
	cacheSize?: number;
	/** Replaces the tokeniser; only the eval uses it, to measure scores without camouflage repair. */
	tokenizer?: (draft: string) => Tokenized;
	/** Replaces contempt.ts' CONTEMPT_THRESHOLD; only scripts/check-contempt.ts uses it, to pick that threshold. */
	contemptThreshold?: number;
}

/** Scores drafts with the trained ONNX models. */
export class OnnxScorer implements Scorer {
	private readonly models: OrtModels;
	private readonly sentences: SentencePass;
	private readonly selfInsults: SelfInsultPass;
	private readonly duplicates: DuplicateJargonPass;
	private readonly mentions: QuotedMentionPass;
	private readonly thingInsults: ThingInsultPass;
	private readonly spans: WordSpans;
	private readonly contempt: ContemptPass;
	private readonly cache: LruCache<string, ScoreEntry>;
	/** A fresh entry's tokenisation, for its sentence pass (entries only keep the tokens). */
	private readonly tokenizedOf = new WeakMap<ScoreEntry, Tokenized>();

	constructor(private readonly options: OnnxScorerOptions) {
		const { ort, loadBytes, executionProviders } = options;
		const manifest = options.manifest ?? (bundledManifest as unknown as ModelManifest);
		this.models = new OrtModels({ ort, loadBytes, manifest, executionProviders });
		this.sentences = new SentencePass(this.models);
		this.selfInsults = new SelfInsultPass(this.models);
		this.duplicates = new DuplicateJargonPass(this.models);
		this.mentions = new QuotedMentionPass(this.models);
		this.thingInsults = new ThingInsultPass(this.models);
		this.spans = new WordSpans(this.models);
		this.contempt = new ContemptPass(this.models, options.contemptThreshold);
		this.cache = new LruCache(options.cacheSize ?? 256);
	}

	async score(texts: readonly string[], options?: ScoreOptions): Promise<ScoreResult[]> {
		const results: ScoreResult[] = [];
		// The passes below change an entry, and the swearing option changes what they do: an entry scored with
		// it is cached apart (thread comments are scored whole, without the passes, so they share the plain one).
		const swearing = options?.allowSwearingAtThings === true && !options.wholeDraft;
		const keyOf = (text: string) => (swearing ? `${SWEARING_KEY}${text}` : text);
		// Same-length blanking: the spans of the blanked draft are spans of the draft.
		const read = options?.wholeDraft ? texts : texts.map(blankAddresses);
		const batched = await this.scoreNew(read, keyOf);
		for (const [i, text] of read.entries()) {
			// A result carries the text it was asked about (types.ts), not the blanked one.
			const asked = texts[i] as string;
			const key = keyOf(text);
			let entry = this.cache.get(key) ?? batched.get(key);
			let prepared: Prepared[] | undefined;
			if (!entry) {
				const tokenized = this.tokenize(text);
				// A draft's sentences the sentence rule will score anyway share the toxic run (sentence-pass.ts).
				const ahead = options?.wholeDraft ? undefined : await this.sentences.ahead(tokenized);
				let sentProbs: Float32Array | undefined;
				({ entry, prepared, sentProbs } = await scoreProbabilities(
					this.models,
					text,
					tokenized,
					ahead?.inputs,
				));
				if (ahead) this.sentences.keep(entry, ahead, sentProbs);
				this.tokenizedOf.set(entry, tokenized);
				this.cache.set(key, entry);
			}
			if (entry.unwritten && !options?.wholeDraft) {
				results.push(decide(unwrittenScore(asked), options));
				continue;
			}
			if (options?.wholeDraft) {
				const { thread } = entry;
				const whole = thread
					? {
							...entry,
							toxic: thread.toxic,
							dimensions: thread.dimensions,
							inappropriateFromToxic: thread.fromToxic,
						}
					: {
							...entry,
							toxic: entry.wholeToxic,
							dimensions: entry.wholeDimensions ?? entry.dimensions,
							inappropriateFromToxic: entry.wholeFromToxic === true,
						};
				// The draft rules' marks (the sarcasm floor's `mocking`) are not the whole comment's.
				const marks = {
					toxicWords: NO_WORDS,
					inappropriateWords: NO_WORDS,
					mocking: false,
					aboutGroup: false,
					talksDown: false,
					culpritWords: undefined,
					excusedWords: undefined,
				};
				results.push(decide({ ...whole, ...marks }, options));
				continue;
			}
			if (!entry.sentencesScored) {
				const tokenized = this.tokenizedOf.get(entry) ?? this.tokenize(entry.text);
				await this.selfInsults.apply(entry, tokenized);
				const read = await this.duplicates.apply(entry, tokenized);
				// Sentences are scored without the draft's quoted mentions, if it has any (quoted-mention.ts).
				const used = await this.mentions.apply(entry, read);
				// Insults aimed at things only, on a draft neither pass changed (thing-insult.ts).
				const scored =
					used === read && !entry.selfInsultWords
						? await this.thingInsults.apply(entry, used, swearing)
						: used;
				await this.sentences.apply(entry, scored);
				applyImpatientReports(entry, tokenized);
				// Pings asking an indefinite someone for help or a review (session 30, civil30).
				applyHelpPings(entry, tokenized);
				applyFirmNotPersonal(entry, tokenized);
				applyFrustrationAtThings(entry, tokenized);
				applyCivilDevIdioms(entry, tokenized);
				applySincerePraise(entry, tokenized);
				applyChosenPeoplePraise(entry, tokenized);
				// Short admissions and concessions to the reader (session 30, edges30).
				applyAdmissions(entry, tokenized);
				// Inappropriateness alone on a plain statement to no one (session 21, civil8).
				applyPlainStatements(entry, tokenized);
				applyInsultsAtOthers(entry, tokenized);
				applyReplyVerdicts(entry, tokenized);
				applyStayingContrast(entry, tokenized);
				applyCalmAttacks(entry, tokenized);
				// The same kinds said in other words (session 22, attacks9).
				applyParaphraseAttacks(entry, tokenized);
				applyEndorsedQuotes(entry, tokenized);
				applySarcasmAtOthers(entry, tokenized);
				applyThreats(entry, tokenized);
				applyPutDowns(entry, tokenized);
				// Calm put-downs through a comparison: "any junior would catch", "a real project" (session 30).
				applyTalksDown(entry, tokenized);
				applyForOnce(entry, tokenized);
				// Calm contempt for the reader the rules did not name, read by the contempt model (session 28).
				await this.contempt.apply(entry, tokenized);
				// A moderate toxic score with no word to point at is the prior (prior-only.ts): its words decide.
				await priorOnlyPass(
					{
						models: this.models,
						explainToxic: (e) =>
							this.spans.explain(e, { toxic: true, inappropriate: false }, prepared, () =>
								this.tokenize(text),
							),
					},
					entry,
					tokenized,
					prepared?.[0],
				);
			}
			// A draft a rule read as civil stays under the flag point at every sensitivity (civil-hold.ts, session 31).
			const held = heldCivil(entry, options?.sensitivity);
			const firing = firingHeads({ ...entry, ...held }, options);
			const missing = {
				toxic: firing.toxic && !entry.toxicWords,
				inappropriate: firing.inappropriate && !entry.inappropriateWords,
			};
			// The words the rules name as the reason, once the toxic head fires (culprit-words.ts; no model run).
			if (firing.toxic && !entry.culpritWords) {
				const { culprits, excused, aboutGroup } = culpritWords(
					this.tokenizedOf.get(entry) ?? this.tokenize(text),
				);
				entry.culpritWords = culprits;
				entry.excusedWords = excused;
				if (aboutGroup) entry.aboutGroup = true;
			}
			// An entry is cached under its own text, so re-tokenising `text` re-tokenises the entry's draft.
			if (missing.toxic || missing.inappropriate)
				await this.spans.explain(entry, missing, prepared, () => this.tokenize(text));
			// A sneering question's underline moves to the verdict after it (question-verdict.ts).
			if (firing.toxic)
				await questionVerdictPass(this.models, entry, this.tokenizedOf.get(entry) ?? this.tokenize(text));
			results.push({
				...decide(
					{
						...entry,
						...held,
						toxicWords: entry.toxicWords ?? NO_WORDS,
						...(entry.toxicRuns ? { toxicRuns: entry.toxicRuns } : {}),
						inappropriateWords: entry.inappropriateWords ?? NO_WORDS,
					},
					options,
				),
				text: asked,
			});
		}
		return results;
	}

	/**
	 * Probability entries of the texts not yet cached, scored in one batch per model (a thread's comments: ORT's
	 * cost per run was most of a cold thread) and cached; the same entries one by one would give. Empty for a
	 * single text (a draft keeps its prepared inputs for the span pass) or graphs without a batch branch.
	 */
	private async scoreNew(
		texts: readonly string[],
		keyOf: (text: string) => string,
	): Promise<Map<string, ScoreEntry>> {
		const entries = new Map<string, ScoreEntry>();
		const fresh = [...new Set(texts)].filter((text) => !this.cache.has(keyOf(text)));
		if (fresh.length < 2) return entries;
		const drafts = fresh.map((text) => ({ text, tokenized: this.tokenize(text) }));
		const scored = await scoreProbabilitiesBatch(this.models, drafts);
		scored?.forEach((entry, i) => {
			const draft = drafts[i] as (typeof drafts)[number];
			this.tokenizedOf.set(entry, draft.tokenized);
			this.cache.set(keyOf(draft.text), entry);
			entries.set(keyOf(draft.text), entry);
		});
		return entries;
	}

	async dispose(): Promise<void> {
		this.cache.clear();
		this.sentences.clear();
		this.spans.clear();
		this.contempt.clear();
		await this.models.release();
	}

	private tokenize(text: string): Tokenized {
		return (this.options.tokenizer ?? tokenize)(text);
	}
}
