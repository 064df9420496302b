/**
 * Hand-written ORDINARY developer comments (civil negatives) that use the everyday words the toxic head had
 * learned as signs of incivility: "people", "stop", "still", "silence", "maintainers", "two years", "nobody",
 * "again", "seriously", "honestly", "why", "always", "never", plus civil frustration at tools and processes
 * ("tired of fighting the build system"). GitHub incivility's and ToxiCR's toxic rows often contain these
 * words (locked issues complain about silence, stale issues and maintainers), so a bag of n-grams pinned the
 * flag on them: status pings and polite complaints about a slow project scored 0.4-0.75. A few person-directed
 * insults that use the same words (positives) keep the line where it is: the words are fine, the insult is not.
 * Written for the project (no dataset rows), different from the eval corpora in tests/corpora (never trained on).
 */

/** Status pings, bumps and questions about a project's pace: civil, however long the wait. */
const PACE = [
	'Any news on this? We are still seeing it on the latest release.',
	'Is anyone still working on this? Happy to pick it up if not.',
	'Friendly bump: this is still reproducible on main.',
	'Still happening for me on 3.2, same stack trace as above.',
	'This has been open for over a year, is it still on the roadmap?',
	'Two years later and I still hit this one every few months, thanks for keeping it open.',
	'It has been two years, is there a plan to fix this or should we look for a workaround?',
	'Sorry to ping again, but this is blocking our upgrade. Is there anything I can do to help?',
	'Pinging the maintainers again since the last comment was a while ago.',
	'The maintainers are probably busy, but a short yes or no on the approach would help a lot.',
	'I understand the maintainers are volunteers. Is there a way we can help move this forward?',
	'No response from the maintainers yet, so I opened a PR with a possible fix.',
	'Is this project still maintained? The last release was a long time ago.',
	'Is the project still alive? Asking because we depend on it in production.',
	'There has been silence on this issue for months, is it still being tracked?',
	'Sorry for the silence here, I was moving house. Picking this up again today.',
	'Apologies for the long silence on my side, I will rebase this week.',
	'After a long silence the upstream fix finally landed, closing this.',
	'Nobody has replied in a while, so I am not sure whether this is still wanted.',
	'Nobody seems to own this module anymore, who should review it?',
	'Nobody on our team could reproduce it, can you share the exact steps?',
	'Nobody answered on the forum either, so I am asking here.',
	'Still no luck after clearing the cache and reinstalling.',
	'We are still waiting on the security review before we can merge.',
	'Any update? We are still blocked on this for the next release.',
	'Bump. Still an issue with the newest version of the plugin.',
	'Still broken on Windows, works fine on Linux and macOS.',
	'Still seeing the timeout after applying the patch, logs attached.',
	'This is still relevant, please do not let the stale bot close it.',
	'The stale bot closed this but the bug is still there, can we reopen it?',
	'Reopening because the problem is still present in the nightly build.',
	'This PR has been waiting on review for two weeks, no rush, just making sure it is on the radar.',
	'It has been a month since the last update, is this still planned for 2.0?',
	'This issue is three years old and still has the most upvotes, maybe worth another look.',
	'Years later this is still the top search result for the error, so thanks for the workaround.',
	'The project has been quiet for years, is there a maintained fork?',
	'The original maintainers moved on, so a few of us started maintaining a fork.',
	'The maintainers said they would review it after the release.',
	'Thanks to the maintainers for keeping this going for so many years.',
	'Kindly asking the maintainers to tag a release, the fix has been on main for weeks.',
];

