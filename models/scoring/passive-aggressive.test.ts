import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';

/** The words the sarcasm rule finds (passive-aggressive.ts included), as written. */
const found = (text: string) => {
	const t = tokenize(text);
	return sarcasmAtOthers(t).map((i) => t.tokens[i]?.word);
};

describe('passive-aggressive frames', () => {
	it.each([
		["I'm sure you checked the logs. The alerts say otherwise.", ["i'm", 'sure']],
		["I'm sure you had a good reason to bypass the hooks.", ["i'm", 'sure']],
		['Only took you two sprints.', ['took', 'you']],
		['Took you long enough to reply.', ['took', 'you']],
		['Just three days late this time.', ['late']],
		['As I already mentioned, the port is 8080.', ['as', 'i', 'mentioned']],
		['Per my earlier message, we decided this already.', ['per', 'my']],
		['Glad you eventually looked at the logs.', ['glad', 'you']],
		// Thanks for basic attention that came late (session 11: work that finally landed is relief, below).
		['Thanks for finally reading the thread.', ['thanks', 'finally']],
		['Thank you for finally getting back to me.', ['thank', 'finally']],
		// Session 11: the wait for basic diligence is a jab even beside "ping" (was a documented miss).
		["Ping me once you've actually tried it.", ["you've", 'actually']],
		["Tell me when you've actually tried it.", ["you've", 'actually']],
		["I'll just do the release myself, as usual.", ['usual']],
		['Some of us actually read the changelog.', ['some', 'us']],
		['You do know someone else has to review this, right?', ['you', 'do', 'know']],
		['Must be tough to write a docstring.', ['must', 'tough']],
		['I guess a changelog entry was too much to ask.', ['too', 'much', 'to', 'ask']],
	])('passive-aggressive: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		"I'm sure you'll like the new flag.",
		"I'm sure you know the parser better than I do, what do you think?",
		'Only took two sprints, great teamwork.',
		'As I said in the description, the port is 8080.',
		"Per my earlier message, I've updated the docs.",
		'Glad you joined the call, it helped.',
		"Tell me when you've had time to try it.",
		"I'll do the release myself, you're busy.",
		'Some of us are new here, is there a guide?',
		'You do know you can squash from the UI, right? Saves time.',
		'It must be tough to be on call this week, thanks for covering.',
		// Session 11: relief that work finally landed, not a timing jab (was flagged on "Thanks").
		'Thanks for finally fixing this!',
		'Thanks for finally merging it.',
		'Thank you for finally getting this released, it unblocks us.',
		'finally fixed, thank you!',
	])('sincere: %s', (text) => expect(found(text)).toEqual([]));
});

describe('a timing jab beside thanks (session 12)', () => {
	// The draft's thanks used to make every frame sincere, so the jab in the next sentence was lost.
	it.each([
		['Thanks for finally shipping it! Only took you four sprints.', ['took', 'you']],
		['Thanks for the merge. Took you long enough.', ['took', 'you']],
		['Thank you for replying. Took you a fortnight, but fine.', ['took', 'you']],
		['Appreciate the answer. Only took you five reminders.', ['took', 'you']],
		['Thanks for the update. Took you ages.', ['took', 'you']],
	])('jab: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		'Thanks for the fix! It only took you an hour, impressive.',
		'Thanks for the patch, it only took you a day, amazing.',
		'Thank you for the review. It took me two weeks to apply it, sorry.',
		'Thanks for the release. It took you three weeks of hard work, and it shows.',
		'Thanks! Only took you ten minutes.',
	])('sincere: %s', (text) => expect(found(text)).toEqual([]));
});
