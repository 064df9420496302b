import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyCivilDevIdioms, CIVIL_IDIOM_CAP, civilDevIdiom } from './civil-dev-idioms.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

const idiom = (text: string) => civilDevIdiom(tokenize(text));

describe('civilDevIdiom', () => {
	it.each([
		['intensifier', 'The caching trick in this PR is stupidly simple and it works.'],
		['intensifier', 'Your regex is crazy elegant, I had to read it twice to believe it.'],
		['intensifier', 'The new allocator is stupid fast.'],
		['damage', "Technical debt in the billing code is crushing the team's velocity."],
		['damage', 'Our choice of ORM is slowly bleeding us dry on query costs.'],
		['damage', 'That design decision came back to haunt us.'],
		['narration', 'You lose your scroll position every time you switch back to the tab.'],
		['narration', 'When you drag a card to the last column, you lose the card entirely.'],
		['narration', "On mobile you can't scroll the sidebar at all."],
	])('reads a civil %s: "%s"', (kind, text) => {
		expect(idiom(text)).toBe(kind);
	});

	it.each([
		['an insult beside the praise', 'You are stupidly slow at reviews, idiot.'],
		['praise of nothing but the reader', "It's ridiculously easy to see you have no idea what you're doing."],
		['mock praise', 'Insanely good job breaking the build again, genius.'],
		['damage done by the reader', 'You are killing this project with your incompetence.'],
		["damage done by the reader's things", 'Your ego is killing every discussion here.'],
		['damage done by someone', 'He keeps stabbing us in the back in every meeting.'],
		['blame', 'This module is killing our build because the author never profiles anything.'],
		['"you" that is not narration', 'You break everything you touch, just stop.'],
		['"you" with no condition', 'You lose your mind over nothing.'],
		['"you" described', "If you're going to review, you get the facts right first."],
		['an insult in narration', 'You get a blank page if you reload, moron.'],
		[
			'"you have" that is not "have to"',
			'Nice little project you have here. Shame if something happened to it.',
		],
		['"you" doing, not undergoing', 'Learn to code before you open another issue.'],
		['a question', 'Who needs code review when you can just merge your own PRs?'],
		['damage wished on a role', "I'd love to strangle the maintainer who merged this."],
		['plain civil text', 'This function returns the wrong index.'],
		['"a bit" (not the past of "bite")', 'The cache is a bit stale after a deploy.'],
	])('not for %s', (_name, text) => {
		expect(idiom(text)).toBeUndefined();
	});
});

describe('applyCivilDevIdioms', () => {
	const entryOf = (text: string, p: number): ScoreEntry => {
		const dimensions = {} as Record<Dimension, number>;
		for (const d of DIMENSIONS) dimensions[d] = p;
		return {
			text,
			toxic: p,
			wholeToxic: p,
			dimensions,
			tokens: tokenize(text).tokens,
			sentencesScored: true,
		};
	};

	it("caps both heads under the default threshold and keeps the whole draft's dimensions", () => {
		const text = 'The caching trick in this PR is stupidly simple and it works.';
		const entry = entryOf(text, 0.6);
		applyCivilDevIdioms(entry, tokenize(text));
		expect(entry.toxic).toBe(CIVIL_IDIOM_CAP);
		expect(entry.dimensions.Inappropriateness).toBe(CIVIL_IDIOM_CAP);
		expect(entry.wholeDimensions?.Inappropriateness).toBe(0.6);
		expect(entry.wholeToxic).toBe(0.6);
	});

	it('leaves an attack, and a draft already under the cap, as scored', () => {
		const text = 'You are killing this project with your incompetence.';
		const entry = entryOf(text, 0.7);
		applyCivilDevIdioms(entry, tokenize(text));
		expect(entry.toxic).toBe(0.7);
		const low = entryOf('This dependency is killing our build times.', 0.2);
		applyCivilDevIdioms(low, tokenize(low.text));
		expect(low.toxic).toBe(0.2);
		expect(low.wholeDimensions).toBeUndefined();
	});
});
