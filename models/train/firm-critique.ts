/**
 * Hand-written FIRM developer critique (civil negatives) and person-directed abuse in developer settings
 * (positives) for the code-review and GitHub experts. The shipped model flagged blunt but civil reviews
 * ("this function is a monster", "no, this is intended", "read the guide first") because in ToxiCR and
 * GitHub incivility such words mostly occur next to insults. The contrast set says where the line is:
 * strong words about code, process or a decision are fine; the same words aimed at a person are not.
 * Written for the project (no dataset rows), different from the eval corpora in tests/corpora.
 */

/** Code things that critique is aimed at. */
const CODE_THINGS = [
	'this function',
	'the parser',
	'the new config loader',
	'this module',
	'the migration script',
	'the retry wrapper',
	'this class',
	'the build script',
];

/** Blunt statements about a code thing (never about a person). */
const THING_TEMPLATES = [
	'{t} is a mess, we should rewrite it',
	'{t} is a monster and nobody can review it',
	'I hate how {t} swallows errors',
	'{t} smells, please split it up',
	'{t} is ugly and hard to follow',
	'{t} is horribly slow on big inputs',
	'{t} is broken when the input is empty',
	'{t} is wrong, it ignores the timeout',
	'{t} is garbage after the last merge, it needs a proper fix',
	'{t} is a nightmare to debug',
];

const FIRM_CRITIQUE = [
	'this approach is wrong',
	'this will not scale',
	'this will not scale past a few thousand rows',
	'please stop force-pushing to main',
	'this PR breaks the build; reverting',
	'reverting, this broke the nightly release',
	'no, this is by design and will stay that way',
	'no. this is expected behaviour, not a bug',
	"closing as won't fix, this is out of scope",
	'closing as a duplicate of the earlier issue',
	'we will not merge this in its current form',
	'this is not ready for review, the tests fail',
	'CI is red, please fix it before asking for review',
	'please read the docs before filing an issue',
	'please follow the issue template, otherwise we cannot help',
	'please search the existing issues first',
	'please do not ping the maintainers on every comment',
	'this patch papers over the real problem',
	'this is a band-aid, the root cause is in the scheduler',
	'this masks the bug instead of fixing it',
	'this regresses startup time by forty percent',
	'the numbers in this benchmark are meaningless without a baseline',
	'I strongly disagree, this makes the API worse',
	'this is a bad idea, it couples the two layers',
	'this is the wrong fix',
	'this makes no sense to me, why is the cache global?',
	'this is a terrible default for new users',
	'the naming here is awful, what does tmp2 mean?',
	'this is way too complicated for what it does',
	'I hate this pattern, it hides control flow',
	'this is a nasty race condition',
	'this code is a disaster waiting to happen under load',
	'this is dead code, delete it',
	'kill this feature flag, it has been on for a year',
	'the dummy implementation should never ship',
	'we renamed master to main and blacklist to blocklist',
	'the slave replica lags behind the primary',
	'the whitelist is read from the env file',
	'the sanity check aborts on a fatal error',
	'this is not acceptable for a security fix, it needs a test',
	'again: the lock must be released in the finally block',
	'I already explained why this breaks Windows paths',
	'you missed the point of the review, the issue is the data race',
	'you broke the release build with this change',
	'you should not commit generated files',
	'your patch ignores the existing error handling',
	'your benchmark measures the cache, not the parser',
	'stop adding features until the bugs are fixed',
	'frankly this is a step in the wrong direction',
	'this is not how we do things in this codebase',
	'that is simply incorrect, the spec says otherwise',
	'this issue is not actionable, please add details',
	'locking this thread, it is going in circles',
	'please keep it technical',
	'I am tired of this flaky test, let us delete it',
	'ugh, this test suite is painfully slow',
	'damn, the release script failed again',
	'the old implementation was a hack and a half',
	// Software idioms that sound rude out of context.
	'classic code smell: a boolean parameter that switches behaviour',
	'this smells like a leaky abstraction',
	'this is spaghetti code, the control flow jumps everywhere',
	'this looks like cargo cult programming, why is the sleep needed?',
	'this API is a footgun for new users',
	'let us not bikeshed the name, ship it',
	'this is yak shaving, file a follow-up instead',
	'the god object keeps growing, split it',
	'the fixture is a dummy that always returns true',
	'the monkey patch breaks when the library updates',
	'the build is on fire again, nobody merge',
	'the daemon was killed by the OOM killer',
	'the parent process reaps orphaned children',
	'this is a brute force hack, but it is correct',
	// Blunt refusals and process requests.
	'no, we decided against this in the roadmap discussion',
	'no, this is the documented behaviour, see the FAQ',
	'no, changing this default would break every existing install',
	'this is working as intended, closing',
	'not a bug, the flag is opt-in on purpose',
	'please read the FAQ before reopening this',
	'please read the contributing guidelines before sending a patch',
	'please check the changelog before reporting regressions',
	'please stop opening new issues for the same crash, comment on the existing one',
	'please do not bump this issue, it does not make it faster',
	'for the last time, the config file goes in the home directory',
	'this has been answered in the docs, see the install page',
	'we do not accept pull requests without a linked issue',
	'this question belongs on the forum, not the bug tracker',
	'this is not a support channel, please use discussions',
	'the proposed change fixes the test but not the bug',
	'this just moves the problem somewhere else',
	'the workaround hides the real failure from the logs',
	'this is a regression, the old behaviour was correct',
	'this benchmark proves nothing, the cache was warm',
	'sorry, but this is a hard no from me',
];

