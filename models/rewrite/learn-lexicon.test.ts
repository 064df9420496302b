import { describe, expect, it } from 'vitest';
import { lexiconAgreement, observedEdits, sentenceTokens } from './align-edits.ts';
import { DEFAULT_LEARN_OPTIONS, type LearnOptions, learnLexicon } from './learn-lexicon.ts';
import { applyLearnedLexicon, compileLexicon } from './learned-lexicon.ts';

describe('sentenceTokens', () => {
	it('joins split clitics and lower-cases', () => {
		expect(sentenceTokens("I don 't LIKE it 's colour .")).toEqual([
			'i',
			"don't",
			'like',
			"it's",
			'colour',
			'.',
		]);
	});
});

describe('observedEdits', () => {
	it('reports each removed run, what replaced it and its neighbours', () => {
		const edits = observedEdits(
			sentenceTokens('this darn patch is junk , sadly'),
			sentenceTokens('this patch is bad , sadly'),
		);
		expect(edits).toEqual([
			{ removed: 'darn', added: '', left: 'this', right: 'patch' },
			{ removed: 'junk', added: 'bad', left: 'is', right: undefined },
		]);
	});
});

describe('learnLexicon', () => {
	const options: LearnOptions = { ...DEFAULT_LEARN_OPTIONS, minOccurrences: 3, minContextCount: 2 };
	const pairs = [
		{ toxic: 'the darn build broke', neutral: ['the build broke'] },
		{ toxic: 'a darn test failed', neutral: ['a test failed'] },
		{ toxic: 'darn it , the docs', neutral: ['the docs'] },
		{ toxic: 'fix the darn lint', neutral: ['fix the lint', 'please fix the lint'] },
		{ toxic: 'the patch is junk', neutral: ['the patch is bad'] },
		{ toxic: 'that is junk code', neutral: ['that is bad code'] },
		{ toxic: 'more junk from ci', neutral: ['more noise from ci'] },
		{ toxic: 'such junk tests', neutral: ['such bad tests'] },
		{ toxic: 'your junk lint', neutral: ['your bad lint'] },
		{ toxic: 'the build is slow', neutral: ['the build is slow'] },
	];

	it('learns consistent deletions and replacements, deterministically', () => {
		const first = learnLexicon(pairs, ['a civil comment about the build']);
		const again = learnLexicon(pairs, ['a civil comment about the build']);
		expect(again.lexicon).toEqual(first.lexicon);
		const learned = learnLexicon(pairs, [], options).lexicon.rules;
		expect(learned).toContainEqual(['darn', '']);
		expect(learned).toContainEqual(['junk', 'bad']);
		// Words people keep are never learned.
		expect(learned.some(([from]) => from === 'build' || from === 'the')).toBe(false);
	});

	it('drops a phrase that civil comments use', () => {
		const civil = Array.from({ length: 100 }, (_, i) => (i < 5 ? 'the junk folder' : 'looks good'));
		const { lexicon, stats } = learnLexicon(pairs, civil, options);
		expect(lexicon.rules.some(([from]) => from === 'junk')).toBe(false);
		expect(stats.droppedAsCivil).toBeGreaterThan(0);
	});

	it('never learns a word that labelled comments use more in civil than in rude ones', () => {
		// "gulp" (the build tool, or *gulp*): people drop it from rude sentences, but it is no insult.
		const withGulp = [
			...pairs,
			{ toxic: 'gulp , the darn build', neutral: ['the build'] },
			{ toxic: 'gulp . the docs', neutral: ['the docs'] },
			{ toxic: 'oh gulp , junk', neutral: ['oh , bad'] },
		];
		expect(learnLexicon(withGulp, [], options).lexicon.rules).toContainEqual(['gulp', '']);
		const labelled = {
			toxic: ['this darn junk', 'darn it', 'what junk'],
			civil: ['run gulp build', 'the gulp task passes', 'gulp watch', 'looks good', 'my junk folder'],
		};
		const { lexicon, stats } = learnLexicon(withGulp, [], options, labelled);
		expect(lexicon.rules.some(([from]) => from === 'gulp')).toBe(false);
		expect(lexicon.rules).toContainEqual(['darn', '']);
		expect(stats.droppedAsNotRude).toBe(1);
	});

	it('learns a replacement seen before one word only in that context', () => {
		// People wrote "messed up" for "fudged up": "we're fudged." must not become "we're messed.".
		const fudged = [
			...pairs,
			{ toxic: 'i fudged up the build', neutral: ['i messed up the build'] },
			{ toxic: 'they fudged up ci', neutral: ['they messed up ci'] },
			{ toxic: 'fudged up docs', neutral: ['messed up docs'] },
		];
		const rules = learnLexicon(fudged, [], options).lexicon.rules;
		expect(rules).toContainEqual(['fudged', 'messed', '', 'up']);
		expect(rules.some(([from, , left, right]) => from === 'fudged' && !left && !right)).toBe(false);
	});

	it('does not delete a word that people only removed together with its neighbour', () => {
		// "gosh" goes only as part of "gosh darn": alone ("gosh, it works") it is no insult.
		const gosh = [
			...pairs,
			{ toxic: 'gosh darn it , the docs', neutral: ['the docs'] },
			{ toxic: 'the gosh darn build', neutral: ['the build'] },
			{ toxic: 'gosh darn ci', neutral: ['ci'] },
		];
		const rules = learnLexicon(gosh, [], options).lexicon.rules;
		expect(rules).toContainEqual(['darn', '']);
		expect(rules.some(([from]) => from === 'gosh')).toBe(false);
	});

	it('measures agreement with people on held-out pairs', () => {
		const table = compileLexicon(learnLexicon(pairs, [], options).lexicon);
		const agreement = lexiconAgreement(
			(t) => applyLearnedLexicon(t, table),
			[{ toxic: 'the darn docs', neutral: ['the docs'] }],
		);
		expect(agreement).toEqual({ precision: 1, recall: 1, sentencesChanged: 1 });
	});
});
