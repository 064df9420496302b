/**
 * Hand-written, civil developer talk used as extra negatives in training: software jargon with violent or
 * crude words ("kill the worker", "nuke the cache", "this hack"), self-deprecation ("my stupid mistake"),
 * frustration at things rather than people, and firm but civil critique. The toxicity sets hold little of
 * this, so without it a bag-of-n-grams model learns that "kill", "hack" or "wrong" are toxic.
 * Written for the project (no dataset rows) and deliberately different from the eval corpora in
 * tests/corpora, which stay held out. Sentences are built from templates × fillers, deterministically.
 */

const TECH_OBJECTS = [
	'the worker',
	'the child process',
	'the zombie processes',
	'the old container',
	'the stale job',
	'the background thread',
	'the dev server',
	'the hung request',
	'the pod',
	'the build agent',
];

const JARGON_TEMPLATES = [
	'kill {o} and restart it',
	'we should kill {o} after the timeout',
	'the watchdog kills {o} when it stops responding',
	'nuke {o} and try again',
	'just nuke the cache and rebuild',
	'abort {o} if the lock is taken',
	'terminate {o} before deploying',
	'execute {o} with the new flags',
	'{o} crashed again on startup',
	'{o} died with exit code 137',
	'force kill {o}, it ignores SIGTERM',
	'git blame shows this line came from the big refactor',
	'run git blame on the config loader',
	'this hack unblocks the release for now',
	'a quick hack to get the tests green, will clean up later',
	'this is a dirty workaround until upstream fixes it',
	'the hack in the parser is ugly but it works',
	'we need to hack around the broken API',
	'the garbage collector runs too often here',
	'dump the core file and attach it',
	'the fuzzer found a crash in the decoder',
	'the parent reaps dead children in a loop',
	'the master branch is protected, use main',
	'the regex is insane but correct',
	'this test is flaky on CI every other run',
	'the deploy bombed because of a missing env var',
	'the script murders performance on large repos',
	'the exploit only works with the debug endpoint on',
	'strip the symbols and shrink the binary',
	'drop the column and backfill it',
];

const SELF_DEPRECATION = [
	'my stupid mistake, fixed in the next commit',
	'sorry, stupid typo on my side',
	'I was an idiot and pushed to the wrong branch',
	'dumb me, I forgot to run the formatter',
	'ugh, I broke the build, reverting',
	'my bad, that was a silly oversight',
	'I feel dumb for missing that, thanks',
	'what a stupid bug, and it was mine',
	'I messed this up, sorry for the noise',
	'silly me, the flag was off',
];

const CIVIL_CRITIQUE = [
	'I disagree with this change because it breaks backwards compatibility',
	'this approach is wrong: the cache is never invalidated',
	'please add tests before we merge this',
	'this is not the right place for this logic',
	'I am not convinced this is worth the extra complexity',
	'the benchmark is not representative of real workloads',
	'we will not accept this without documentation',
	'the error message is misleading and should say what failed',
	'I think this design will be hard to maintain',
	'this variable name tells me nothing about what it holds',
	'the retry logic is broken when the server returns 503',
	'that claim in the README is simply not true anymore',
	'we went over this in the last review, the lock is still missing',
	'this will leak file handles under load',
	'I would rather not add another dependency for this',
	'the docs are outdated and wrong about the defaults',
	'this feature request does not fit the goals of the project',
	'please stop force pushing, it makes the review impossible to follow',
];

/** Civil developer sentences (deduplicated, stable order). */
export function developerTalk(): string[] {
	const out = new Set<string>();
	for (const t of JARGON_TEMPLATES) {
		if (!t.includes('{o}')) out.add(t);
		else for (const o of TECH_OBJECTS) out.add(t.replace('{o}', o));
	}
	for (const s of [...SELF_DEPRECATION, ...CIVIL_CRITIQUE]) out.add(s);
	const sentences = [...out];
	// Capitalised and punctuated variants too: drafts come both ways.
	return [...sentences, ...sentences.map((s) => `${s[0]?.toUpperCase()}${s.slice(1)}.`)];
}
