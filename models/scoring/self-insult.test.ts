import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { lowerScores, withoutSelfInsults } from './self-insult.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

const without = (text: string) => withoutSelfInsults(tokenize(text));

describe('withoutSelfInsults', () => {
	it('blanks the frame of an insult at the writer, keeping offsets and the rest of the draft', () => {
		const text = "Ugh, I'm such an idiot, I forgot to push the branch.";
		const out = without(text);
		expect(out?.rest.masked).toBe(
			`Ugh, ${' '.repeat("I'm such an idiot".length)}, I forgot to push the branch.`,
		);
		expect(out?.rest.tokens.map((t) => t.word)).toEqual([
			'ugh',
			'i',
			'forgot',
			'to',
			'push',
			'the',
			'branch',
		]);
		expect([...(out?.dropped ?? [])]).toEqual([1, 2, 3, 4]);
		const kept = out?.rest.tokens.find((t) => t.word === 'forgot');
		expect(text.slice(kept?.start, kept?.end)).toBe('forgot');
	});

	it('takes out every self-insult of a draft of several sentences, and nothing else', () => {
		const out = without('Silly me. My dumb typo broke the nightly job, this build system is garbage.');
		expect(out?.rest.tokens.map((t) => t.word)).toEqual([
			'typo',
			'broke',
			'the',
			'nightly',
			'job',
			'this',
			'build',
			'system',
			'is',
			'garbage',
		]);
	});

	it('treats a lapse the writer had as a self-insult ("I had a brain fart")', () => {
		expect(without('Sorry, I had a brain fart there, fixed now.')?.rest.tokens.map((t) => t.word)).toEqual([
			'sorry',
			'there',
			'fixed',
			'now',
		]);
		expect(without('You had a brain fart there.')).toBeUndefined();
		expect(without('I had an idiot reviewer on that patch.')).toBeUndefined();
	});

	it.each([
		['no insult', 'I forgot to push the branch, sorry.'],
		['an insult at someone else too', "I'm an idiot for approving it. The author is a moron too."],
		['a short insult with no frame', 'Idiot. I approved the wrong patch.'],
		['a self-insult naming someone else', "I'm an idiot for listening to you."],
		['an insult at the reader behind a first-person opener', "I think you're an idiot."],
	])('leaves the draft alone with %s', (_why, text) => expect(without(text)).toBeUndefined());

	it('reads only the writer’s own words: a quoted insult is someone else’s', () => {
		const out = without("> you are such an idiot\nI'm the idiot here, sorry, I misread the spec.");
		expect(out?.rest.tokens.map((t) => t.word)).toEqual(['here', 'sorry', 'i', 'misread', 'the', 'spec']);
	});
});

describe('lowerScores', () => {
	const dims = (p: number, overall = p) => {
		const d = {} as Record<Dimension, number>;
		for (const name of DIMENSIONS) d[name] = p;
		d.Inappropriateness = overall;
		return d;
	};

	it('keeps the lower of the two scores per head, so a self-insult never raises one', () => {
		const out = lowerScores(
			{ toxic: 0.9, dimensions: dims(0.1, 0.9) },
			{ toxic: 0.2, dimensions: dims(0.3) },
		);
		expect(out.toxic).toBe(0.2);
		expect(out.dimensions.Inappropriateness).toBe(0.3);
		expect(out.dimensions['Missing Openness']).toBe(0.1);
	});
});
