/**
 * Session 16 (misses8): heated review drafts aimed at the reader's work that still passed, as put-downs.ts word
 * patterns (put-down-frames.ts's syntax, plus `*`: any one word, `!a|b`: the next word is none of these,
 * consuming nothing, and a leading `%`: not when the writer takes the task on, "I'll try", "let me"). The models read them as civil ("How hard can it be?" 0.02, "Is it really so hard to run the
 * linter before you push?" 0.02, "Did you even bother to compile this?" 0.11, "What a joke of a release." 0.37).
 * Written from the dev half (odd lines) of tests/corpora/misses8-*.txt; each keeps away from its civil twin:
 * - the reader's work called a joke: "your/this <work> … is a (bad) joke", "what a joke of a release", "calling
 *   this a fix is a joke", "you should be embarrassed/ashamed" (not "this PR is a joke compared to how hard the
 *   problem was", "the running joke", "don't be embarrassed about asking", "nobody should feel ashamed");
 * - garbage pushed at the project: "stop/quit committing|pushing|shipping garbage", "enough with the junk
 *   commits", "keep your junk out of main", "you keep merging trash" (not "stop pushing to main directly",
 *   "the garbage collector", "junk files in /tmp", "garbage in, garbage out");
 * - sarcastic impatience: "how hard can it be?" ending its clause, "how hard can it be / is it to read|run|
 *   follow|check|search …" (a task anyone can do; not "how hard can it be to support both?", "how difficult is
 *   it to port …"), "is it (really) that/so hard", "can't be that hard to read …", "too much to ask that you",
 *   "would it kill you to";
 * - "did you even" beyond put-down-frames.ts's: "did you even bother", "have you even tried|opened …", "did
 *   anyone even test", "does anyone on this team even read", "did you bother reading", "read a single line"
 *   (not "did you test this on Windows too?", "did you bother with the old config", "I didn't even know").
 * Draft scoring only, as every put-down frame.
 */
const words = (s: string) => new Set(s.split(' '));

/** Named word sets of these patterns. */
export const MISSES8_SETS: Record<string, Set<string>> = {
	// The reader's work: what a review draft calls a joke or garbage.
	work: words(
		'pr prs patch patches fix fixes change changes code refactor refactoring migration script scripts review ' +
			'reviews test tests suite coverage benchmark benchmarks release api design docs documentation commit ' +
			'commits implementation approach solution branch config pipeline module feature proposal rfc diff ' +
			'changelog schema library plugin port rewrite workaround attempt excuse',
	),
	// Words before the work: only the reader's or the one under review ("the PR" names no one's).
	yourWork: words('your ur this that'),
	// Made by the reader: "the API you designed".
	made: words(
		'wrote write designed made built posted pushed submitted shipped merged opened approved did came called',
	),
	be: words("is was s 's feels reads"),
	// "a bad joke", "pure garbage", "so-called".
	mod: words(
		'a an such complete total totally absolute utter just really so pretty truly honestly clearly obviously ' +
			'seriously literally bad sad sick cruel pure straight frankly basically',
	),
	joke: words('joke farce laughable laughingstock mockery embarrassment disgrace'),
	trash: words('garbage trash junk rubbish crap'),
	// Session 30 (edges30): what a review is about, the reader's own contribution ("this PR", "your patch").
	contrib: words('pr prs patch patches commit commits diff diffs change changes changeset changesets mr mrs'),
	contribBe: words("is was are were s 's feels looks reads"),
	// What "garbage" goes on to name when it is a thing, not a verdict: "garbage collection", "junk files".
	thing: words(
		'collection collector collected collecting in out data file files bin can cans day truck value values ' +
			'characters chars bytes output input pointer pointers drawer mail folder icon debug logging',
	),
	// After "a joke": a comparison, a source or a name ("a joke compared to how hard it was", "a joke from …").
	notVerdict: words('compared next than from about label name names string in on by to for among'),
	push: words(
		'pushing committing merging shipping dumping landing sending submitting posting throwing piling ' +
			'pushes commits merges ships dumps',
	),
	// A task anyone can do before posting: read, run, follow, check, search (not "port", "support", "add").
	trivial: words(
		'read run follow check search google test look open click type spell scroll skim try use reproduce',
	),
	hard: words('hard difficult complicated'),
	someone: words('you anyone anybody someone somebody they u'),
	even: words('even actually ever'),
	tried: words(
		'read tried tested opened checked compiled built run ran looked used seen considered glanced installed',
	),
	tryNow: words(
		'read try test open check compile build run look use see consider review install bother care',
	),
	bothered: words('reading running testing compiling checking looking opening building trying searching'),
};

