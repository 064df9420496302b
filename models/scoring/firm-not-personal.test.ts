import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { firmNotPersonal } from './firm-not-personal.ts';

const firm = (text: string) => firmNotPersonal(tokenize(text));

describe('firmNotPersonal', () => {
	it.each([
		'Please stop pinging the maintainers on every issue, we read them all.',
		'Could everyone stop adding +1 comments? Use the reaction button.',
		'Please refrain from pushing directly to main, even for one-line fixes.',
		'Please do not ping reviewers again before 48 hours have passed, we have a rotation.',
		'The new pricing is a slap in the face for open source projects.',
		'The license change feels like a kick in the teeth for everyone who contributed under Apache.',
		'Archiving the repo without a successor is a stab in the back for everyone who depends on it.',
	])('a firm line aimed at no one: %s', (text) => expect(firm(text)).toBe(true));

	it.each([
		// Hostile twins: the same words with an insult, contempt or the reader named.
		'Stop pinging me, you clueless leech.',
		'Your PR is a slap in the face to everyone who writes tests.',
		'You are a slap in the face to this whole community.',
		'Getting a review from you is a kick in the teeth, you never read anything.',
		'Please quit posting, every comment you write is garbage.',
		'Stop wasting everyone\u2019s time with these pings.',
		// A request about what is said of a group of people is about the group.
		'Please stop saying all immigrants are the problem, it is tiring.',
		// Neither shape: a stop that is not a request, an idiom missing its body part.
		'The job stops running after ten minutes.',
		'I will stop using this library.',
		'That was a slap on the wrist.',
	])('not: %s', (text) => expect(firm(text)).toBe(false));
});
