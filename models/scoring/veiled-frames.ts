/**
 * Session 13 (misses6): veiled threats and condescension with no insult or violent word, as put-downs.ts word
 * patterns (same syntax as put-down-frames.ts; kept apart so that list and this one merge without conflicts).
 * The models read these as civil (0.00–0.09: "I know where your team's office is." 0.02, "Lock your doors
 * tonight." 0.04, "Try to follow along this time." 0.01, "Let me spell it out for you." 0.00), and none of the
 * earlier frames has their words. Written from the dev half of tests/corpora/misses6-veiled-threats.txt and
 * misses6-condescension.txt; each keeps away from its civil twin in the *-civil.txt sets:
 * - the reader's whereabouts, employer or property ("I know where your office is", "I know people at your
 *   employer"), not "I know where the office is", "I know what you mean";
 * - "…and see where it gets you", "see how that works out for you", "you don't want to find out what happens";
 * - "think (very) carefully about your next reply", "before you reply again", "watch how you talk to me", "I
 *   remember names", "things could get unpleasant for you", "lock your doors", "sleep lightly", "next time I
 *   won't be so polite", "your manager will read", "have your (home) address";
 * - condescension: "try to follow along", "try to keep up with the rest", "spell it out for you", "most interns
 *   get it", "teach you the basics", "once you've got more experience", "aww, you tried", "read it out loud to
 *   yourself", "slowly so you can keep up", "someday you'll understand", "bless you for trying".
 * Not counted (civil twins): "try to follow the setup guide", "try to keep the changelog up to date", "let me
 * spell out the steps", "I can pair with you on the basics", "once you've got the staging keys", "read the error
 * message out loud in standup", "so everyone can keep up", "Bless you!", "watch how the counter grows", "think
 * carefully about the naming". Draft scoring only, as every put-down frame.
 */
/**
 * The veiled threats of the list below (session 19: put-downs.ts takes one back when a friendly purpose or advice
 * follows it in the sentence: "I know where you work, we met at the conference!").
 */
export const VEILED_THREATS: readonly string[] = [
	// The reader's whereabouts, employer or property: "I know where your team's office is", "I know people at your
	// employer", "I know what car you drive". Not "I know where the office is", "I know what you mean".
	'i know where|which|what your @place',
	'i know where|which|what @place you',
	'i know where you work|live|park|sleep',
	'i know people|someone|somebody at|in your',
	'i have|got your home? address',
	'your manager|boss|employer|managers will read|see|hear them|these|every|all',
	// Consequences left unsaid: "…and see where it gets you", "see how that works out for you".
	'see where it|that|this gets|leaves you',
	'see how it|that|this works|goes out for you',
	'find out what happens if|when you ban|block|report|ignore|cross|mute|kick',
	"find out what i'm|im|i capable|will|can",
	// "I'd think very carefully about your next reply", "Think hard before you reply again".
	'think very|really|long? carefully|hard|twice about your next',
	'think very|really|long? carefully|hard|twice before you reply|post|comment|answer|speak|talk',
	'watch how|what you talk|speak|say',
	'^ watch your tone|mouth|language $',
	'i remember names|faces',
	'things could|might|will|may get very|really? unpleasant|ugly|nasty|messy for you',
	'@intent going? to? make your life very|really? difficult|hard|miserable|hell',
	'i will make your life very|really? difficult|hard|miserable|hell',
	'^ lock your doors|door',
	'better lock your doors|door',
	'start sleeping lightly|light',
	'sleep|sleeping lightly $',
	'sleep with one eye open',
	"next time i won't|wont be so|as polite|nice|patient|gentle|friendly",
	'next time i will not be so|as polite|nice|patient|gentle|friendly',
];

export const VEILED_PATTERNS: readonly string[] = [
	...VEILED_THREATS,
	// Condescension: "Try to follow along this time", "Do try to keep up with the rest of the team".
	'try to follow along $',
	'try to follow|keep along|up? this time',
	'try to keep up $',
	'try to keep up with the rest|everyone|everybody|us',
	'spell it out for you',
	'^ let me spell it out $',
	'most|any intern|interns|junior|juniors|student|students|beginner|beginners|newbie|newbies get|gets|got|know|knows|understand|understands it|this|that',
	'teach you the basics|basic|fundamentals|alphabet',
	'teach you how to read|code|program|think',
	"once|when you've|youve got|gained|had a bit|little more experience you might|may",
	'^ aw|aww|awww|awwww you tried',
	'read it|this|that out loud|aloud to yourself',
	'slowly so @you can|could keep|follow|understand',
	"^ someday you'll|youll understand",
	"^ one day you'll|youll understand",
	'bless you for trying',
	// The brief's example: "Let the adults handle this." (not "let the admins handle this").
	'^ let|leave the adults|grown-ups|grownups',
	'to the adults|grown-ups|grownups $',
];

/** Places and people a veiled threat names ("which company you work for", "where your kids go to school"). */
export const VEILED_SETS: Record<string, Set<string>> = {
	place: new Set(
		"company office building city town street school car house home team's family kids children wife husband parents employer workplace".split(
			' ',
		),
	),
};