/**
 * Every pattern below needs one of these words (a slot that cannot be skipped and holds only such words): a
 * draft without any skips the whole list (put-downs.ts), so the frames cost most drafts one set lookup a word.
 * misses8.test.ts checks that each pattern has such a slot.
 */
export const MISSES8_KEYS = new Set([
	...(MISSES8_SETS.joke as Set<string>),
	...(MISSES8_SETS.trash as Set<string>),
	...(MISSES8_SETS.even as Set<string>),
	...words(
		'farce mockery ashamed embarrassed shame hard difficult complicated ask kill bother bothered single',
	),
]);

export const MISSES8_PATTERNS: readonly string[] = [
	// "Your migration script is a joke …", "This documentation is a farce …", "The API you designed is a bad joke".
	'this|that so-called|so|whole|entire|new? called? @work *? *? @be @mod? @mod? @mod? @joke !@notVerdict',
	// "your" names the reader's own whatever it is ("your new caching layer is a total joke").
	'your|ur * *? *? *? @be @mod? @mod? @mod? @joke !@notVerdict',
	'the @work @someone @made @be @mod? @mod? @mod? @joke !@notVerdict',
	'@yourWork @work @someone @made @be @mod? @mod? @mod? @joke|@trash !@thing',
	'what a joke|farce|mockery of a|an',
	// Session 30 (edges30): the contribution under review called garbage ("This PR is garbage.", "Your code is
	// trash."); insult-at-things.ts excused it as a thing, but a verdict on the reader's own work is a put-down.
	// Not "my code is garbage", "this library is garbage", "the garbage collector".
	'this|that|these|those whole|entire|new? @contrib @contribBe @mod? @mod? @mod? @trash !@thing',
	'this|that|your|ur pull|merge request|requests @contribBe @mod? @mod? @mod? @trash !@thing',
	'your|ur whole|entire|new? @work @contribBe @mod? @mod? @mod? @trash !@thing',
	'calling this|that|it a|an fix|solution|review|test|release|patch|feature|design|plan is a|an? @mod? @joke',
	// "You should be embarrassed by this review", "whoever reviewed it should be ashamed".
	'you|whoever|u should|ought be|feel ashamed|embarrassed',
	'you|whoever|u should|ought to be|feel ashamed|embarrassed',
	'shame on you $',
	// "Quit committing garbage straight to master." "Enough with the junk commits." "Keep your junk out of main."
	'^ stop|quit @push your|the|this|that|more|such? @trash !@thing',
	'enough with the|your|these|all|this? @trash !@thing',
	'^ keep your @trash out|off|away',
	'@you keep @push @trash !@thing',
	'@push @trash like this|that',
	// "How hard can it be?" at the end of its clause; "How hard can it be to read the contributing guide …?"
	'% how hard|difficult can|could it|this|that be $',
	'how hard|difficult can|could it|this|that be to @trivial',
	'how hard|difficult is it to @trivial',
	'is|was it @mod? that|so|this hard|difficult|complicated',
	'is|was it honestly|seriously|really|truly that|so|this? hard|difficult|complicated to @trivial',
	"can't|cant|cannot be that|so hard|difficult to @trivial",
	'too much to ask that you|for you to',
	'would|will|did it kill you to',
	// "Did you even bother to compile this?" "Have you even tried running your own example?"
	'did|do|have you @even bother|bothered',
	'have|had you @even @tried',
	'did|do|does|has|have anyone|anybody|someone|somebody|they @even @tryNow|@tried',
	'does|do|did anyone|anybody *? *? *? even read|test|check|look|care|try|review|run',
	'did|do|have you bother|bothered @bothered',
	'did|do|have you bother|bothered to @tryNow',
	'you @even? @tried a single line|word|test|page|sentence',
];
