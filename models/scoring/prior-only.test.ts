import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import {
	applyPriorOnly,
	developerShare,
	hasJudgingWord,
	keepsModelReading,
	MIN_DEVELOPER_SHARE,
	namesGroup,
	PRIOR_ONLY_CAP,
	priorOnlyCandidate,
	readerOnlyAsked,
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
		expect(priorOnlyCandidate(entryOf(text, 0.8, 0.3), tokenize(text))).toBe(false);
		// Session 28: "Close to the line" (0.4 at the default sensitivity) is read too; under it nothing shows.
		expect(priorOnlyCandidate(entryOf(text, 0.45, 0.3), tokenize(text))).toBe(true);
		expect(priorOnlyCandidate(entryOf(text, 0.39, 0.3), tokenize(text))).toBe(false);
	});

	it('reads a longer line only near the line, where capping moves no default flag (session 28)', () => {
		const text = 'Hi all, a reminder to keep this on topic; I moved the side discussion to its own thread.';
		expect(priorOnlyCandidate(entryOf(text, 0.45, 0.3), tokenize(text))).toBe(true);
		expect(priorOnlyCandidate(entryOf(text, 0.55, 0.3), tokenize(text))).toBe(false);
		const longer = `${text} It had drifted far from the question about exports that started it.`;
		expect(priorOnlyCandidate(entryOf(longer, 0.45, 0.3), tokenize(longer))).toBe(false);
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

	it('caps a plain request to the reader near the line (session 28)', () => {
		const text = 'Can you send me the exact version and the error you get?';
		const entry = entryOf(text, 0.485, 0.45);
		expect(applyPriorOnly(entry, tokenize(text), DEV)).toBe(true);
		expect(entry.toxic).toBe(PRIOR_ONLY_CAP);
	});

	it.each([
		'Did you even test this?',
		'Can you stop breaking main?',
		'Do you know what a unit test is?',
		'You broke the nightly again.',
		'Could you be any slower with this review?',
	])('leaves a jab at the reader as scored: "%s"', (text) => {
		const entry = entryOf(text, 0.62, 0.45);
		expect(applyPriorOnly(entry, tokenize(text), DEV)).toBe(false);
		expect(entry.toxic).toBe(0.62);
	});

	it('needs the words explained first', () => {
		const text = 'Does noon on Friday work for everyone?';
		const entry = { ...entryOf(text, 0.62, 0.45), toxicWords: undefined };
		expect(applyPriorOnly(entry, tokenize(text), DEV)).toBe(false);
	});
});

describe('readerOnlyAsked and keepsModelReading (session 28)', () => {
	it.each([
		'Can you send me the exact version and the error you get?',
		'Please let me know if that works for you, and I will close the issue.',
		'Would you mind attaching a small repo? Thanks!',
		'Any chance you could post the trace as text? It is easier to search.',
		'What browser are you testing in?',
		'The build is green now.',
	])('reads the reader only as asked in "%s"', (text) => {
		expect(readerOnlyAsked(tokenize(text))).toBe(true);
		expect(keepsModelReading(tokenize(text))).toBe(false);
	});

	it.each([
		['a statement about the reader', 'You broke the nightly again.'],
		['a sneer word in the question', 'Did you even run the tests?'],
		['a quiz after "you"', 'Do you understand how locks work?'],
		['a form of address', 'Can you check the logs, champ?'],
		['a request to stop', 'Can you stop pinging me?'],
		['"be any"', 'Could you be any slower?'],
		['a statement beside a question', 'Can you look? You wrote this part.'],
		['a statement after a greeting', 'Hey, you broke the build.'],
		['a statement opening on "what"', 'What you wrote breaks the parser.'],
	])('keeps the reading for %s: "%s"', (_why, text) => {
		expect(readerOnlyAsked(tokenize(text))).toBe(false);
		expect(keepsModelReading(tokenize(text))).toBe(true);
	});

	it('keeps the reading for a group of people named by who they are', () => {
		for (const text of ["I don't take reviews from Black guys.", 'Immigrants should not be maintainers.']) {
			expect(namesGroup(tokenize(text))).toBe(true);
			expect(keepsModelReading(tokenize(text))).toBe(true);
		}
		for (const text of ['The old version had a white background.', 'Our users are mostly developers.'])
			expect(namesGroup(tokenize(text))).toBe(false);
	});

	it('keeps the reading for an insult or a judging word, asked or not', () => {
		expect(keepsModelReading(tokenize('Can you send the logs, idiot?'))).toBe(true);
		expect(keepsModelReading(tokenize('Is anyone competent here?'))).toBe(true);
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
