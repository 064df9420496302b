/**
 * Session 17 (misses9): heated review drafts that still passed, as put-downs.ts word patterns (put-down-frames.ts's
 * syntax with misses8-frames.ts's `*`, `!a|b` and `%`, plus a leading `+`: not in a draft that thanks or praises,
 * "Wait, are you serious? That's amazing, thank you!"). The models read them as civil ("Which buffoon decided the
 * cache key should include the timestamp?" 0.08, "Only an absolute amateur would leave the API token in the repo
 * history." 0.16, "Your half-baked patch broke the nightly build again." 0.03, "What kind of developer merges a PR
 * with failing tests?" 0.23, "Are you serious? You deleted the whole test folder …" 0.05, "Who in their right mind
 * would approve this?" 0.01). Written from the dev half (odd lines) of tests/corpora/misses9-*.txt; each keeps away
 * from its civil twin:
 * - contemptuous labels for the reader or whoever did the work: "some/which clown|buffoon|amateur|muppet <did>",
 *   "only an (absolute) amateur would", "amateur hour", "a pathetic/sorry excuse for a fix", "a pathetic attempt at",
 *   "your half-baked / amateurish <work>", "that amateurish refactor of yours", "you geniuses", ", geniuses,"
 *   (not "an amateur radio driver", "the clown emoji", "amateur photographers", "my half-baked prototype", "I had
 *   no excuse for missing it", "the genius of this design");
 * - sneering questions: "what kind of developer merges/writes/ships …", "are you serious/kidding?" closing its
 *   clause, "you clearly don't understand", "stop reviewing code you don't understand", "who in their right mind",
 *   "what were you thinking (when/with)", "do you ever think before", "do you ever read … before you reply", "who
 *   taught you to", "are you even paying attention", "is anyone here actually competent" (not "what kind of lock
 *   would work here", "what kind of engineer do we need", "are you serious about taking over the port", "if you
 *   don't understand a part, ask", "feel free to skip the parts you don't understand", "what were you thinking of
 *   for the format", "do you ever run into this on Linux", "who taught you the trick").
 * Draft scoring only, as every put-down frame.
 */
const words = (s: string) => new Set(s.split(' '));

/** Named word sets of these patterns. */
export const MISSES9_SETS: Record<string, Set<string>> = {
	// Contemptuous labels for a person ("clown" and "muppet" are insult-at-others.ts's too, in other frames).
	label: words('clown clowns buffoon buffoons amateur amateurs muppet muppets cowboy cowboys'),
	// What a label word goes on to name when it is no label: "an amateur radio driver", "the clown emoji".
	labelThing: words(
		'radio radios ham astronomer astronomers astronomy photographer photographers photography league leagues ' +
			'club clubs track tracks licence license operator operators emoji emojis sprite sprites icon icons ' +
			'character characters costume costumes nose show shows fish car cars hat hats boots mode division',
	),
	// "a complete amateur", "an absolute buffoon". (Set names must not repeat another list's: put-downs.ts merges
	// them into one record, and a repeated "mod" once replaced misses8's, losing "a bad joke".)
	labelMod: words('a an complete total totally absolute utter real true bloody proper rank'),
	// What "a pathetic excuse for" goes on to: a piece of work or a person, not a reason ("an excuse for skipping").
	excused: words(
		'a an the code software engineering documentation docs tests testing review reviewing design fix fixes ' +
			'patch patches pr prs release api developer developers programmer engineer maintainer maintainers',
	),
	contemptAdj: words('pathetic sorry lame miserable laughable feeble poor'),
	// Work the reader did: "your half-baked patch", "that amateurish refactor of yours".
	sloppy: words('amateurish clownish'),
	// Who "what kind of …" asks about: a person doing the work.
	who: words(
		'developer developers dev devs programmer programmers engineer engineers coder coders reviewer ' +
			'reviewers maintainer maintainers person people human humans idiot idiots moron morons clown clowns ' +
			'amateur amateurs monster monsters team contributor contributors',
	),
	// What such a person does to the work: "… merges a PR with failing tests", "… would ship this".
	badVerb: words(
		'merge merges merged approve approves approved hardcode hardcodes hardcoded write writes wrote ship ' +
			'ships shipped push pushes pushed commit commits committed name names design designs designed leave ' +
			'leaves break breaks delete deletes think thinks review reviews reviewed accept accepts ' +
			'release releases store stores closes close force skip skips ignore ignores disable disables',
	),
	clearly: words('clearly obviously evidently plainly still simply just'),
	didnt: words("don't dont didn't didnt"),
	understand: words('understand grasp comprehend'),
	// "Stop worrying about the parts you don't understand yet" is kindness, not a jab.
	kindStop: words('worrying worry stressing stress apologizing apologising feeling being'),
	reply: words(
		'reply replying comment commenting answer answering respond responding post posting close closing merge merging',
	),
};

