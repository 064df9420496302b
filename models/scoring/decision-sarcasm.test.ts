import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';

/** The mocking words the sarcasm rule finds (decision-sarcasm.ts included), as written. */
const found = (text: string) => {
	const t = tokenize(text);
	return sarcasmAtOthers(t).map((i) => t.tokens[i]?.word);
};

describe('sarcasm at a decision (session 12)', () => {
	it.each([
		// The misses session 11 wrote down.
		['Great, so the docs are optional now too.', ['great', 'so', 'optional']],
		['Who needs error handling anyway?', ['who', 'needs', 'anyway']],
		['Another Friday deploy, what a great idea.', ['what', 'great', 'idea']],
		['Ah yes, because disabling the tests always fixes flakiness.', ['ah', 'yes', 'because', 'always']],
		// The same frames in other words.
		['Cool, so we skip the changelog now.', ['cool', 'so', 'skip']],
		['Perfect, so reviews are a suggestion now.', ['perfect', 'so', 'suggestion']],
		['Who needs a staging server anyway, prod is right there.', ['who', 'needs', 'anyway']],
		['Pinning nothing in package.json, what a brilliant plan.', ['what', 'brilliant', 'plan']],
		['Ah yes, because a bigger timeout never hides a deadlock.', ['ah', 'yes', 'because', 'never']],
	])('sarcastic: %s', (text, words) => expect(found(text)).toEqual(words));

	it.each([
		'Great, so the migration is done now, thanks!',
		'Cool, so we can skip the workaround once 2.1 is out? Thanks.',
		'Great, so the flag is optional now, I like that.',
		'Who needs the legacy flag anyway? Nobody, so I dropped it.',
		'Who needs write access? I will add you.',
		'Who needs the old exporter anyway? If you do, reply here.',
		'Caching the tokens, what a great idea, it halved the latency.',
		'What a great idea! Let me add it to the roadmap.',
		'Splitting the PR, what a great idea, thank you.',
		'Ah yes, because the lock was never released. That explains the hang.',
		'Ah yes, because the old build always ran the tests first. Good catch, thanks.',
		'Ah yes, because the port was taken.',
		'Oh, yes, it was inconsistent already.',
		'Who needs a coffee machine when you have a kettle?',
	])('sincere: %s', (text) => expect(found(text)).toEqual([]));
});
