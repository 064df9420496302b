import { describe, expect, it } from 'vitest';
import { spokenRewrite } from './spoken-rewrite.ts';

const calm = (i: number) =>
	`Point ${i}: the retry loop never backs off when the queue is full, which saturates the worker pool.`;

describe('spokenRewrite: what a screen reader hears for a suggestion (session 18)', () => {
	it('a short draft: the whole rewrite, as before', () => {
		expect(spokenRewrite('This is a STUPID idea.', 'This is an unwise idea.')).toBe(
			'Suggested rewrite: This is an unwise idea.',
		);
		expect(spokenRewrite('You idiot.', 'I disagree with you.', { replacement: true })).toBe(
			'Suggested instead: I disagree with you.',
		);
	});

	it('a long draft with one line changed: the line number and the new sentence, never the whole draft', () => {
		const source = Array.from({ length: 100 }, (_, i) =>
			i === 89 ? 'Point 89: you are a moron.' : calm(i),
		).join('\n');
		const rewrite = source.replace('you are a moron.', 'I disagree with this change.');
		const said = spokenRewrite(source, rewrite);
		expect(said).toBe(
			'Suggested rewrite of one place; the rest of the draft stays as it is. Line 90: Point 89: I disagree with this change.',
		);
		expect(said.length).toBeLessThan(200);
	});

	it('several places: each with its line, in order', () => {
		const source = Array.from({ length: 40 }, (_, i) =>
			i === 3 ? 'Point 3: what a moron wrote this.' : i === 30 ? 'Point 30: utter garbage.' : calm(i),
		).join('\n');
		const rewrite = source
			.replace('what a moron wrote this.', 'this needs another look.')
			.replace('utter garbage.', 'this needs work.');
		expect(spokenRewrite(source, rewrite)).toBe(
			'Suggested rewrite of 2 places; the rest of the draft stays as it is. Line 4: Point 3: this needs another look. Line 31: Point 30: this needs work.',
		);
	});

	it('a long one-line draft: the sentence, by its number', () => {
		const source = [calm(0), calm(1), calm(2), 'You are a moron.', calm(4), calm(5)].join(' ');
		const rewrite = source.replace('You are a moron.', 'I disagree.');
		expect(spokenRewrite(source, rewrite)).toBe(
			'Suggested rewrite of one place; the rest of the draft stays as it is. Sentence 4: I disagree.',
		);
	});

	it('a sentence dropped: says what goes', () => {
		const source = Array.from({ length: 10 }, (_, i) => (i === 5 ? 'You absolute clown.' : calm(i))).join(
			'\n',
		);
		const rewrite = source.replace('You absolute clown.\n', '');
		expect(spokenRewrite(source, rewrite)).toBe(
			'Suggested rewrite of one place; the rest of the draft stays as it is. Line 6: removes “You absolute clown.”',
		);
	});
});
