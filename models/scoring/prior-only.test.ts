import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import {
	applyPriorOnly,
	developerShare,
	hasJudgingWord,
	MIN_DEVELOPER_SHARE,
	PRIOR_ONLY_CAP,
	priorOnlyCandidate,
	strongestContribution,
} from './prior-only.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

/** An entry as the probability pass leaves it, with every token contributing `word` logits to the toxic head. */
const entryOf = (text: string, p: number, word: number, fold = true): ScoreEntry => {
	const dimensions = {} as Record<Dimension, number>;
	for (const d of DIMENSIONS) dimensions[d] = 0.2;
	if (fold) {
		dimensions.Inappropriateness = p;
		dimensions['Toxic Emotions'] = p;
	}
	const tokens = tokenize(text).tokens;
	return {
		text,
		toxic: p,
		wholeToxic: p,
		dimensions,
		tokens,
		toxicWords: new Float32Array(tokens.length).fill(word),
		inappropriateFromToxic: fold,
		sentencesScored: true,
	};
};
const DEV = 0.9;

describe('priorOnlyCandidate', () => {
	it('reads short drafts between the decision point and the sentence floor', () => {
		const text = 'Triaged, assigned to the build team.';
		expect(priorOnlyCandidate(entryOf(text, 0.6, 0.3), tokenize(text))).toBe(true);
		expect(priorOnlyCandidate(entryOf(text, 0.45, 0.3), tokenize(text))).toBe(false);
		expect(priorOnlyCandidate(entryOf(text, 0.8, 0.3), tokenize(text))).toBe(false);
	});

	it('leaves drafts longer than a short line, counting only the words outside code', () => {
		const long = 'I have been waiting for this for a long while now and nobody has replied at all.';
		expect(priorOnlyCandidate(entryOf(long, 0.6, 0.3), tokenize(long))).toBe(false);
		const quoted = 'It prints `could not open the lock file for writing in the cache dir` here.';
		expect(priorOnlyCandidate(entryOf(quoted, 0.6, 0.3), tokenize(quoted))).toBe(true);
	});
});

describe('developerShare and strongestContribution', () => {
	it('sums the developer experts of the gate by name', () => {
		const experts = ['toxic/toxicr', 'toxic/gh-incivility', 'toxic/davidson', 'toxic/strudel'];
		expect(developerShare(new Float32Array([0.25, 0.5, 0.2, 0.05]), experts)).toBeCloseTo(0.8);
		expect(developerShare(new Float32Array([0, 0, 1, 0]), experts)).toBe(0);
	});

	it('takes the largest positive contribution', () => {
		expect(strongestContribution(new Float32Array([-2, 0.4, 0.9]))).toBeCloseTo(0.9);
		expect(strongestContribution(new Float32Array([-1]))).toBe(0);
	});
});

describe('applyPriorOnly', () => {
	it('caps a developer line whose words hold no reason, and the folded dimensions with it', () => {
		const text = 'Does noon on Friday work for everyone?';
		const entry = entryOf(text, 0.62, 0.45);
		expect(applyPriorOnly(entry, tokenize(text), DEV)).toBe(true);
		expect(entry.toxic).toBe(PRIOR_ONLY_CAP);
		expect(entry.dimensions.Inappropriateness).toBe(PRIOR_ONLY_CAP);
		expect(entry.dimensions['Toxic Emotions']).toBe(PRIOR_ONLY_CAP);
		expect(entry.wholeDimensions?.Inappropriateness).toBe(0.62);
		expect(entry.wholeToxic).toBe(0.62);
	});

	it("keeps the appropriateness model's own dimensions when the fold did not lift them", () => {
		const text = 'Does noon on Friday work for everyone?';
		const entry = entryOf(text, 0.62, 0.45, false);
		entry.dimensions.Inappropriateness = 0.7;
		applyPriorOnly(entry, tokenize(text), DEV);
		expect(entry.toxic).toBe(PRIOR_ONLY_CAP);
		expect(entry.dimensions.Inappropriateness).toBe(0.7);
	});

	it.each([
		['a word that is a reason', 'Does noon on Friday work for everyone?', 1.2, DEV],
		[
			'a draft not read as developer talk',
			'Does noon on Friday work for everyone?',
			0.45,
			MIN_DEVELOPER_SHARE - 0.1,
		],
		['an insult word', 'Does noon work for you, idiot?', 0.45, DEV],
		['a word judging people', 'Is anyone competent reviewing this?', 0.45, DEV],
		['contempt for work', 'Assigned to you, this patch is garbage.', 0.45, DEV],
		['a put-down frame', 'Nobody asked you, assigned elsewhere.', 0.45, DEV],
		['profanity at a thing', 'Goddamn flaky runner again.', 0.45, DEV],
		['a jab at the reader', 'Another red build from you. Lovely.', 0.45, DEV],
		['a form of address', 'Hey chief, maybe check the changelog first.', 0.45, DEV],
	])('leaves %s as scored: "%s"', (_why, text, word, share) => {
		const entry = entryOf(text, 0.62, word);
		expect(applyPriorOnly(entry, tokenize(text), share)).toBe(false);
		expect(entry.toxic).toBe(0.62);
	});

	it('needs the words explained first', () => {
		const text = 'Does noon on Friday work for everyone?';
		const entry = { ...entryOf(text, 0.62, 0.45), toxicWords: undefined };
		expect(applyPriorOnly(entry, tokenize(text), DEV)).toBe(false);
	});
});

describe('hasJudgingWord', () => {
	it('finds insults, words judging people and the reader, not plain triage words', () => {
		expect(hasJudgingWord(tokenize('Which release are you on?'))).toBe(true);
		expect(hasJudgingWord(tokenize('Is anyone competent reviewing this?'))).toBe(true);
		expect(hasJudgingWord(tokenize('Ping the moron who wrote it.'))).toBe(true);
		expect(hasJudgingWord(tokenize('Triaged, assigned to the build team.'))).toBe(false);
	});
});
