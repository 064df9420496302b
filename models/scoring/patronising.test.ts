import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { talksDownWords } from './talks-down.ts';

/** The frame's words as written, joined by spaces. */
const found = (text: string) => {
	const t = tokenize(text);
	return talksDownWords(t)
		.map((i) => t.tokens[i]?.word)
		.join(' ');
};

describe('calm contempt at the reader (session 31, contempt31: patronising.ts)', () => {
	it.each([
		// Pace and simplicity offered to the reader.
		['Fine, I will go over it really slowly for you this time.', 'really slowly for you'],
		['Should I redo the explanation with crayons?', 'should i redo the explanation with crayons'],
		['Let me put it in tiny words.', 'in tiny words'],
		// A relative, a pet or a bot knows what the reader does not.
		['Even my uncle understands how DNS caching works.', 'even my uncle understands'],
		['Our dog would have caught that off-by-one.', 'our dog would have caught'],
		['My little brother set up CI quicker than you did.', 'my little brother'],
		// Credential gatekeeping.
		["Your review might count once you've released something real.", 'your review might count'],
		[
			'Come back when you have actual experience with databases.',
			'come back when you have actual experience',
		],
		['Maybe build something before preaching about clean code.', 'build something before preaching'],
		// Mock reassurance.
		["Relax, it's a typical error among juniors.", 'typical error among juniors'],
		['Honestly that is advanced for someone at your level.', 'for someone at your level'],
		['What an adorable little refactor, you must be proud.', 'adorable little refactor'],
		// Rhetorical pity.
		['I kind of pity you.', 'kind of pity you'],
		['I feel sorry for whoever inherits your migrations.', 'feel sorry for whoever inherits your'],
		["Must be rough merging code you don't understand.", "must be rough merging code you don't understand"],
	])('%s → %s', (text, words) => {
		expect(found(text)).toBe(words);
	});

	it.each([
		'Let me explain it more slowly, I went too fast in the call.',
		"I'll use simpler words in the docs so new users can follow along.",
		'Maybe a diagram with pictures would help readers understand the lock order.',
		'Could you explain it more simply? My English is not so good.',
		'Even my kid can use the new onboarding — great work.',
		'Even ChatGPT got this wrong when I asked, so the docs need a note.',
		'Even the linter bot flagged this, so I added a fix.',
		'Once you have built the project locally, run the tests.',
		'Once you have something working, your feedback on the API would help a lot.',
		'Ship something small first, then we can iterate on the API.',
		'Come back to this when you have finished the migration, no rush.',
		"Don't worry, it's a common mistake, the docs are confusing there.",
		"It's a common mistake for beginners, so I added a warning to the CLI.",
		"That's a cute logo, did you design it yourself?",
		'I feel sorry that you had to deal with that outage alone.',
		'It must be hard to debug this without logs, here is how I did it.',
		'I pity the next person who has to touch this legacy module, including me.',
		'If I pity you, it is because the CI is so slow.',
	])('not: %s', (text) => {
		expect(found(text)).toBe('');
	});
});
