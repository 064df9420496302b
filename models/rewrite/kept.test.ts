import { describe, expect, it } from 'vitest';
import { keptShare } from './kept.ts';
import { similarity } from './similarity.ts';

const calm = (i: number) =>
	`Item ${i}: we tidied the export job and the notes for it now read more clearly than before.`;
/** A 100-line draft (~9,000 characters) with one rude sentence on line 90, like tests/pages/cm-long.html. */
const longDraft = () =>
	Array.from({ length: 100 }, (_, i) =>
		i === 89
			? `Item 90: thanks for the fix. Whoever wrote this is a fool and it is junk. Moving on.`
			: calm(i + 1),
	).join('\n');

describe('keptShare', () => {
	it('a long draft with one sentence rewritten measures that sentence, not the whole draft', () => {
		const draft = longDraft();
		const rewrite = draft.replace(
			'Whoever wrote this is a fool and it is junk.',
			'I have concerns about it.',
		);
		// The whole-draft similarity the reward uses reads as "Kept 100%" although line 90's sentence is mostly new.
		expect(Math.round(similarity(rewrite, draft) * 100)).toBeGreaterThanOrEqual(98);
		const kept = keptShare(draft, rewrite);
		expect(kept.scope).toBe('sentence');
		expect(kept.before).toBe('Whoever wrote this is a fool and it is junk.');
		expect(kept.after).toBe('I have concerns about it.');
		expect(kept.similarity).toBeCloseTo(similarity(kept.after, kept.before), 10);
		expect(kept.similarity).toBeLessThan(0.6);
	});

	it('a change inside a word widens to its whole sentence, on both sides alike', () => {
		const draft = 'Thanks for the PR. This is a STUPID idea. Please add a test.';
		const rewrite = 'Thanks for the PR. This is an unwise idea. Please add a test.';
		const kept = keptShare(draft, rewrite);
		expect(kept).toMatchObject({
			scope: 'sentence',
			before: 'This is a STUPID idea.',
			after: 'This is an unwise idea.',
		});
	});

	it('a rewrite of the whole draft measures the whole draft, exactly as the reward does', () => {
		const draft = 'This is a STUPID idea.';
		const rewrite = 'This is an unwise idea.';
		const kept = keptShare(draft, rewrite);
		expect(kept.scope).toBe('draft');
		expect(kept.similarity).toBe(similarity(rewrite, draft));
		const restated = 'Why on earth would you merge this garbage? Revert it.';
		const calmer = 'Could we revert this? I think it needs more work.';
		expect(keptShare(restated, calmer)).toMatchObject({
			scope: 'draft',
			similarity: similarity(calmer, restated),
		});
	});

	it('two far-apart changes are measured together, without the unchanged lines between them', () => {
		const lines = Array.from({ length: 40 }, (_, i) => calm(i + 1));
		lines[2] = 'Item 3: this is idiotic.';
		lines[30] = 'Item 31: only a moron would ship this.';
		const draft = lines.join('\n');
		const rewrite = draft
			.replace('this is idiotic.', 'this needs work.')
			.replace('only a moron would', 'we should not');
		const kept = keptShare(draft, rewrite);
		expect(kept.scope).toBe('sentences');
		expect(kept.before).toBe('Item 3: this is idiotic.\nItem 31: only a moron would ship this.');
		expect(kept.after).toBe('Item 3: this needs work.\nItem 31: we should not ship this.');
		expect(kept.similarity).toBeLessThan(0.8);
	});

	it('a sentence ending in the change, a closing quote or a line break stays one sentence', () => {
		const draft = 'Fine by me. You are "an idiot." Next one.\nSecond line stays.';
		const rewrite = 'Fine by me. You are "mistaken." Next one.\nSecond line stays.';
		expect(keptShare(draft, rewrite)).toMatchObject({
			scope: 'sentence',
			before: 'You are "an idiot."',
			after: 'You are "mistaken."',
		});
		const cut = 'Fine by me.\nYou idiot\nSecond line stays.';
		expect(keptShare(cut, cut.replace('You idiot\n', ''))).toMatchObject({
			before: 'You idiot\n',
			after: '',
		});
		const dropped = 'Fine by me. You absolute idiot. Next one.';
		expect(keptShare(dropped, 'Fine by me. Next one.')).toMatchObject({ scope: 'sentence', after: '' });
	});

	it('no change keeps everything', () => {
		expect(keptShare('Same text.', 'Same text.')).toMatchObject({ similarity: 1, scope: 'draft' });
	});
});
