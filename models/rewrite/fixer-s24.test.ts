import { describe, expect, it } from 'vitest';
import { withDraftEdges } from './draft-edges.ts';
import { fixOffline } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everyTemplate = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];

// Session 24 (fixer11): the offline rewrite's remaining misses from the walks. Drafts written for this test.
describe('offline fixer, session 24', () => {
	it('drops a vocative insult phrase whole, keeping the content after it', () => {
		expect(everyTemplate('You st*pid ass, the migration wiped my data.')).toEqual([
			'The migration wiped my data.',
		]);
	});
	it('softens superlatives of silly, sloppy, shoddy, lame', () => {
		expect(everyTemplate('This is the silliest naming scheme in the codebase.')).toEqual([
			'This is the weakest naming scheme in the codebase.',
		]);
		expect(everyTemplate('That was the sloppiest review I have ever received.')).toEqual([
			'That was the least careful review I have ever received.',
		]);
	});
	it('drops a "stop being X" imperative whole, never "stop being a person"', () => {
		for (const out of everyTemplate('stop being an idiot')) expect(out).not.toMatch(/being|person/i);
		expect(everyTemplate('Quit being a jerk about the naming, it is a small PR.')).toEqual([
			'About the naming: it is a small PR.',
		]);
		expect(everyTemplate('Please stop being so lazy and write the tests.')).toEqual([
			'Please write the tests.',
		]);
		for (const out of everyTemplate('Can you stop being an idiot for once?'))
			expect(out).not.toMatch(/for once/);
	});
	it('keeps the time a rude draft says is wasted, in civil words', () => {
		for (const out of everyTemplate("This PR is garbage. Stop wasting everyone's time."))
			expect(out).toMatch(/This is taking up a lot of everyone's time\.$/);
		expect(everyTemplate("Quit wasting reviewers' time and run the linter first.")).toEqual([
			"To save reviewers' time, please run the linter first.",
		]);
		expect(everyTemplate('You are wasting my time with these half-done patches.')).toEqual([
			'These half-done patches are taking up a lot of my time.',
		]);
	});
	it("keeps the draft's leading and trailing white space byte for byte", () => {
		const draft = '> the fix is trivial\n\nNo it is not, you idiot.\n\n```\nnpm test\n```\n';
		expect(withDraftEdges(draft, '> the fix is trivial\n\nNo it is not.\n\n```\nnpm test\n```')).toBe(
			'> the fix is trivial\n\nNo it is not.\n\n```\nnpm test\n```\n',
		);
		expect(withDraftEdges('  Indented: x.\n\n', 'Indented: y.')).toBe('  Indented: y.\n\n');
		expect(withDraftEdges('a\n', '')).toBe('');
	});
});
