/**
 * A deterministic word-list Scorer: a stand-in for the ONNX scorer in unit tests, e2e fixtures and the CLI's
 * `--scorer lexicon` (until/unless the real model is available). It flags insults, profanity and shouting and
 * blames their spans. It is NOT a model of appropriateness; eval numbers must come from the real scorer.
 */
import { DIMENSIONS, type Dimension, type ScoreResult, type Scorer } from '../scoring/types.ts';
import { alternation, DROP_WORDS, INSULT_ADJECTIVES, INSULT_NOUNS, SOFTEN } from './lexicon.ts';

const MILD = /^(?:seriously|honestly|literally|obviously|clearly|hell|terrible|awful|horrible|hate|hates)$/;
const HARSH = new RegExp(
	`\\b(?:${alternation(
		[...INSULT_NOUNS, ...INSULT_ADJECTIVES, ...DROP_WORDS, ...Object.keys(SOFTEN)].filter(
			(w) => !MILD.test(w),
		),
	)})(?![\\p{L}])`,
	'giu',
);
const SHOUT = /\b[A-Z]{3,}\b(?:\s+\b[A-Z]{2,}\b)+|!{2,}/g;
const ABSOLUTE = /\byou\s+(?:never|always)\b/giu;

/** Scores by word lists; P(inappropriate) rises with each harsh word, shouted run or "you never/always". */
export function createLexiconScorer(): Scorer {
	return {
		async score(texts) {
			return texts.map((text): ScoreResult => {
				const harsh = [...text.matchAll(HARSH)];
				const shout = [...text.matchAll(SHOUT)];
				const absolute = [...text.matchAll(ABSOLUTE)];
				const hits = harsh.length * 2 + shout.length + absolute.length;
				const inappropriate = hits === 0 ? 0.08 : Math.min(0.97, 0.55 + 0.12 * hits);
				const toxic = harsh.length === 0 ? 0.05 : Math.min(0.97, 0.6 + 0.1 * harsh.length);
				const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, 0.05])) as Record<Dimension, number>;
				dimensions.Inappropriateness = inappropriate;
				if (harsh.length) dimensions['Toxic Emotions'] = toxic;
				if (shout.length) dimensions['Excessive Intensity'] = 0.7;
				if (absolute.length) dimensions['Emotional Deception'] = 0.6;
				const spans = [...harsh, ...shout, ...absolute].map((m) => ({
					start: m.index ?? 0,
					end: (m.index ?? 0) + m[0].length,
					weight: 1,
					head: 'inappropriate' as const,
				}));
				return { text, inappropriate, toxic, dimensions, flag: inappropriate >= 0.5, spans };
			});
		},
	};
}