/** "people", "stop", "again", "why", "always", "never" and friends in plain requests and reports. */
const EVERYDAY = [
	'A lot of people hit this when they upgrade, maybe the docs should mention it.',
	'Most people install it through the package manager, so the tarball is rarely tested.',
	'People keep asking about this on the forum, so I added an FAQ entry.',
	'Some people on our team prefer tabs, the formatter settles it anyway.',
	'Many people rely on the old behaviour, we should deprecate it first.',
	'People who use the CLI will not notice the change.',
	'Other people reported the same crash in the linked issue.',
	'How many people actually use this flag? Maybe we can drop it.',
	'The people on the infra team know more about the proxy setup than I do.',
	'Thanks everyone, it is great to see so many people helping with triage.',
	'Shut down your local server first, then the schema migration will run cleanly.',
	'Stop the worker first, otherwise the lock file stays behind.',
	'Can we stop publishing the nightly builds to the stable channel?',
	'We should stop supporting Node 16, it is end of life.',
	'The service stops responding after about an hour under load.',
	'The timer never stops if the component unmounts early.',
	'I had to stop the test run halfway because the disk filled up.',
	'Let us stop here and merge what we have, the rest can be a follow-up.',
	'It stopped working after the last update, rolling back fixed it.',
	'The spinner does not stop when the request fails.',
	'Please do not stop the build when a single flaky test fails, retry it once.',
	'Failing again on CI, looks like the same network timeout.',
	'Ran it again with the verbose flag, output below.',
	'Again, thanks for the detailed report, it made this easy to fix.',
	'Tried again on a clean checkout and it works now, my local state was off.',
	'Can you run the benchmark again with the cache disabled?',
	'The same bug showed up again after the merge, reopening.',
	'Why does the parser accept trailing commas here but not there?',
	'Why is this a breaking change? I could not find it in the changelog.',
	'Why do we need a second config file for this?',
	'Just curious, why was the old API removed?',
	'Why not reuse the existing helper instead of adding a new one?',
	'Any idea why the test only fails on the first run?',
	'I always forget to update the lock file, thanks for catching it.',
	'The cache is always cold on the first request after a deploy.',
	'This always happens when the network drops during the upload.',
	'The linter always complains about this line, can we disable the rule here?',
	'We never call this function with a null value, so the check can go.',
	'I have never seen this error before, do you have the full log?',
	'The callback is never invoked when the socket closes early.',
	'Never mind, it was my local config, closing.',
	'This code path should never run in production.',
	'Seriously impressive work on the new renderer, it is so much faster.',
	'Seriously, thank you, this saved me a whole day of debugging.',
	'Honestly I am not sure which option is better, both look fine to me.',
	'Honestly, the old version was easier to configure, but the new one is faster.',
	'To be honest I did not test it on Windows, can someone check?',
	'Could someone from the core team have a look when there is a chance?',
	'Please rebase on main, there are conflicts in the lock file.',
	'Please open a separate thread for the packaging question so this one stays about the crash.',
	'New contributors, please sign the CLA first, the bot will remind you otherwise.',
	'I know this comes up a lot, but could we reconsider the default?',
	'Nobody is to blame here, the test was flaky from the start.',
	'Nothing changed on our side, it just started failing overnight.',
	'No one has touched this file since the rewrite.',
	'I am going to close this since there has been no activity for a year.',
	'The bot marked this stale; if you can still reproduce it on 4.x, comment and we will reopen.',
	'We discussed this at length already, the decision was to keep the flag.',
	'I still think a smaller change would be easier to review.',
	'Still not convinced this belongs in core, but I will not block it.',
	'I still do not follow how the retry interacts with the queue, could you sketch it?',
	'This still needs a test for the error case.',
	'The docs still mention the removed option.',
	'Are people still using the legacy plugin API?',
];

/** Civil frustration aimed at tools, processes and situations (nobody is attacked). */
const FRUSTRATION = [
	'I am tired of fighting the bundler every time we upgrade.',
	'So tired of this flaky test, it failed three times today.',
	'Tired of rebasing this branch, can we merge it behind a flag?',
	'Fighting with the build system again, will push once it is green.',
	'Spent the whole day fighting the linker, finally got it to build.',
	'I am frustrated with how slow the release process is, could we automate the changelog?',
	'This is frustrating: the error message says nothing about which file is wrong.',
	'A bit frustrated that the upgrade guide skips the database step.',
	'I hate how long the test suite takes, can we split it?',
	'I hate merge conflicts in lock files.',
	'I really dislike this config format, but it is what upstream uses.',
	'This build tool drives me crazy, nothing is cached between runs.',
	'Sigh, our TLS certificate lapsed overnight once more.',
	'Argh, another timezone bug.',
	'Sigh, the mirror is down again.',
	'The CI queue is painfully slow today, sorry for the late review.',
	'Version conflicts again: the two plugins pin incompatible releases of one shared package.',
	'This migration has been a nightmare, but it is done now.',
	'The upgrade was painful, but the new API is much nicer.',
	'I am exhausted by this bug, let us pair on it tomorrow.',
	'This is driving me nuts, the test passes locally and fails on CI.',
	'I give up on making this work with the old compiler, let us require the new one.',
	'The whole thing is a pain to set up on a fresh machine.',
	'I am annoyed at myself for missing this in the review.',
	'What a week, three outages and a broken release.',
	'I am losing my mind over this race condition.',
	'Sorry for the rant, the docs for this API are really thin.',
	'Honestly this config system is a maze, we should document it.',
	'Seriously, why does the setup wizard ask for root access on a user-level install?',
	'Why is this so hard? All I want is to change the port.',
	'Frustrating that the vendor never answers support tickets.',
	'Our release process is too slow and too manual, let us fix that.',
	'We keep running into the same deadlock, it needs a proper fix.',
	'This is the third time the cache has broken the build this month.',
	'It is annoying that the tool rewrites the whole file on every save.',
];

