/**
 * A deterministic keyword-based Scorer for UI unit and e2e tests only (the product always runs OnnxScorer).
 * Words in TOXIC_WORDS (outside quotes and code) make a draft toxic (p = 0.9) and are returned as spans; everything else scores 0.1.
 */
import { maskNonAuthored } from '../text/mask.ts';
import { decide, nothingAuthored, type RawScore, unwrittenScore } from './decide.ts';
import { DIMENSIONS, type Dimension, type ScoreOptions, type ScoreResult, type Scorer } from './types.ts';

/** The words the fake treats as toxic. */
export const TOXIC_WORDS = ['idiot', 'stupid', 'moron', 'garbage', 'shut up', 'hate you'] as const;

const HIGH = 0.9;
const LOW = 0.1;

/** Keyword test double with the same contract as the real scorer. */
export class FakeScorer implements Scorer {
	/** Every batch it was asked to score, for assertions. */
	readonly calls: string[][] = [];

	async score(texts: readonly string[], options?: ScoreOptions): Promise<ScoreResult[]> {
		this.calls.push([...texts]);
		// As the real scorer: a draft with nothing of the writer's own scores 0, a thread comment keeps its score.
		return texts.map((text) =>
			decide(
				!options?.wholeDraft && nothingAuthored(maskNonAuthored(text).text)
					? unwrittenScore(text)
					: fakeRaw(text),
				options,
			),
		);
	}
}

function fakeRaw(text: string): RawScore {
	// Quotes and code are not the user's words, as in the real scorer.
	const lower = maskNonAuthored(text).text.toLowerCase();
	const tokens: RawScore['tokens'] = [];
	for (const word of TOXIC_WORDS) {
		for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
			tokens.push({ word, start: at, end: at + word.length });
		}
	}
	tokens.sort((a, b) => a.start - b.start);
	const p = tokens.length > 0 ? HIGH : LOW;
	const dimensions = {} as Record<Dimension, number>;
	for (const d of DIMENSIONS) dimensions[d] = d === 'Inappropriateness' || d === 'Toxic Emotions' ? p : LOW;
	const words = Float32Array.from(tokens, () => 1);
	// Each keyword is its own contribution run, as each toxic sentence is in the real scorer: all are underlined.
	const toxicRuns = Uint8Array.from(tokens, (_t, i) => Math.min(255, i + 1));
	return { text, toxic: p, dimensions, tokens, toxicWords: words, toxicRuns, inappropriateWords: words };
}
