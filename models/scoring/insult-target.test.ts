import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { hasInsult, liftingProbs, selfDirected, selfInsultFrames } from './insult-target.ts';

const self = (text: string) => selfDirected(tokenize(text).tokens);

describe('selfDirected', () => {
	it.each([
		"I'm an idiot.",
		'Ugh, I am such a moron.',
		'I feel like a complete fool for missing the flag.',
		'I was being stupid with the cache key.',
		'Me being a dummy again.',
		'My dumb mistake, the port was wrong.',
		'My own stupid fault for skipping the changelog.',
		'Please excuse my stupidity.',
		'Silly me, wrong branch.',
		'What an idiot I am.',
		'Am I an idiot or is this flag ignored?',
		'My brain-dead copy paste broke it.',
		"I'm the moron who tagged the wrong commit.",
		'Call me stupid, but why two caches?',
		"I'm such an 1d10t.",
		'I clearly had a brain fart.',
		'My brain fart, sorry.',
	])('self: %s', (text) => expect(self(text)).toBe(true));

	it.each([
		"You're an idiot.",
		"I think you're a moron.",
		"I'm not the idiot here, you are.",
		'I feel like you are stupid.',
		"I'm sorry but you are dumb.",
		'He is a moron.',
		'What idiot merged this?',
		'Only an idiot would do this.',
		'I think the author is a fool.',
		'My idiot coworker pushed to main.',
		"I'm surrounded by morons.",
		"I'm an idiot for trusting you.",
		'We are all clowns here.',
		'He had a brain fart.',
		'I had an idiot reviewer.',
	])('not self: %s', (text) => expect(self(text)).toBe(false));

	it('needs an insult word: other rudeness is left to the model', () => {
		expect(self('I hate this build system.')).toBe(false);
		expect(self('I messed up the release.')).toBe(false);
	});
});

describe('selfInsultFrames', () => {
	const frames = (text: string) => selfInsultFrames(tokenize(text).tokens);

	it('spans each insult from the writer to the insult word', () => {
		expect(frames("Ugh, I'm such an idiot.")).toEqual([[1, 4]]);
		expect(frames('Silly me, my stupid typo.')).toEqual([
			[0, 1],
			[2, 3],
		]);
		expect(frames('What an idiot I am.')).toEqual([[2, 4]]);
		expect(frames('I had a brain fart.')).toEqual([[0, 4]]);
	});

	it('has none when an insult is aimed elsewhere', () => {
		expect(frames("I'm an idiot and you are a moron.")).toBeUndefined();
		expect(frames('The build is red.')).toBeUndefined();
	});
});

describe('hasInsult', () => {
	it('finds an insult word whoever it is aimed at', () => {
		expect(hasInsult(tokenize('You are a moron.').tokens)).toBe(true);
		expect(hasInsult(tokenize('Silly me.').tokens)).toBe(true);
		expect(hasInsult(tokenize('Kill the child process.').tokens)).toBe(false);
	});
});

describe('liftingProbs', () => {
	it('zeroes only self-directed sentences', () => {
		const sentences = ["I'm such an idiot.", 'You are a moron.', 'The build is red.'].map((t) => tokenize(t));
		expect(liftingProbs(sentences, [0.99, 0.98, 0.01])).toEqual([0, 0.98, 0.01]);
	});

	it('with a floor, looks for the frame only at or over it (under it a probability is read as "under")', () => {
		const sentences = ["I'm such an idiot.", "I'm such an idiot.", 'You are a moron.'].map((t) =>
			tokenize(t),
		);
		expect(liftingProbs(sentences, [0.99, 0.2, 0.98], 0.3)).toEqual([0, 0.2, 0.98]);
		expect(liftingProbs(sentences, [0.3, 0.29, 0.1], 0.3)).toEqual([0, 0.29, 0.1]);
	});
});
