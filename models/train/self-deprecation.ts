/**
 * Hand-written contrast set: a writer insulting themselves ("I'm such an idiot, the branch was stale", "my
 * dumb mistake") is civil, the same words aimed at someone else ("I think you're an idiot", "only a moron
 * would ship this") are toxic. ToxiCR and ParaDetox hold many insults and few self-insults, so the n-gram
 * experts learned "idiot" = toxic whoever it is aimed at (session 6: 14 of 45 hand-written self-deprecating
 * lines flagged, some at 0.97 through the ParaDetox override). The pairs share their insult words and their
 * first-person openers ("I think", "I feel like", "I'm sorry but"), so what separates the labels is the
 * target: the subject before the insult word.
 * Written for the project (no dataset rows), built from templates × fillers deterministically, and
 * deliberately different from the check corpora in tests/corpora (self-deprecation.txt,
 * insults-at-others.txt), which are never trained on.
 */

/** Insult nouns, with their article. */
const NOUNS = [
	'an idiot',
	'a moron',
	'a fool',
	'a dummy',
	'a clown',
	'a complete idiot',
	'a total moron',
	'an absolute idiot',
	'a dork',
	'a bonehead',
];

/** Insult adjectives. */
const ADJECTIVES = ['stupid', 'dumb', 'brain-dead', 'dense', 'clueless', 'idiotic', 'moronic'];
/** Self-deprecation also comes milder ("silly me"), which aimed at others would not be an insult. */
const SELF_ADJECTIVES = [...ADJECTIVES, 'silly', 'careless'];

/** What went wrong, in the writer's own work (the tail of a self-deprecating sentence). */
const SLIPS = [
	'I ran the old binary',
	'the flag was never set',
	'I forgot to commit the lock file',
	'I pointed it at the wrong bucket',
	'the cron expression was off by an hour',
	'I mixed up the two env files',
	'the symlink was broken on my machine',
	'I never restarted the watcher',
	'I was on a detached HEAD',
	'the mock returned the wrong fixture',
	'I typed the wrong table name',
	'I misread the stack trace',
];

/** A first-person subject insulting itself; `{n}` = noun, `{s}` = slip. */
const SELF_NOUN_FRAMES = [
	"I'm {n}, {s}",
	'I am such {n}, {s}',
	'I feel like {n}, {s}',
	'I was {n}, {s}',
	'I was being {n} today, {s}',
	'what {n} I am, {s}',
	"sorry, I'm {n}. {s}",
	'ok I am officially {n}, {s}',
	'I think I am {n}, {s}',
	"I'm sorry, I was {n}, {s}",
	'me being {n} again: {s}',
	"ignore my last comment, I'm {n}",
	'I may be {n} here, but why does the build need root?',
	'I might sound like {n}, but could we cache this instead?',
	"turns out I'm {n} and {s}",
	// Short ones too: the sentence rule scores "Ugh, I'm such an idiot." alone.
	"I'm {n}",
	"ugh, I'm such {n}",
	'I am {n} sometimes',
	'I feel like {n}',
	'I was {n} there',
	'what {n} I am',
	'I may sound like {n}, but {q}',
];

/** A first-person subject's own mistake or question; `{a}` = adjective, `{s}` = slip. */
const SELF_ADJ_FRAMES = [
	'my {a} mistake, {s}',
	'my own {a} fault, {s}',
	'{a} me, {s}',
	"I'm so {a}, {s}",
	'I feel {a} now, {s}',
	'I was being {a}, {s}',
	'sorry, {a} typo on my part',
	'{x} oversight on my side, {s}',
	'probably {x} question, but where do the fixtures live?',
	'forgive my {a} question, how do I regenerate the snapshots?',
	"wow, I'm {a}",
	'I feel so {a}',
	'{a} mistake on my end',
	'{a} mistake, my bad',
];

/** Questions a self-deprecating opener leads into. */
const QUESTIONS = [
	'why not cache the parsed config?',
	'could the retry go in the client instead?',
	'what if we drop the lock here?',
];

/** What the other person did (the tail of an insult aimed at them). */
const DEEDS = [
	'merged this without a review',
	'deleted the release tag',
	'designed this parser',
	'reopened this issue again',
	'broke the nightly build',
	'committed the secrets file',
	'ignored every comment in the review',
	'pushed straight to main',
];

