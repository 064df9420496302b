import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { chosenPeoplePraise } from './chosen-people-praise.ts';

const praise = (t: string) => chosenPeoplePraise(tokenize(t));

describe('chosenPeoplePraise', () => {
	it('reads praise of people the reader chose, named by a relative clause on "you"', () => {
		expect(praise('Honestly, the engineers you recruited are excellent.')).toBe(true);
		expect(praise('Everyone you invited to the kickoff was helpful.')).toBe(true);
		expect(praise('The QA folks you brought in deserve credit for this.')).toBe(true);
	});

	it('is not praise when the same frame carries an insult, a failing or a mocking word', () => {
		expect(praise('Honestly, the engineers you recruited are incompetent.')).toBe(false);
		expect(praise('The people you hired have been great, as usual.')).toBe(false);
		expect(praise('The engineers you recruited are excellent at breaking prod.')).toBe(false);
		expect(praise('The contractors you hired are great, said nobody ever.')).toBe(false);
		expect(praise('The interns you picked are great, unlike you.')).toBe(false);
		expect(praise('Are the engineers you recruited any good?')).toBe(false);
	});

	it('needs people named before the "you" and something good said after it', () => {
		expect(praise('The library you picked is excellent.')).toBe(false);
		expect(praise('The engineers you recruited start on Monday.')).toBe(false);
	});
});
