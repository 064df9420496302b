import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';

/** The mocking words the sarcasm rule finds (dry-sarcasm.ts included), as written. */
const found = (text: string) => {
	const t = tokenize(text);
	return sarcasmAtOthers(t).map((i) => t.tokens[i]?.word);
};

describe('dry sarcasm', () => {
	it.each([
		// The session-11 misses the lead saw.
		['Interesting choice.', ['interesting', 'choice']],
		['Bold move.', ['bold', 'move']],
		["Well, that's one way to do it.", ['one', 'way', 'do']],
		["Per the docs, which I'm sure you read, this is deprecated.", ["i'm", 'sure', 'you', 'read']],
		['As anyone who read the README knows, this flag is gone.', ['anyone', 'knows']],
		["Let me know when you've actually run it.", ["you've", 'actually']],
		// The same frames in other words.
		['What a daring approach.', ['daring', 'approach']],
		['Bold of you to rebase the release branch.', ['bold', 'of', 'you']],
		['The API reference, which you surely checked, lists both.', ['you', 'surely']],
		['Anybody who opened the logs would have noticed the timeout.', ['anybody', 'would', 'have', 'noticed']],
		['As everybody else knows, we freeze on Thursday.', ['everybody', 'else']],
		['Rewriting auth the night before launch, what could possibly go wrong.', ['possibly', 'wrong']],
		['Yeah sure, another config flag nobody asked for.', ['yeah', 'sure']],
		['I love how we are not writing changelogs any more.', ['i', 'love', 'how', 'not']],
		["Can't wait to untangle this merge tomorrow.", ["can't", 'wait', 'untangle']],
		['Sure, pinning every version by hand is a brilliant plan.', ['sure', 'brilliant', 'plan']],
	])('mocking: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		// The same openers with a reason, a question, thanks or agreement.
		'Interesting choice, can you say why a set and not a map?',
		'Bold move, and I think it pays off: the p95 halved.',
		// Session 12 (sincere-praise-3 dev): it paid off.
		'Bold move rewriting the parser, and it paid off, the benchmarks are great.',
		"That's one way to do it; a regex would also work.",
		'Bold of you to take the on-call week, thank you!',
		"The release notes, which I'm sure will help, are in the wiki.",
		'As anyone who has deployed on Fridays knows, rollbacks take a while.',
		'As everyone on the call knows, the freeze starts Thursday.',
		'Anyone who reads the RFC will see both options.',
		'Anyone who could review this would be a big help.',
		"Let me know when you've had time to run it.",
		'Oh sure, I can take that ticket.',
		"Can't wait to try the new profiler.",
		'Love that we have nightly builds now.',
		'I see we have a new logo, looks great.',
		"I'm sure it will scale, the load test hit 10k rps.",
		'What could go wrong in this function is a null user.',
		'An interesting article on CRDTs.',
	])('sincere: %s', (text) => expect(found(text)).toEqual([]));
});