/**
 * Every pattern below needs one of these words (a slot that cannot be skipped and holds only such words): a
 * draft without any skips the whole list (put-downs.ts). misses9.test.ts checks that each pattern has such a slot.
 */
export const MISSES9_KEYS = new Set([
	...(MISSES9_SETS.label as Set<string>),
	...(MISSES9_SETS.sloppy as Set<string>),
	...words(
		'excuse attempt baked hour geniuses kind sort type serious kidding joking understand grasp comprehend ' +
			'mind thinking think taught paying competent ever',
	),
]);

/**
 * The words a misses9 frame is underlined on when it has any (the label, "pathetic excuse", "half-baked"): the
 * work it names is no culprit. A frame without one (a sneering question) is underlined whole.
 */
export const MISSES9_MARKS = new Set([
	...(MISSES9_SETS.label as Set<string>),
	...(MISSES9_SETS.sloppy as Set<string>),
	...(MISSES9_SETS.contemptAdj as Set<string>),
	...words('excuse half baked geniuses'),
]);

export const MISSES9_PATTERNS: readonly string[] = [
	// "Some clown force-pushed over my branch …", "Which buffoon decided …" (not "the clown emoji").
	'some|which|what|whatever|another|whichever @label !@labelThing',
	'only a|an? @labelMod? @labelMod? @label !@labelThing',
	'amateur hour',
	// "This is a pathetic excuse for a test", "What a sorry excuse for documentation" (not "no excuse for missing").
	'@contemptAdj excuse for @excused',
	'pathetic|sorry|laughable attempt at',
	// "Your half-baked patch", "That amateurish refactor of yours" (not "my half-baked prototype").
	'your|ur half baked',
	'your|ur @sloppy',
	'this|that|these|those @sloppy * *? of yours',
	'this|that|these|those half baked * *? of yours',
	// Said to the reader: "Nice work, you geniuses, …", "Thanks a lot, geniuses, prod is down again."
	'you|u geniuses|clowns|buffoons|amateurs|muppets|cowboys',
	'^ geniuses $',
	// "What kind of developer merges a PR with failing tests?" (not "What kind of lock would work here?").
	// A question auxiliary is no deed: "What kind of engineer do we need to hire?"; "… does this?" only closing it.
	'what|which kind|sort|type of @who would|could|even? @badVerb',
	'what|which kind|sort|type of @who does|did|would this|that $',
	// "Are you serious? You deleted …" (not "Are you serious about taking over …", "… amazing, thank you!").
	'+ are|r you|u serious|kidding|joking $',
	'+ are|r you|u serious|kidding|joking me|right now',
	// "You clearly don't understand how the event loop works" (not "you don't need to understand …").
	'you|u @clearly @didnt even? @understand',
	'you|u @clearly do not even? @understand',
	'you|u @didnt even @understand',
	'you|u do not even @understand',
	// "Stop reviewing code you don't understand." (not "Stop worrying about the parts you don't understand yet.")
	"^ stop|quit !@kindStop * *? *? you|u don't|dont understand",
	'^ stop|quit !@kindStop * *? *? you|u do not understand',
	'who|whom in their|his|her|your right mind',
	// The reader only: "you've got to be kidding" and "what were they thinking" are as often dismay at a situation
	// or a third party (ParaDetox: 4 non-toxic rows "you gotta be kidding", 1 "what was they thinking" fired).
	'what the? hell|heck? were|was you|u thinking $',
	'what the? hell|heck? were|was you|u thinking when|with|here|there',
	// "Do you ever think before you hit merge?" "Do you ever read the issue before you reply?"
	'do|did you|u ever|even think before|first',
	'do|did you|u ever read|look * *? *? *? before you|u? @reply',
	'+ who taught you|u to|how',
	'are|r you|u even|actually paying attention',
	'anyone|anybody here|there? actually|even|remotely competent',
];
