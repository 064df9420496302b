import { describe, expect, it } from 'vitest';
import { elideUnchanged, wordDiff } from './diff.ts';

const calm = (i: number) =>
	`Point ${i}: the retry loop in the scheduler never backs off when the queue is full, which saturates the pool.`;

describe('elideUnchanged', () => {
	it('leaves a short diff whole', () => {
		const parts = wordDiff('This is a STUPID idea, see #4.', 'This is an unwise idea, see #4.');
		expect(elideUnchanged(parts)).toEqual(parts);
	});

	it('shows each change with its own line around it and folds the unchanged lines between (a long draft)', () => {
		const before = [
			calm(0),
			calm(1),
			'Point 2: you are a moron.',
			calm(3),
			calm(4),
			calm(5),
			'Point 6: this crap.',
		].join('\n');
		const after = before.replace('you are a moron', 'I disagree').replace('this crap', 'this needs work');
		const shown = elideUnchanged(wordDiff(before, after));
		const text = shown.map((p) => (p.kind === 'gap' ? '[…]' : p.text)).join('');
		expect(text).toBe('[…]\nPoint 2: you are a moronI disagree.[…]\nPoint 6: this crapneeds work.');
		expect(shown.filter((p) => p.kind === 'gap').map((p) => p.text)).toEqual(['…', '\n…']);
		// Every change is still shown in full.
		expect(shown.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['you are a moron', 'crap']);
		expect(text.length).toBeLessThan(after.length / 3);
	});

	it('cuts a long unchanged stretch inside one paragraph at word boundaries, keeping words next to the change', () => {
		const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
		const before = `${words} you moron ${words}`;
		const shown = elideUnchanged(wordDiff(before, `${words} you ${words}`));
		const text = shown.map((p) => p.text).join('');
		expect(shown.map((p) => p.kind)).toEqual(['gap', 'same', 'removed', 'same', 'gap']);
		expect(text).toMatch(/^… word5\d .* word59 you moron word0 word1 .* word1\d …$/);
		expect(text.length).toBeLessThan(200);
	});
});
