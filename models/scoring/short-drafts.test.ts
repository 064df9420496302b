import { describe, expect, it } from 'vitest';
import { ownWords, shortDraftLimit, shortDraftOf, wordsOfMasked } from './short-drafts.ts';

describe('shortDraftLimit', () => {
	it('keeps a greeting, salutation or thanks calm, whatever the model says', () => {
		for (const text of ['Hi everyone,', 'Dear all', 'Welcome everyone!', 'Good morning team', 'Nice work'])
			expect(shortDraftLimit(text, true)).toBe('calm');
	});

	it('lets a short draft warn only when the model points at a word in it, and never caution', () => {
		expect(shortDraftLimit('Shut up.', true)).toBe('no-caution');
		expect(shortDraftLimit('No', false)).toBe('calm');
		expect(shortDraftLimit('You idiot', true)).toBe('no-caution');
	});

	it('judges a draft of three words or more as usual, greetings with an insult included', () => {
		expect(shortDraftLimit('Hi everyone, you idiots', true)).toBe('any');
		expect(shortDraftLimit('Why does this', false)).toBe('any');
	});

	it("counts only the writer's own words: a quote or code block is someone else's", () => {
		expect(ownWords('Hi all\n> you are all idiots here\n`rm -rf`')).toEqual(['hi', 'all']);
		expect(shortDraftLimit('Hi all\n> you are all idiots here', false)).toBe('calm');
	});
});

describe('shortDraftOf (what the scorer gives the CLI and the page)', () => {
	it('reads a greeting as courtesy, one or two other words as few, and anything longer as any', () => {
		expect(shortDraftOf(ownWords('Hi everyone'))).toBe('courtesy');
		expect(shortDraftOf(ownWords('Thanks everyone!'))).toBe('courtesy');
		expect(shortDraftOf(ownWords('You idiot'))).toBe('few');
		expect(shortDraftOf(ownWords('Hi everyone, you idiots'))).toBe('any');
		expect(shortDraftOf([])).toBe('few');
	});

	it('counts the words of an already masked draft the same way', () => {
		expect(wordsOfMasked('Hi all               ')).toEqual(['hi', 'all']);
	});
});