/** The same everyday words aimed at a person as an insult: toxic by every developer set's definition. */
const ATTACKS = [
	'People like you are the reason nobody wants to contribute here.',
	'Stop acting like a fool and learn to use a debugger.',
	'Seriously, how dense can one person be? I explained this twice.',
	'Spare us your whining, you muppet, nobody is interested.',
	'The maintainers are clueless morons who ruin everything they touch.',
	'Honestly you are the worst maintainer I have ever dealt with.',
	'Why are you always such a jerk in code review?',
	'You never listen, you arrogant fool.',
	'You keep wasting our time with garbage patches, you clown.',
	'Two years and you are still too lazy to fix your own crap.',
	'Still waiting for you to pull your head out of your ass.',
	'Again with the stupid questions? Use your brain for once.',
	'Keep quiet, you moron, nobody needs your take on this.',
	'You people are pathetic, this project is a joke run by idiots.',
	'Please just quit, you are an incompetent moron.',
	'Whoever maintains this thing must be brain dead.',
	'Why do you idiots always break everything?',
	'Stop pretending to be an engineer, you absolute clown.',
	'Take your crap code elsewhere, nobody here needs a hack like you.',
	'Your silence says it all, you useless cowards.',
	'Honestly, people with your level of skill should stick to reading, you dimwit.',
	'You have been here for years and you still write code like a moron.',
	'Why would anyone let a halfwit like you near the release branch?',
	'Please go away, you are a toxic little troll.',
	'You always show up to whine, you entitled brat.',
	'Not again, you brainless idiot. Learn to search before posting.',
	'Seriously, has anyone ever told you how thick you are?',
	'Stop spamming the tracker, you pathetic loser.',
	'You never test anything because you are a lazy idiot.',
	'Still pushing without running a single check, you lazy oaf?',
	'Nobody on this project can stand you, you arrogant prick.',
	'These maintainers are clowns hiding behind a code of conduct.',
	'People are sick of your idiotic rants, shut up already.',
	'Nobody here wants you around, you idiot, go away already.',
	'Two years of your incompetence is more than enough, you fool.',
	'Always the same idiotic excuses from you, you liar.',
	'I have had it with you, you are a worthless hack and a jerk.',
	'Honestly, get lost with your pointless nitpicking, you clown.',
	'Main is red again thanks to you, you reckless buffoon.',
	'Honestly, your attitude makes you a disgrace to this community, you jerk.',
];

/** Short pings about a thing that is still broken or waiting, crossed with what it is about. */
const PING_SUBJECTS = [
	'the memory leak',
	'the Windows build',
	'this regression',
	'the docs fix',
	'the flaky test',
];
const PING_TEMPLATES = [
	'Any progress on {s}? People are still asking about it.',
	"Is {s} still on someone's list? It has been quiet for a while.",
	'Gentle reminder about {s}, still waiting on a review.',
	'Why is {s} still open? Did the last patch not cover it?',
	'{S} is back again after the upgrade, sorry.',
	'Can we stop pushing {s} to the next milestone? It always slips.',
	'Nobody has looked at {s} for months, can I take it over?',
	'Honestly {s} never got the attention it needed, I can help.',
];

/** A hand-written sentence and its label (0 civil, 1 toxic). */
export interface EverydayRow {
	text: string;
	label: 0 | 1;
}

function pings(): string[] {
	return PING_TEMPLATES.flatMap((t) =>
		PING_SUBJECTS.map((s) => t.replace('{s}', s).replace('{S}', `${s[0]?.toUpperCase()}${s.slice(1)}`)),
	);
}

/** Ordinary civil developer comments (label 0) and the person-directed attacks that use the same words (1). */
export function everydayTalk(): EverydayRow[] {
	return [
		...[...PACE, ...EVERYDAY, ...FRUSTRATION, ...pings()].map((text) => ({ text, label: 0 as const })),
		...ATTACKS.map((text) => ({ text, label: 1 as const })),
	];
}
