/**
 * Session 27 (misses27): a superlative put-down of the reader's work in an experience frame, as put-downs.ts word
 * patterns (misses9-frames.ts's syntax). The models read them as civil ("This is the stupidest patch I have ever
 * seen. Fix it." 0.25, "That's the stupidest API I've seen all week." 0.03): the insult is the superlative and the
 * frame ("I have ever seen / read / reviewed", "all week", "in my life") that ranks the work against everything
 * the writer has seen. Written from the dev half of tests/corpora/superlatives27*.txt; each keeps away from its
 * civil twin: the superlative must be an insult ("stupidest", "most idiotic", "worst"; not "hardest", "weirdest",
 * "cleanest"), the thing must be the reader's work ("patch", "PR", "design"; not "bug", "outage", "mistake",
 * "case"), pointed at ("this / that / it / your …"), and the writer must have seen, read or reviewed it (not
 * "I ever made / written / debugged / used", "the dumbest possible implementation").
 * Draft scoring only, as every put-down frame. A match is underlined whole (put-downs.ts: no mark among its words).
 */
const words = (s: string) => new Set(s.split(' '));

/** Named word sets of these patterns (prefixed: put-downs.ts merges every list's sets into one record). */
export const MISSES27_SETS: Record<string, Set<string>> = {
	m27This: words("this that it it's its that's thats this's your ur"),
	m27Be: words("is was 's must might may has have be been"),
	// Adverbs and the glue of "has to be", "might just be" between the pointer and "the".
	m27Adv: words(
		'easily honestly seriously truly really by far probably officially clearly quite possibly just to be',
	),
	// Superlatives that insult the thing they rank.
	m27Sup: words(
		'stupidest dumbest worst laziest sloppiest ugliest silliest crappiest shittiest lamest messiest saddest',
	),
	// Adjectives that insult after "most".
	m27Adj: words(
		'idiotic stupid incompetent braindead brain-dead pathetic useless ridiculous absurd moronic asinine ' +
			'embarrassing lazy sloppy careless clueless amateurish inept dumb ignorant nonsensical laughable',
	),
	// The reader's work. Not "thing": "the silliest thing I have read" is a verdict on a remark, and ParaDetox's
	// polite rewrites keep it (its F1 fell 0.943 → 0.942 with "thing" in this set).
	m27Work: words(
		'patch patches pr prs mr code change changes commit commits diff implementation api design designs doc ' +
			'docs documentation fix idea ideas proposal proposals function functions class module test tests ' +
			'suite script scripts schema refactor approach solution architecture query review writeup rfc page ' +
			'message migration pull request garbage nonsense work contribution submission spec plan ticket',
	),
	m27Mod: words('pull commit test docs design code message request'),
	m27Seer: words("i i've ive we we've"),
	m27Have: words('have had ever even'),
	m27Seen: words(
		'seen read reviewed looked heard saw come came encountered witnessed merged approved graded received ' +
			'review see',
	),
	m27Time: words('week year month day decade career life'),
};

/** Every pattern needs one of these (a superlative, or "most" before an insult adjective). */
export const MISSES27_KEYS = new Set([...(MISSES27_SETS.m27Sup as Set<string>), 'most']);

export const MISSES27_PATTERNS: readonly string[] = [
	// "This is the stupidest patch I have ever seen", "That's the dumbest PR I've reviewed this year".
	'@m27This @m27Be? @m27Adv? @m27Adv? the @m27Sup @m27Mod? @m27Work @m27Seer @m27Have? @m27Have? to? @m27Seen',
	'@m27This @m27Be? @m27Adv? @m27Adv? the most @m27Adj @m27Mod? @m27Work @m27Seer @m27Have? @m27Have? to? @m27Seen',
	// "It's the ugliest code all month", "the stupidest thing in my life" (no "I have seen").
	'@m27This @m27Be? @m27Adv? @m27Adv? the @m27Sup @m27Mod? @m27Work all|this @m27Time',
	'@m27This @m27Be? @m27Adv? @m27Adv? the most @m27Adj @m27Mod? @m27Work all|this @m27Time',
	// "Worst code I have seen in my life" (no pointer, but an experience frame that closes on a lifetime).
	'^ the @m27Sup @m27Mod? @m27Work @m27Seer @m27Have? @m27Have? @m27Seen in|all my? @m27Time',
	'^ @m27Sup @m27Mod? @m27Work @m27Seer @m27Have? @m27Have? @m27Seen in|all my? @m27Time',
	// "Your migration is the sloppiest script I have ever looked at", "Your code is the laziest garbage I've seen".
	'your|ur @m27Mod? @m27Work @m27Be the @m27Sup @m27Mod? @m27Work @m27Seer @m27Have? @m27Have? to? @m27Seen',
	'your|ur @m27Mod? @m27Work @m27Be the most @m27Adj @m27Mod? @m27Work @m27Seer @m27Have? @m27Have? to? @m27Seen',
];
