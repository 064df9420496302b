import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { putDownWords } from './put-downs.ts';
import { threatWords } from './threats.ts';
import { friendlyAfter } from './threats5-frames.ts';

/** The threat's words, as written (lowercased by the normaliser). */
const found = (text: string) => {
	const t = tokenize(text);
	return threatWords(t).map((i) => t.tokens[i]?.word);
};
const putDowns = (text: string) => {
	const t = tokenize(text);
	return putDownWords(t).map((i) => t.tokens[i]?.word);
};

describe('threats5 frames (session 19)', () => {
	it.each([
		// A provocation, then harm to the reader or what is theirs.
		['Reopen it one more time and your repo will be gone by morning.', 'gone'],
		['If you ever block me again, your account will get wiped.', 'wiped'],
		['Mute me and you will regret it.', 'regret'],
		['Revert this again and you are going to end up paying for it.', 'paying'],
		['Keep it up and you will not have a career left.', 'career'],
		["Keep it up and you won't have a job by Monday.", 'job'],
		['Lock my thread again and watch what happens to your project.', 'happens'],
		// Harm with a menace beside it.
		['Your career is going to be over soon, and nobody will know who did it.', 'career'],
		// "you will pay for …", "wish you had never …".
		["Trust me, you'll pay for closing my ticket.", 'pay'],
		["You'll wish you'd never replied to me.", 'wish'],
		// Where the reader is.
		["I've seen where you live, lovely street.", 'seen'],
		['Somebody found your home address in the commit history.', 'found'],
		// Accidents and "something happens to you".
		['Accidents happen to maintainers who ignore me.', 'accidents'],
		['Something unpleasant might happen to you this week.', 'happen'],
		['You will be lucky to still have your job next month.', 'lucky'],
		['Those who cross me usually regret it.', 'cross'],
	])('a threat: %s', (text, word) => expect(found(text)).toContain(word));

	it.each([
		// A tool or code as the cause, advice with "or", a stated cause, a friendly purpose.
		'Skip the pin again and you will be sorry.',
		'Skip the pin again and you will be sorry, trust me.',
		'Remove the lockfile again and you will regret it.',
		'Pin the version or you will regret it.',
		'If you rebase again, your local changes will disappear because the hook resets them.',
		'Your account will be deleted on Friday as you requested.',
		'Your account will be removed tomorrow, so please export your data first.',
		'You will pay less once the new plan starts.',
		'You will pay for hosting after the trial.',
		"You're going to wish you had written the test first.",
		'I found your house on the map, see you at the barbecue!',
		"I've seen where you work, congrats on the new office!",
		'Accidents happen to people who skip code review, so take your time.',
		'Something odd happens to your layout when the sidebar collapses.',
		'You will be lucky to still have CI credits at this rate.',
		'People who cross-compile usually regret it.',
		"I'll be waiting for you at the entrance, alone or with the team is fine.",
	])('not a threat: %s', (text) => expect(found(text)).toEqual([]));

	it('takes a veiled put-down threat back when a friendly purpose or advice follows it', () => {
		expect(putDowns('I know where you work, we met at the conference!')).toEqual([]);
		expect(putDowns('It would be a shame if your account got compromised, so please turn on 2FA.')).toEqual(
			[],
		);
		expect(putDowns('I know where you work.')).toContain('work');
		expect(putDowns('It would be a shame if your account got compromised.')).not.toEqual([]);
	});

	it('friendlyAfter reads a friendly purpose, advice or a cause that is not the writer', () => {
		const ws = (s: string) => tokenize(s).tokens.map((t) => t.word);
		expect(friendlyAfter(ws('x, we met at the conference'), 0)).toBe(true);
		expect(friendlyAfter(ws('x, so back it up first'), 0)).toBe(true);
		expect(friendlyAfter(ws('x because the bot resets it'), 0)).toBe(true);
		expect(friendlyAfter(ws("x because I'll report you"), 0)).toBe(false);
		expect(friendlyAfter(ws('x and nobody will know'), 0)).toBe(false);
		// Session 20: a threat that stands alone keeps standing before a sign-off; advice or a cause still counts.
		expect(friendlyAfter(ws('x, see you at the meetup'), 0, true)).toBe(false);
		expect(friendlyAfter(ws('x, so back it up first'), 0, true)).toBe(true);
		expect(friendlyAfter(ws('x, the conflicts are nasty, see you at standup'), 0, true)).toBe(true);
	});

	it.each([
		[
			'If you merge that again, your maintainer rights will disappear overnight, see you at the meetup.',
			'rights',
		],
		["Close my ticket again and you'll regret it, see you at standup!", 'regret'],
		['Something bad will happen to you, have a great conference.', 'happen'],
	])('session 20: a friendly tail does not take a standing threat back: %s', (text, word) =>
		expect(found(text)).toContain(word),
	);

	it('session 20: a friendly purpose still takes back a frame that only knows where the reader is', () => {
		expect(found('I found your house on the map, see you at the barbecue!')).toEqual([]);
	});
});
