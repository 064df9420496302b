import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyHelpPings, HELP_PING_CAP, helpPing } from './help-pings.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

const ping = (text: string) => helpPing(tokenize(text));

describe('helpPing', () => {
	it.each([
		'Could a maintainer or anybody with access please review this? Open for a while now.',
		'Pls somebody merge, the fix is tiny and our release waits on it.',
		'No one has answered in the forum either, so I am trying here.',
		'Is there anyone who can check whether this also happens on macOS?',
	])('reads "%s" as a ping to an indefinite someone', (text) => {
		expect(ping(text)).toBe(true);
	});

	it.each([
		['an insult', 'Can somebody review this before the idiot who wrote it merges it?'],
		['another person named', 'Nobody reviews his patches because they are always broken.'],
		['the reader', 'Can anyone review this, since you clearly will not?'],
		['a sneer', 'Can anyone here even review code?'],
		['punishment asked for', 'Can someone block this account, it keeps spamming the tracker.'],
		['contempt', 'Can anyone help me understand why this tracker is such a pathetic mess?'],
		[
			'someone who understands, wished for instead',
			'Better to get somebody who knows the codebase to review it instead.',
		],
		['someone described by what they know', 'Can someone that actually understands threads look at this?'],
		['contempt for the project', 'What a waste of time this repo is. Nobody reviews anything here.'],
		[
			'a long draft',
			'I opened this last spring with a full trace, a minimal repro, a bisect to the exact commit and a proposed patch, and I would still really appreciate it if someone could review it.',
		],
		['the pronoun without a request verb', 'Someone broke the build again.'],
		['the verb in another clause', 'Somebody said so, please review the numbers.'],
	])('not for %s', (_name, text) => {
		expect(ping(text)).toBe(false);
	});
});

describe('applyHelpPings', () => {
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
		const text = 'Can somebody please look at my pull request? It is open since 20 days.';
		const entry = entryOf(text, 0.57);
		applyHelpPings(entry, tokenize(text));
		expect(entry.toxic).toBe(HELP_PING_CAP);
		expect(entry.dimensions.Inappropriateness).toBe(HELP_PING_CAP);
		expect(entry.wholeDimensions?.Inappropriateness).toBe(0.57);
		expect(entry.wholeToxic).toBe(0.57);
	});

	it('leaves an insult and a draft under the cap as scored', () => {
		const text = 'Can someone review this, the moron who wrote it never will.';
		const entry = entryOf(text, 0.9);
		applyHelpPings(entry, tokenize(text));
		expect(entry.toxic).toBe(0.9);
		const low = entryOf('Can someone review this?', 0.2);
		applyHelpPings(low, tokenize(low.text));
		expect(low.wholeDimensions).toBeUndefined();
	});
});
