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
		expect(text).toBe('[…]Point 2: you are a moronI disagree.[…]\nPoint 6: this crapneeds work.');
		// Whole lines folded say how many (qa30).
		expect(shown.filter((p) => p.kind === 'gap').map((p) => p.text)).toEqual([
			'… 2 unchanged lines …\n',
			'\n… 3 unchanged lines …',
		]);
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
		expect(shown[0]).toEqual({ kind: 'gap', text: '… 89 unchanged lines …\n' });
		expect(shown.map((p) => p.text).join('')).toMatch(/^… 89 unchanged lines …\nAnd .*idiot/);
	});
});

describe('elideUnchanged folds whole unchanged lines in a short diff (qa30: a review comment with a suggested change)', () => {
	const block = '```suggestion\n let cfg = load()?;\n```';
	const text = (shown: ReturnType<typeof elideUnchanged>) => shown.map((p) => p.text).join('');

	it('folds the unchanged ```suggestion block above a rewritten sentence into one counted line', () => {
		const before = `${block}\nSeriously, who wrote this garbage? Use the constant like a normal person.`;
		const after = `${block}\nUse the constant.`;
		const shown = elideUnchanged(wordDiff(before, after));
		// The line break after the block goes with the gap, so hiding the gap leaves the change first.
		expect(shown[0]).toEqual({ kind: 'gap', text: '… 3 unchanged lines …\n' });
		expect(shown[1]).toEqual({ kind: 'removed', text: 'Seriously, who wrote this garbage? ' });
		expect(text(shown)).not.toContain('suggestion');
		expect(text(shown).startsWith('… 3 unchanged lines …\n')).toBe(true);
		// The change is shown whole.
		expect(shown.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([
			'Seriously, who wrote this garbage?',
			'like a normal person',
		]);
	});

	it('folds a block between two changed lines, keeping the changed lines whole', () => {
		const before = `Honestly this is lazy work.\n${block}\n\nAnd the tests are a joke.`;
		const after = `I think this needs more work.\n${block}\n\nAnd the tests need another pass.`;
		const shown = elideUnchanged(wordDiff(before, after));
		const gaps = shown.filter((p) => p.kind === 'gap').map((p) => p.text);
		expect(gaps).toEqual(['\n… 4 unchanged lines …']);
		expect(text(shown)).toMatch(/work\.\n… 4 unchanged lines …\nAnd the tests/);
	});

	it('folds unchanged lines after the last change', () => {
		const before = `You clearly did not read the issue.\n${block}\nThanks.`;
		const after = `I think the issue has more detail.\n${block}\nThanks.`;
		const shown = elideUnchanged(wordDiff(before, after));
		expect(shown.at(-1)).toEqual({ kind: 'gap', text: '\n… 4 unchanged lines …' });
	});

	it('a long diff says "line" for one, on its own line right after a changed line', () => {
		const long = 'The parser change also touches the cache invalidation path and the build step.';
		const before = `${calm(0)}\n${calm(1)}\nYou are a moron.\n${long}\nThis is crap.\n${calm(2)}\n${calm(3)}`;
		const after = before.replace('You are a moron', 'I disagree').replace('This is crap', 'This needs work');
		const shown = elideUnchanged(wordDiff(before, after));
		const gaps = shown.filter((p) => p.kind === 'gap').map((p) => p.text);
		expect(gaps).toContain('\n… 1 unchanged line …');
		expect(text(shown)).not.toContain('.… 1 unchanged');
	});

	it('keeps one or two unchanged lines (a greeting) as they are', () => {
		for (const before of ['Hi @octocat,\n\nyou are an idiot.', 'Hi @octocat,\nyou are an idiot.']) {
			const parts = wordDiff(before, before.replace('you are an idiot', 'I disagree'));
			expect(elideUnchanged(parts)).toEqual(parts);
		}
	});
});