/** Insults aimed at people in developer settings (toxic by every developer set's definition). */
const PERSON_ABUSE = [
	'you are a moron, learn to code',
	'are you stupid? read the error message',
	'you are a monster and a liar',
	'whoever wrote this is a brainless idiot',
	'you clowns ruined this project',
	'shut up and stop wasting our time, loser',
	'you are an incompetent fool',
	'what a useless idiot you are',
	'go away, nobody wants your garbage here, dumbass',
	'you are too dumb to maintain anything',
	'this maintainer is a pathetic jerk',
	'screw you and your stupid project',
	'only a retard would write code like this',
	'you disgusting troll, get lost',
	'you worthless hack, quit programming',
	'fuck off with your bullshit PR',
];

/**
 * Civil review of the reader's own work ("your patch needs a rebase"). The GitHub incivility expert had learned
 * "your code" as a cue (in locked threads it mostly precedes a jab) and flagged plain review requests, and with
 * them the offline fixer's own calm restatements. Addressing someone's work is normal review; insulting them is not.
 */
const YOUR_WORK = [
	'I have a few concerns about your patch',
	'I have concerns about your approach here, mainly the locking',
	'your code needs a bit more work before we can merge it',
	'your pull request needs a rebase on main',
	'your change breaks the Windows build, see the CI log',
	'your patch does not handle the empty list case yet',
	'your code works, but it is hard to follow without comments',
	'thanks for your code, I left a few comments inline',
	'your branch is behind main by a few commits',
	'your new test fails on CI, could you take a look?',
	'I left some notes on your code, nothing major',
	'your implementation is close, two small things remain',
	'your fix is right but the naming is confusing',
	'could you simplify your code a little?',
	'your commit message should explain why, not what',
	'your PR does two unrelated things, please split it',
	'I am not convinced your benchmark is measuring the right thing',
	'your code duplicates the helper in utils, can you reuse it?',
	'your change needs a changelog entry',
	'I disagree with your design here, but let us discuss it',
	'your patch looks good to me once the typo is fixed',
	'I think your code has a race when two requests arrive together',
	'your code needs tests for the error path',
	'some concerns about your migration: it is not reversible',
];

/** Civil firm critique (label 0) and person-directed abuse (label 1), deterministic order. */
export function firmCritique(): { text: string; label: number }[] {
	const civil = new Set<string>([...FIRM_CRITIQUE, ...YOUR_WORK]);
	for (const tpl of THING_TEMPLATES) for (const t of CODE_THINGS) civil.add(tpl.replace('{t}', t));
	const rows = [
		...[...civil].map((text) => ({ text, label: 0 })),
		...PERSON_ABUSE.map((text) => ({ text, label: 1 })),
	];
	// Capitalised and punctuated variants too: drafts come both ways.
	return [
		...rows,
		...rows.map((r) => ({ text: `${r.text[0]?.toUpperCase()}${r.text.slice(1)}.`, label: r.label })),
	];
}
