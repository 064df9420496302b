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

describe('wordDiff on a long draft (session 16, cm6fix)', () => {
	// A 90-line draft in a long CodeMirror: the rewrite changes one word on line 90. The card showed the whole
	// draft struck through (the table was over MAX_CELLS), though Apply changes only that line.
	const lines = Array.from(
		{ length: 90 },
		(_, i) => `Line ${i + 1} of the release notes mentions the parser, the cache and the build step again.`,
	);
	const before = [...lines.slice(0, 89), 'And whoever wrote this parser is an idiot.'].join('\n');
	const after = [...lines.slice(0, 89), 'And I think this parser needs another look.'].join('\n');

	it('diffs only what changed, keeping the shared start and end as unchanged text', () => {
		const parts = wordDiff(before, after);
		const removed = parts.filter((p) => p.kind === 'removed').map((p) => p.text);
		expect(removed.join(' ')).toContain('idiot');
		expect(removed.some((t) => t.includes('Line'))).toBe(false);
		expect(parts[0]).toEqual({ kind: 'same', text: `${lines.slice(0, 89).join('\n')}\nAnd ` });
		expect(
			parts
				.filter((p) => p.kind !== 'added')
				.map((p) => p.text)
				.join(''),
		).toBe(before);
		expect(
			parts
				.filter((p) => p.kind !== 'removed')
				.map((p) => p.text)
				.join(''),
		).toBe(after);
	});

	it('the card shows line 90 in context, not line 1 struck through', () => {
		const shown = elideUnchanged(wordDiff(before, after));
		const struck = shown
			.filter((p) => p.kind === 'removed')
			.map((p) => p.text)
			.join('');
		expect(struck).not.toContain('Line 1 ');
		expect(shown.some((p) => p.kind === 'gap')).toBe(true);
		// Line 90 whole, after a gap for the 89 unchanged lines.
		expect(shown[0]).toEqual({ kind: 'gap', text: '…' });
		expect(shown.map((p) => p.text).join('')).toMatch(/^…\nAnd .*idiot/);
	});
});