/** The same insult nouns aimed at someone else; `{n}` = noun, `{d}` = deed. */
const OTHER_NOUN_FRAMES = [
	"you're {n}, you {d}",
	'you are such {n}',
	'I feel like you are {n}',
	'you were {n} when you {d}',
	'what {n} you are',
	"I'm sorry, but you are {n}",
	'I think you are {n}',
	"I'm not {n} here, you are",
	'he is {n}, he {d}',
	'she is {n} and she {d}',
	'whoever {d} is {n}',
	'only {n} would do something like that',
	'the author is {n}',
	'you sound like {n}',
	'what kind of {b} {d}?',
	'what {b} {d}?',
	'some {b} {d} again',
	'the person who {d} is {n}',
	// Short ones, the mirror of the short self-deprecation.
	"you're {n}",
	'you are {n} sometimes',
	'you sure are {n}',
	'they are {p}',
];

/** Insults aimed at someone else with the adjectives; `{a}` = adjective, `{d}` = deed. */
const OTHER_ADJ_FRAMES = [
	'your {a} mistakes again, you {d}',
	'you are so {a}, you {d}',
	"I'm sorry but you are just {a}",
	'I think you are too {a} to read the docs',
	'how {a} are you? you {d}',
	'the maintainers are {a}, they {d}',
	'are you really this {a}?',
	'only {x} person would do that',
	"wow, you're {a}",
	'you are too {a} for this job',
];

/**
 * First-person openers put in front of insults aimed at others: every self-deprecating row has an "I", so
 * without them "I" itself becomes a sign of civility ("I bet you are an idiot" would pass).
 */
const OPENERS = [
	'I guess',
	'I bet',
	'I have to say',
	"I'm convinced",
	'I believe',
	"I'd say",
	'frankly I think',
	"I'm afraid",
];

const fill = (frame: string, map: Record<string, string>): string =>
	frame.replace(/\{(\w)\}/g, (_, key: string) => map[key] ?? '');

/** The bare noun without its article, for "what kind of idiot …". */
const bare = (noun: string): string => noun.replace(/^(an?|the)\s+/, '');
/** A bare noun's plural ("dummies", "idiots"). */
const plural = (noun: string): string => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);
/** An adjective with its article ("an idiotic", "a dumb"). */
const withArticle = (adjective: string): string => `${/^[aeiou]/.test(adjective) ? 'an' : 'a'} ${adjective}`;

/**
 * The contrast sentences: label 0 = self-deprecation, 1 = the same words aimed at someone else. Each frame is
 * crossed with 3 fillers chosen by rotation (not the full product, so no single frame dominates).
 */
export function selfDeprecation(): { text: string; label: 0 | 1 }[] {
	const out = new Map<string, 0 | 1>();
	let others = 0;
	const add = (text: string, label: 0 | 1) => {
		if (!out.has(text)) out.set(text, label);
		// Every other insult aimed at someone else again behind an opener (not before questions or "what …").
		if (label === 1 && others++ % 2 === 0 && !/^(I|I'm|what|how|are|your|wow)\b/.test(text))
			out.set(`${OPENERS[(others >> 1) % OPENERS.length]} ${text}`, label);
	};
	let i = 0;
	for (const frame of SELF_NOUN_FRAMES)
		for (let r = 0; r < 3; r++, i++)
			add(
				fill(frame, {
					n: NOUNS[i % NOUNS.length] ?? '',
					s: SLIPS[i % SLIPS.length] ?? '',
					q: QUESTIONS[r] ?? '',
				}),
				0,
			);
	for (const frame of SELF_ADJ_FRAMES)
		for (let r = 0; r < 3; r++, i++) {
			const a = SELF_ADJECTIVES[i % SELF_ADJECTIVES.length] ?? '';
			add(fill(frame, { a, x: withArticle(a), s: SLIPS[(i * 5) % SLIPS.length] ?? '' }), 0);
		}
	for (const frame of OTHER_NOUN_FRAMES)
		for (let r = 0; r < 3; r++, i++) {
			const n = NOUNS[i % NOUNS.length] ?? '';
			add(fill(frame, { n, b: bare(n), p: plural(bare(n)), d: DEEDS[i % DEEDS.length] ?? '' }), 1);
		}
	for (const frame of OTHER_ADJ_FRAMES)
		for (let r = 0; r < 3; r++, i++) {
			const a = ADJECTIVES[i % ADJECTIVES.length] ?? '';
			add(fill(frame, { a, x: withArticle(a), d: DEEDS[(i * 3) % DEEDS.length] ?? '' }), 1);
		}
	const rows = [...out].map(([text, label]) => ({ text, label }));
	// Capitalised and punctuated variants too: drafts come both ways.
	return [
		...rows,
		...rows.map((r) => ({ text: `${r.text[0]?.toUpperCase()}${r.text.slice(1)}.`, label: r.label })),
	];
}
